"""Measured quality of the intent classifier on data/nlu.

1. Seeded 5-fold cross-validation with the project's pipeline (config.yml; without the
   SymptomExtractor only while bot/components/symptom_extractor.py does not exist), the
   same rasa function that `rasa test nlu --cross-validation --folds 5` runs: macro F1
   must be at least 0.95. About 2 minutes on the 2-core machine.
2. One model trained on all the data (about 20 s): boundary probes, and a blind holdout
   written after tuning (tests/nlu/data/intent_holdout.yml).
"""
from __future__ import annotations

import asyncio
import importlib.util
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
MACRO_F1_TARGET = 0.95


def _intent_cv():
    spec = importlib.util.spec_from_file_location("nlu_intent_cv", HERE / "intent_cv.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


intent_cv = _intent_cv()


@pytest.fixture
def rasa_env(tmp_path, monkeypatch):
    # Relative paths in config.yml (lexicon_dir: data/triage) resolve from the repo root;
    # rasa's training cache goes to tmp_path, not the work tree.
    monkeypatch.chdir(intent_cv.REPO_ROOT)
    monkeypatch.setenv("RASA_CACHE_DIRECTORY", str(tmp_path / "rasa-cache"))
    monkeypatch.setenv("RASA_TELEMETRY_ENABLED", "false")
    return tmp_path


@pytest.mark.slow
def test_intent_macro_f1_in_5_fold_cross_validation(rasa_env):
    report = intent_cv.run_cross_validation(rasa_env / "cv")
    print(intent_cv.summary(report))
    macro_f1 = report["macro avg"]["f1-score"]
    assert macro_f1 >= MACRO_F1_TARGET, intent_cv.summary(report)
    # No single intent may collapse even if the average holds.
    weak = {
        k: round(v["f1-score"], 3)
        for k, v in report.items()
        if isinstance(v, dict) and "confused_with" in v and v["f1-score"] < 0.85
    }
    assert not weak, weak


@pytest.fixture(scope="module")
def trained_agent(tmp_path_factory):
    """The pipeline from config.yml trained once on all of data/nlu."""
    from rasa.core.agent import Agent
    from rasa.model_training import train_nlu

    tmp = tmp_path_factory.mktemp("intent-model")
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(intent_cv.REPO_ROOT)
        mp.setenv("RASA_CACHE_DIRECTORY", str(tmp / "rasa-cache"))
        mp.setenv("RASA_TELEMETRY_ENABLED", "false")
        config = intent_cv.config_for_evaluation(tmp)
        model = train_nlu(str(config), str(intent_cv.NLU_DIR), str(tmp / "models"))
        agent = Agent.load(model)
        yield agent


def _classify(agent, texts):
    async def run():
        return [(await agent.parse_message(t))["intent"]["name"] for t in texts]

    return asyncio.run(run())


# Canonical short answers (some are training examples and must come out right) and
# longer messages written for this test, absent from data/nlu. They pin the boundaries
# the dialogue depends on: "no" alone vs a description containing "no", "help" alone vs
# "help" in an emergency, a bare answer vs a new problem. nlu_fallback counts as wrong.
PROBES = [
    ("no", "deny"),
    ("yes", "affirm"),
    ("not sure", "dont_know"),
    ("help", "ask_help"),
    ("hello", "greet"),
    ("thank you", "thank"),
    ("start again", "start_again"),
    ("DA11 0DG", "inform"),
    ("she's 6", "inform"),
    ("since yesterday", "inform"),
    ("are you a real person", "bot_challenge"),
    ("no chest pain but my left arm is numb and tingling", "describe_symptoms"),
    ("help my grandson has stopped breathing", "describe_symptoms"),
    ("my little boy has a temperature and a rash on his tummy", "describe_symptoms"),
    ("sore throat", "describe_symptoms"),
    ("where is the nearest chemist to gravesend", "ask_service"),
    ("who won the cricket", "out_of_scope"),
]


@pytest.mark.slow
def test_boundary_probes(trained_agent):
    got = dict(zip([t for t, _ in PROBES], _classify(trained_agent, [t for t, _ in PROBES]), strict=False))
    wrong = {t: (want, got[t]) for t, want in PROBES if got[t] != want}
    assert not wrong, f"(expected, got): {wrong}"


# tests/nlu/data/intent_holdout.yml was written after the data was tuned and run once
# blind: 98 of 103 right (0.951, 3 of the 5 misses were nlu_fallback). The floor leaves
# room for small shifts when data/nlu grows, and catches a real regression.
HOLDOUT_ACCURACY_FLOOR = 0.90


@pytest.mark.slow
def test_blind_holdout_accuracy(trained_agent):
    from rasa.shared.nlu.training_data.loading import load_data

    holdout = load_data(str(HERE / "data" / "intent_holdout.yml")).intent_examples
    texts = [e.get("text") for e in holdout]
    predicted = _classify(trained_agent, texts)
    misses = [
        (t, e.get("intent"), p) for t, e, p in zip(texts, holdout, predicted, strict=False)
        if p != e.get("intent")
    ]
    accuracy = 1 - len(misses) / len(holdout)
    assert accuracy >= HOLDOUT_ACCURACY_FLOOR, (accuracy, misses)


def test_holdout_is_not_in_the_training_data():
    from rasa.shared.nlu.training_data.loading import load_data

    train = {e.get("text").lower() for e in load_data(str(intent_cv.NLU_DIR)).intent_examples}
    holdout = load_data(str(HERE / "data" / "intent_holdout.yml")).intent_examples
    leaked = [e.get("text") for e in holdout if e.get("text").lower() in train]
    assert not leaked, leaked
