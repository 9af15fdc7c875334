"""Builds the bot's parts from the data directory once per process (Rasa action server, CLI, tests)."""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from bot.catalogue.catalogue import Catalogue
from bot.conversation import Conversation
from bot.services import CatalogueServices
from bot.triage import Triage
from bot.understand import Understander

ROOT = Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    return Path(os.environ.get("BOT_DATA_DIR", ROOT / "data"))


def catalogue_dir() -> Path:
    """The area's catalogue: BOT_CATALOGUE_DIR, or Dartford, Gravesham and Swanley by default."""
    return Path(os.environ.get("BOT_CATALOGUE_DIR", data_dir() / "services" / "dgs"))


@lru_cache(maxsize=None)
def understander() -> Understander:
    """BOT_SECOND_READER=1 adds the learned second reader to the lexicon."""
    return Understander.load(data_dir() / "triage", second_reader=os.environ.get("BOT_SECOND_READER") == "1")


@lru_cache(maxsize=None)
def conversation() -> Conversation:
    phrases = Conversation.load_phrases(data_dir() / "conversation" / "messages.yml")
    catalogue = Catalogue.load(catalogue_dir(), data_dir() / "services" / "dispositions.yml")
    topics = Conversation.load_topics(data_dir() / "conversation" / "topics.yml")
    return Conversation(Triage.load(data_dir() / "triage"), CatalogueServices(catalogue, phrases), phrases, topics)
