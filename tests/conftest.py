from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
SEEDS = FIXTURES / "seeds"
SEED_FILES = {
    "000": SEEDS / "000_42136bed46e24e6d.txt",
    "002": SEEDS / "002_dc11ab109d5c8dd6.txt",
    "003": SEEDS / "003_9bc54538410c3922.txt",
    "004": SEEDS / "004_defe7fa3f6092ae6.txt",
}


@pytest.fixture(scope="session")
def seed_files() -> dict[str, Path]:
    return SEED_FILES
