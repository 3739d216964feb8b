"""Run the examples in the docstrings of every module that has them."""

import doctest
import importlib

import pytest

MODULES = [
    "ita.normalise.digits", "ita.normalise.text", "ita.normalise.dates",
    "ita.normalise.indicators", "ita.normalise.scores", "ita.normalise.units",
    "ita.normalise.orgs", "ita.normalise.places", "ita.normalise.thai_repair",
    "ita.normalise.quality", "ita.normalise.ocr_text",
    "ita.parsers.columns", "ita.parsers.score_columns", "ita.parsers.indicator_table",
    "ita.parsers.prose_scores", "ita.parsers.measure_paragraphs", "ita.parsers.measure_table",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module)
    assert result.attempted > 0, f"{name} has no examples"
    assert result.failed == 0
