"""Loading and checking vignette files."""
import json
from pathlib import Path

import pytest

from bot.evaluation.vignettes import VignetteError, load_vignettes, parse_vignettes

PUBLIC = Path(__file__).resolve().parents[1] / "data" / "vignettes-public.jsonl"
GOOD = {"id": "a", "message": "sore throat", "facts": {"age": 30}, "answers": {},
        "expected": ["pharmacy"], "min_level": 1}


def lines(*vignettes):
    return [json.dumps(v) + "\n" for v in vignettes]


def test_public_sample_loads():
    warnings = []
    vignettes = load_vignettes(PUBLIC, warnings)
    assert len(vignettes) == 60
    assert len({v["id"] for v in vignettes}) == 60
    assert warnings == []


def test_blank_lines_skipped_and_defaults_filled():
    v = dict(GOOD)
    del v["facts"], v["answers"]
    out = parse_vignettes(["\n"] + lines(v) + ["   \n"])
    assert out == [dict(v, facts={}, answers={})]


@pytest.mark.parametrize("change, words", [
    ({"expected": ["pharmacy", "see_a_wizard"]}, "see_a_wizard"),
    ({"expected": []}, "'expected'"),
    ({"min_level": 7}, "'min_level'"),
    ({"min_level": True}, "'min_level'"),
    ({"message": "  "}, "'message'"),
    ({"facts": {"age": [30]}}, "'facts'"),
    ({"id": 5}, "'id'"),
])
def test_unusable_vignettes_are_refused_with_the_line(change, words):
    with pytest.raises(VignetteError) as info:
        parse_vignettes(lines(GOOD, {**GOOD, "id": "b", **change}), "v.jsonl")
    assert info.value.line == 2
    assert str(info.value).startswith("v.jsonl:2:") and words in str(info.value)


def test_bad_json_and_duplicate_ids():
    with pytest.raises(VignetteError, match=r"v.jsonl:1: not valid JSON"):
        parse_vignettes(["{nope\n"], "v.jsonl")
    with pytest.raises(VignetteError, match=r":2: duplicate id 'a' \(first on line 1\)"):
        parse_vignettes(lines(GOOD, GOOD), "v.jsonl")


def test_expected_below_min_level_is_a_warning():
    warnings = []
    out = parse_vignettes(lines(dict(GOOD, expected=["pharmacy", "gp_urgent"], min_level=3)), "v", warnings)
    assert len(out) == 1
    assert len(warnings) == 1 and "pharmacy (level 1)" in warnings[0] and "min_level 3" in warnings[0]
