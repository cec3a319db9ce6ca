"""Fixtures shared by the robustness tests: a slow-to-build corpus, the `slow` marker."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.robustness.corpus import big_report, copy_reports


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: takes tens of seconds (still part of `make test`)")


@pytest.fixture(scope="session")
def slow_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled reports plus one 15 MB report: a build that runs for several seconds."""
    reports = copy_reports(tmp_path_factory.mktemp("slow") / "reports")
    big_report(reports / "zz_big.txt", 15_000_000)
    return reports
