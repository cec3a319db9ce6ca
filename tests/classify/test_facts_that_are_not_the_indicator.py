"""Figures that resemble an indicator's and are not it, found by reading the facts the blind rounds'
keys do not list (sentences made up for the tests)."""

from __future__ import annotations

from tests.classify.helpers import facts


def test_the_three_protocols_after_the_convention_take_their_values_in_the_usual_order() -> None:
    text = (
        "1. 截至 2016 年底，《联合国打击跨国有组织犯罪公约》的缔约方已达 187 个，三项议定书的缔约方分别增至"
        " 171 个、144 个和 115 个。\n"
    )
    found = facts(text, published=2017, coverage=(2016, 2016))
    assert found == {
        ("untoc_parties", 2016, 2016, "as_of", 187, "exact"),
        ("tip_protocol_parties", 2016, 2016, "as_of", 171, "exact"),
        ("smuggling_protocol_parties", 2016, 2016, "as_of", 144, "exact"),
        ("firearms_protocol_parties", 2016, 2016, "as_of", 115, "exact"),
    }


def test_staff_of_laboratories_a_box_item_before_the_next_label_and_a_yearly_equivalent() -> None:
    text = (
        "1. 国际协作演练继续进行。办公室还培训了约 180 名实验室人员。\n\n"
        "2. 专栏 1\n集装箱管制方案：2019 年主要数字\n参与国家：68 个\n港口和航空货运管制股：121 个\n\n"
        "3. 十年前即 2010-2011 两年期的经常预算拨款为 3,870 万美元，折合每年不到 2,000 万美元。\n"
    )
    found = facts(text, published=2020, coverage=(2019, 2019))
    assert ("ccp_port_control_units", 2019, 2019, "as_of", 121, "exact") in found
    assert ("regular_budget", 2010, 2011, "biennium", 38_700_000, "exact") in found
    assert not [
        f for f in found if f[4] in (180, 20_000_000) or (f[0] == "ccp_port_control_units" and f[4] == 68)
    ]


def test_other_programmes_a_trust_funds_reach_and_drafting_help_are_not_countries_assisted() -> None:
    text = (
        "1. 在打击洗钱方面，全球网络犯罪方案在 2019 年向 38 个国家提供援助，重点是利用加密货币洗钱等问题。"
        "打击洗钱全球方案还为六个国家起草或修订反洗钱立法提供了援助。\n\n"
        "2. 在打击贩运人口方面，该办公室管理受害者自愿信托基金。自设立以来，该基金已在 50 多个国家"
        "向贩运人口受害人提供了援助。\n"
    )
    assert not facts(text, published=2020, coverage=(2019, 2019))


def test_partial_years_field_presence_review_groups_targets_and_other_systems() -> None:
    text = (
        "1. 2013 年头五个月，又有 14 个国家得到直接反恐援助。\n\n"
        "2. 在本报告所述期间，毒品和犯罪问题办公室继续实施支持执行"
        "《联合国打击跨国有组织犯罪公约》及其各项议定书、《联合国反腐败公约》以及各项国际反恐怖主义法律文书的方案，"
        "并通过其在 80 多个国家的外地存在提供技术援助。\n\n"
        "3. 《联合国打击跨国有组织犯罪公约》首批接受审议的缔约国通过抽签确定，第一组共有 37 个缔约国。\n\n"
        "4. 办公室正在执行其资金筹措战略，目标是到 2025 年将普通用途捐款提高到至少 2,500 万美元。\n\n"
        "5. 欧洲联盟预警系统在 2013 年通报了 49 种新精神活性物质，为历年最多。\n\n"
        "6. 该办公室还为 180 名实验室分析人员举办了培训，以配合国际协作演练。\n"
    )
    assert not facts(text, published=2014, coverage=(2013, 2013))


def test_a_part_the_sentence_states_after_other_values_is_not_the_years_figure() -> None:
    text = (
        "1. 2017 年，集装箱管制方案各管制组共缉获可卡因 82 吨、海洛因 1,300 公斤和前体化学品 1,460 吨，"
        "其中仅拉丁美洲和加勒比各港口就缉获了 61 吨可卡因。\n"
    )
    found = facts(text, published=2018, coverage=(2017, 2017))
    assert ("ccp_cocaine_seized", 2017, 2017, "annual", 82, "exact") in found
    assert not [f for f in found if f[4] == 61]


def test_airport_task_forces_seizures_and_training_on_evaluation() -> None:
    text = (
        "1. 办公室继续实施航空货运联合管制方案，在国际机场设立了联合机场截获工作队。"
        "在报告所述期间，这些工作队缉获了可卡因 3.1 吨。集装箱管制方案继续扩大。\n\n"
        "2. 独立评价科完成了对全球打击贩运人口和偷运移民方案的深入评价；该科还为 120 多名工作人员举办了评价"
        "方面的培训。\n"
    )
    assert not facts(text, published=2017, coverage=(2016, 2017))
