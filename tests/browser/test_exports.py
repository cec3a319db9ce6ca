"""In a real browser: every export button downloads a non-empty file of its type."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PIL import Image
from pptx import Presentation

from dashboard.app import create_app
from dashboard.render import RENDERER
from tests.browser.helpers import chart_points, open_page, wait_for_download, wait_until


@pytest.fixture
def renderer_closed_first(dash_duo: Any) -> Iterator[None]:
    """Close the export browser before dash_duo's teardown kills the server's threads."""
    yield
    RENDERER.stop()


@pytest.mark.usefixtures("renderer_closed_first")
def test_each_export_downloads_a_file_of_the_right_type(dash_duo: Any, built_db: Path) -> None:
    dash_duo.start_server(create_app(built_db))
    open_page(dash_duo, "/explore?ind=untoc_parties,uncac_parties&opts=connect")
    wait_until(dash_duo, lambda: len(chart_points(dash_duo)) >= 4)
    folder, seen = dash_duo.download_path, set()

    def export(button: str, suffix: str) -> bytes:
        dash_duo.find_element(f"#export-{button}").click()
        return wait_for_download(folder, suffix, seen).read_bytes()

    png = export("png", ".png")
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    assert Image.open(io.BytesIO(png)).size == (2400, 1440)
    svg = export("svg", ".svg")
    assert svg.lstrip().startswith(b"<svg") and b"Source: UNODC reports" in svg
    assert export("pdf", ".pdf").startswith(b"%PDF")
    csv = export("csv", ".csv").decode("utf-8-sig")
    assert csv.splitlines()[0].startswith("indicator_id,indicator,period") and "uncac_parties" in csv
    book = openpyxl.load_workbook(io.BytesIO(export("xlsx", ".xlsx")))
    assert book["data"].max_row >= 5 and book["data"]["A1"].value == "indicator_id"

    dash_duo.find_element("#pack-add").click()
    dash_duo.wait_for_contains_text("#pack-count", "1 chart(s) in the pack", timeout=10)
    pptx = export("pptx", ".pptx")
    assert zipfile.is_zipfile(io.BytesIO(pptx)) and len(Presentation(io.BytesIO(pptx)).slides) == 2
    pack = export("packpdf", ".pdf")
    assert pack.startswith(b"%PDF")
