"""The view lives in the URL: parse and write query strings (pure functions).

`/explore?ind=untoc_parties,uncac_parties&opts=connect,log&lang=zh` reproduces a chart;
`/compare?a=2012&b=2018`, `/sources?doc=…&m=…` likewise. Lists are comma-separated; keys with
empty values are dropped; keys are written in a fixed order so equal views give equal URLs.
"""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import parse_qsl, quote, urlencode

PAGES = ("/", "/explore", "/compare", "/sources")
LIST_KEYS = frozenset({"ind", "opts"})
KEY_ORDER = ("theme", "ind", "opts", "a", "b", "doc", "m", "unit", "q", "counted", "vmin", "vmax", "lang")
MAX_VALUE_LEN = 2000  # longer query values are ignored, not echoed

State = dict[str, str | list[str]]


def parse_search(search: str | None) -> State:
    """`?a=1&ind=x,y` → {"a": "1", "ind": ["x", "y"]}; unknown keys are kept, garbage ignored."""
    state: State = {}
    for key, value in parse_qsl((search or "").lstrip("?"), keep_blank_values=False):
        if len(value) > MAX_VALUE_LEN or not key.isidentifier():
            continue
        if key in LIST_KEYS:
            items = [v.strip() for v in value.split(",") if v.strip()]
            state[key] = list(dict.fromkeys(items))
        else:
            state[key] = value.strip()
    return state


def to_search(state: Mapping[str, object]) -> str:
    """The inverse of parse_search: `?…` or "" for an empty state."""
    pairs: list[tuple[str, str]] = []
    keys = [k for k in KEY_ORDER if k in state] + sorted(k for k in state if k not in KEY_ORDER)
    for key in keys:
        value = state[key]
        if value is None or value == "" or value == []:
            continue
        if isinstance(value, list | tuple):
            text = ",".join(str(v) for v in value)
        elif isinstance(value, float) and value.is_integer():
            text = str(int(value))
        else:
            text = str(value)
        if key == "lang" and text == "en":
            continue  # English is the default
        pairs.append((key, text))
    return "?" + urlencode(pairs, quote_via=quote, safe=",") if pairs else ""


def merge(search: str | None, updates: Mapping[str, object]) -> str:
    """Current query with `updates` applied (None / empty removes a key)."""
    state: dict[str, object] = dict(parse_search(search))
    state.update(updates)
    return to_search(state)


def as_list(value: object) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [v for v in value.split(",") if v]
    if isinstance(value, list | tuple):
        return [str(v) for v in value if v not in (None, "")]
    return [str(value)]


def normalise_path(pathname: str | None) -> str:
    """`/explore/` → `/explore`; anything else is returned for the not-found page."""
    path = (pathname or "/").rstrip("/") or "/"
    return path
