"""Dashboard callback latency: in-process (the function itself, Flask's test client) and over HTTP.

Each server-side callback found by `bench.dashboard_discover` is measured, cycling through its
discovered inputs, up to `calls` times (fewer, but at least MIN_CALLS, once one way of calling one
callback has taken longer than its time budget):

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
import time
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

from bench.dashboard_discover import CallbackSpec, id_key
from bench.measure import summary_ms

BUDGET_S = 15.0  # per callback and way of calling: stop early (after MIN_CALLS) past this
MIN_CALLS = 30


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
            "inputs": [f"{id_key(d['id'])}.{d['property']}" for d in spec.inputs],
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
