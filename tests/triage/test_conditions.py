"""Rule conditions read three ways: true, false, or not known yet (with the question that settles it)."""
import pytest

from bot.triage import Case, Triage
from bot.triage.conditions import Evaluator

EITHER = {"either": [{"any": ["fever"]}, {"age": {"under": 16}}]}


@pytest.fixture(scope="module")
def content(data_dir):
    return Triage.load(data_dir / "triage").content


def test_either_holds_when_one_of_its_conditions_holds(content):
    child = Evaluator(content, Case(findings={"cough": True}, age=6))
    assert child.condition(EITHER) == (True, None)
    feverish_adult = Evaluator(content, Case(findings={"cough": True, "fever": True}, age=40))
    assert feverish_adult.condition(EITHER) == (True, None)


def test_either_fails_only_when_every_condition_fails(content):
    adult = Evaluator(content, Case(findings={"cough": True, "fever": False}, age=40))
    assert adult.condition(EITHER) == (False, None)


def test_either_asks_what_could_settle_it(content):
    value, question = Evaluator(content, Case(findings={"cough": True}, age=40)).condition(EITHER)
    assert value is None and question.finding == "fever"
    value, question = Evaluator(content, Case(findings={"cough": True, "fever": False})).condition(EITHER)
    assert value is None and question.slot == "age"


def test_either_takes_the_cautious_reading_when_unsure(content):
    unsure = Evaluator(content, Case(findings={"cough": True}, age=40, declined={"fever"}))
    assert unsure.condition(EITHER) == (True, None)


def test_a_rules_duration_reads_its_own_findings_and_leaves_the_evaluator_as_it_was(content):
    """"A cold for 3 days ... an ulcer for 4 weeks": the ulcer's rules read 28 days, a cold's rules
    and every later rule still read the case's 3."""
    ev = Evaluator(content, Case(findings={"cold_symptoms": True, "mouth_ulcer": True}, duration_days=3,
                                 finding_durations={"cold_symptoms": 3, "mouth_ulcer": 28}))
    lasting = {"duration_days": {"min": 21}}
    assert ev.about(("mouth_ulcer",)).condition(lasting) == (True, None)
    assert ev.about(("cold_symptoms",)).condition(lasting) == (False, None)
    assert ev.condition(lasting) == (False, None)


def test_a_pregnancy_finding_implies_a_pregnancy_only_where_one_is_possible(content):
    """A finding only a pregnancy has makes the case pregnant, but never a man's or a 71-year-old's:
    there the finding was misread ("pass water ... dribbling")."""
    woman = Evaluator(content, Case(findings={"waters_broken": True}, age=29))
    assert woman.condition({"pregnancy_mentioned": True}) == (True, None)
    for case in (Case(findings={"waters_broken": True}, age=40, sex="male"),
                 Case(findings={"waters_broken": True}, age=71)):
        assert Evaluator(content, case).condition({"pregnancy_mentioned": True}) == (False, None)


def test_a_pregnancy_read_from_the_words_counts_only_where_one_is_possible(content):
    """A pregnancy read from the message ("nobody at home is pregnant" misread) is no pregnancy at 8 or in a man,
    and still one at 30."""
    for case in (Case(findings={"rash": True}, pregnant=True, age=8, sex="female"),
                 Case(findings={"rash": True}, pregnant=True, age=30, sex="male")):
        assert Evaluator(content, case).condition({"pregnancy_mentioned": True}) == (False, None)
    woman = Case(findings={"rash": True}, pregnant=True, age=30, sex="female")
    assert Evaluator(content, woman).condition({"pregnancy_mentioned": True}) == (True, None)
