"""The indicator catalog is declarative, validated, and holds every core indicator of the contract."""

from pathlib import Path

import pytest
from pydantic import ValidationError

from etl.catalog import default_catalog, load_catalog

CORE_IDS = {
    "untoc_parties", "tip_protocol_parties", "smuggling_protocol_parties", "firearms_protocol_parties",
    "uncac_parties", "voluntary_contributions_pledged", "drug_fund_pledges", "crime_fund_pledges",
    "special_purpose_contributions", "general_purpose_income", "regular_budget", "consolidated_budget",
    "extrabudgetary_resources", "donor_count", "ccp_countries", "ccp_cocaine_seized", "ccp_heroin_seized",
    "ccp_cannabis_seized", "ccp_precursors_seized", "officials_trained_counter_terrorism",
    "practitioners_trained_trafficking_smuggling", "countries_assisted_money_laundering",
    "countries_assisted_trafficking_smuggling", "countries_direct_assistance_counter_terrorism",
    "countries_reached_ct_workshops", "trafficking_case_law_cases", "uncac_assisted_countries",
    "asset_recovery_countries_supported",
}  # fmt: skip


def test_catalog_holds_every_core_indicator() -> None:
    catalog = default_catalog()
    assert {i.id for i in catalog.indicators} >= CORE_IDS
    assert catalog.indicator("uncac_parties").unit == "count"
    assert catalog.indicator("regular_budget").basis == "biennium"


def test_a_catalog_with_an_unknown_instrument_is_rejected(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "instruments: []\nindicators:\n  - {id: x_parties, theme: treaties, unit: count, basis: as_of,"
        " name_en: X, name_zh: X, description_en: X, recognize: [{instrument: nowhere}]}\n",
        encoding="utf-8",
    )
    with pytest.raises(ValidationError, match="unknown instrument"):
        load_catalog(bad)


def test_a_catalog_with_a_broken_regex_is_rejected(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "instruments: []\nindicators:\n  - {id: x, theme: treaties, unit: count, basis: as_of,"
        " name_en: X, name_zh: X, description_en: X, recognize: [{counted: '(unclosed'}]}\n",
        encoding="utf-8",
    )
    with pytest.raises(ValidationError):
        load_catalog(bad)
