"""Wordings met in a thirty-seventh round of reports written blind to the rules (sentences made up for
the tests)."""

from __future__ import annotations

from etl.quantities import extract
from tests.classify.helpers import facts


def test_tables_with_colons_in_their_header_and_their_total_rows() -> None:
    text = (
        "1. 培训情况见表 2，认捐情况见表 1。\n\n"
        "表 2\n"
        "2020 年按区域分列的受训人员人数\n"
        "区域 反恐怖主义：刑事司法和执法官员 贩运人口和偷运移民：从业人员\n"
        "非洲 1,700 2,500\n"
        "欧洲 400 900\n"
        "合计 2,100 3,400\n\n"
        "表 1\n"
        "2019-2020 年按基金分列的自愿捐款认捐额\n"
        "（百万美元）\n"
        "基金 2019 年 2020 年\n"
        "联合国国际药物管制规划署基金 170.1 180.2\n"
        "联合国预防犯罪和刑事司法基金 190.3 200.4\n"
        "合计 360.4 380.6\n"
    )
    found = facts(text, published=2021, coverage=(2020, 2020))
    assert ("officials_trained_counter_terrorism", 2020, 2020, "annual", 2100, "exact") in found
    assert ("practitioners_trained_trafficking_smuggling", 2020, 2020, "annual", 3400, "exact") in found
    assert ("voluntary_contributions_pledged", 2019, 2019, "annual", 360_400_000, "exact") in found
    assert not [f for f in found if f[4] in (1700, 2500, 400, 900)]  # a region's row is a part


def test_a_total_reached_beside_the_periods_new_parties_and_countries_whose_officials_were_trained() -> None:
    text = (
        "1. 截至 2017 年 6 月 30 日，批准或加入《联合国打击跨国有组织犯罪公约》的国家已达 188 个，"
        "在报告所述期间新增缔约方 2 个。\n\n"
        "2. 在反恐方面，该办公室为 24 个国家的检察官和法官举办了关于电子证据的专门培训。\n"
    )
    found = facts(text, published=2017, coverage=(2017, 2017))
    assert ("untoc_parties", 2017, 2017, "as_of", 188, "exact") in found
    assert not [f for f in found if f[0] == "officials_trained_counter_terrorism"]


def test_thirty_sports_bodies_are_counted_and_new_deposits_of_ratification() -> None:
    assert [m.value for m in extract("该方案与 30 多个体育组织合作。")] == [30]
    text = "1. 在报告所述期间，各国新交存了 27 项对国际反恐法律文书的批准或加入。\n"
    assert ("ct_instrument_new_ratifications", 2023, 2023, "annual", 27, "exact") in facts(
        text, published=2023, coverage=(2023, 2023)
    )
