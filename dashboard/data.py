"""Read-only access to the indicator database as in-memory snapshots keyed on the file's identity.

A snapshot holds every table the dashboard reads, and what is derived from them once rather than
per request: the chart points of every indicator (dashboard.points: one point per stated value,
source lists capped) and row indexes by report and by (indicator, period, basis), so a request
touches only the rows it shows however many reports the database holds.

A snapshot is reloaded, through a fresh read-only DuckDB connection, when the file's (inode,
mtime, size) changes, so a database rebuilt and moved into place with os.replace is picked up
without a restart. A request in flight keeps the snapshot it started with, so it never sees half of each.
If a reload fails (the file is missing or unreadable), the last good snapshot keeps serving.

Only the contract's columns plus document_texts, paragraphs and sentences are relied on;
optional columns (documents.symbol) are used when present.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pandas as pd

from dashboard.i18n import ordered_themes
from dashboard.points import KEY, points_by_indicator

log = logging.getLogger(__name__)

FileKey = tuple[int, int, int]
Positions = dict[Any, np.ndarray]
EMPTY = np.array([], dtype=np.intp)


class DataUnavailable(RuntimeError):
    """The database file cannot be read and no earlier snapshot exists."""


@dataclass(frozen=True)
class Snapshot:
    """Every table the dashboard reads, as of one version of the database file."""

    key: FileKey
    documents: pd.DataFrame
    indicators: pd.DataFrame
    observations: pd.DataFrame
    series: pd.DataFrame
    mentions: pd.DataFrame
    paragraphs: pd.DataFrame
    sentences: pd.DataFrame
    texts: dict[str, str] = field(repr=False)
    build_info: dict[str, str]
    chart_index: dict[str, list[dict[str, Any]]] = field(repr=False)  # indicator → point records
    doc_index: dict[str, Positions] = field(repr=False)  # table name → doc_id → row positions
    period_index: Positions = field(repr=False)  # (indicator, start, end, basis) → observation rows

    # -- look-ups -----------------------------------------------------------------------------------
    @property
    def themes(self) -> list[str]:
        """The catalog's themes, in the interface's order (known ones first, then the rest)."""
        return ordered_themes(set(self.indicators["theme"]))

    def indicator(self, indicator_id: str) -> dict[str, object] | None:
        rows = self.indicators[self.indicators["indicator_id"] == indicator_id]
        return None if rows.empty else rows.iloc[0].to_dict()

    def split_known(self, ids: list[str]) -> tuple[list[str], list[str]]:
        """(known indicator ids in the given order, unknown ones)."""
        known = set(self.indicators["indicator_id"])
        return [i for i in ids if i in known], [i for i in ids if i not in known]

    def indicator_meta(self, ids: list[str]) -> pd.DataFrame:
        """Catalog rows for `ids`, in that order."""
        frame = self.indicators.set_index("indicator_id")
        return frame.loc[[i for i in ids if i in frame.index]].reset_index()

    def points(self, ids: list[str]) -> pd.DataFrame:
        """Observations of the given indicators, with their report's label."""
        return self.observations[self.observations["indicator_id"].isin(ids)]

    def series_for(self, ids: list[str]) -> pd.DataFrame:
        return self.series[self.series["indicator_id"].isin(ids)]

    def chart_points(self, ids: list[str]) -> list[dict[str, Any]]:
        """The precomputed chart points (dashboard.points.point_records) of `ids`, in that order."""
        return [p for i in dict.fromkeys(ids) for p in self.chart_index.get(i, [])]

    def observations_at(self, indicator_id: str, start: int, end: int, basis: str) -> pd.DataFrame:
        """Every report statement of one indicator, period and basis."""
        return self.observations.iloc[self.period_index.get((indicator_id, start, end, basis), EMPTY)]

    def rows_of(self, table: str, doc_id: str) -> pd.DataFrame:
        """The rows of `documents`, `mentions`, `paragraphs` or `sentences` of one report."""
        frame: pd.DataFrame = getattr(self, table)
        return frame.iloc[self.doc_index[table].get(doc_id, EMPTY)]

    def document(self, doc_id: str) -> dict[str, object] | None:
        rows = self.rows_of("documents", doc_id)
        return None if rows.empty else rows.iloc[0].to_dict()

    def doc_label(self, doc_id: str) -> str:
        doc = self.document(doc_id)
        return str(doc["label"]) if doc else doc_id

    def mention(self, mention_id: str) -> dict[str, object] | None:
        rows = self.mentions[self.mentions["mention_id"] == mention_id]
        return None if rows.empty else rows.iloc[0].to_dict()

    def sentence_bounds(self, doc_id: str, start: int, end: int) -> tuple[int, int]:
        """The stored sentence containing [start, end), or a window of text around it."""
        s = self.rows_of("sentences", doc_id)
        rows = s[(s["char_start"] <= start) & (s["char_end"] >= end)]
        if not rows.empty:
            row = rows.iloc[0]
            return int(row["char_start"]), int(row["char_end"])
        text = self.texts.get(doc_id, "")
        return max(0, start - 80), min(len(text), end + 80)


class Database:
    """The dashboard's only door to the data: `Database(path).snapshot()`."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._snapshot: Snapshot | None = None

    def file_key(self) -> FileKey | None:
        try:
            st = os.stat(self.path)
        except OSError:
            return None
        return (st.st_ino, st.st_mtime_ns, st.st_size)

    def warm(self) -> threading.Thread:
        """Read the snapshot in a background thread (a large database takes seconds), so a server
        that has just started answers its first page sooner; requests meanwhile wait for it."""

        def load() -> None:
            with contextlib.suppress(DataUnavailable):  # a missing file: the first request says so
                self.snapshot()

        thread = threading.Thread(target=load, name="snapshot-warm-up", daemon=True)
        thread.start()
        return thread

    def snapshot(self) -> Snapshot:
        """The current snapshot, reloading first if the file changed since the last one."""
        key = self.file_key()
        current = self._snapshot
        if current is not None and (key is None or key == current.key):
            return current
        with self._lock:
            current = self._snapshot
            if current is not None and (key is None or key == current.key):
                return current
            if key is None:
                raise DataUnavailable(str(self.path))
            try:
                self._snapshot = load_snapshot(self.path, key)
            except (duckdb.Error, OSError, KeyError) as exc:
                log.warning("could not load %s: %s", self.path, exc)
                if current is None:
                    raise DataUnavailable(str(self.path)) from exc
                return current
            return self._snapshot


def _label_documents(docs: pd.DataFrame) -> pd.Series:
    """A short, unique label per report: its symbol, else body and year."""
    labels = []
    for row in docs.itertuples():
        symbol = getattr(row, "symbol", None)
        if isinstance(symbol, str) and symbol.strip():
            labels.append(symbol.strip())
            continue
        body = row.body if isinstance(row.body, str) and row.body else "UNODC"
        year = "" if pd.isna(row.published_year) else f" {int(row.published_year)}"
        labels.append(f"{body}{year}")
    counts: dict[str, int] = {}
    unique = []
    for label in labels:
        counts[label] = counts.get(label, 0) + 1
        unique.append(label if counts[label] == 1 else f"{label} ({counts[label]})")
    if len(set(unique)) != len(labels):  # pathological: fall back to ids
        unique = list(docs["doc_id"])
    return pd.Series(unique, index=docs.index)


def load_snapshot(path: Path, key: FileKey) -> Snapshot:
    """Read every table the dashboard needs through one read-only connection."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        q = lambda sql: con.execute(sql).df()  # noqa: E731
        docs = q("select * from documents")
        mentions = q(
            """select m.mention_id, m.doc_id, m.paragraph, m.char_start, m.char_end, m.surface, m.value,
                      m.value_max, m.unit, m.qualifier, m.counted, m.sentence,
                      (select string_agg(distinct o.indicator_id, ',') from observations o
                        where o.mention_id = m.mention_id) as indicator_ids
               from mentions m order by m.doc_id, m.char_start"""
        )
        observations = q(
            """select o.indicator_id, o.doc_id, o.mention_id, o.paragraph, o.period_start, o.period_end,
                      o.basis, o.value, o.unit, o.qualifier, o.quote,
                      m.char_start, m.char_end, m.surface
               from observations o left join mentions m on m.mention_id = o.mention_id
               order by o.indicator_id, o.period_start, o.period_end"""
        )
        series = q(
            """select indicator_id, period_start, period_end, basis, value, qualifier, n_sources,
                      conflict, "values" as vals, doc_ids
               from series order by indicator_id, period_start, period_end"""
        )
        indicators = q(
            "select indicator_id, theme, name_en, name_zh, unit, description_en from indicators "
            "order by theme, indicator_id"
        )
        texts = dict(con.execute("select doc_id, text from document_texts").fetchall())
        paragraphs = q(
            "select doc_id, paragraph, char_start, char_end from paragraphs order by doc_id, char_start"
        )
        sentences = q("select doc_id, char_start, char_end from sentences order by doc_id, char_start")
        build_info = dict(con.execute("select key, value from build_info").fetchall())
    finally:
        con.close()
    if "symbol" not in docs.columns:
        docs["symbol"] = None
    docs = docs.sort_values(["published_year", "doc_id"], na_position="last").reset_index(drop=True)
    docs["label"] = _label_documents(docs)
    docs["n_mentions"] = docs["doc_id"].map(mentions["doc_id"].value_counts()).fillna(0).astype(int)
    docs["n_observations"] = docs["doc_id"].map(observations["doc_id"].value_counts()).fillna(0).astype(int)
    labels = dict(zip(docs["doc_id"], docs["label"], strict=True))
    years = dict(zip(docs["doc_id"], docs["published_year"], strict=True))
    for frame in (observations, mentions):
        frame["doc_label"] = frame["doc_id"].map(labels).fillna(frame["doc_id"])
    observations["published_year"] = observations["doc_id"].map(years)
    series["vals"] = series["vals"].map(lambda v: [float(x) for x in v] if v is not None else [])
    series["doc_ids"] = series["doc_ids"].map(lambda v: [str(x) for x in v] if v is not None else [])
    series["conflict"] = series["conflict"].fillna(False).astype(bool)
    indicators["n_obs"] = (
        indicators["indicator_id"].map(observations["indicator_id"].value_counts()).fillna(0).astype(int)
    )
    return Snapshot(
        key=key,
        documents=docs,
        indicators=indicators,
        observations=observations,
        series=series,
        mentions=mentions,
        paragraphs=paragraphs,
        sentences=sentences,
        texts={str(k): str(v) for k, v in texts.items()},
        build_info={str(k): str(v) for k, v in build_info.items()},
        chart_index=points_by_indicator(observations, series),
        doc_index={
            name: _positions(frame, ["doc_id"])
            for name, frame in (
                ("documents", docs),
                ("mentions", mentions),
                ("paragraphs", paragraphs),
                ("sentences", sentences),
            )
        },
        period_index=_positions(observations, KEY),
    )


def _positions(frame: pd.DataFrame, keys: list[str]) -> Positions:
    """Row positions per key (a 1-tuple key is unwrapped); ints as Python ints."""
    if frame.empty:
        return {}
    groups = frame.groupby(keys if len(keys) > 1 else keys[0], sort=False).indices
    return {_key(key): rows for key, rows in groups.items()}


def _key(key: Any) -> Any:
    """A group key with numpy scalars made Python ones (so (str, int, int, str) tuples look it up)."""
    if isinstance(key, tuple):
        return tuple(k.item() if isinstance(k, np.generic) else k for k in key)
    return key.item() if isinstance(key, np.generic) else key
