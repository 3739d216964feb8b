"""Word-bag F1 of extracted text against the source text (pythainlp newmm tokens; white space
and markup ignored): the text-fidelity measure of issues #3 and #4."""

from __future__ import annotations

import re
from collections import Counter

from ita.ingest.text import parse_text
from ita.normalise.quality import thai_tokens


def bag(text: str) -> Counter[str]:
    text = re.sub(r"\s+", "", text)  # white space is layout, not content
    return Counter(thai_tokens(text))


def source_text(seed_text: str) -> str:
    """The words of a seed as a reader sees them: markup stripped, catchwords dropped."""
    return "\n".join(page.text for page in parse_text(seed_text))


def word_bag_f1(extracted: str, source: str) -> float:
    got, want = bag(extracted), bag(source)
    overlap = sum((got & want).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(got.values()), overlap / sum(want.values())
    return 2 * precision * recall / (precision + recall)
