"""Formatting helpers and targets shared by the benchmark report's sections."""

from __future__ import annotations

from typing import Any

TARGETS = {
    "build": 2.0,  # s, bundled corpus, warm
    "peer_speed": 10.0,  # × JioNLP's money extractor
    "cb_bundled": 100.0,  # ms p95
    "cb_large": 300.0,  # ms p95
    "linear": 1.2,  # per-document time ratio
    "bench": 600.0,  # s, whole `make bench`
}


def _f(x: Any, digits: int = 2, unit: str = "") -> str:
    if x is None:
        return "n/a"
    if isinstance(x, float):
        return f"{x:,.{digits}f}{unit}"
    return f"{x}{unit}"


def _status(ok: bool | None, detail: str = "") -> str:
    if ok is None:
        return "not measured"
    return (
        "**met**" + (f" ({detail})" if detail else "")
        if ok
        else "**missed**" + (f" ({detail})" if detail else "")
    )


def _budget(value: float, goal: float, unit: str, digits: int = 0) -> str:
    """'met, 17% of the budget' or 'missed by 1,398 ms, 5.7× the budget' (lower is better)."""
    if value < goal:
        return f"met, {value / goal:.0%} of the budget"
    return f"missed by {value - goal:,.{digits}f} {unit}, {value / goal:.1f}× the budget"


def _get(d: Any, *path: Any) -> Any:
    for key in path:
        if isinstance(d, dict):
            d = d.get(key)
        elif isinstance(d, list | tuple) and isinstance(key, int) and -len(d) <= key < len(d):
            d = d[key]
        else:
            return None
    return d


def _chart_p95(dash: dict[str, Any] | None) -> tuple[float | None, float | None, str]:
    """(worst HTTP p95, worst in-process dispatch p95, output) over the chart callbacks."""
    if not isinstance(dash, dict):
        return None, None, ""
    http = [r for r in dash.get("http") or [] if isinstance(r, dict) and "p95_ms" in r]
    cbs = [r for r in dash.get("callbacks") or [] if isinstance(r, dict) and r.get("chart")]
    worst_http = max(http, key=lambda r: r["p95_ms"], default=None)
    worst_disp = max((r["dispatch"]["p95_ms"] for r in cbs if "dispatch" in r), default=None)
    return (worst_http["p95_ms"] if worst_http else None), worst_disp, (worst_http or {}).get("output", "")


def _calls(dash: dict[str, Any] | None) -> str:
    """How many calls the chart callbacks' figures rest on (dispatch / HTTP)."""
    cbs = (dash or {}).get("callbacks")
    charts = [r for r in cbs if r.get("chart")] if isinstance(cbs, list) else []
    http = [r.get("n") for r in (dash or {}).get("http") or [] if isinstance(r, dict)]
    return "/".join(str(x) for x in [*(r["dispatch"]["n"] for r in charts[:1]), *http[:1]]) or "?"


def _callback_failures(dash: dict[str, Any] | None) -> str:
    """Callbacks that raised (directly) or answered with errors (dispatch, HTTP)."""
    out = []
    cbs = (dash or {}).get("callbacks")
    http = {r.get("output"): r for r in (dash or {}).get("http") or [] if isinstance(r, dict)}
    for r in cbs if isinstance(cbs, list) else []:
        direct = (r.get("direct") or {}).get("error") or ""
        n = r["dispatch"].get("errors", 0) + http.get(r["output"], {}).get("errors", 0)
        raised = direct and not direct.startswith(("MissingCallbackContext", "PreventUpdate"))
        if n or raised:
            out.append(
                f"`{r['output']}`: {n} failed round trips"
                + (f"; direct call raised {direct}" if raised else "")
            )
    return "; ".join(out)


def _chart_row(dash: dict[str, Any] | None) -> dict[str, Any]:
    cbs = (dash or {}).get("callbacks")
    return next((r for r in cbs if r.get("chart")), {}) if isinstance(cbs, list) else {}


def _top_builders(row: dict[str, Any], n: int = 3) -> str:
    inner = sorted((row.get("builders") or {}).items(), key=lambda kv: -kv[1]["p95_ms"])[:n]
    return ", ".join(
        f"`{'.'.join(name.split('.')[-2:])}` p50 {st['p50_ms']:.0f} / p95 {st['p95_ms']:.0f} ms"
        for name, st in inner
    )
