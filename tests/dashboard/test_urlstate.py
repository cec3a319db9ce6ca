"""The view lives in the URL: parse and write query strings."""

from __future__ import annotations

from dashboard.urlstate import as_list, merge, normalise_path, parse_search, to_search


def test_round_trip_keeps_lists_and_order() -> None:
    state = {"lang": "zh", "ind": ["untoc_parties", "uncac_parties"], "opts": ["log"], "theme": "treaties"}
    search = to_search(state)
    assert search == "?theme=treaties&ind=untoc_parties,uncac_parties&opts=log&lang=zh"
    assert parse_search(search) == state


def test_english_is_the_default_and_empty_values_vanish() -> None:
    assert to_search({"lang": "en", "a": "", "b": None, "ind": []}) == ""
    assert merge("?a=2012&lang=zh", {"a": None, "b": "2018"}) == "?b=2018&lang=zh"


def test_garbage_is_ignored_not_echoed() -> None:
    state = parse_search("?ind=a,,a,b&x=" + "y" * 5000 + "&%3Cscript%3E=1&a=%20201%202%20")
    assert state["ind"] == ["a", "b"]
    assert "x" not in state and "<script>" not in state
    assert parse_search(None) == {} and parse_search("???") == {}


def test_helpers() -> None:
    assert as_list("a,b") == ["a", "b"] and as_list(None) == [] and as_list(["a", None, ""]) == ["a"]
    assert normalise_path("/explore/") == "/explore" and normalise_path(None) == "/"
