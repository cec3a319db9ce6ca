"""Reconcile stage: the `series` view, one reconciled row per (indicator, period, basis).

Decisions, all made here in one SQL view over `observations`:
- Sources: `n_sources` counts REPORTS, not observations. A report stating one fact twice (summary and
  body) is one source; the same fact in two reports is two (`n_observations` counts rows).
- Compatibility: each observation stands for the interval its qualifier allows. `exact` ±0.1 %;
  `approx` (约) ± one unit of the stated value's last significant digit, at most ±5 % (约 2.88 亿 is
  2.87–2.89 亿, so 2.95 亿 disagrees; 约 3,000 万 is 2,850–3,150 万); `at_least` from the value up, and
  for `N多`/`N余` (80多 = 80–89) only up to the next step of N's last significant digit; `at_most`
  (近, 不到) up to the value.
  `conflict` is true when the intervals of a row's observations have no point in common: "more than 80"
  and "85" agree, "85" and "65" do not. Every observation stays in `observations` either way.
- Shown value: the most recent report's (latest publication year, then latest coverage end); within a
  report the most precise statement (exact, approx, bounds), then the earliest paragraph.
  `value_doc_id` / `value_mention_id` say which; `sources` lists every (doc, value, qualifier), and
  `values` / `doc_ids` the distinct values and reports.
"""

SERIES_VIEW = """
create view series as
with o as (
    select o.*,
           coalesce(d.published_year, 0) as published_year,
           coalesce(d.coverage_end, 0) as coverage_end,
           coalesce(m.surface, '') as surface,
           coalesce(m.value, o.value) as mention_value,
           -- one unit of the stated value's last significant digit, in the indicator's unit
           -- (约 2.88 亿 → 0.01 亿, 540 万 → 10 万, 2.6 吨 → 0.1 吨)
           case
               when m.value is null or m.value <= 0 then null
               when m.value = round(m.value) and m.value < 1e18
                   then pow(10, length(regexp_extract(cast(cast(m.value as bigint) as varchar), '0*$')))
               else pow(10, -length(regexp_extract(cast(m.value as varchar), '[.]([0-9]+)$', 1)))
           end * (o.value / m.value) as step
    from observations o
    join documents d using (doc_id)
    left join mentions m using (mention_id)
),
b as (
    select *,
        case qualifier
            when 'approx' then value - least(value * 0.05, coalesce(step, value))
            when 'at_most' then -1e308
            else value * 0.999
        end as lo,
        case
            when qualifier = 'approx' then value + least(value * 0.05, coalesce(step, value))
            when qualifier = 'at_least' and regexp_matches(surface, '多|余')
                 and mention_value = round(mention_value) and step is not null
                then (value + step) * 0.998
            when qualifier = 'at_least' then 1e308
            else value * 1.001
        end as hi,
        case qualifier when 'exact' then 0 when 'approx' then 1 else 2 end as precision_rank
    from o
),
g as (
    select indicator_id, period_start, period_end, basis,
        max(lo) > min(hi) as conflict,
        count(distinct doc_id) as n_sources,
        count(*) as n_observations,
        list(distinct value order by value) as "values",
        list(distinct doc_id order by doc_id) as doc_ids,
        list({'doc_id': doc_id, 'value': value, 'qualifier': qualifier, 'paragraph': paragraph}
             order by published_year, coverage_end, doc_id, paragraph, mention_id) as sources
    from b
    group by indicator_id, period_start, period_end, basis
),
shown as (
    select indicator_id, period_start, period_end, basis, value, qualifier, unit,
           doc_id as value_doc_id, mention_id as value_mention_id
    from b
    qualify row_number() over (
        partition by indicator_id, period_start, period_end, basis
        order by published_year desc, coverage_end desc, precision_rank, paragraph nulls last, mention_id
    ) = 1
)
select g.indicator_id, g.period_start, g.period_end, g.basis,
       shown.value, shown.qualifier, shown.unit,
       g.n_sources, g.conflict, g."values", g.doc_ids, g.n_observations, g.sources,
       shown.value_doc_id, shown.value_mention_id
from g join shown using (indicator_id, period_start, period_end, basis);
"""
