"""Peer scoring: how each extractor's output is matched against the hand-labelled gold mentions.

The rules are stated in `MATCHING` (repeated in REPORT.md): overlapping spans with the same value and
unit for span-reporting extractors (ours, JioNLP), values alone for cn2an's rewritten text.
"""

from __future__ import annotations

import json
import re
from typing import Any

from bench import GOLD

CURRENCY = {
    "美元": "USD",
    "欧元": "EUR",
    "英镑": "GBP",
    "日元": "JPY",
    "瑞士法郎": "CHF",
    "元": "CNY",
    "人民币": "CNY",
    "港元": "HKD",
    "加元": "CAD",
    "澳元": "AUD",
    "卢布": "RUB",
}
CHINESE_DIGITS = set("零〇一二两三四五六七八九十百千")
MATCHING = """\
- **Our extractor** (all gold mentions): a gold mention is found when one of our mentions in the
  same document overlaps its span and has the same value (relative tolerance 1e-6) and unit; each of
  our mentions can match one gold mention. *Exact-span* recall also requires identical offsets.
- **JioNLP** (`jio.ner.extract_money(text, with_parsing=True)`, gold money mentions only): the same
  rule: overlapping span, parsed `num` equal to the gold value, `case` mapped to ISO (美元 → USD …)
  equal to the gold unit. JioNLP includes leading spaces in its spans; overlap makes that harmless.
  Our extractor is scored on the same subset by the same rule. Precision on money = matched items /
  items the tool returned in the gold documents (items matching a borderline gold are left out).
- **cn2an** (`cn2an.transform(text, "cn2an")`, all gold mentions, and the subset written in Chinese
  numerals where cn2an does its real work): cn2an returns text, not spans or units, so the rule is by
  value only, per document: every Arabic number in its output (thousands separators `,`/space
  allowed) is a candidate, and so is that number times 10⁴/10⁸ when 万/亿 follow it (cn2an leaves
  `2.45亿` as written; the scaling is done in cn2an's favour). A gold mention is found when an unused
  candidate of its document equals its value. Numbers cn2an merely copies (`1,600`) count as found:
  this criterion is lenient and cannot judge precision. Our extractor is scored by the same rule.
- Recall is given over non-borderline gold mentions (strict) and over all of them."""


def gold_mentions() -> dict[str, list[dict[str, Any]]]:
    gold: dict[str, list[dict[str, Any]]] = {}
    for path in sorted(GOLD.glob("mentions_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                gold.setdefault(row["doc"], []).append(row)
    return gold


def same_value(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def span_match(gold: list[dict[str, Any]], items: list[dict[str, Any]], exact: bool = False) -> list[bool]:
    """For each gold mention, whether an unused item overlaps it with equal value and unit."""
    used = [False] * len(items)
    found = [False] * len(gold)
    for k in sorted(range(len(gold)), key=lambda k: gold[k]["borderline"]):
        g = gold[k]
        hit = False
        for i, it in enumerate(items):
            if used[i] or it["unit"] != g["unit"] or not same_value(it["value"], float(g["value"])):
                continue
            if exact:
                ok = it["start"] == g["char_start"] and it["end"] == g["char_end"]
            else:
                ok = it["start"] < g["char_end"] and g["char_start"] < it["end"]
            if ok:
                used[i] = hit = True
                break
        found[k] = hit
    return found


def precision(gold: list[dict[str, Any]], items: list[dict[str, Any]]) -> tuple[int, int]:
    """(matched, counted) items: an item matching only a borderline gold mention is not counted."""
    matched = counted = 0
    for it in items:
        hits = [
            g
            for g in gold
            if it["unit"] == g["unit"]
            and same_value(it["value"], float(g["value"]))
            and it["start"] < g["char_end"]
            and g["char_start"] < it["end"]
        ]
        if hits and all(g["borderline"] for g in hits):
            continue
        counted += 1
        matched += bool(hits)
    return matched, counted


_NUMBER = re.compile(r"(\d{1,3}(?:[, ]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(亿|万)?")


def value_candidates(text: str) -> list[float]:
    values: list[float] = []
    for m in _NUMBER.finditer(text):
        number = float(re.sub(r"[, ]", "", m.group(1)))
        values.append(number)
        if m.group(2):
            values.append(number * (1e8 if m.group(2) == "亿" else 1e4))
    return values


def value_match(gold: list[dict[str, Any]], candidates: list[float]) -> list[bool]:
    """Multiset match by value; non-borderline gold mentions get the first pick."""
    pool = list(candidates)
    found = [False] * len(gold)
    for k in sorted(range(len(gold)), key=lambda k: gold[k]["borderline"]):
        idx = next((i for i, v in enumerate(pool) if same_value(v, float(gold[k]["value"]))), None)
        if idx is not None:
            pool.pop(idx)
            found[k] = True
    return found


def recall(gold: list[dict[str, Any]], found: list[bool]) -> dict[str, Any]:
    strict = [f for g, f in zip(gold, found, strict=True) if not g["borderline"]]
    return {
        "found": sum(found),
        "gold": len(found),
        "recall_all": sum(found) / len(found) if found else None,
        "found_strict": sum(strict),
        "gold_strict": len(strict),
        "recall_strict": sum(strict) / len(strict) if strict else None,
    }


def jionlp_items(output: dict[str, list[dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    items: dict[str, list[dict[str, Any]]] = {}
    for doc, found in output.items():
        rows = []
        for ent in found:
            detail = ent.get("detail") or {}
            num = detail.get("num")
            if isinstance(num, list):
                num = num[0]
            try:
                value = float(num)
            except (TypeError, ValueError):
                continue
            rows.append(
                {
                    "start": ent["offset"][0],
                    "end": ent["offset"][1],
                    "value": value,
                    "unit": CURRENCY.get(str(detail.get("case")), str(detail.get("case"))),
                    "surface": ent["text"],
                }
            )
        items[doc] = rows
    return items


def cn_subsets(gold: dict[str, list[dict[str, Any]]], candidates: dict[str, list[float]]) -> dict[str, Any]:
    """Value-only recall (the cn2an rule) over all gold mentions and the Chinese-numeral subset."""
    all_rows, all_found, cn_rows, cn_found = [], [], [], []
    for doc, rows in gold.items():
        found = value_match(rows, candidates.get(doc, []))
        all_rows += rows
        all_found += found
        chinese = [
            g for g in rows if not re.search(r"\d", g["surface"]) and set(g["surface"]) & CHINESE_DIGITS
        ]
        cn_rows += chinese
        cn_found += value_match(chinese, candidates.get(doc, []))
    return {
        "value_recall": recall(all_rows, all_found),
        "value_recall_chinese_numerals": recall(cn_rows, cn_found),
    }
