"""Interface strings in English and Chinese; indicator names come from the catalog (name_en / name_zh)."""

from __future__ import annotations

from collections.abc import Mapping

LANGS = ("en", "zh")

THEMES = {
    "funding": ("Funding", "资金"),
    "treaties": ("Treaties", "条约"),
    "seizures": ("Seizures", "缉获"),
    "training": ("Training", "培训"),
    "technical_assistance": ("Technical assistance", "技术援助"),
    "oversight": ("Oversight", "监督"),
}


def ordered_themes(themes: set[str]) -> list[str]:
    """Known themes in the interface's order, then any others the catalog adds, alphabetically."""
    return [th for th in THEMES if th in themes] + sorted(themes - set(THEMES))


BASIS = {
    "annual": ("annual", "年度"),
    "cumulative": ("cumulative total", "累计总数"),
    "as_of": ("level at the time", "当时水平"),
    "biennium": ("two-year budget", "两年期预算"),
}

QUALIFIER = {
    "exact": ("exact", "确切"),
    "approx": ("approximate", "约数"),
    "at_least": ("lower bound", "下限"),
    "at_most": ("upper bound", "上限"),
}

STRINGS: dict[str, tuple[str, str]] = {
    "app_title": ("UNODC Indicator Dashboard", "联合国毒品和犯罪问题办公室指标仪表板"),
    "tagline": (
        "Numbers from UNODC's Chinese-language UN reports, each with its source sentence",
        "来自毒品和犯罪问题办公室中文联合国报告的数字，每个数字均附原文出处",
    ),
    "nav_overview": ("Overview", "概览"),
    "nav_explore": ("Explore", "探索"),
    "nav_compare": ("Compare years", "年度比较"),
    "nav_sources": ("Sources", "来源"),
    "switch_lang": ("中文", "English"),
    "switch_lang_label": ("切换到中文界面", "Switch to English"),
    "not_found_title": ("Page not found", "找不到页面"),
    "not_found_body": ("There is no page at {path}.", "没有 {path} 这个页面。"),
    "go_overview": ("Go to the overview", "返回概览"),
    "no_db": (
        "The indicator database is not available yet ({path}). Build it with `python -m etl build`.",
        "指标数据库尚不可用（{path}）。请运行 `python -m etl build` 生成。",
    ),
    "error_generic": (
        "Something went wrong while updating this view; the rest of the page still works.",
        "更新此视图时出错；页面其余部分仍可使用。",
    ),
    "unknown_indicators": ("Unknown indicator id(s) ignored: {ids}", "已忽略未知的指标编号：{ids}"),
    "unknown_report": ("No report with id “{id}”.", "没有编号为“{id}”的报告。"),
    "bad_period": ("“{p}” is not a year or period.", "“{p}”不是有效的年份或期间。"),
    # overview
    "overview_title": ("Overview", "概览"),
    "latest": ("latest", "最新"),
    "since_prev": ("since {period}", "较 {period}"),
    "only_value": ("only reported value", "仅有一个报告值"),
    "no_figures": ("No figures extracted yet", "尚未提取到数字"),
    "source": ("Source", "来源"),
    "sources": ("Sources", "来源"),
    "explore_link": ("Explore →", "探索 →"),
    "themes_heading": ("Every indicator with reported values, by theme", "按主题列出所有有报告值的指标"),
    "no_data_in_theme": ("Not yet reported: {names}", "尚无报告值：{names}"),
    # explore
    "theme": ("Theme", "主题"),
    "all_themes": ("All themes", "全部主题"),
    "indicators": ("Indicators", "指标"),
    "choose_indicators": ("Choose one or more indicators", "请选择一个或多个指标"),
    "options": ("Display", "显示"),
    "opt_log": ("Log scale", "对数刻度"),
    "opt_change": ("Change since first value (%)", "相对首个值的变化（%）"),
    "opt_connect": ("Dotted connectors", "虚线连接"),
    "n_indicators": ("{n} indicators", "{n} 个指标"),
    "subtitle_tail": ("as stated in UNODC reports", "据毒品和犯罪问题办公室报告"),
    "subtitle_change": (
        "% change since each series' first reported value",
        "相对各序列首个报告值的变化（%）",
    ),
    "n_values": ("{n} values", "{n} 个值"),
    "no_values": ("no values yet", "尚无数值"),
    "year": ("Year", "年份"),
    "change_axis": ("% change since first value", "相对首个值的变化（%）"),
    "cumulative_suffix": (" — cumulative total", "——累计总数"),
    "legend_help": (
        "● value stated in a report · ▲ lower bound (≥) · ▼ upper bound (≤) · ◆ cumulative total "
        "(never joined to annual values) · ━ two-year period · ┈ no report in between (not interpolated) "
        "· ○ outlined: reports disagree",
        "● 报告所述数值 · ▲ 下限（≥）· ▼ 上限（≤）· ◆ 累计总数（不与年度值相连）· ━ 两年期 · "
        "┈ 其间无报告（未插值）· ○ 带框：各报告不一致",
    ),
    "conflict_warning": (
        "Reports disagree on {name}, {period}: {values}. Both are shown.",
        "各报告关于{name}（{period}）的数字不一致：{values}。两者均已显示。",
    ),
    "conflict_warning_all": (
        "Reports disagree on {name}, {period}: {values}. All are shown.",
        "各报告关于{name}（{period}）的数字不一致：{values}。均已显示。",
    ),
    "conflict_warning_many": (
        "Reports disagree on {name}, {period}: {values}; {n} different values in all, from {lo} to {hi} "
        "(the bar on the chart). Click a point for its reports.",
        "各报告关于{name}（{period}）的数字不一致：{values}；共有 {n} 个不同数值，从 {lo} 到 {hi}"
        "（图中竖线）。点击数据点可查看出处。",
    ),
    "more_conflicts": (
        "Reports also disagree on {n} more period(s), marked ⚠ in the table of values.",
        "另有 {n} 个期间各报告数字不一致，已在数值表中以 ⚠ 标出。",
    ),
    "one_report": ("1 report", "1 份报告"),
    "n_reports": ("{n} reports", "{n} 份报告"),
    "more_reports": ("and {n} more", "另有 {n} 份"),
    "stated_by": ("Stated by {reports}", "{reports}载有此数值"),
    "period_values": (
        "{n} different values for this period, from {lo} to {hi}, in {reports}",
        "此期间共有 {n} 个不同数值（{lo} 至 {hi}），见于{reports}",
    ),
    "also_stated": ("Also stated: {values}", "其他报告所述：{values}"),
    "more_values": ("and {n} other value(s)", "另有 {n} 个数值"),
    "panel_count": (
        "{value} is stated by {reports}; the latest {shown} are shown.",
        "{value}见于{reports}，下列为最新的 {shown} 份。",
    ),
    "panel_count_all": ("{value} is stated by {reports}.", "{value}见于{reports}。"),
    "panel_others": (
        "Where reports disagree: other values for the same period",
        "各报告不一致之处：同一期间的其他数值",
    ),
    "panel_other_value": ("{value}, stated by {reports}; the latest:", "{value}，见于{reports}；最新一份："),
    "panel_more_values": (
        "… and {n} more value(s), from {lo} to {hi}.",
        "……另有 {n} 个数值，从 {lo} 到 {hi}。",
    ),
    "see_all_mentions": ("List every mention of this number →", "列出此数字的所有出处 →"),
    "n_more_reports": ("+{n} more reports", "另有 {n} 份报告"),
    "outside_range": (
        "{n} value(s) outside 2011–2021 not charted ({periods}).",
        "{n} 个数值在 2011–2021 年以外，未绘出（{periods}）。",
    ),
    "log_dropped": (
        "{n} value(s) ≤ 0 cannot be shown on a log scale.",
        "{n} 个 ≤ 0 的数值无法在对数刻度上显示。",
    ),
    "values_table": ("Table of the charted values, with their sources", "图中数值及其来源一览表"),
    "click_hint": (
        "Click a point to read the sentence it comes from.",
        "点击数据点可查看其出处原文。",
    ),
    "source_panel": ("Where this number comes from", "此数字的出处"),
    "paragraph": ("paragraph {p}", "第 {p} 段"),
    "open_in_report": ("Open in the report viewer →", "在报告阅读器中打开 →"),
    "report": ("Report", "报告"),
    "period": ("Period", "期间"),
    "basis": ("Basis", "口径"),
    "value": ("Value", "数值"),
    "unit": ("Unit", "单位"),
    "export": ("Export", "导出"),
    "export_chart": ("Chart", "图表"),
    "export_data": ("Data", "数据"),
    "briefing": ("Briefing pack", "简报包"),
    "add_to_pack": ("Add chart to pack", "将图表加入简报包"),
    "clear_pack": ("Clear", "清空"),
    "pack_count": ("{n} chart(s) in the pack", "简报包中有 {n} 个图表"),
    "pack_empty": ("Pack empty: the current chart is used", "简报包为空：将使用当前图表"),
    "export_failed": ("The export could not be rendered: {err}", "无法生成导出文件：{err}"),
    "footnote_sources": ("Source: UNODC reports — {refs}.", "来源：联合国毒品和犯罪问题办公室报告——{refs}。"),
    "footnote_method": (
        "Values as stated in the reports; ≥/≤ mark bounds; dotted lines join reported values "
        "(no data in between). UNODC Indicator Dashboard{built}.",
        "数值均按报告原文；≥/≤ 表示上下限；虚线仅连接报告值（其间无数据）。指标仪表板{built}。",
    ),
    "built": (", database built {date}", "，数据库生成于 {date}"),
    "footnote_more": ("and {n} more reports (listed in the data export)", "另有 {n} 份报告（见数据导出）"),
    "note_restated": ("the latest of {reports} stating it", "载有此数值的{reports}中最新的一份"),
    "continued": ("continued", "续"),
    "note_more_values": (
        "{n} other value(s) stated, from {lo} to {hi} (all are in the data export)",
        "另有 {n} 个数值，从 {lo} 到 {hi}（详见数据导出）",
    ),
    # compare
    "compare_title": ("Compare two years or periods", "比较两个年份或期间"),
    "period_a": ("From", "起"),
    "period_b": ("To", "止"),
    "col_indicator": ("Indicator", "指标"),
    "col_theme": ("Theme", "主题"),
    "col_basis": ("Basis", "口径"),
    "col_unit": ("Unit", "单位"),
    "col_change": ("Change", "变化"),
    "col_pct": ("% change", "变化（%）"),
    "col_note": ("Note", "说明"),
    "col_sources": ("Sources", "来源"),
    "not_reported": ("not reported", "无报告"),
    "not_reported_in": ("not reported in {p}", "{p} 无报告"),
    "not_reported_either": ("not reported in either", "两者均无报告"),
    "note_bound": ("bound, change is indicative", "含上下限，变化仅供参考"),
    "note_conflict": ("reports disagree", "各报告不一致"),
    "compare_summary": (
        "{both} indicator(s) reported in both, {one} in only one, {none} in neither.",
        "{both} 个指标两者均有报告，{one} 个仅一方有，{none} 个两者均无。",
    ),
    "only_with_data": ("Only indicators reported in at least one", "仅显示至少一方有报告的指标"),
    # sources
    "sources_title": ("Reports", "报告"),
    "col_title": ("Title", "标题"),
    "col_body": ("Body", "机构"),
    "col_published": ("Published", "发布年份"),
    "col_coverage": ("Covers", "涵盖期间"),
    "col_numbers": ("Numbers extracted", "提取数字"),
    "col_linked": ("Linked to indicators", "关联指标"),
    "open": ("Open", "打开"),
    "viewer": ("Report viewer", "报告阅读器"),
    "choose_report": ("Choose a report", "选择报告"),
    "viewer_legend": (
        "Every extracted quantity is highlighted; blue ones feed an indicator (follow the link), "
        "yellow ones are quantities not (yet) linked to one.",
        "所有提取的数量均已高亮；蓝色的对应某一指标（点击链接），黄色的尚未关联指标。",
    ),
    "mentions_title": ("All extracted quantities", "所有提取的数量"),
    "all_reports": ("All reports", "全部报告"),
    "all_units": ("All units", "全部单位"),
    "search_text": ("Search text", "搜索文字"),
    "counted": ("Counted noun", "计数名词"),
    "value_min": ("Min value", "最小值"),
    "value_max": ("Max value", "最大值"),
    "col_surface": ("As written", "原文"),
    "col_qualifier": ("Qualifier", "限定"),
    "col_sentence": ("Sentence", "句子"),
    "col_para": ("¶", "段"),
    "n_matches": ("{n} of {total} quantities", "共 {total} 个数量，符合 {n} 个"),
    "first_rows": (
        " — showing the first {shown}; narrow the filters",
        "，仅显示前 {shown} 个，请缩小筛选范围",
    ),
    "outside_paragraphs": ("(outside numbered paragraphs)", "（编号段落之外）"),
    "filter_reports": ("Find a report (symbol, title, body, year)", "查找报告（文号、标题、机构、年份）"),
    "upload_title": ("Add a report", "添加报告"),
    "upload_hint": (
        "Drop a report's Chinese text here (.txt, up to {mb} MB), or click to choose one. It is stored in "
        "the reports folder and the database is rebuilt; reports already loaded stay as they are.",
        "将报告的中文文本（.txt，不超过 {mb} MB）拖到此处，或点击选择文件。"
        "文件存入报告文件夹后将重建数据库；已载入的报告不受影响。",
    ),
    "upload_refused": ("Not added. {reason}", "未添加。{reason}"),
    "upload_reason_not_txt": ("not a .txt file (reports are plain text)", "不是 .txt 文件（报告须为纯文本）"),
    "upload_reason_too_large": (
        "{mb:.1f} MB, over the {limit} MB limit",
        "{mb:.1f} MB，超过 {limit} MB 的上限",
    ),
    "upload_reason_empty": ("empty file", "空文件"),
    "upload_reason_binary": ("binary file, not text", "二进制文件，不是文本"),
    "upload_reason_duplicate": (
        "already in the reports folder as {name}",
        "报告文件夹中已有此文件（{name}）",
    ),
    "upload_reason_bad_name": ("not a plain file name", "不是普通文件名"),
    "upload_reason_unreadable": ("the upload could not be read", "无法读取上传的内容"),
    "upload_done": ("Added {name}. {summary}.", "已添加 {name}。{summary}。"),
    "upload_open": ("Open the report", "打开该报告"),
    "upload_no_document": ("no report was found in it", "其中未找到报告"),
    "upload_not_loaded": (
        "{name} was stored, but the build did not load it: {reason}",
        "{name} 已保存，但构建未载入：{reason}",
    ),
    "upload_failed": (
        "{name} was stored, but the rebuild failed: {reason}. The previous database is still shown.",
        "{name} 已保存，但重建失败：{reason}。仍显示之前的数据库。",
    ),
    "reports_shown": ("{shown} of {total} reports shown", "共 {total} 份报告，显示 {shown} 份"),
    "reports_shown_more": (
        "{shown} of {total} reports shown; type above to find the others",
        "共 {total} 份报告，显示 {shown} 份；可在上方输入以查找其他报告",
    ),
}


def lang_of(value: object) -> str:
    """Normalise a language code from a URL or store; anything unknown is English."""
    return "zh" if str(value or "").lower().startswith("zh") else "en"


def t(key: str, lang: str = "en", **fmt: object) -> str:
    """The interface string `key` in `lang`, formatted with `fmt`."""
    en, zh = STRINGS[key]
    text = zh if lang == "zh" else en
    return text.format(**fmt) if fmt else text


def reports_phrase(n: int, lang: str = "en") -> str:
    """`1 report`, `1,000 reports` (`1 份报告`, `1,000 份报告`)."""
    return t("one_report", lang) if n == 1 else t("n_reports", lang, n=f"{n:,}")


def pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "zh" else pair[0]


def theme_name(theme: str, lang: str = "en") -> str:
    return pick(THEMES.get(theme, (theme.replace("_", " ").capitalize(), theme)), lang)


def basis_name(basis: str, lang: str = "en") -> str:
    return pick(BASIS.get(basis, (basis, basis)), lang)


def qualifier_name(qualifier: str, lang: str = "en") -> str:
    return pick(QUALIFIER.get(qualifier, (qualifier, qualifier)), lang)


def indicator_name(row: Mapping[str, object], lang: str = "en") -> str:
    """The catalog's name in `lang`, falling back to the other language and then the id."""
    zh, en = row.get("name_zh"), row.get("name_en")
    first, second = (zh, en) if lang == "zh" else (en, zh)
    return str(first or second or row.get("indicator_id", ""))


def dropdown_labels(lang: str) -> dict[str, str]:
    """The texts inside dcc.Dropdown (Dash 4) in the interface language."""
    if lang != "zh":
        return {}
    return {
        "select_all": "全选",
        "deselect_all": "全不选",
        "selected_count": "已选 {num_selected} 项",
        "search": "搜索",
        "clear_search": "清除搜索",
        "clear_selection": "清除选择",
        "no_options_found": "无匹配选项",
    }
