"""The catalog's rule schema: declarative, validated at load time, and covering every indicator."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from etl.catalog import Catalog, convert, default_catalog, load_catalog

HEAD = (
    "instruments: []\nindicators:\n"
    "  - {id: x, theme: funding, unit: t, basis: annual, name_en: X, name_zh: X,"
)


def _load(tmp_path: Path, text: str) -> Catalog:
    path = tmp_path / "catalog.yaml"
    path.write_text(text, encoding="utf-8")
    return load_catalog(path)


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ("{after: '(unclosed'}", "invalid regex"),
        ("{not_section: '[z-a]'}", "invalid regex"),
        ("{units: [count], after: '吨'}", "does not convert"),
        ("{priority: 2}", "needs an instrument or at least one positive pattern"),
        ("{not_after: '洗钱'}", "needs an instrument or at least one positive pattern"),
        ("{afterwards: '吨'}", "Extra inputs are not permitted"),
        ("{instrument_follows: true, after: '^国家加入'}", "instrument_follows needs an instrument"),
    ],
)
def test_a_bad_rule_fails_the_load(tmp_path: Path, rule: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        _load(tmp_path, f"{HEAD} description_en: X, recognize: [{rule}]}}\n")


def test_a_bad_cue_fails_the_load(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="invalid regex"):
        _load(tmp_path, f"cues: {{plan: '(?P<'}}\n{HEAD} description_en: X}}\n")


def test_a_good_rule_loads(tmp_path: Path) -> None:
    catalog = _load(tmp_path, f"{HEAD} description_en: X, recognize: [{{units: [kg], after: '^可卡因'}}]}}\n")
    assert catalog.indicator("x").recognize[0].patterns() == [("after", "^可卡因", True)]


def test_every_shipped_indicator_is_described_and_recognized() -> None:
    catalog = default_catalog()
    assert len(catalog.indicators) >= 36
    for indicator in catalog.indicators:
        assert indicator.name_en and indicator.name_zh and indicator.description_en
        assert indicator.recognize, indicator.id
    themes = {i.theme for i in catalog.indicators}
    assert {"treaties", "funding", "seizures", "training", "technical_assistance"} <= themes


def test_units_convert_only_between_masses() -> None:
    assert convert(400, "kg", "t") == 0.4
    assert convert(2, "t", "kg") == 2000
    assert convert(5, "count", "t") is None
    assert convert(5, "USD", "USD") == 5


def test_converted_values_are_cleaned_of_binary_noise() -> None:
    assert convert(5100, "kg", "t") == 5.1  # 5100 * 0.001 is 5.1000000000000005
    assert convert(321_697, "kg", "t") == 321.697
    assert convert(0.0051, "t", "kg") == 5.1
