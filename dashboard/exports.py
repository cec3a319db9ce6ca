"""Exports for briefings, rendered on the server: chart images, data files and briefing packs.

Chart images come from dashboard.render (kaleido on the system Chromium, offline).
Briefing packs: PPTX via python-pptx, PDF via Pillow pages (chart image + source notes in Noto
Sans CJK, so Chinese notes render).
"""

from __future__ import annotations

import glob
import io
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pandas as pd

from dashboard.render import IMAGE_TYPES, browser_path, render_image

__all__ = [
    "IMAGE_TYPES",
    "Slide",
    "briefing_pdf",
    "briefing_pptx",
    "browser_path",
    "render_image",
    "to_csv",
    "to_xlsx",
]


def to_csv(frame: pd.DataFrame) -> bytes:
    """UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese text."""
    return frame.to_csv(index=False).encode("utf-8-sig")


def to_xlsx(sheets: dict[str, pd.DataFrame], notes: list[str] | None = None) -> bytes:
    """An .xlsx workbook with one sheet per frame (plus an `about` sheet with the notes)."""
    from openpyxl.utils import get_column_letter

    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        for name, frame in sheets.items():
            frame.to_excel(writer, sheet_name=name[:31], index=False)
            sheet = writer.sheets[name[:31]]
            sheet.freeze_panes = "A2"
            for i, column in enumerate(frame.columns, start=1):
                longest = max([len(str(column)), *(len(str(v)) for v in frame[column].head(200))])
                sheet.column_dimensions[get_column_letter(i)].width = min(max(10, longest + 2), 60)
        if notes:
            pd.DataFrame({"about": notes}).to_excel(writer, sheet_name="about", index=False)
            writer.sheets["about"].column_dimensions["A"].width = 120
    return buffer.getvalue()


@dataclass
class Slide:
    """One chart of a briefing pack: its title, the chart as PNG, and its source notes."""

    title: str
    png: bytes
    notes: list[str] = field(default_factory=list)


def briefing_pptx(title: str, subtitle: str, slides: list[Slide]) -> bytes:
    """A 16:9 deck: a title slide, then one slide per chart with its source notes."""
    from pptx import Presentation
    from pptx.util import Emu, Inches, Pt

    deck = Presentation()
    deck.slide_width, deck.slide_height = Inches(13.333), Inches(7.5)
    first = deck.slides.add_slide(deck.slide_layouts[0])
    first.shapes.title.text = title
    first.placeholders[1].text = subtitle
    blank = deck.slide_layouts[6]
    for item in slides:
        slide = deck.slides.add_slide(blank)
        box = slide.shapes.add_textbox(Inches(0.4), Inches(0.2), Inches(12.5), Inches(0.6))
        box.text_frame.text = item.title
        box.text_frame.paragraphs[0].runs[0].font.size = Pt(22)
        box.text_frame.paragraphs[0].runs[0].font.bold = True
        picture_height = Inches(5.3)
        slide.shapes.add_picture(io.BytesIO(item.png), Inches(0.4), Inches(0.85), height=picture_height)
        notes = slide.shapes.add_textbox(
            Inches(0.4), Emu(Inches(0.85) + picture_height + Inches(0.05)), Inches(12.5), Inches(1.2)
        )
        frame = notes.text_frame
        frame.word_wrap = True
        for k, line in enumerate(item.notes[:6]):
            para = frame.paragraphs[0] if k == 0 else frame.add_paragraph()
            para.text = line
            para.runs[0].font.size = Pt(9)
        slide.notes_slide.notes_text_frame.text = "\n".join(item.notes)
    buffer = io.BytesIO()
    deck.save(buffer)
    return buffer.getvalue()


def _font_file() -> tuple[str, int] | None:
    """A CJK-capable font (Noto Sans CJK SC in its .ttc) for the PDF pages."""
    patterns = [
        "/usr/share/fonts/**/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/**/NotoSansCJK*.ttc",
        "/usr/share/fonts/**/*CJK*.tt[cf]",
        "/usr/share/fonts/**/DejaVuSans.ttf",
    ]
    for pattern in patterns:
        found = sorted(glob.glob(pattern, recursive=True))
        if found:
            return found[0], (2 if found[0].endswith(".ttc") else 0)  # face 2 of Noto's .ttc is SC
    return None


# a run of Latin letters, digits and their punctuation (kept whole on a line), else one character
_TOKEN = re.compile(r"[^\s\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]+\s*|\s+|.")


def _wrap_pixels(draw: object, text: str, font: object, width: int, indent: int = 0) -> list[str]:
    """Lines of at most `width` pixels: Chinese may break between any two characters, a Latin word or
    a number (`4,090`, `US$561.5`) only where it ends; lines after the first are `indent` px
    narrower (the caller indents them). Nothing is dropped: a word wider than a line is split."""

    def fits(line: str, first: bool) -> bool:
        return bool(draw.textlength(line, font=font) <= width - (0 if first else indent))  # type: ignore[attr-defined]

    lines: list[str] = []
    line = ""
    for token in _TOKEN.findall(text):
        if not line or fits((line + token).rstrip(), not lines):
            line += token
        else:
            lines.append(line.rstrip())
            line = token.lstrip()
        while not fits(line.rstrip(), not lines):  # a single word wider than a line: split it
            cut = next((k for k in range(len(line) - 1, 0, -1) if fits(line[:k], not lines)), 1)
            lines.append(line[:cut])
            line = line[cut:]
    if line.strip():
        lines.append(line.rstrip())
    return lines


def briefing_pdf(
    title: str, subtitle: str, slides: list[Slide], dpi: int = 150, continued: str = "continued"
) -> bytes:
    """A landscape A4 PDF: a title page, then a page per chart with its source notes, wrapped in
    full (notes that do not fit under the chart go on over the page)."""
    pages = briefing_pages(title, subtitle, slides, dpi, continued)
    buffer = io.BytesIO()
    pages[0].save(buffer, format="PDF", save_all=True, append_images=pages[1:], resolution=dpi)
    return buffer.getvalue()


def briefing_pages(
    title: str, subtitle: str, slides: list[Slide], dpi: int = 150, continued: str = "continued"
) -> list[Any]:
    """The PDF pack's pages as Pillow images (`continued` marks a page of notes over the page)."""
    from PIL import Image, ImageDraw, ImageFont

    size = (int(11.69 * dpi), int(8.27 * dpi))
    margin = int(0.5 * dpi)
    spec = _font_file()

    def font(pt: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
        px = int(pt * dpi / 72)
        if spec is None:
            return ImageFont.load_default(px)
        try:
            return ImageFont.truetype(spec[0], px, index=spec[1])
        except OSError:
            return ImageFont.truetype(spec[0], px)

    pages = []
    cover = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(cover)
    draw.text((margin, size[1] // 3), title, font=font(28), fill="#222222")
    draw.text((margin, size[1] // 3 + int(0.7 * dpi)), subtitle, font=font(14), fill="#666666")
    draw.text(
        (margin, size[1] - margin - int(0.3 * dpi)), date.today().isoformat(), font=font(10), fill="#666666"
    )
    pages.append(cover)
    for item in slides:
        page = Image.new("RGB", size, "white")
        draw = ImageDraw.Draw(page)
        chart = Image.open(io.BytesIO(item.png)).convert("RGB")
        box_w, box_h = size[0] - 2 * margin, int(size[1] * 0.66)
        chart.thumbnail((box_w, box_h), Image.Resampling.LANCZOS)
        page.paste(chart, (margin, margin))
        y = margin + chart.height + int(0.12 * dpi)
        small = font(8)
        step = int(small.size * 1.35) if hasattr(small, "size") else 14
        bullet = "• "
        indent = int(draw.textlength(bullet, font=small))
        for note in item.notes:
            for k, line in enumerate(_wrap_pixels(draw, bullet + note, small, box_w, indent)):
                if y + step > size[1] - margin:  # the page is full: the notes go on over the page
                    pages.append(page)
                    page = Image.new("RGB", size, "white")
                    draw = ImageDraw.Draw(page)
                    draw.text((margin, margin), f"{item.title} ({continued})", font=font(12), fill="#222222")
                    y = margin + int(0.35 * dpi)
                draw.text((margin + (indent if k else 0), y), line, font=small, fill="#444444")
                y += step
        pages.append(page)
    return pages
