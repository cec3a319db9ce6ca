"""Server-side exports: kaleido on the system Chromium (offline), CSV, XLSX, PPTX, PDF packs."""

from __future__ import annotations

import io
import zipfile

import openpyxl
import pandas as pd
from PIL import Image
from pptx import Presentation

from dashboard import exports
from dashboard.data import Snapshot
from dashboard.downloads import export_file


def decoded(sent: dict[str, object]) -> bytes:
    import base64

    return base64.b64decode(str(sent["content"])) if sent.get("base64") else str(sent["content"]).encode()


def test_browser_path_prefers_the_environment(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("BROWSER_PATH", "/usr/bin/chromium")
    assert exports.browser_path() == "/usr/bin/chromium"
    monkeypatch.setenv("BROWSER_PATH", "/nonexistent/chrome")
    assert exports.browser_path() != "/nonexistent/chrome"


def test_chart_images_render_offline_with_title_and_sources(syn: Snapshot) -> None:
    ids = ["untoc_parties", "uncac_parties"]
    png = decoded(export_file(syn, "png", ids, ["connect"], "zh"))
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG" and image.size == (2400, 1440)  # 1200×720 at scale 2
    svg = decoded(export_file(syn, "svg", ids, ["connect"], "en")).decode()
    assert svg.startswith("<svg") and "Source: UNODC reports" in svg and "number" in svg
    pdf = decoded(export_file(syn, "pdf", ids, ["connect"], "en"))
    assert pdf.startswith(b"%PDF")


def test_data_exports(syn: Snapshot) -> None:
    sent = export_file(syn, "csv", ["regular_budget"], [], "zh")
    assert sent["filename"].endswith(".csv")
    text = decoded(sent).decode("utf-8-sig")
    frame = pd.read_csv(io.StringIO(text))
    assert set(frame["indicator"]) == {"联合国经常预算拨款"} and sorted(frame["value"]) == [39.2e6, 40.9e6]
    book = openpyxl.load_workbook(io.BytesIO(decoded(export_file(syn, "xlsx", ["regular_budget"], [], "en"))))
    assert book.sheetnames == ["data", "about"]
    header = [c.value for c in book["data"][1]]
    assert header[:3] == ["indicator_id", "indicator", "period"] and book["data"].max_row == 3
    assert "CND; CCPCJ 2012 ¶85" in str(book["about"]["A2"].value)


def test_briefing_packs(syn: Snapshot) -> None:
    basket = [{"ind": ["untoc_parties"], "opts": ["connect"]}, {"ind": ["ccp_cocaine_seized"], "opts": []}]
    pptx = decoded(export_file(syn, "pptx", [], [], "en", basket))
    deck = Presentation(io.BytesIO(pptx))
    assert len(deck.slides) == 3
    texts = " ".join(sh.text_frame.text for sh in deck.slides[2].shapes if sh.has_text_frame)
    assert "Cocaine seized (CCP)" in texts and "220多吨" in texts
    assert zipfile.is_zipfile(io.BytesIO(pptx))
    pdf = decoded(export_file(syn, "packpdf", ["uncac_parties"], [], "zh", None))
    assert pdf.startswith(b"%PDF") and pdf.count(b"/Type /Page\n") + pdf.count(b"/Type /Page ") >= 1


def test_pdf_pack_notes_are_wrapped_whole_and_go_on_over_the_page() -> None:
    from PIL import ImageDraw, ImageFont

    chart = io.BytesIO()
    Image.new("RGB", (1200, 720), "white").save(chart, format="PNG")
    head = "UN regular budget, 2012–2013: US$40.9 million — CND; CCPCJ 2012 ¶85: "
    note = head + "因此大会核准了经常预算" * 30
    pages = exports.briefing_pages("Pack", "today", [exports.Slide("Budget", chart.getvalue(), [note] * 12)])
    assert len(pages) >= 3  # the cover, the chart with the first notes, and notes over the page
    draw = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    font = ImageFont.load_default(16)
    lines = exports._wrap_pixels(draw, note, font, 600, indent=20)
    assert "".join(lines).replace(" ", "") == note.replace(" ", "")  # nothing dropped
    assert all(draw.textlength(line, font=font) <= 600 for line in lines)
    assert all(line.split()[-1] != "US$40." for line in lines)  # a number is never cut in two
