"""The NLU training data loads with rasa's own loader and has the agreed intents."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from rasa.shared.nlu.training_data.loading import load_data

REPO_ROOT = Path(__file__).resolve().parents[2]
NLU_DIR = REPO_ROOT / "data" / "nlu"

# Exactly the intents listed in domain.yml ("start_again", not Rasa's reserved "restart").
EXPECTED_INTENTS = {
    "greet",
    "goodbye",
    "thank",
    "affirm",
    "deny",
    "dont_know",
    "describe_symptoms",
    "inform",
    "ask_service",
    "out_of_scope",
    "start_again",
    "abuse",
    "bot_challenge",
    "ask_help",
}


@pytest.fixture(scope="module")
def training_data():
    return load_data(str(NLU_DIR))


def _normalise(text: str, keep_apostrophes: bool = False) -> str:
    """Lower case, punctuation dropped (except &), whitespace collapsed.

    With keep_apostrophes, "don't" and "dont" stay different: both spellings are
    worth training on.
    """
    drop = r"[^\w\s&']" if keep_apostrophes else r"[^\w\s&]"
    return " ".join(re.sub(drop, "", text.lower()).split())


def test_every_file_is_rasa_3_1_yaml():
    files = sorted(NLU_DIR.glob("*.yml"))
    assert files, "no NLU files found"
    for path in files:
        assert re.search(r'^version: "3\.1"$', path.read_text(), re.M), path.name


def test_data_loads_with_examples(training_data):
    assert not training_data.is_empty()
    assert len(training_data.intent_examples) >= 1000


def test_intent_set_is_exactly_the_agreed_list(training_data):
    assert set(training_data.intents) == EXPECTED_INTENTS


def test_intent_set_matches_domain(training_data):
    import rasa.shared.utils.io

    domain = REPO_ROOT / "domain.yml"
    if not domain.exists():
        pytest.skip("no domain.yml yet")
    intents = {
        i if isinstance(i, str) else next(iter(i))
        for i in rasa.shared.utils.io.read_yaml_file(domain)["intents"]
    }
    assert set(training_data.intents) == intents


def test_describe_symptoms_has_at_least_250_examples(training_data):
    counts = Counter(e.get("intent") for e in training_data.intent_examples)
    assert counts["describe_symptoms"] >= 250


def test_every_intent_has_enough_examples_for_5_fold_cv(training_data):
    counts = Counter(e.get("intent") for e in training_data.intent_examples)
    small = {i: n for i, n in counts.items() if n < 30}
    assert not small, f"intents with fewer than 30 examples: {small}"


def test_no_example_is_labelled_with_two_intents(training_data):
    labels = defaultdict(set)
    for example in training_data.intent_examples:
        labels[_normalise(example.get("text"))].add(example.get("intent"))
    clashes = {text: sorted(i) for text, i in labels.items() if len(i) > 1}
    assert not clashes, f"examples under more than one intent: {clashes}"


def test_no_duplicate_examples_at_all():
    """Also within one intent, ignoring case and punctuation other than apostrophes."""
    seen = Counter()
    for path in NLU_DIR.glob("*.yml"):
        block = None
        for line in path.read_text().splitlines():
            if line.startswith("- intent:"):
                block = "intent"
            elif line.startswith("- "):
                block = None
            elif block == "intent" and line.startswith("    - "):
                seen[_normalise(line[6:], keep_apostrophes=True)] += 1
    duplicates = sorted(t for t, n in seen.items() if n > 1)
    assert not duplicates, f"duplicate examples: {duplicates}"


def test_no_entity_annotations(training_data):
    """Entities come from the SymptomExtractor, not from annotated NLU examples."""
    assert not training_data.entity_examples


def test_regexes_compile_and_are_case_insensitive(training_data):
    # config.yml's RegexFeaturizer is case sensitive (its default), so each pattern
    # that contains letters carries its own (?i) flag.
    assert training_data.regex_features
    for feature in training_data.regex_features:
        pattern = feature["pattern"]
        re.compile(pattern)
        if re.search(r"[a-z]{2}", pattern.replace(r"\b", "").replace(r"\s", "")):
            assert pattern.startswith("(?i)"), feature["name"]


@pytest.mark.parametrize(
    "text, feature",
    [
        ("DA1 2AB", "uk_postcode"),
        ("my postcode is da12 1aa", "uk_postcode"),
        ("BR8", "uk_postcode"),
        ("34", "bare_number"),
        ("3 weeks", "duration"),
        ("since yesterday", "duration"),
        ("18 months old", "age_phrase"),
        ("she's 6", "age_phrase"),
        ("my back is killing me", "symptom_pain"),
        ("my little boy has a rash", "someone_else"),
    ],
)
def test_regex_features_match_typical_answers(training_data, text, feature):
    patterns = [f["pattern"] for f in training_data.regex_features if f["name"] == feature]
    assert patterns, feature
    assert any(re.search(p, text) for p in patterns), (text, feature)


@pytest.mark.parametrize(
    "text, feature",
    [
        ("no chest pain but I am breathless", "uk_postcode"),
        ("I have a headache", "bare_number"),
        ("yes", "symptom_pain"),
    ],
)
def test_regex_features_do_not_fire_on_other_messages(training_data, text, feature):
    patterns = [f["pattern"] for f in training_data.regex_features if f["name"] == feature]
    assert not any(re.search(p, text) for p in patterns), (text, feature)
