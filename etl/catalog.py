"""Catalog stage: load the declarative indicator catalog (indicators.yaml) and validate it.

The YAML says what each indicator means and how a mention is recognized as measuring it; this
module only checks that what it says is well formed (known units, themes, bases and instruments,
regexes that compile, rules that constrain something) so a bad catalog fails at load time.
"""

from __future__ import annotations

import re
from functools import cache, cached_property
from pathlib import Path
from typing import Literal, NamedTuple

import yaml
from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from etl.models import Basis
from etl.quantities.numerals import clean_float

CATALOG_PATH = Path(__file__).with_name("indicators.yaml")
Theme = Literal[
    "treaties",
    "funding",
    "seizures",
    "training",
    "technical_assistance",
    "research",
    "forensics",
    "oversight",
]
Unit = Literal["USD", "count", "t", "kg", "percent"]

# Which mention units can be converted to an indicator's unit (see `convert`).
CONVERTIBLE: dict[str, dict[str, float]] = {"t": {"t": 1.0, "kg": 0.001}, "kg": {"kg": 1.0, "t": 1000.0}}


def _check_regex(value: str | None) -> str | None:
    if value is not None:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"invalid regex {value!r}: {exc}") from exc
    return value


@cache
def rx(pattern: str) -> re.Pattern[str]:
    """The compiled form of a catalog regex (compiled once per process)."""
    return re.compile(pattern)


def convert(value: float, from_unit: str, to_unit: str) -> float | None:
    """`value` in `from_unit` expressed in `to_unit` (noise of the factor cleaned), or None when the
    units do not convert."""
    if from_unit == to_unit:
        return value
    factor = CONVERTIBLE.get(to_unit, {}).get(from_unit)
    return None if factor is None else clean_float(value * factor)


class Instrument(BaseModel):
    """A treaty the reports name in several ways."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    key: str
    names: tuple[str, ...]
    generic: tuple[str, ...] = ()

    @field_validator("names", "generic")
    @classmethod
    def _regexes(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        for v in values:
            _check_regex(v)
        return values


# The text windows a rule can test (see etl/context.py for how each is cut from the report).
WINDOWS = ("counted", "before", "after", "clause", "sentence", "nearby", "earlier", "paragraph", "section")


class Rule(BaseModel):
    """One way of recognizing an indicator: every given regex must match its window, no `not_` one may.

    Windows: `before` (words since the previous quantity or the clause's instrument title),
    `after` (words up to the next quantity or clause break: the counted noun), `clause`, `sentence`,
    `nearby` (this and the previous sentence), `earlier` (the previous sentence and this one up to the
    number: what the report said before it), `paragraph`, `section` (the headings above it),
    `counted` (the extractor's counted noun).
    """

    model_config = ConfigDict(extra="forbid", frozen=True)
    instrument: str | None = None  # the instrument named last before the number (in its paragraph)
    # the instrument may instead be named in the words after the number ("N 个国家加入《…》"): a title
    # there wins over one named before
    instrument_follows: bool = False
    units: tuple[Unit, ...] = ()  # mention units accepted; default: those convertible to the indicator's
    counted: str | None = None
    before: str | None = None
    after: str | None = None
    clause: str | None = None
    sentence: str | None = None
    nearby: str | None = None
    earlier: str | None = None
    paragraph: str | None = None
    section: str | None = None
    not_before: str | None = None
    not_after: str | None = None
    not_clause: str | None = None
    not_sentence: str | None = None
    not_nearby: str | None = None
    not_earlier: str | None = None
    not_paragraph: str | None = None
    not_section: str | None = None
    basis: Basis | None = None  # overrides the indicator's basis when this rule recognizes a mention
    allow_delta: bool = False  # a change amount ("增加了 21 个") may be the value
    priority: int = 0  # when rules of several indicators match one mention, the highest wins

    @field_validator(
        "counted",
        "before",
        "after",
        "clause",
        "sentence",
        "nearby",
        "paragraph",
        "section",
        "not_before",
        "not_after",
        "not_clause",
        "not_sentence",
        "not_nearby",
        "not_paragraph",
        "not_section",
    )
    @classmethod
    def _regex(cls, value: str | None) -> str | None:
        return _check_regex(value)

    @model_validator(mode="after")
    def _constrains_something(self) -> Rule:
        if self.instrument is None and not any(getattr(self, w) for w in WINDOWS):
            raise ValueError("a rule needs an instrument or at least one positive pattern")
        if self.instrument_follows and self.instrument is None:
            raise ValueError("instrument_follows needs an instrument")
        return self

    @cached_property
    def compiled(self) -> tuple[tuple[str, re.Pattern[str], bool], ...]:
        """(window, compiled regex, must_match) for every pattern the rule sets; built once per rule."""
        return tuple((window, rx(pattern), wanted) for window, pattern, wanted in self.patterns())

    def patterns(self) -> list[tuple[str, str, bool]]:
        """(window, regex, must_match) for every pattern the rule sets."""
        found = []
        for window in WINDOWS:
            for name, wanted in ((window, True), (f"not_{window}", False)):
                pattern = getattr(self, name, None)
                if pattern:
                    found.append((window, pattern, wanted))
        return found


class Cues(BaseModel):
    """Catalog-wide cues: how a value continues the previous one, and what is never a level."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    # `before` text meaning "the same measure again" (从 X 增加到 Y; 与 2010 年（Y）相比)
    continuation: str = r"(?!)"
    # `before` text naming the part of a running total one year holds: it continues an annual flow only
    part_in_year: str = r"(?!)"
    # a change amount, not a level: `before` ("增加了") or `after` ("的小幅增资")
    delta_before: str = r"(?!)"
    delta_after: str = r"(?!)"
    # a plan or projection, not a fact (on the clause)
    plan: str = r"(?!)"
    # a list of values stated respectively ("分别为 X 和 Y"): `respectively` on the sentence before
    # the number, `list_joiner` on `before`; Y then continues X's measure
    respectively: str = r"(?!)"
    list_joiner: str = r"(?!)"
    # a paragraph whose first sentence refers back to what the paragraph before named (on its text)
    refers_back: str = r"(?!)"
    # a level stated after a change ("认捐总额比 2013 年增加了 5%，达到 3.1 亿美元"): `change_tail` ends the
    # change's `before` (the comparison and the verb), `level_after_change` is the level's `before`; the
    # level is what the change measured, read from the words before them
    change_tail: str = r"(?!)"
    level_after_change: str = r"(?!)"
    # a count of one named region (on `before`: "在东南亚，一个项目支持了五个国家"): a subset, never the
    # total of an indicator marked `all_regions`
    regional_subset: str = r"(?!)"
    # a value the report itself says was wrong (on the sentence after it: "…2.73 亿美元有误"): the corrected
    # value stated after it is the observation, this one is not
    retracted: str = r"(?!)"

    @field_validator(
        "continuation",
        "part_in_year",
        "delta_before",
        "delta_after",
        "plan",
        "respectively",
        "list_joiner",
        "refers_back",
        "change_tail",
        "level_after_change",
        "regional_subset",
        "retracted",
    )
    @classmethod
    def _regex(cls, value: str) -> str:
        _check_regex(value)
        return value


class Indicator(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str
    theme: Theme
    unit: Unit
    basis: Basis
    name_en: str
    name_zh: str
    description_en: str
    all_regions: bool = (
        False  # a total over all regions: a count of one region (cues.regional_subset) is not it
    )
    recognize: tuple[Rule, ...] = ()

    @field_validator("id")
    @classmethod
    def _snake_case(cls, value: str) -> str:
        if not re.fullmatch(r"[a-z][a-z0-9_]*", value):
            raise ValueError(f"indicator id must be snake_case: {value!r}")
        return value


class Catalog(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    shared: dict[str, str] = {}  # regexes defined once and reused through YAML anchors
    instruments: tuple[Instrument, ...]
    cues: Cues = Cues()
    indicators: tuple[Indicator, ...]

    @field_validator("shared")
    @classmethod
    def _shared_regexes(cls, values: dict[str, str]) -> dict[str, str]:
        for v in values.values():
            _check_regex(v)
        return values

    @model_validator(mode="after")
    def _consistent(self) -> Catalog:
        ids = [i.id for i in self.indicators]
        duplicates = {i for i in ids if ids.count(i) > 1}
        if duplicates:
            raise ValueError(f"duplicate indicator ids: {sorted(duplicates)}")
        keys = {i.key for i in self.instruments}
        for indicator in self.indicators:
            for rule in indicator.recognize:
                if rule.instrument and rule.instrument not in keys:
                    raise ValueError(f"{indicator.id}: unknown instrument {rule.instrument!r}")
                for unit in rule.units:
                    if convert(1.0, unit, indicator.unit) is None:
                        raise ValueError(
                            f"{indicator.id}: unit {unit!r} does not convert to {indicator.unit}"
                        )
        return self

    def indicator(self, indicator_id: str) -> Indicator:
        for i in self.indicators:
            if i.id == indicator_id:
                return i
        raise KeyError(indicator_id)

    @cached_property
    def _rules_by_unit(self) -> dict[str, tuple[RankedRule, ...]]:
        return {}

    def rules_for_unit(self, unit: str) -> tuple[RankedRule, ...]:
        """Every rule that accepts quantities in `unit`, in catalog order, with its rank and label.

        Classification tries only these: most rules measure another unit (money, mass, counts).
        """
        table = self._rules_by_unit
        if unit not in table:
            table[unit] = tuple(
                RankedRule(indicator, rule, (rule.priority, -order), f"{indicator.id}#{number}")
                for order, indicator in enumerate(self.indicators)
                for number, rule in enumerate(indicator.recognize, 1)
                if accepts_unit(rule, indicator, unit)
            )
        return table[unit]


class RankedRule(NamedTuple):
    """A rule with its indicator, its rank among matches (priority, then catalog order) and label."""

    indicator: Indicator
    rule: Rule
    rank: tuple[int, int]
    label: str  # "indicator_id#rule_number"


def accepts_unit(rule: Rule, indicator: Indicator, unit: str) -> bool:
    """Whether `rule` may recognize a quantity in `unit` (its own units, else the indicator's)."""
    if rule.units:
        return unit in rule.units
    return unit == indicator.unit or unit in CONVERTIBLE.get(indicator.unit, {})


def load_catalog(path: Path = CATALOG_PATH) -> Catalog:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available: 10x faster
    return Catalog.model_validate(yaml.load(path.read_text(encoding="utf-8"), Loader=loader))


@cache
def default_catalog() -> Catalog:
    return load_catalog()
