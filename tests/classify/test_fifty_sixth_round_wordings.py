"""Wordings met in a fifty-sixth round of reports written blind to the rules (sentences made up for the
tests)."""

from __future__ import annotations

from tests.classify.helpers import facts


def test_counts_after_long_descriptions_with_ji_and_a_funds_share_after_qizhong() -> None:
    text = (
        "1. 人口贩运和偷运移民问题全球方案在 2022 年继续扩大。由该办公室提供立法援助、能力建设或协调支持的"
        "打击人口贩运和偷运移民的国家计 74 个，比上一年增加了 6 个。\n\n"
        "2. 截至 2022 年 12 月 31 日，人口贩运判例法数据库收录的来自一百三十多个法域的案例共计 3,960 个。\n\n"
        "3. 集装箱管制方案继续扩大。截至 2022 年底，参与该方案或受其支持的国家共计 73 个。\n\n"
        "4. 2022 年自愿捐款认捐额超过 3.58 亿美元，其中药物管制规划署基金 1.71 亿美元，预防犯罪基金"
        " 1.87 亿美元。\n"
    )
    found = facts(text, published=2023, coverage=(2022, 2022))
    assert ("countries_assisted_trafficking_smuggling", 2022, 2022, "annual", 74, "exact") in found
    assert ("trafficking_case_law_cases", 2022, 2022, "as_of", 3960, "exact") in found
    assert ("ccp_countries", 2022, 2022, "as_of", 73, "exact") in found
    assert ("drug_fund_pledges", 2022, 2022, "annual", 171_000_000, "exact") in found
    assert ("crime_fund_pledges", 2022, 2022, "annual", 187_000_000, "exact") in found


def test_a_comma_before_respectively_new_ratifications_and_parties_reached_in_the_period() -> None:
    text = (
        "1. 国际合作演练方案为各国毒品检测实验室提供了评估其检测质量的机会。2014 年和 2015 年，参加该演练的"
        "实验室，分别为 198 个和 205 个。\n\n"
        "2. 办公室继续协助会员国批准和执行国际反恐法律文书。2015 年，各国对这些文书的新批准数为 27 项，"
        "使批准总数增加到 2,964 项。\n\n"
        "3. 《联合国反腐败公约》的缔约国数目在报告所述期间增至 187 个。\n"
    )
    found = facts(text, published=2016, coverage=(2015, 2015))
    assert ("ice_laboratories", 2014, 2014, "annual", 198, "exact") in found
    assert ("ice_laboratories", 2015, 2015, "annual", 205, "exact") in found
    assert ("ct_instrument_new_ratifications", 2015, 2015, "annual", 27, "exact") in found
    assert ("ct_instrument_ratifications", 2015, 2015, "as_of", 2964, "exact") in found
    assert ("uncac_parties", 2015, 2015, "as_of", 187, "exact") in found


def test_a_funds_pledges_in_a_year_and_port_units_a_change_starts_from() -> None:
    text = (
        "1. 2019 年收到的自愿捐款认捐总额为 3.86 亿美元。预防犯罪基金在 2019 年的认捐额为 1.92 亿美元。\n\n"
        "2. 从五年的比较来看，集装箱管制方案的港口管制单位也从 2015 年的 84 个增加到目前的水平。\n"
    )
    found = facts(text, published=2020, coverage=(2019, 2020))
    assert ("crime_fund_pledges", 2019, 2019, "annual", 192_000_000, "exact") in found
    assert ("ccp_port_control_units", 2015, 2015, "as_of", 84, "exact") in found
    assert not [f for f in found if f[0] == "voluntary_contributions_pledged" and f[4] == 192_000_000]
