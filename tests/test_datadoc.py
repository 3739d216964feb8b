"""docs/DATA.md and ``ita schema`` are made from the record models (issue #6)."""

from __future__ import annotations

import json
from pathlib import Path

from ita.cli import main
from ita.datadoc import DOCUMENTED, data_dictionary

ROOT = Path(__file__).resolve().parents[1]


def test_data_md_is_current() -> None:
    written = (ROOT / "docs" / "DATA.md").read_text(encoding="utf-8")
    assert written == data_dictionary(), "docs/DATA.md is out of date: run make docs"


def test_every_column_has_a_meaning_and_an_example() -> None:
    for table, model in DOCUMENTED.items():
        for name, info in model.model_fields.items():
            assert info.description, f"{table}.{name} has no meaning"
            assert info.examples, f"{table}.{name} has no example"
            row = f"| `{name}` |"
            assert row in data_dictionary()


def test_ita_schema_prints_the_json_schema(capsys) -> None:
    assert main(["schema"]) == 0
    schemas = json.loads(capsys.readouterr().out)
    assert set(schemas) == set(DOCUMENTED)
    district = schemas["reports"]["properties"]["district_code"]
    assert "DOPA" in district["description"]
    assert main(["schema", "--table", "measures"]) == 0
    assert "period_start" in json.loads(capsys.readouterr().out)["properties"]
