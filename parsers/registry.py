"""The layout readers, in the order they run.  A new report layout is one reader module and
one line here (see :mod:`ita.parsers.reading` for the protocol)."""

from __future__ import annotations

from ita.parsers.indicator_table import IndicatorTables
from ita.parsers.measure_paragraphs import MeasureParagraphs
from ita.parsers.measure_tables import MeasureAssembly, MeasureTables
from ita.parsers.prose_scores import ProseScores
from ita.parsers.reading import Reader

READERS: tuple[Reader, ...] = (
    IndicatorTables(),  # score tables of every shape: first, so prose only fills gaps
    ProseScores(),  # scores in sentences
    MeasureTables(),  # measure tables and plan layouts
    MeasureParagraphs(),  # measures as numbered paragraphs with labelled lines
    MeasureAssembly(),  # the measures of every form, with the plan calendar, as records
)
