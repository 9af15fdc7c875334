"""Builds the bot's parts from the data directory once per process (Rasa action server, CLI, tests)."""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from bot.catalogue.catalogue import PLACES_FILE
from bot.catalogue.geo import read_places
from bot.catalogue.region import Region
from bot.conversation import Conversation, summary
from bot.services import CatalogueServices, check_services
from bot.settings import settings
from bot.triage import Triage
from bot.understand import Understander

if TYPE_CHECKING:
    from bot.records.pilot import Pilot


@lru_cache(maxsize=None)
def understander() -> Understander:
    """BOT_SECOND_READER=1 adds the learned second reader to the lexicon; the catalogue's place names
    are left as they are written."""
    return Understander.load(settings().data_dir / "triage", second_reader=settings().second_reader,
                             place_names=place_names())


@lru_cache(maxsize=None)
def place_names() -> tuple[str, ...]:
    """Every town and village the catalogue knows (never spelling-corrected: "Minnis Bay")."""
    return tuple(name for path in sorted(settings().catalogue_dir.rglob(PLACES_FILE)) for name in read_places(path))

@lru_cache(maxsize=None)
def conversation() -> Conversation:
    data = settings().data_dir
    phrases = Conversation.load_phrases(data / "conversation" / "messages.yml")
    region = Region.load(settings().catalogue_dir, data / "services" / "dispositions.yml")
    topics = Conversation.load_topics(data / "conversation" / "topics.yml")
    languages = Conversation.load_languages(data / "conversation" / "languages.yml")
    summary_texts = summary.load(data / "conversation" / "summary.yml")
    checklist = Conversation.load_checklist(data / "conversation" / "emergency_checklist.yml")
    triage = Triage.load(data / "triage")
    check_services(region, {code: d.services for code, d in triage.content.dispositions.items()})
    return Conversation(triage, CatalogueServices(region, phrases), phrases, topics,
                        languages, summary_texts, checklist=checklist)


@lru_cache(maxsize=None)
def pilot() -> Pilot:
    """Pilot records (BOT_DATABASE_URL) and the feedback question, for the Rasa action adapter."""
    from bot.records import versions
    from bot.records.pilot import Pilot, site_origins
    from bot.records.store import RecordStore

    s = settings()
    texts = Pilot.load_texts(s.data_dir / "conversation" / "feedback.yml")
    return Pilot(RecordStore(s.database_url), conversation().triage.content, texts, site_origins(s.site_url),
                 (versions.model_version(), versions.content_version()))
