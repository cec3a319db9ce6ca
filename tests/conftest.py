"""Shared fixtures: the bundled corpus, and a database built from it by the real CLI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ROOT / "data" / "reports"


def run_cli(*args: str, cwd: Path = ROOT, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Run `python -m etl …` as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "etl", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.fixture(scope="session")
def built_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled reports built once by `python -m etl build` into a temporary database."""
    db = tmp_path_factory.mktemp("db") / "indicators.duckdb"
    result = run_cli("build", "--reports", str(REPORTS), "--db", str(db), "--quiet")
    assert result.returncode == 0, result.stderr
    return db
