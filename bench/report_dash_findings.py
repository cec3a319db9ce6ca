"""The benchmark report's dashboard findings: chart callback latency against its budget, page loads,
callback failures and load, each computed from this run's figures (see `report_findings`)."""

# ruff: noqa: E501  (Markdown sentences are long lines by nature)

from __future__ import annotations

from typing import Any

from bench.report_format import (
    TARGETS,
    _budget,
    _callback_failures,
    _chart_p95,
    _chart_row,
    _f,
    _get,
    _top_builders,
)

DASHBOARDS = (("dashboard_bundled", "cb_bundled"), ("dashboard_large", "cb_large"))


def _label(res: dict[str, Any], key: str) -> str:
    if key == "dashboard_bundled":
        return "bundled"
    scale = _get(res, key, "scale")
    return f"×{scale}" if scale else "large"


def _dashboard(res: dict[str, Any], key: str, target: str) -> list[str]:
    d = res.get(key) or {}
    row = _chart_row(d)
    http, disp, output = _chart_p95(d)
    worst = max((x for x in (http, disp) if x is not None), default=None)
    if not row or worst is None:
        return []
    goal = TARGETS[target]
    label = _label(res, key)
    text = (
        f"- **Dashboard, {label} database ({_f(d.get('db_mb'), 1)} MB): chart callback p95 {worst:,.0f} ms "
        f"against < {goal:.0f} ms ({_budget(worst, goal, 'ms')}).**"
    )
    direct = (row.get("direct") or {}).get("p95_ms")
    parts = [f"the callback's own function p95 {direct:,.0f} ms"] if direct is not None else []
    if disp is not None:
        parts.append(f"through Dash's dispatch {disp:,.0f} ms")
    if http is not None:
        parts.append(f"over HTTP {http:,.0f} ms")
    if parts:
        text += f" `{output or row['output']}`: " + ", ".join(parts) + "."
    if (
        worst >= goal
        and direct is not None
        and disp is not None
        and http is not None
        and direct <= disp <= http
    ):
        text += (
            f" So of the p95 about {direct:,.0f} ms ({direct / worst:.0%}) is the function, "
            f"{disp - direct:,.0f} ms ({(disp - direct) / worst:.0%}) Dash's validation and JSON serialization "
            f"of its answer, {http - disp:,.0f} ms ({(http - disp) / worst:.0%}) the HTTP round trip."
        )
    if row.get("builders"):
        text += f" Slowest functions inside it: {_top_builders(row)}."
    base = _chart_p95(res.get("dashboard_bundled"))
    base_worst = max((x for x in base[:2] if x is not None), default=None)
    base_mb = _get(res, "dashboard_bundled", "db_mb")
    if key != "dashboard_bundled" and base_worst and base_mb and d.get("db_mb"):
        text += (
            f" From the bundled database to this one the chart p95 grows {worst / base_worst:.1f}× for "
            f"{d['db_mb'] / base_mb:.0f}× the database."
        )
    router = next(
        (r for r in d.get("callbacks") or [] if "shell.children" in r["output"] and "dispatch" in r), None
    )
    if router:
        text += (
            f" The page render (router callback) takes p50 {router['dispatch']['p50_ms']:,.0f} / p95 "
            f"{router['dispatch']['p95_ms']:,.0f} ms"
            + (f"; its slowest parts: {_top_builders(router)}" if router.get("builders") else "")
            + "."
        )
    browser = (d.get("browser") or {}).get("paths") or {}
    if browser:
        text += (
            " Time to first chart with data in Chromium: "
            + ", ".join(
                f"`{p}` {v['cold_s']:.1f} s"
                if v.get("cold_s") is not None
                else f"`{p}` none ({v.get('error') or 'no chart'})"
                for p, v in browser.items()
            )
            + "."
        )
    return [text]


def _page_loads(res: dict[str, Any]) -> list[str]:
    heaviest: dict[str, dict[str, Any]] = {}
    parts = []
    for key, _ in DASHBOARDS:
        loads = (res.get(key) or {}).get("page_loads") or []
        if not loads:
            continue
        top = sorted(loads, key=lambda p: -p["response_kb"])
        heaviest[key] = top[0]
        parts.append(
            f"{_label(res, key)}: "
            + ", ".join(
                f"`{p['path'][:40]}` {p['server_ms']:,.0f} ms / {p['response_kb']:,.0f} KB" for p in top[:3]
            )
        )
    if not parts:
        return []
    text = (
        "- **Page loads** (simulated in-process; server time / JSON answered, heaviest three): "
        + "; ".join(parts)
    )
    small, large = heaviest.get("dashboard_bundled"), heaviest.get("dashboard_large")
    mb_small, mb_large = _get(res, "dashboard_bundled", "db_mb"), _get(res, "dashboard_large", "db_mb")
    if small and large and mb_small and mb_large and small["response_kb"]:
        grow = large["response_kb"] / small["response_kb"]
        data = mb_large / mb_small
        text += f". The heaviest answer grows {grow:.1f}× for {data:.0f}× the database: page payloads " + (
            "stay about the same size"
            if grow <= 1.5
            else "grow, more slowly than the database"
            if grow < data
            else "grow at least as fast as the database"
        )
    return [text + "."]


def _failures(res: dict[str, Any]) -> list[str]:
    fails = [(k, _callback_failures(res.get(k))) for k, _ in DASHBOARDS]
    fails = [(k, f) for k, f in fails if f]
    load = res.get("load") or {}
    if not fails and not load.get("errors"):
        return []
    text = "; ".join(f"{_label(res, k)}: {f}" for k, f in fails) or "none while timing callbacks"
    return [
        f"- **Callback failures seen while measuring:** {text}; load-test errors: {load.get('errors', 0)}"
        + (f" {load['error_kinds']}" if load.get("error_kinds") else "")
        + "."
    ]


def _load(res: dict[str, Any]) -> list[str]:
    load = res.get("load") or {}
    if "p95_ms" not in load:
        return []
    single = _chart_p95(res.get("dashboard_bundled"))[0]
    text = (
        f"- **Load: {load['clients']} clients, {load['requests']:,} requests in {load['duration_s']:.0f} s "
        f"({load['throughput_rps']}/s), p95 {load['p95_ms']:,.0f} ms, {load['errors']} errors "
        f"(target 0 errors: {'met' if load['errors'] == 0 else 'missed'}).**"
    )
    if single:
        text += (
            f" A single client sees p95 {single:,.0f} ms over HTTP on the same database; with "
            f"{load['clients']} clients sharing one server the p95 is {load['p95_ms'] / single:.1f}× that, the "
            "difference being time spent waiting behind other clients' requests."
        )
    return [text]


def dashboard_findings(res: dict[str, Any]) -> list[str]:
    """One finding per measured database, then page loads, failures and load."""
    out: list[str] = []
    for key, target in DASHBOARDS:
        out += _dashboard(res, key, target)
    return out + _page_loads(res) + _failures(res) + _load(res)
