"""Normalize stage: make full-width digits and punctuation matchable without moving any offset.

Every mapping is one code point to one code point, so an offset into the normalized text is the
same offset into the original decoded text: spans found later can be highlighted in the source.
"""

from __future__ import annotations

import re

# Full-width ASCII variants (！ … ～) map to ASCII, except the ones Chinese prose uses as its own
# punctuation, which must keep their meaning: ，(list/clause comma, never a thousands separator),
# （）, ：, ；, ？, ！.
_KEEP = set("，（）：；？！")
_TABLE: dict[int, int] = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F) if chr(cp) not in _KEEP}
_TABLE[0x3000] = 0x20  # ideographic space
_TABLE[0x00A0] = 0x20  # no-break space
_TABLE[0x2002] = 0x20
_TABLE[0x2003] = 0x20
_TABLE[0x2009] = 0x20  # thin space, used as a thousands separator in some PDFs
_TABLE[0x202F] = 0x20
_TABLE[0x2212] = ord("-")  # minus sign
_TABLE[0x2013] = ord("-")  # en dash in ranges such as 2010–2011
_TABLE[0xFE52] = ord(".")  # small full stop


# A full-width comma between full-width digit groups (１２，３４５) is a thousands separator, also where a
# PDF line break falls inside the group after it (１，１⏎２０公斤).
_FULL_WIDTH_THOUSANDS = re.compile(r"(?<=[０-９])，(?=(?:[０-９]\s{0,64}){2}[０-９](?![０-９]))")


def normalize(text: str) -> str:
    """Return `text` with full-width forms made ASCII; same length, same offsets."""
    if "，" in text:
        text = _FULL_WIDTH_THOUSANDS.sub(",", text)
    return text.translate(_TABLE)
