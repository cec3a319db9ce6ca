"""Fixtures: a synthetic database with every charting case, and snapshots of it and of the real build."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.data import Database, Snapshot
from tests.dashboard.synthetic import make_db


@pytest.fixture(scope="session")
def synthetic_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_db(tmp_path_factory.mktemp("synthetic") / "synthetic.duckdb")


@pytest.fixture(scope="session")
def syn(synthetic_db: Path) -> Snapshot:
    return Database(synthetic_db).snapshot()


@pytest.fixture(scope="session")
def real(built_db: Path) -> Snapshot:
    return Database(built_db).snapshot()
