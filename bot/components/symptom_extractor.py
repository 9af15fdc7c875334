"""Rasa 3 NLU component: runs the understanding layer on each message.

config.yml:
    - name: bot.components.symptom_extractor.SymptomExtractor
      lexicon_dir: data/triage

Appends ``Understander.read(text).to_entities()`` to the message's entities (keeping the
entities other extractors found). Actions rebuild the reading with
``Reading.from_entities(tracker.latest_message["entities"])``.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.assembly import place_names
from bot.understand import Understander

logger = logging.getLogger(__name__)

_ROOT = Path(__file__).resolve().parents[2]
_CACHE: Dict[str, Understander] = {}


def _resolve(lexicon_dir: Text) -> Path:
    path = Path(lexicon_dir)
    if not path.is_absolute() and not path.exists() and (_ROOT / path).exists():
        path = _ROOT / path
    return path


def _understander(lexicon_dir: Text) -> Understander:
    path = _resolve(lexicon_dir)
    key = str(path.resolve())
    if key not in _CACHE:
        _CACHE[key] = Understander.load(path, place_names=place_names())
    return _CACHE[key]


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False
)
class SymptomExtractor(GraphComponent, EntityExtractorMixin):
    """Symptoms (with negation and context), age, sex, pregnancy, duration, subject,
    postcode and service requests, from the deterministic understanding layer."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"lexicon_dir": "data/triage"}

    @staticmethod
    def supported_languages() -> Optional[List[Text]]:
        return ["en"]

    @staticmethod
    def required_packages() -> List[Text]:
        return ["spacy", "negspacy", "rapidfuzz"]

    def __init__(self, config: Dict[Text, Any], understander: Understander) -> None:
        self._config = {**self.get_default_config(), **(config or {})}
        self.understander = understander

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "SymptomExtractor":
        merged = {**cls.get_default_config(), **(config or {})}
        return cls(merged, _understander(merged["lexicon_dir"]))

    def train(self, training_data: TrainingData) -> Resource:  # pragma: no cover - not trainable
        raise NotImplementedError("SymptomExtractor is not trainable")

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        # entities in training data come from annotations; nothing to add
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT)
            if not text:
                continue
            try:
                reading = self.understander.read(text)
            except Exception:  # never break the NLU pipeline on one odd message
                logger.exception("SymptomExtractor failed on a message")
                continue
            entities = self.add_extractor_name(reading.to_entities())
            message.set(ENTITIES, list(message.get(ENTITIES, [])) + entities, add_to_output=True)
        return messages
