"""The Dash application: layout and callbacks, wired to a Database."""

from __future__ import annotations

from pathlib import Path

import dash_bootstrap_components as dbc
from dash import Dash, Input, Output, dcc, html

from dashboard.data import Database
from dashboard.figures import series_figure


def create_app(db_path: Path | str) -> Dash:
    db = Database(db_path)
    indicators = db.indicators()
    options = [
        {"label": f"{row.name_en} ({row.n_obs})", "value": row.indicator_id}
        for row in indicators.itertuples()
    ]
    default = next((o["value"] for o in options if o["value"] == "untoc_parties"), options[0]["value"])
    app = Dash(__name__, external_stylesheets=[dbc.themes.BOOTSTRAP], title="UNODC Indicator Dashboard")
    app.layout = dbc.Container(
        [
            html.H1("UNODC Indicator Dashboard", className="h3 my-3"),
            html.Label("Indicator", htmlFor="indicator"),
            dcc.Dropdown(id="indicator", options=options, value=default, clearable=False),
            dcc.Graph(id="chart", config={"displaylogo": False}),
        ],
        fluid=True,
    )

    @app.callback(Output("chart", "figure"), Input("indicator", "value"))
    def update_chart(indicator_id: str):  # type: ignore[no-untyped-def]
        row = indicators.set_index("indicator_id").loc[indicator_id]
        return series_figure(db.observations(indicator_id), row["name_en"], row["unit"])

    return app
