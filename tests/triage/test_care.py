"""Care advice (data/triage/care_advice.yml): every entry belongs to a self-care or pharmacy rule,
links the NHS website, and the advice fitting the patient's finding and age is chosen."""
import shutil

import pytest
from ruamel.yaml import YAML

from bot.datafiles import DataFileError
from bot.triage import Case, Content, Decision
from bot.triage.care import CARE_DISPOSITIONS, CareAdvice, choose


@pytest.fixture(scope="module")
def content(data_dir):
    return Content.load(data_dir / "triage")


@pytest.fixture
def copy(tmp_path, data_dir):
    target = tmp_path / "triage"
    shutil.copytree(data_dir / "triage", target)
    return target


def test_every_key_is_a_self_care_or_pharmacy_rule_and_every_for_is_its_finding(content, data_dir):
    raw = YAML(typ="safe").load((data_dir / "triage" / "care_advice.yml").read_text())["advice"]
    rules = {r.id: r for r in content.rules}
    assert set(raw) == set(content.care) and len(raw) >= 65
    for rule_id, entries in raw.items():
        assert rules[rule_id].disposition.code in CARE_DISPOSITIONS, rule_id
        for entry in entries:
            assert set(entry.get("for", ())) <= set(rules[rule_id].if_any), rule_id


def test_every_entry_links_the_nhs_website_and_says_what_to_do_and_when_to_get_help(content):
    pages = set()
    for entries in content.care.values():
        for advice in entries:
            assert advice.nhs_page.startswith("https://www.nhs.uk/") and advice.nhs_page.endswith("/")
            assert 2 <= len(advice.do) <= 4 and advice.get_help
            pages.add(advice.nhs_page)
    assert len(pages) >= 70


def test_the_common_conditions_have_their_own_page(content):
    def page(rule_id, finding, age=30.0):
        advice = choose(content.care[rule_id], (finding,), age)
        return advice.nhs_page.removeprefix("https://www.nhs.uk/conditions/") if advice else None

    assert page("cold_or_flu", "cold_symptoms") == "common-cold/"
    assert page("cold_or_flu", "cough") == "cough/"
    assert page("cold_or_flu", "fever", age=4) == "fever-in-children/"
    assert page("cold_or_flu", "fever", age=40) == "fever-in-adults/"
    assert page("pharmacy_advice", "hay_fever") == "hay-fever/"
    assert page("pharmacy_advice", "head_lice") == "head-lice-and-nits/"
    assert page("minor_burn", "sunburn") == "sunburn/"
    assert page("sleep", "nappy_rash") == "baby/caring-for-a-newborn/nappy-rash/"
    assert page("sleep", "sleep_problem") is None  # no page found for it: no care advice, the rule's reason stays
    assert page("thrush", "vaginal_thrush") == "thrush-in-men-and-women/"
    assert page("overuse_injury", "overuse_injury") == "tendonitis/"
    assert page("muscle_twitching", "muscle_twitching") == page("eye_twitch", "eye_twitch") == "twitching-eyes-and-muscles/"
    assert page("pet_loss", "pet_loss").startswith("https://www.nhs.uk/mental-health/")


def test_a_rule_with_advice_for_one_of_its_findings_only_gives_it_for_that_finding(content):
    """sleep_paralysis_or_sleepwalking has an NHS page for sleep paralysis only (no get-help box was
    found for sleepwalking): a sleepwalker gets the rule's reason and no care advice."""
    from bot.triage import Triage

    triage = Triage(content)
    rule = next(r for r in content.rules if r.id == "sleep_paralysis_or_sleepwalking")
    assert triage.care(Decision(rule, ("sleep_paralysis",)), Case(age=30)).condition == "Sleep paralysis"
    assert triage.care(Decision(rule, ("sleepwalking", "sleep_paralysis")), Case(age=30)).condition == "Sleep paralysis"
    assert triage.care(Decision(rule, ("sleepwalking",)), Case(age=30)) is None


def test_the_first_trigger_with_its_own_advice_wins_and_age_ranges_hold():
    general = CareAdvice("General", "https://www.nhs.uk/a/", ("a", "b"), (), ("c",))
    child = CareAdvice("Child", "https://www.nhs.uk/b/", ("a", "b"), (), ("c",), ("fever",), age_under=16)
    cough = CareAdvice("Cough", "https://www.nhs.uk/c/", ("a", "b"), (), ("c",), ("cough",))
    entries = (general, child, cough)
    assert choose(entries, ("cough", "fever"), 5) is cough
    assert choose(entries, ("fever", "cough"), 5) is child
    assert choose(entries, ("fever",), 30) is general
    assert choose(entries, ("fever",), None) is general  # age unknown: only advice without an age range
    assert choose((child,), ("fever",), None) is None


def test_care_for_a_decision_uses_its_triggers_and_the_patients_age(content):
    from bot.triage import Triage

    triage = Triage(content)
    rule = next(r for r in content.rules if r.id == "cold_or_flu")
    assert triage.care(Decision(rule, ("fever",)), Case(age=3)).condition == "Fever in children"
    fallback = Decision(content.fallback, ())
    assert triage.care(fallback, Case()) is None


@pytest.mark.parametrize("change, message", [
    (("  conjunctivitis:\n", "  no_such_rule:\n"), "unknown rule 'no_such_rule'"),
    (("  conjunctivitis:\n", "  stroke_fast:\n"), "rule 'stroke_fast' gives call_999, not self-care or pharmacy"),
    (("for: [hay_fever]", "for: [chest_pain]"), "'pharmacy_advice' is not about \\['chest_pain'\\]"),
    (("https://www.nhs.uk/conditions/conjunctivitis/", "https://example.com/conjunctivitis/"), "nhs_page"),
])
def test_a_bad_entry_fails_naming_the_file_and_line(copy, change, message):
    path = copy / "care_advice.yml"
    text = path.read_text()
    assert change[0] in text
    path.write_text(text.replace(change[0], change[1], 1))
    with pytest.raises(DataFileError, match=rf"care_advice.yml:\d+: .*{message}"):
        Content.load(copy)
