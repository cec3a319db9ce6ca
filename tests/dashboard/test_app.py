"""The app over HTTP (Flask test client): routing, friendly errors, no files outside the app, speed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from flask.testing import FlaskClient

from dashboard.app import create_app, render


@pytest.fixture(scope="module")
def client(synthetic_db: Path) -> FlaskClient:
    app = create_app(synthetic_db)
    test_client = app.server.test_client()
    assert test_client.get("/").status_code == 200
    return test_client


def call(
    client: FlaskClient,
    outputs: list[tuple[str, str]],
    inputs: list[tuple[Any, str, Any]],
    state: list[tuple[Any, str, Any]] | None = None,
) -> tuple[int, str]:
    """POST one callback the way the renderer does; outputs name at least one of its outputs."""
    wanted = [f"{i}.{p}" for i, p in outputs]
    deps = client.get("/_dash-dependencies").get_json()
    output = next(d["output"] for d in deps if all(w in d["output"] for w in wanted))
    parts = [o.split("@")[0] for o in output.strip(".").split("...")]
    specs = [{"id": o.rsplit(".", 1)[0], "property": o.rsplit(".", 1)[1]} for o in parts]
    body = {
        "output": output,
        "outputs": specs if output.startswith("..") else specs[0],
        "inputs": [{"id": i, "property": p, "value": v} for i, p, v in inputs],
        "state": [{"id": i, "property": p, "value": v} for i, p, v in state or []],
        "changedPropIds": [],
    }
    response = client.post("/_dash-update-component", json=body)
    return response.status_code, response.get_data(as_text=True)


def route(client: FlaskClient, path: str, search: str) -> dict[str, Any]:
    status, text = call(
        client,
        [("shell", "children"), ("shell", "lang")],
        [("url", "pathname", path), ("url", "search", search)],
        [("url-sync", "data", None)],
    )
    assert status == 200
    return json.loads(text)


def test_security_headers_and_local_assets(client: FlaskClient) -> None:
    response = client.get("/")
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "cdn." not in response.get_data(as_text=True)  # nothing loaded from the internet
    assert client.get("/assets/00-bootstrap.min.css").status_code == 200


@pytest.mark.parametrize(
    "url",
    [
        "/assets/../pyproject.toml",
        "/assets/%2e%2e/app.py",
        "/assets/..%2fdata.py",
        "/assets/%2e%2e%2f%2e%2e%2fpyproject.toml",
        "/_dash-component-suites/dash/../../../../etc/passwd",
        "/_dash-component-suites/dash/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/_dash-component-suites/duckdb/__init__.py",
    ],
)
def test_no_file_outside_the_app_is_served(client: FlaskClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 404
    assert b"root:" not in response.data and b"[project]" not in response.data


def test_unknown_pages_and_ids_get_friendly_messages(client: FlaskClient) -> None:
    text = json.dumps(route(client, "/nowhere", "?lang=zh"), ensure_ascii=False)
    assert "找不到页面" in text
    text = json.dumps(route(client, "/sources", "?doc=../../etc/passwd"), ensure_ascii=False)
    assert "No report with id" in text
    text = json.dumps(route(client, "/explore", "?ind=nope,untoc_parties&opts=bogus"), ensure_ascii=False)
    assert "Unknown indicator id(s) ignored: nope" in text
    text = json.dumps(route(client, "/compare", "?a=1066&b=<b>"), ensure_ascii=False)
    assert "Traceback" not in text


def test_report_text_is_text_not_html(client: FlaskClient) -> None:
    data = route(client, "/sources", "?doc=doc_b")
    text = json.dumps(data, ensure_ascii=False)
    assert "<script>alert('x')</script>" in text  # a string child (escaped by React), never an element
    assert '"type": "Script"' not in text and "dangerously" not in text


def test_a_failing_callback_answers_with_a_message_not_a_traceback(client: FlaskClient) -> None:
    ind = {"type": "state", "page": "explore", "key": "ind"}
    opts = {"type": "state", "page": "explore", "key": "opts"}
    status, text = call(
        client,
        [("chart", "figure"), ("chart-notes", "children")],
        [(ind, "value", {"not": "a list"}), (opts, "value", 5)],
        [("lang", "data", "en")],
    )
    assert status == 200 and "Traceback" not in text
    status, text = call(
        client,
        [("source-panel", "children")],
        [("chart", "clickData", {"points": [{"customdata": ["x", "y", None, 1, "z"]}]})],
        [("lang", "data", "en")],
    )
    assert status == 200 and "Traceback" not in text


def test_render_without_a_database(tmp_path: Path) -> None:
    from dashboard.data import Database

    shell = render(Database(tmp_path / "missing.duckdb"), "/explore", "")
    assert "not available" in str(shell)


def test_chart_callback_answers_every_selection_and_option(built_db: Path) -> None:
    app = create_app(built_db)
    client = app.server.test_client()
    ind = {"type": "state", "page": "explore", "key": "ind"}
    opts = {"type": "state", "page": "explore", "key": "opts"}
    selections = [
        ["untoc_parties", "uncac_parties", "tip_protocol_parties"],
        ["uncac_parties"],
        ["voluntary_contributions_pledged", "ccp_cocaine_seized", "untoc_parties"],
    ]
    for k in range(12):
        status, _ = call(
            client,
            [("chart", "figure"), ("chart-notes", "children")],
            [(ind, "value", selections[k % 3]), (opts, "value", ["connect", "log"][: k % 2 + 1])],
            [("lang", "data", "zh" if k % 2 else "en")],
        )
        assert status == 200


def test_the_mentions_table_pages_on_the_server(client: FlaskClient) -> None:
    def page(current: int, changed: str) -> dict[str, Any]:
        sources = lambda key: {"type": "state", "page": "sources", "key": key}  # noqa: E731
        deps = client.get("/_dash-dependencies").get_json()
        output = next(d["output"] for d in deps if "mentions-table.data" in d["output"])
        values = {"doc": "", "unit": "", "q": None, "counted": None, "vmin": None, "vmax": None}
        body = {
            "output": output,
            "outputs": [
                {"id": "mentions-table", "property": "data"},
                {"id": "mentions-count", "property": "children"},
                {"id": "mentions-table", "property": "page_count"},
                {"id": "mentions-table", "property": "page_current"},
            ],
            "inputs": [{"id": sources(k), "property": "value", "value": v} for k, v in values.items()]
            + [
                {"id": "mentions-table", "property": "page_current", "value": current},
                {"id": "mentions-table", "property": "sort_by", "value": []},
            ],
            "state": [{"id": "lang", "property": "data", "value": "en"}],
            "changedPropIds": [changed],
        }
        response = client.post("/_dash-update-component", json=body)
        assert response.status_code == 200
        return response.get_json()["response"]["mentions-table"]

    first = page(0, "mentions-table.page_current")
    assert len(first["data"]) == 15 and first["page_count"] == 1 and first["page_current"] == 0
    beyond = page(3, "mentions-table.page_current")  # past the last page: the last page
    assert beyond["page_current"] == 0 and beyond["data"] == first["data"]
    refiltered = page(3, '{"key":"q","page":"sources","type":"state"}.value')
    assert refiltered["page_current"] == 0  # new filters start again at the first page
