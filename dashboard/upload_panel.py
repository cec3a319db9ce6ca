"""The "add a report" panel of the Sources page: upload a report, then see it built and linked.

Shown only when the app is given a reports folder (`create_app(..., reports_dir=…)`, as `app.py`
does). The checks, storage and rebuild live in `dashboard.upload`; this module is the interface:
`panel(lang)` is the drop zone, `upload_result(...)` turns an upload into the message shown under it.
"""

from __future__ import annotations

import base64
import binascii
from pathlib import Path
from typing import Any

from dash import Dash, Input, Output, State, dcc, html, no_update
from dash.exceptions import PreventUpdate

from dashboard.components import alert, href
from dashboard.data import Database, DataUnavailable
from dashboard.i18n import t
from dashboard.pages.sources import reports_list
from dashboard.upload import MAX_UPLOAD_BYTES, UploadRefused, rebuild, save_upload


def panel(lang: str) -> html.Section:
    """The drop zone and the place its outcome is shown."""
    return html.Section(
        [
            html.H2(t("upload_title", lang), className="h5"),
            dcc.Loading(
                [
                    dcc.Upload(
                        id="upload-report",
                        children=html.Div(t("upload_hint", lang, mb=MAX_UPLOAD_BYTES // 2**20)),
                        accept=".txt,text/plain",
                        multiple=False,
                        max_size=MAX_UPLOAD_BYTES,
                        className="upload-zone",
                    ),
                    html.Div(id="upload-status", role="status", className="mt-2"),
                ],
                type="dot",
            ),
        ],
        className="mb-4",
        id="upload-section",
    )


def _decode(contents: str, filename: str) -> bytes:
    """The bytes of a data URL as dcc.Upload sends them ("data:text/plain;base64,…")."""
    header, _, payload = contents.partition(",")
    if not header.startswith("data:") or not header.endswith(";base64"):
        raise UploadRefused(filename, "unreadable")
    try:
        return base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise UploadRefused(filename, "unreadable") from exc


def upload_result(db: Database, reports_dir: Path, contents: str, filename: str, lang: str) -> Any:
    """Store the upload, rebuild the database, and say what happened (with a link to the new report)."""
    try:
        path = save_upload(reports_dir, filename or "", _decode(contents, filename))
    except UploadRefused as exc:
        return alert(
            t("upload_refused", lang, reason=exc.message(lang)), color="warning", id="upload-message"
        )
    outcome = rebuild(reports_dir, db.path)
    if not outcome.ok:
        return alert(
            t("upload_failed", lang, name=path.name, reason=outcome.summary),
            color="danger",
            id="upload-message",
        )
    notes = [note for note in outcome.notes if note.startswith(f"{path.name}:")]
    try:
        documents = db.snapshot().documents
    except DataUnavailable:
        documents = None
    found = documents[documents["file_name"] == path.name] if documents is not None else None
    if found is None or found.empty:
        reason = notes[0].split(":", 1)[1].strip() if notes else t("upload_no_document", lang)
        return alert(
            t("upload_not_loaded", lang, name=path.name, reason=reason), color="warning", id="upload-message"
        )
    doc_id = str(found.iloc[0]["doc_id"])
    return alert(
        [
            t("upload_done", lang, name=path.name, summary=outcome.summary),
            " ",
            dcc.Link(t("upload_open", lang), href=href("/sources", lang, doc=doc_id), id="upload-open"),
            *[html.Div(note, className="small") for note in notes],
        ],
        color="success",
        id="upload-message",
    )


def register(app: Dash, db: Database, reports_dir: Path) -> None:
    """The panel's callbacks: show it on the Sources page, and handle each upload."""

    @app.callback(Output("upload-panel", "children"), Input("upload-panel", "id"), State("lang", "data"))
    def show_panel(_id: str, lang: str) -> html.Section:
        return panel(lang)

    @app.callback(
        Output("upload-status", "children"),
        Output("reports-list", "children", allow_duplicate=True),
        # back to the first page: the mentions table's own callback refills it from the new database
        Output("mentions-table", "page_current", allow_duplicate=True),
        Input("upload-report", "contents"),
        State("upload-report", "filename"),
        State("lang", "data"),
        prevent_initial_call=True,
    )
    def on_upload(contents: str | None, filename: str | None, lang: str) -> tuple[Any, Any, Any]:
        if not contents:
            raise PreventUpdate
        message = upload_result(db, reports_dir, contents, filename or "", lang)
        if message.color != "success":
            return message, no_update, no_update
        return message, reports_list(db.snapshot(), lang, None), 0  # the new report is listed at once
