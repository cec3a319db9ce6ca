"""Read-only access to the indicator database; each query opens the current file afresh.

Opening per query means a rebuilt database (atomically moved over the old one) is picked up
without a restart, and a request in flight keeps reading the file it opened.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd


class Database:
    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)

    def query(self, sql: str, params: list[object] | None = None) -> pd.DataFrame:
        con = duckdb.connect(str(self.path), read_only=True)
        try:
            return con.execute(sql, params or []).df()
        finally:
            con.close()

    def indicators(self) -> pd.DataFrame:
        return self.query(
            "select i.*, (select count(*) from observations o where o.indicator_id = i.indicator_id) as n_obs "
            "from indicators i order by theme, indicator_id"
        )

    def observations(self, indicator_id: str) -> pd.DataFrame:
        return self.query(
            """
            select o.*, d.file_name, d.title, d.published_year, s.conflict, s.n_sources
            from observations o
            join documents d using (doc_id)
            left join series s using (indicator_id, period_start, period_end, basis)
            where o.indicator_id = ?
            order by o.period_start, o.period_end, d.published_year
            """,
            [indicator_id],
        )
