"""Catalog stage: load the declarative indicator catalog (indicators.yaml) and validate it."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from etl.models import Basis

CATALOG_PATH = Path(__file__).with_name("indicators.yaml")
Theme = Literal["treaties", "funding", "seizures", "training", "technical_assistance", "research", "oversight"]
Unit = Literal["USD", "count", "t", "kg", "percent"]


def _check_regex(value: str | None) -> str | None:
    if value is not None:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"invalid regex {value!r}: {exc}") from exc
    return value


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


class Rule(BaseModel):
    """One way of recognizing an indicator in a sentence."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    instrument: str | None = None  # the instrument named last before the number
    counted: str | None = None  # regex on what is counted (or the words just before the number)
    before: str | None = None  # regex the words between the subject and the number must match

    @field_validator("counted", "before")
    @classmethod
    def _regex(cls, value: str | None) -> str | None:
        return _check_regex(value)


class Indicator(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str
    theme: Theme
    unit: Unit
    basis: Basis
    name_en: str
    name_zh: str
    description_en: str
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
    indicators: tuple[Indicator, ...]

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
        return self

    def indicator(self, indicator_id: str) -> Indicator:
        for i in self.indicators:
            if i.id == indicator_id:
                return i
        raise KeyError(indicator_id)


def load_catalog(path: Path = CATALOG_PATH) -> Catalog:
    return Catalog.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))


@cache
def default_catalog() -> Catalog:
    return load_catalog()
