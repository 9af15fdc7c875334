"""Every adapter test writes its pilot records to a throwaway database of its own."""
import pytest

from bot import assembly
from bot.records.pilot import Pilot
from bot.records.store import RecordStore


@pytest.fixture(autouse=True)
def pilot(tmp_path, monkeypatch):
    real = assembly.pilot()
    records = Pilot(RecordStore(f"sqlite:///{tmp_path / 'records.db'}"), real.content, real.texts,
                    {"https://find-help.example.nhs.uk"}, ("bot-test", "content-test"))
    monkeypatch.setattr(assembly, "pilot", lambda: records)
    yield records
    records.flush()
