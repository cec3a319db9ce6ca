"""Read stage: turn a report file's bytes into text, detecting its encoding, or refuse it with a reason.

Accepted: UTF-8 (with or without BOM), UTF-16/UTF-32 with a BOM, UTF-16 without a BOM, GB18030/GBK.
A UTF-8 file with a few invalid byte sequences is decoded with U+FFFD replacements and a warning;
offsets downstream index into the decoded text, so they stay valid. Everything else — empty files,
binary files, unknown encodings, files too large to be a report, things that are not regular files —
is refused with a one-line reason (`ReadError`).
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import stat
from pathlib import Path

from etl.models import SourceText

# Above this share of U+FFFD replacements a "UTF-8 file with a few bad bytes" is really something else.
MAX_REPLACEMENT_SHARE = 0.01
MAX_REPLACEMENTS_ANYWAY = 8
# Below this many valid non-ASCII characters per replacement, the bytes are not UTF-8 with typos.
MIN_GOOD_PER_BAD = 10
BINARY_CONTROL_SHARE = 0.02
PLAUSIBLE_TEXT_SHARE = 0.9
SAMPLE_CHARS = 65536
# A UN report is well under 1 MB; far beyond this the file is not a report (and would exhaust memory).
MAX_REPORT_BYTES = 256 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: its BOM starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters that never occur in text (tab, line feed, vertical tab, form feed and carriage
# return do: PDF extraction leaves form feeds at page breaks).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_PLAUSIBLE = re.compile(
    r"[\t\n\x0b\x0c\r\x20-\x7e\u00a0-\u024f\u2000-\u206f\u2100-\u27ff\u3000-\u303f"
    r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]"
)
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


class ReadError(Exception):
    """The file cannot be used as a report; the message is the one-line reason shown to the user."""


def display_name(path: Path) -> str:
    """The file's name as shown and stored: undecodable bytes replaced, control characters escaped."""
    name = os.fsencode(path.name).decode("utf-8", errors="replace")
    return "".join(repr(ch)[1:-1] if ch < " " or ch == "\x7f" else ch for ch in name)


def _share(pattern: re.Pattern[str], text: str) -> float:
    sample = text[:SAMPLE_CHARS]
    return len(pattern.findall(sample)) / max(len(sample), 1)


def _control_share(text: str) -> float:
    """Share of never-in-text control characters, over the whole text (a binary tail counts too)."""
    return len(_CONTROL.findall(text)) / max(len(text), 1)


def _looks_binary(data: bytes) -> bool:
    sample = data[:SAMPLE_CHARS]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 11, 12, 13))
    return controls / max(len(sample), 1) > BINARY_CONTROL_SHARE


def _non_ascii(text: str) -> int:
    return len(text) - len(text.encode("ascii", errors="ignore"))


def _replacements(text: str) -> tuple[bool, bool, int]:
    """For a lenient decode: (few replacements, the rest looks like real UTF-8, how many)."""
    bad = text.count("\ufffd")
    few = bad <= max(MAX_REPLACEMENTS_ANYWAY, MAX_REPLACEMENT_SHARE * len(text))
    return few, _non_ascii(text) - bad >= MIN_GOOD_PER_BAD * bad, bad


def _replaced_warning(bad: int, encoding: str) -> tuple[str, ...]:
    label = "UTF-8" if encoding.startswith("utf-8") else encoding.upper()
    return (f"{bad} invalid {label} byte sequence(s) replaced with U+FFFD",)


def _decode_with_bom(data: bytes, name: str) -> tuple[str, str, tuple[str, ...]]:
    try:
        return data.decode(name), name, ()
    except UnicodeDecodeError as exc:
        lenient = data.decode(name, errors="replace")
        few, _, bad = _replacements(lenient)
        if few:
            return lenient, name, _replaced_warning(bad, name)
        raise ReadError(f"starts with a {name} byte-order mark but does not decode: {exc.reason}") from exc


def _decode_utf16_without_bom(data: bytes, cjk_only: bool = False) -> tuple[str, str] | None:
    if len(data) % 2:
        return None
    for name in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        if _share(_PLAUSIBLE, text) >= PLAUSIBLE_TEXT_SHARE and (not cjk_only or _share(_CJK, text) > 0.3):
            return text, name
    return None


def _decode_without_bom(data: bytes) -> tuple[str, str, tuple[str, ...]]:
    try:
        text = data.decode("utf-8")
        if _control_share(text) <= BINARY_CONTROL_SHARE:
            return text, "utf-8", ()
    except UnicodeDecodeError:
        pass
    # UTF-16 without a BOM: ASCII characters (digits, spaces, line breaks) leave NUL bytes.
    if b"\x00" in data[:SAMPLE_CHARS] and (utf16 := _decode_utf16_without_bom(data)):
        return utf16[0], utf16[1], ()
    if _looks_binary(data):
        raise ReadError("binary file, not text")
    lenient = data.decode("utf-8", errors="replace")
    few, utf8_like, bad = _replacements(lenient)
    if few and utf8_like:
        return lenient, "utf-8", _replaced_warning(bad, "utf-8")
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = ""
    if text and _share(_CJK, text) > 0.05 and _share(_PLAUSIBLE, text) >= PLAUSIBLE_TEXT_SHARE:
        return text, "gb18030", ()
    if few:  # mostly ASCII text with a stray bad byte
        return lenient, "utf-8", _replaced_warning(bad, "utf-8")
    del lenient, text
    utf16 = _decode_utf16_without_bom(data, cjk_only=True)  # all-CJK UTF-16 has no NUL bytes
    if utf16:
        return utf16[0], utf16[1], ()
    raise ReadError("not decodable as UTF-8, GB18030/GBK or UTF-16 text")


def decode(data: bytes) -> tuple[str, str, tuple[str, ...]]:
    """Decode report bytes. Returns (text, encoding name, warnings); raises ReadError when impossible."""
    if not data or data.isspace():
        raise ReadError("empty file")
    name = next((name for bom, name in _BOMS if data.startswith(bom)), None)
    text, encoding, warnings = _decode_with_bom(data, name) if name else _decode_without_bom(data)
    if not text or text.isspace():
        raise ReadError("empty file")
    if _control_share(text) > BINARY_CONTROL_SHARE:
        raise ReadError("binary file, not text")
    return text, encoding, warnings


def read_bytes(path: Path) -> bytes:
    """The file's bytes; ReadError for what is not a readable regular file of a plausible size."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise ReadError("not a regular file")
        if info.st_size > MAX_REPORT_BYTES:
            raise ReadError(
                f"too large for a report ({info.st_size / 2**20:.0f} MB; the limit is "
                f"{MAX_REPORT_BYTES / 2**20:.0f} MB)"
            )
        return path.read_bytes()
    except OSError as exc:
        raise ReadError(f"cannot be read: {exc.strerror or exc}") from exc


def read_report(path: Path) -> SourceText:
    """Read one report file. Raises ReadError with a one-line reason."""
    data = read_bytes(path)
    text, encoding, warnings = decode(data)
    return SourceText(
        path=str(path),
        file_name=display_name(path),
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        text=text,
        warnings=warnings,
    )
