"""Reconcile stage: the `series` view, one reconciled row per (indicator, period, basis).

A fact restated by several reports counts once (n_sources = how many reports state it); reports
that disagree set `conflict` and every observation stays in `observations` for the user to see.
"""

SERIES_VIEW = """
create view series as
with o as (
    select o.*, coalesce(d.published_year, 0) as published_year
    from observations o join documents d using (doc_id)
)
select
    indicator_id,
    period_start,
    period_end,
    basis,
    arg_max(value, published_year) as value,
    arg_max(qualifier, published_year) as qualifier,
    any_value(unit) as unit,
    count(distinct doc_id) as n_sources,
    count(distinct round(value, 6)) > 1 as conflict,
    list(distinct value order by value) as "values",
    list(distinct doc_id order by doc_id) as doc_ids
from o
group by indicator_id, period_start, period_end, basis;
"""
