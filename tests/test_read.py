"""The read stage decodes every encoding a report arrives in, and refuses what is not text."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from etl.read import ReadError, decode, read_report

SAMPLE = "12. 在编写本报告时，《公约》共有 189 个缔约方。\n" * 20


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SAMPLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), "utf-8-sig"),
        (SAMPLE.encode("gb18030"), "gb18030"),
        (SAMPLE.encode("gbk"), "gb18030"),
        (SAMPLE.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"), "utf-16"),
        (SAMPLE.encode("utf-16-le"), "utf-16-le"),
    ],
)
def test_every_supported_encoding_gives_the_same_text(data: bytes, encoding: str) -> None:
    text, detected, warnings = decode(data)
    assert text == SAMPLE
    assert detected == encoding
    assert warnings == ()


def test_invalid_utf8_bytes_are_replaced_and_reported_keeping_offsets() -> None:
    data = SAMPLE.encode("utf-8")
    broken = data[:30] + b"\xff" + data[30:]
    text, detected, warnings = decode(broken)
    assert detected == "utf-8"
    assert "\ufffd" in text
    assert len(warnings) == 1 and "replaced" in warnings[0]
    # everything after the bad byte is still there, shifted by exactly one code point
    assert text[text.index("\ufffd") + 1 :].endswith(SAMPLE[-40:])


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"   \n\n ", "empty file"),
        (bytes(range(256)) * 40, "binary"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00\x01\x02" * 500, "binary"),
    ],
)
def test_unusable_bytes_are_refused_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(ReadError, match=reason):
        decode(data)


def test_read_report_keeps_name_and_hash(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(SAMPLE.encode("utf-8"))
    source = read_report(path)
    assert source.file_name == "report.txt"
    assert len(source.sha256) == 64
    assert source.text == SAMPLE
