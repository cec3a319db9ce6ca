"""Dashboard callbacks found by simulating page loads, with realistic input values to drive them.

The dashboard is rebuilt concurrently, so nothing here depends on its function names: callbacks are
discovered from the app itself (`/_dash-dependencies` and `app.callback_map` of `create_app(db)`),
and input values are read from what a browser would hold after loading each page: the root layout,
then every callback whose inputs exist run until nothing changes, for the root and every in-app link
(a dropdown's options, a tab's values, a page path for a location's pathname).
"""

from __future__ import annotations

import inspect
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

WILDCARDS = ("ALL", "MATCH", "ALLSMALLER")
LAST_PAGE_LOADS: list[dict[str, Any]] = []  # what the last discover() saw per simulated page load


def id_key(component_id: Any) -> str:
    """A component id as one string: dict ids as compact, key-sorted JSON."""
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
        changed = [f"{id_key(self.inputs[k]['id'])}.{self.inputs[k]['property']}" for k in varied[:1]]
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
                    key = id_key(props["id"])
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
            if not all(id_key(d["id"]) in page.props for d in dep["inputs"]):
                continue
            outputs, multi = _split_output(dep["output"])

            def value(d: dict[str, Any]) -> Any:
                return page.props.get(id_key(d["id"]), {}).get(d["property"])

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
                "changedPropIds": [f"{id_key(d['id'])}.{d['property']}" for d in dep["inputs"][:1]],
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
            else _candidates_for(pages, id_key(d["id"]), d["property"])
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
