"""The Rasa graph component, on its own (no trained model needed)."""
from pathlib import Path

import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.components.symptom_extractor import SymptomExtractor
from bot.understand import Reading

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def extractor(tmp_path_factory):
    storage = LocalModelStorage(tmp_path_factory.mktemp("model"))
    context = ExecutionContext(GraphSchema({}), "test-model")
    config = {**SymptomExtractor.get_default_config(), "lexicon_dir": str(ROOT / "data" / "triage")}
    return SymptomExtractor.create(config, storage, Resource("symptom_extractor"), context)


def test_default_config():
    assert SymptomExtractor.get_default_config() == {"lexicon_dir": "data/triage"}


def test_relative_lexicon_dir_works_from_anywhere(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    storage = LocalModelStorage(tmp_path / "m")
    ex = SymptomExtractor.create({}, storage, Resource("x"), ExecutionContext(GraphSchema({}), "m"))
    [msg] = ex.process([Message(data={TEXT: "toothache"})])
    assert Reading.from_entities(msg.get(ENTITIES)).present() == {"toothache"}


def test_process_adds_entities(extractor):
    [msg] = extractor.process([Message(data={TEXT: "my 6 yr old has earache for 2 days, no temperature"})])
    ents = msg.get(ENTITIES)
    assert all(e["extractor"] == "SymptomExtractor" for e in ents)
    sym = {(e["value"], e["role"]) for e in ents if e["entity"] == "symptom"}
    assert ("earache", "affirmed") in sym and ("fever", "negated") in sym
    r = Reading.from_entities(ents)
    assert r.age_years == 6.0 and r.duration_days == 2.0 and r.subject == "child"


def test_keeps_existing_entities(extractor):
    other = {"entity": "city", "value": "Dartford", "start": 0, "end": 8, "extractor": "RegexEntityExtractor"}
    msg = Message(data={TEXT: "Dartford: I can't breathe", ENTITIES: [other]})
    [msg] = extractor.process([msg])
    ents = msg.get(ENTITIES)
    assert ents[0] == other
    assert Reading.from_entities(ents).present() >= {"severe_breathing_difficulty"}


def test_message_without_text(extractor):
    [msg] = extractor.process([Message(data={})])
    assert not msg.get(ENTITIES)
    [msg] = extractor.process([Message(data={TEXT: "hello"})])
    assert msg.get(ENTITIES) == []


def test_registered_as_entity_extractor():
    from rasa.engine.recipes.default_recipe import DefaultV1Recipe

    registered = DefaultV1Recipe._registered_components.get(SymptomExtractor.__name__)
    assert registered is not None
    assert DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR in registered.types
    assert registered.is_trainable is False
