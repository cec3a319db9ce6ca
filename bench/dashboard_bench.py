"""Dashboard benchmarks: cold start, callback latency, and time to first chart in headless Chromium.

The dashboard is rebuilt concurrently, so nothing here depends on its function names: callbacks are
discovered from the app itself (`/_dash-dependencies` and `app.callback_map` of `create_app(db)`),
and realistic input values are read from the layouts (root layout, every registered page and the
validation layout): a dropdown's options, a tab's values, a page path for a location's pathname.
Each server-side callback is measured three ways, 200 calls each (fewer, but at least 30, where one
way of calling one callback would take over 15 s), cycling through those inputs:

- *direct*: the callback's own Python function (queries + the pure figure/table builders it calls).
  Functions from `dashboard.*` modules it reaches through its globals are wrapped for the duration,
  so the builders' share of the time is reported separately (inclusive times);
- *dispatch*: POST `/_dash-update-component` through Flask's test client (adds Dash's validation
  and JSON serialization, no sockets);
- *HTTP* (chart callbacks, those with a `figure` output): the same POST to a real `python app.py`
  server on 127.0.0.1.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import json
import logging
import os
import signal
import statistics
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from bench import OUT, PY, ROOT
from bench.measure import free_port, stop, summary_ms, wait_http

WILDCARDS = ("ALL", "MATCH", "ALLSMALLER")
BUDGET_S = 15.0  # per callback and way of calling: stop early (after MIN_CALLS) past this
MIN_CALLS = 30
LAST_PAGE_LOADS: list[dict[str, Any]] = []  # what the last discover() saw per simulated page load


def _id_key(component_id: Any) -> str:
    if isinstance(component_id, dict):
        return json.dumps(component_id, sort_keys=True, separators=(",", ":"))
    return str(component_id)


def _as_id(component_id: Any) -> Any:
    """An id as /_dash-dependencies gives it: dict ids come as JSON strings."""
    if isinstance(component_id, str) and component_id.startswith("{"):
        try:
            return json.loads(component_id)
        except ValueError:
            return component_id
    return component_id


def _split_output(output: str) -> tuple[list[dict[str, Any]], bool]:
    """'a.figure' → one output; '..a.figure...b.children..' → several (ids may be JSON)."""
    multi = output.startswith("..") and output.endswith("..")
    parts = output[2:-2].split("...") if multi else [output]
    specs = []
    for part in parts:
        ident, prop = part.rsplit(".", 1)
        specs.append({"id": json.loads(ident) if ident.startswith("{") else ident, "property": prop})
    return specs, multi


def _options(options: Any) -> list[Any]:
    if isinstance(options, dict):
        return list(options)
    values = []
    for opt in options or []:
        values.append(opt.get("value") if isinstance(opt, dict) else opt)
    return values


ACTION_PROPS = {"n_clicks", "n_intervals", "n_submit", "n_blur", "clickData", "selectedData", "contents"}
MAX_CANDIDATES = 60


@dataclass
class CallbackSpec:
    """One server-side callback, with input values to cycle through."""

    output: str
    outputs: list[dict[str, Any]]
    multi: bool
    inputs: list[dict[str, Any]]
    state: list[dict[str, Any]]
    candidates: list[list[Any]]  # per input then per state
    is_chart: bool
    is_action: bool  # triggered only by clicks/uploads: driven with un-clicked values (its no-op path)
    function: Callable[..., Any] | None = None
    notes: list[str] = field(default_factory=list)

    def values(self, i: int) -> list[Any]:
        return [c[(i + 3 * j) % len(c)] for j, c in enumerate(self.candidates)]

    def payload(self, i: int) -> dict[str, Any]:
        vals = self.values(i)
        n_in = len(self.inputs)
        inputs = [{**dep, "value": v} for dep, v in zip(self.inputs, vals[:n_in], strict=True)]
        state = [{**dep, "value": v} for dep, v in zip(self.state, vals[n_in:], strict=True)]
        varied = [k for k in range(n_in) if len(self.candidates[k]) > 1] or [0]
        changed = [f"{_id_key(self.inputs[k]['id'])}.{self.inputs[k]['property']}" for k in varied[:1]]
        return {
            "output": self.output,
            "outputs": self.outputs if self.multi else self.outputs[0],
            "inputs": inputs,
            "state": state,
            "changedPropIds": changed,
        }


class _Page:
    """What a browser would hold after loading one URL: every component's props, by id."""

    def __init__(self, layout: Any) -> None:
        self.props: dict[str, dict[str, Any]] = {}
        self.types: dict[str, str] = {}
        self.hrefs: set[str] = set()
        self.server_seconds = 0.0  # callbacks run by the simulated load: time and bytes answered
        self.response_bytes = 0
        self.callbacks_run = 0
        self.add(layout)

    def add(self, node: Any) -> None:
        """Record every component with an id in a layout JSON tree (and links found on the way)."""
        if isinstance(node, list):
            for item in node:
                self.add(item)
        elif isinstance(node, dict):
            props = node.get("props") if "type" in node else None
            if isinstance(props, dict):
                if "id" in props:
                    key = _id_key(props["id"])
                    self.types[key] = str(node["type"])
                    self.props.setdefault(key, {}).update({k: v for k, v in props.items() if k != "children"})
                href = props.get("href")
                if isinstance(href, str) and href.startswith("/"):
                    self.hrefs.add(href)
                for value in props.values():
                    self.add(value)
            else:
                for value in node.values():
                    self.add(value)


def _server_deps(app: Any) -> tuple[list[dict[str, Any]], list[str]]:
    client = app.server.test_client()
    deps = client.get("/_dash-dependencies").get_json()  # also merges global callbacks into callback_map
    usable, notes = [], []
    for dep in deps:
        if dep.get("clientside_function"):
            continue
        outputs, _ = _split_output(dep["output"])
        ids = [_as_id(d["id"]) for d in dep["inputs"] + dep["state"]] + [o["id"] for o in outputs]
        if any(
            isinstance(i, dict) and any(v in WILDCARDS or isinstance(v, list) for v in i.values())
            for i in ids
        ):
            notes.append(f"{dep['output']}: pattern-matching (wildcard) ids, not driven")
            continue
        usable.append(dep)
    return usable, notes


def _simulate(client: Any, deps: list[dict[str, Any]], page: _Page, rounds: int = 6) -> None:
    """Run the callbacks a page load would run, until nothing changes, updating `page` in place."""
    called: dict[str, str] = {}
    for _ in range(rounds):
        changed = False
        for dep in deps:
            if not all(_id_key(d["id"]) in page.props for d in dep["inputs"]):
                continue
            outputs, multi = _split_output(dep["output"])

            def value(d: dict[str, Any]) -> Any:
                return page.props.get(_id_key(d["id"]), {}).get(d["property"])

            inputs = [{**d, "value": value(d)} for d in dep["inputs"]]
            state = [{**d, "value": value(d)} for d in dep["state"]]
            signature = json.dumps([inputs, state], sort_keys=True, default=str)
            if called.get(dep["output"]) == signature:
                continue
            called[dep["output"]] = signature
            body = {
                "output": dep["output"],
                "outputs": outputs if multi else outputs[0],
                "inputs": inputs,
                "state": state,
                "changedPropIds": [f"{_id_key(d['id'])}.{d['property']}" for d in dep["inputs"][:1]],
            }
            start = time.perf_counter()
            response = client.post("/_dash-update-component", json=body)
            page.server_seconds += time.perf_counter() - start
            page.response_bytes += len(response.data)
            page.callbacks_run += 1
            if response.status_code != 200:
                continue
            for key, props in (response.get_json() or {}).get("response", {}).items():
                for prop, new in props.items():
                    if page.props.setdefault(key, {}).get(prop) != new:
                        page.props[key][prop] = new
                        changed = True
                    page.add(new)
        if not changed:
            return


def _candidates_for(pages: list[_Page], key: str, prop: str) -> list[Any]:
    seen: dict[str, Any] = {}
    options: dict[str, Any] = {}
    for page in pages:
        props = page.props.get(key)
        if props is None:
            continue
        if prop in props:
            seen.setdefault(json.dumps(props[prop], sort_keys=True, default=str), props[prop])
        for opt in _options(props.get("options")):
            options.setdefault(json.dumps(opt, sort_keys=True, default=str), opt)
    values = list(seen.values())
    if prop == "value" and options:
        opts = list(options.values())
        if any(isinstance(v, list) for v in values):
            values += [[o] for o in opts] + [opts[i : i + 3] for i in range(0, len(opts), 3)]
        else:
            values += [o for o in opts if o not in values]
    return values[:MAX_CANDIDATES] or [None]


def discover(app: Any, max_links: int = 12) -> tuple[list[CallbackSpec], list[str], list[str]]:
    """The app's server-side callbacks with realistic inputs, found by simulating page loads.

    The root layout is loaded and every callback whose inputs exist is run (as the browser does on
    load) until nothing changes; then the same for every in-app link found (`href="/…"`), so pages
    rendered by a router callback, and options filled in by callbacks, are seen too. Inputs then
    cycle through the values seen and the options offered; click-like inputs keep their un-clicked
    value, so export callbacks are measured on their no-op path only.
    """
    client = app.server.test_client()
    deps, notes = _server_deps(app)
    root = client.get("/_dash-layout").get_json()
    home = _Page(root)
    _simulate(client, deps, home)
    pages = [home]
    locations = [k for k, kind in home.types.items() if kind == "Location"]
    links = sorted(home.hrefs)
    paths = sorted({h.split("?")[0] for h in links} | {"/"})
    with_query = [h for h in links if "?" in h]
    step = max(1, len(with_query) // max_links) if max_links else 1
    visits = [(p, "") for p in paths] + [
        (h.split("?")[0], "?" + h.split("?", 1)[1]) for h in with_query[::step][:max_links]
    ]
    for path, search in visits:
        page = _Page(root)
        for key in locations:
            page.props[key].update(pathname=path, search=search, href=f"http://127.0.0.1{path}{search}")
        _simulate(client, deps, page)
        pages.append(page)
    specs = []
    for dep in deps:
        outputs, multi = _split_output(dep["output"])
        inputs = [{"id": d["id"], "property": d["property"]} for d in dep["inputs"]]
        state = [{"id": d["id"], "property": d["property"]} for d in dep["state"]]
        action = all(d["property"] in ACTION_PROPS for d in inputs)
        cands = [
            [None]
            if d["property"] in ACTION_PROPS
            else _candidates_for(pages, _id_key(d["id"]), d["property"])
            for d in inputs + state
        ]
        fn = app.callback_map.get(dep["output"], {}).get("callback")
        specs.append(
            CallbackSpec(
                output=dep["output"],
                outputs=outputs,
                multi=multi,
                inputs=inputs,
                state=state,
                candidates=cands,
                is_chart=any(o["property"].split("@")[0] == "figure" for o in outputs),
                is_action=action,
                function=inspect.unwrap(fn) if fn else None,
            )
        )
    notes.append(f"page loads simulated: {len(pages)} ({', '.join(sorted({p for p, _ in visits}))})")
    LAST_PAGE_LOADS[:] = [
        {
            "path": path + search,
            "callbacks": page.callbacks_run,
            "server_ms": round(page.server_seconds * 1000, 1),
            "response_kb": round(page.response_bytes / 1e3, 1),
        }
        for (path, search), page in zip(visits, pages[1:], strict=True)
    ]
    with_graph = [
        p
        for (p, search), page in zip(visits, pages[1:], strict=True)
        if not search and "Graph" in page.types.values()
    ]
    return specs, notes, with_graph


@contextlib.contextmanager
def _timed_builders(fn: Callable[..., Any], sink: dict[str, list[float]]) -> Iterator[None]:
    """Wrap the dashboard.* functions `fn` reaches via its globals (and modules it names) with timers."""
    patches: list[tuple[Any, str, Any]] = []

    def wrap(name: str, target: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(target)
        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return target(*args, **kwargs)
            finally:
                sink.setdefault(name, []).append(time.perf_counter() - start)

        return timed

    space = getattr(fn, "__globals__", {})
    for name, value in list(space.items()):
        if inspect.isfunction(value) and str(value.__module__).startswith("dashboard") and value is not fn:
            patches.append((space, name, value))
        elif isinstance(value, ModuleType) and value.__name__.startswith("dashboard."):
            for attr, member in vars(value).items():
                if (
                    inspect.isfunction(member)
                    and member.__module__ == value.__name__
                    and not attr.startswith("_")
                ):
                    patches.append((value, attr, member))
    try:
        for owner, name, value in patches:
            label = f"{value.__module__}.{value.__name__}"
            if isinstance(owner, dict):
                owner[name] = wrap(label, value)
            else:
                setattr(owner, name, wrap(label, value))
        yield
    finally:
        for owner, name, value in patches:
            if isinstance(owner, dict):
                owner[name] = value
            else:
                setattr(owner, name, value)


def _dispatch(
    client: Any, spec: CallbackSpec, calls: int, budget: float = BUDGET_S
) -> tuple[list[float], int, dict[Any, int]]:
    """POST through Flask's test client. A 200 that carries no outputs is the app's on_error at work
    (the callback raised; the app showed a message instead): counted as an error."""
    times, errors, statuses = [], 0, {}
    stop_at = time.perf_counter() + budget
    for i in range(calls):
        if i >= MIN_CALLS and time.perf_counter() > stop_at:
            break
        start = time.perf_counter()
        response = client.post("/_dash-update-component", json=spec.payload(i))
        times.append(time.perf_counter() - start)
        status: Any = response.status_code
        if status == 200 and not answered(200, response.data):
            status = "200 without outputs (the callback raised; the app's on_error answered)"
        statuses[status] = statuses.get(status, 0) + 1
        errors += status not in (200, 204)
    return times, errors, statuses


def measure_callbacks(
    app: Any, specs: list[CallbackSpec], calls: int = 200, budget: float = BUDGET_S
) -> list[dict[str, Any]]:
    """Dispatch and direct latency of every discovered callback, and its builders' share."""
    client = app.server.test_client()
    results = []
    for spec in specs:
        row: dict[str, Any] = {
            "output": spec.output,
            "chart": spec.is_chart,
            "action": spec.is_action,
            "inputs": [f"{_id_key(d['id'])}.{d['property']}" for d in spec.inputs],
            "distinct_input_sets": len({json.dumps(spec.values(i), default=str) for i in range(calls)}),
        }
        times, errors, statuses = _dispatch(client, spec, calls, budget)
        row["dispatch"] = {**summary_ms(times), "errors": errors, "statuses": statuses}
        if spec.function is not None:
            times, error = [], None
            stop_at = time.perf_counter() + budget
            with app.server.test_request_context():
                for i in range(calls):
                    if i >= MIN_CALLS and time.perf_counter() > stop_at:
                        break
                    start = time.perf_counter()
                    try:
                        spec.function(*spec.values(i))
                    except Exception as exc:
                        error = f"{type(exc).__name__}: {str(exc)[:120]}"
                        break
                    times.append(time.perf_counter() - start)
            row["direct"] = {"error": error} if error else summary_ms(times)
            builders: dict[str, list[float]] = {}
            with _timed_builders(spec.function, builders):
                _dispatch(client, spec, min(calls, 100), budget / 2)
            row["builders"] = {name: summary_ms(v) for name, v in builders.items()}
        results.append(row)
    return results


def start_server(db: Path, log_name: str) -> tuple[subprocess.Popen[bytes], str, float]:
    """Start `python app.py --db DB --port P` on 127.0.0.1; seconds until it first answers `/`."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    logs = OUT / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    with (logs / f"{log_name}.log").open("w") as log:
        start = time.perf_counter()
        proc = subprocess.Popen(
            [PY, "app.py", "--db", str(db), "--host", "127.0.0.1", "--port", str(port)],
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    ok = wait_http(base + "/", time.perf_counter() + 60, proc)
    elapsed = time.perf_counter() - start
    if not ok:
        stop(proc)
        raise RuntimeError(f"app.py did not answer within 60 s; see {logs / (log_name + '.log')}")
    return proc, base, elapsed


_COLD = """
import json, sys, time
t0 = time.perf_counter()
from dashboard.app import create_app
t1 = time.perf_counter()
app = create_app(sys.argv[1])
t2 = time.perf_counter()
client = app.server.test_client()
client.get("/_dash-layout"); client.get("/_dash-dependencies")
t3 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "create_app": t2 - t1, "first_layout_and_deps": t3 - t2}))
"""


def cold_start(db: Path, runs: int = 3) -> dict[str, Any]:
    """Import + create_app in a fresh interpreter, and app.py's time to first HTTP answer."""
    inproc, server = [], []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(
            [PY, "-c", _COLD, str(db)], cwd=ROOT, capture_output=True, text=True, timeout=120
        )
        wall = time.perf_counter() - start
        if done.returncode != 0:
            return {"error": (done.stderr.strip().splitlines() or ["?"])[-1]}
        inproc.append({**json.loads(done.stdout.strip().splitlines()[-1]), "process_wall": wall})
    for i in range(runs):
        proc, _base, elapsed = start_server(db, f"cold-server-{db.stem}-{i}")
        stop(proc)
        server.append(elapsed)
    med = {k: statistics.median(r[k] for r in inproc) for k in inproc[0]}
    return {
        "runs": runs,
        "median": med,
        "all": inproc,
        "server_first_response_s": server,
        "server_first_response_median_s": statistics.median(server),
    }


def answered(status: int, body: bytes) -> bool:
    """A callback round trip that worked: 204 (no update), or 200 with outputs. A 200 whose
    `response` is empty is an app-level error handler (Dash `on_error`) answering for a callback
    that raised: not a success."""
    if status == 204:
        return True
    if status != 200:
        return False
    try:
        return bool(json.loads(body).get("response"))
    except (ValueError, AttributeError):
        return False


def http_callbacks(
    base: str, specs: list[CallbackSpec], calls: int = 200, budget: float = BUDGET_S
) -> list[dict[str, Any]]:
    """Full HTTP round trip of each chart callback against a running server (one client)."""
    import requests

    out = []
    with requests.Session() as session:
        for spec in (s for s in specs if s.is_chart):
            times, errors = [], 0
            stop_at = time.perf_counter() + budget
            for i in range(calls):
                if i >= MIN_CALLS and time.perf_counter() > stop_at:
                    break
                start = time.perf_counter()
                try:
                    response = session.post(
                        base + "/_dash-update-component", json=spec.payload(i), timeout=30
                    )
                    errors += not answered(response.status_code, response.content)
                except requests.RequestException:
                    errors += 1
                times.append(time.perf_counter() - start)
            out.append({"output": spec.output, **summary_ms(times), "errors": errors})
    return out


_CHART_JS = """
const plots = Array.from(document.querySelectorAll('.js-plotly-plot'));
const drawn = plots.filter(p => p.querySelector('.main-svg'));
const has = t => (t.x && t.x.length) || (t.y && t.y.length) || (t.values && t.values.length);
const withData = drawn.filter(p => p._fullData && p._fullData.some(has));
return [drawn.length, withData.length];
"""


def first_chart(
    base: str,
    paths: list[str],
    loads: int = 5,
    timeout: float = 20,
    on_progress: Callable[[dict[str, Any]], None] | None = None,
) -> dict[str, Any]:
    """Headless Chromium: seconds from navigation to the first Plotly chart drawn with data."""
    from selenium import webdriver
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--window-size=1280,800",
    ):
        options.add_argument(flag)
    start = time.perf_counter()
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(timeout)
    driver.set_script_timeout(timeout)
    out: dict[str, Any] = {"browser_start_s": time.perf_counter() - start, "paths": {}}
    try:
        for path in paths:
            samples = []
            for _ in range(loads):
                loaded = drawn_at = data_at = None
                start = time.perf_counter()
                try:
                    driver.get("about:blank")
                    start = time.perf_counter()
                    driver.get(base + path)
                    loaded = time.perf_counter() - start
                    while time.perf_counter() - start < timeout:
                        drawn, with_data = driver.execute_script(_CHART_JS)
                        now = time.perf_counter() - start
                        if drawn and drawn_at is None:
                            drawn_at = now
                        if with_data:
                            data_at = now
                            break
                        time.sleep(0.01)
                except WebDriverException as exc:
                    samples.append({"error": type(exc).__name__, "after_s": time.perf_counter() - start})
                    break
                samples.append(
                    {"load_event": loaded, "first_plot": drawn_at, "first_chart_with_data": data_at}
                )
                if on_progress:
                    on_progress({**out, "partial": {path: samples}})
                if data_at is None:
                    break
            good = [s["first_chart_with_data"] for s in samples if s.get("first_chart_with_data") is not None]
            out["paths"][path] = {
                "cold_s": good[0] if good else None,
                "warm_median_s": statistics.median(good[1:]) if len(good) > 1 else None,
                "samples": samples,
                **({} if good else {"error": f"no chart with data within {timeout} s"}),
            }
        return out
    finally:
        driver.quit()


def first_chart_bounded(base: str, paths: list[str], loads: int, limit: float = 90) -> dict[str, Any]:
    """`first_chart` in its own process group, killed (with its Chromium) if it passes `limit` s.

    A page heavy enough can keep Chromium's main thread busy for minutes, and WebDriver calls then
    block; only a watchdog outside the process bounds that."""
    job = json.dumps({"base": base, "paths": paths, "loads": loads})
    proc = subprocess.Popen(
        [PY, "-m", "bench.dashboard_bench", job],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        stdout, _ = proc.communicate(timeout=limit)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        stdout, _ = proc.communicate()
        lines = stdout.decode().strip().splitlines()
        last: dict[str, Any] = json.loads(lines[-1]) if lines else {"paths": {}}
        for path, samples in (last.pop("partial", None) or {}).items():
            good = [x["first_chart_with_data"] for x in samples if x.get("first_chart_with_data") is not None]
            last.setdefault("paths", {})[path] = {
                "cold_s": good[0] if good else None,
                "warm_median_s": statistics.median(good[1:]) if len(good) > 1 else None,
                "samples": samples,
            }
        for path in paths:
            entry = last.setdefault("paths", {}).setdefault(path, {"cold_s": None, "samples": []})
            if entry.get("cold_s") is None:
                entry["error"] = f"no chart with data before the browser was killed at {limit:.0f} s"
        last["error"] = f"Chromium was still busy after {limit:.0f} s and was killed (page too heavy)"
        return last
    lines = stdout.decode().strip().splitlines()
    if proc.returncode != 0 or not lines:
        return {"error": f"browser measurement failed (exit {proc.returncode})"}
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def run(
    db: Path,
    label: str,
    calls: int = 200,
    browser: bool = True,
    cold_runs: int = 3,
    budget: float = BUDGET_S,
    max_links: int = 12,
    loads: int = 5,
) -> dict[str, Any]:
    """Every dashboard measurement on one database; each part fails alone, with its reason.

    The app's own error log is silenced here (failures are counted instead)."""
    logging.getLogger("dashboard").setLevel(logging.CRITICAL)
    out: dict[str, Any] = {"db": str(db), "db_mb": db.stat().st_size / 2**20, "budget_s": budget}
    if cold_runs:
        try:
            out["cold_start"] = cold_start(db, cold_runs)
        except Exception as exc:
            out["cold_start"] = {"error": f"{type(exc).__name__}: {exc}"}
    try:
        from dashboard.app import create_app

        app = create_app(db)
        specs, notes, graph_paths = discover(app, max_links)
        out["discovered"] = {
            "callbacks": [s.output for s in specs],
            "notes": notes,
            "graph_paths": graph_paths,
        }
        # The first simulated loads include reading the database into the app's cache: load again.
        discover(app, max_links)
        out["page_loads"] = list(LAST_PAGE_LOADS)
        out["callbacks"] = measure_callbacks(app, specs, calls, budget)
    except Exception as exc:
        out["callbacks"] = {"error": f"{type(exc).__name__}: {exc}"}
        return out
    try:
        proc, base, _ = start_server(db, f"server-{label}")
    except Exception as exc:
        out["http"] = {"error": str(exc)}
        return out
    try:
        out["http"] = http_callbacks(base, specs, calls, budget)
        if browser:
            try:
                # The root page last: on a large database it is the one that can hang Chromium.
                paths = sorted(graph_paths or ["/"], key=lambda p: p == "/")
                out["browser"] = first_chart_bounded(base, paths, loads)
            except Exception as exc:
                out["browser"] = {"error": f"{type(exc).__name__}: {str(exc).splitlines()[0]}"}
    finally:
        stop(proc)
    return out


if __name__ == "__main__":  # the bounded browser run: python -m bench.dashboard_bench JOB_JSON
    import sys

    spec = json.loads(sys.argv[1])
    try:
        found = first_chart(
            spec["base"], spec["paths"], spec["loads"], on_progress=lambda o: print(json.dumps(o), flush=True)
        )
    except Exception as exc:
        found = {"error": f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"}
    print(json.dumps(found))
