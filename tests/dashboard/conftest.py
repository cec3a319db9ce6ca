"""Fixtures: a synthetic database with every charting case, and snapshots of it and of the real build."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.components import DATATABLE_DEPRECATION
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


def pytest_configure(config: pytest.Config) -> None:
    """The app filters Dash 4's DataTable deprecation warning (see dashboard.components); pytest
    resets warning filters per test, so the same filter is declared for these tests too."""
    config.addinivalue_line("filterwarnings", f"ignore:{DATATABLE_DEPRECATION}:DeprecationWarning")
