"""Read stage: turn a report file's bytes into text, detecting its encoding, or refuse it with a reason."""

from __future__ import annotations

import codecs
import hashlib
from pathlib import Path

from etl.models import SourceText

# Above this share of U+FFFD replacements a "UTF-8 file with a few bad bytes" is really something else.
MAX_REPLACEMENT_SHARE = 0.01
MAX_REPLACEMENTS_ANYWAY = 8
BINARY_CONTROL_SHARE = 0.02


class ReadError(Exception):
    """The file cannot be used as a report; the message is the one-line reason shown to the user."""


def _is_utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / (len(sample) / 2)
    odd_nuls = sample[1::2].count(0) / (len(sample) / 2)
    # ASCII-heavy UTF-16 has NULs in every other byte; CJK-heavy text rarely has NULs at all,
    # so we also try a strict decode when the byte count is even and UTF-8 failed.
    if odd_nuls > 0.3 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.3 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def _looks_binary(data: bytes) -> bool:
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls / max(len(sample), 1) > BINARY_CONTROL_SHARE


def _cjk_share(text: str) -> float:
    sample = text[:20000]
    cjk = sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff")
    return cjk / max(len(sample), 1)


def decode(data: bytes) -> tuple[str, str, tuple[str, ...]]:
    """Decode report bytes. Returns (text, encoding name, warnings); raises ReadError when impossible."""
    if not data.strip():
        raise ReadError("empty file")
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(name), name, ()
            except UnicodeDecodeError as exc:
                raise ReadError(f"starts with a {name} byte-order mark but does not decode: {exc.reason}") from exc
    try:
        return data.decode("utf-8"), "utf-8", ()
    except UnicodeDecodeError:
        pass
    utf16 = _is_utf16_without_bom(data)
    if utf16:
        try:
            return data.decode(utf16), utf16, ()
        except UnicodeDecodeError:
            pass
    if _looks_binary(data):
        raise ReadError("binary file, not text")
    lenient = data.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd")
    tolerable = bad <= max(MAX_REPLACEMENTS_ANYWAY, MAX_REPLACEMENT_SHARE * len(lenient))
    if tolerable and _cjk_share(lenient) > 0.05:
        return lenient, "utf-8", (f"{bad} invalid UTF-8 byte sequence(s) replaced with U+FFFD",)
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = ""
    if text and _cjk_share(text) > 0.05:
        return text, "gb18030", ()
    if len(data) % 2 == 0:
        try:
            text = data.decode("utf-16-le")
            if _cjk_share(text) > 0.3:
                return text, "utf-16-le", ()
        except UnicodeDecodeError:
            pass
    raise ReadError("not decodable as UTF-8, GB18030/GBK or UTF-16 text")


def read_report(path: Path) -> SourceText:
    """Read one report file. Raises ReadError with a one-line reason."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"cannot be read: {exc.strerror or exc}") from exc
    text, encoding, warnings = decode(data)
    return SourceText(
        path=str(path),
        file_name=path.name,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        text=text,
        warnings=warnings,
    )
