"""The Dash application factory: the shell, URL routing, and the view kept in the URL.

One page per task (dashboard/pages/: overview, explore, compare, sources), each a module with
`layout(snapshot, state, lang)` and `register(app, db)`, routed on the URL's path in the style of
Dash multi-page apps (but without Dash's global page registry, so the factory can be called
many times). Every control whose value belongs in the URL has the id
`{"type": "state", "page": PAGE, "key": KEY}`; one callback writes their values into the query
string, and the router re-renders only when the URL changes from outside (a link, back/forward,
the language toggle), so a copied link reproduces the view.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from dash import ALL, Dash, Input, Output, State, ctx, dcc, html, set_props
from dash.exceptions import DependencyException, PreventUpdate

from dashboard import upload_panel
from dashboard.components import alert, navbar
from dashboard.data import Database, DataUnavailable
from dashboard.i18n import lang_of, t
from dashboard.pages import compare, explore, overview, sources
from dashboard.upload import MAX_UPLOAD_BYTES
from dashboard.urlstate import merge, normalise_path, parse_search

log = logging.getLogger(__name__)
ASSETS = Path(__file__).parent / "assets"
PAGES: dict[str, Any] = {"/": overview, "/explore": explore, "/compare": compare, "/sources": sources}
PAGE_PATHS = {"overview": "/", "explore": "/explore", "compare": "/compare", "sources": "/sources"}
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "SAMEORIGIN",
    "Referrer-Policy": "same-origin",
}


def _on_error(err: Exception) -> None:
    """Any callback failure: logged on the server, a short friendly line in the page."""
    log.error("callback failed: %s", err, exc_info=err)
    set_props(
        "global-error",
        {
            "children": alert(
                f"{t('error_generic', 'en')} / {t('error_generic', 'zh')}", color="danger", dismissable=True
            )
        },
    )


def encode(value: object) -> object:
    """A control's value as it goes into the URL (an emptied list stays distinguishable)."""
    if isinstance(value, list):
        return value or ["none"]
    return value


def render(db: Database, pathname: str | None, search: str | None) -> list[Any]:
    """The whole shell for a URL: navigation, the page, the footer, the language store."""
    state = parse_search(search)
    lang = lang_of(state.get("lang"))
    path = normalise_path(pathname)
    page = PAGES.get(path)
    try:
        snap = db.snapshot()
        if page is None:
            body: Any = html.Div(
                [
                    html.H1(t("not_found_title", lang), className="h3"),
                    html.P(t("not_found_body", lang, path=path[:80])),
                    dcc.Link(t("go_overview", lang), href="/" + merge("", {"lang": lang})),
                ],
                id="not-found",
            )
        else:
            body = page.layout(snap, state, lang)
        info = snap.build_info.get("built_at", "")
        footer = (
            f"{len(snap.documents):,} reports · {len(snap.mentions):,} quantities · "
            f"{len(snap.observations):,} indicator values · {info}"
        )
    except DataUnavailable:
        body = alert(t("no_db", lang, path=db.path.name), color="danger")
        footer = ""
    return [
        dcc.Store(id="lang", data=lang),
        navbar(path, search or "", lang),
        html.Main(body, className="container-xl px-3 py-3", id="page"),
        html.Footer(footer, className="container-xl px-3 pb-3 small text-muted"),
    ]


def create_app(db_path: Path | str, warm: bool = False, reports_dir: Path | str | None = None) -> Dash:
    """The dashboard over the DuckDB file at `db_path` (read-only; a rebuilt file is picked up);
    `warm` starts reading the database in the background at once (app.py does, for a server);
    `reports_dir` turns on uploads: a report added on the Sources page is stored there and the
    database rebuilt from it."""
    db = Database(db_path)
    if warm:
        db.warm()
    app = Dash(
        __name__,
        title=t("app_title", "en"),
        assets_folder=str(ASSETS),
        suppress_callback_exceptions=True,
        update_title=None,
        on_error=_on_error,
        enable_mcp=False,
        serve_locally=True,
    )
    app.layout = html.Div(
        [
            dcc.Location(id="url", refresh="callback-nav"),
            dcc.Store(id="url-sync"),
            dcc.Store(id="basket", storage_type="local"),
            html.Div(id="global-error", className="container-xl px-3", role="status"),
            html.Div(id="shell", lang="en"),
        ]
    )

    @app.callback(
        Output("shell", "children"),
        Output("shell", "lang"),
        Output("url-sync", "data", allow_duplicate=True),
        Input("url", "pathname"),
        Input("url", "search"),
        State("url-sync", "data"),
        prevent_initial_call="initial_duplicate",
    )
    def route(pathname: str | None, search: str | None, synced: str | None) -> tuple[list[Any], str, None]:
        if synced is not None and synced == f"{pathname}{search or ''}":
            raise PreventUpdate  # the URL only caught up with the controls
        lang = lang_of(parse_search(search).get("lang"))
        # forget the last URL the controls wrote: only the next write may skip a re-render
        return render(db, pathname, search), "zh-Hans" if lang == "zh" else "en", None

    @app.callback(
        Output("url", "search"),
        Output("url-sync", "data"),
        Input({"type": "state", "page": ALL, "key": ALL}, "value"),
        State("url", "pathname"),
        State("url", "search"),
        prevent_initial_call=True,
    )
    def write_url(_values: list[Any], pathname: str | None, search: str | None) -> tuple[str, str]:
        here = normalise_path(pathname)
        updates = {
            item["id"]["key"]: encode(item.get("value"))
            for item in ctx.inputs_list[0]
            if PAGE_PATHS.get(item["id"]["page"]) == here
        }
        new = merge(search, updates)
        if new == (search or ""):
            raise PreventUpdate
        return new, f"{pathname}{new}"

    @app.callback(Output("lang-toggle", "href"), Input("url", "search"), State("url", "pathname"))
    def toggle_href(search: str | None, pathname: str | None) -> str:
        lang = lang_of(parse_search(search).get("lang"))
        return normalise_path(pathname) + merge(search, {"lang": "en" if lang == "zh" else "zh"})

    for page in PAGES.values():
        page.register(app, db)
    if reports_dir is not None:
        upload_panel.register(app, db, Path(reports_dir))
        # a base64 upload is 4/3 of the file, plus the callback's JSON around it
        app.server.config["MAX_CONTENT_LENGTH"] = MAX_UPLOAD_BYTES * 3 // 2 + 2**20

    @app.server.errorhandler(DependencyException)
    def _not_a_dependency(_exc: Exception) -> tuple[str, int]:
        return "Not found", 404  # e.g. a path outside the registered component files

    @app.server.errorhandler(500)
    def _server_error(_exc: Exception) -> tuple[str, int]:
        return "Internal error (details are in the server log)", 500

    @app.server.after_request
    def _headers(response: Any) -> Any:
        for key, value in SECURITY_HEADERS.items():
            response.headers.setdefault(key, value)
        return response

    return app
