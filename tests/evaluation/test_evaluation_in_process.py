"""The in-process transport: unit behaviour on a fake conversation, then a whole run of the real
bot (bot.assembly, from data/) over the public sample. No accuracy thresholds here: this proves
the run completes and every vignette gets advice in the contract's terms."""
import datetime as dt
import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from bot.evaluation import cli
from bot.evaluation.contract import LEVEL
from bot.evaluation.transports import InProcessTransport
from bot.evaluation.vignettes import load_vignettes

PUBLIC = Path(__file__).resolve().parents[1] / "data" / "vignettes-public.jsonl"


class FakeConversation:
    """Asks one question per turn, remembering them only through the state it is given back."""

    def __init__(self):
        self.calls = []

    def respond(self, state, incoming):
        self.calls.append((list(state.asked), incoming.text, incoming.intent, incoming.reading))
        state.asked.append("q%d" % len(state.asked))
        state.pending = state.asked[-1]
        slots = {"requested_slot": state.pending, "disposition": None, "triage_state": state.to_dict()}
        return SimpleNamespace(messages=[{"text": "question %s" % state.pending}], state=state, slots=slots)


class FakeUnderstander:
    def __init__(self):
        self.days = []

    def read(self, text, today=None):
        self.days.append(today)
        return "reading of " + text


def test_state_goes_round_as_the_triage_state_slot_per_sender():
    conv = FakeConversation()
    t = InProcessTransport(conv, FakeUnderstander())
    assert t.say("a", "first") == [{"text": "question q0"}]
    assert t.tracker("a")["slots"]["requested_slot"] == "q0"
    t.say("a", "second")
    t.say("b", "other patient")
    assert conv.calls == [([], "first", None, "reading of first"),
                          (["q0"], "second", None, "reading of second"),
                          ([], "other patient", None, "reading of other patient")]
    assert t.tracker("a")["slots"]["requested_slot"] == "q1"
    assert t.tracker("b")["slots"]["requested_slot"] == "q0"
    assert t.tracker("nobody") == {"sender_id": "nobody", "slots": {}}


def test_relative_dates_are_read_as_of_the_day_given():
    reader = FakeUnderstander()
    InProcessTransport(FakeConversation(), reader, today=dt.date(2026, 11, 30)).say("a", "since Saturday")
    InProcessTransport(FakeConversation(), reader).say("a", "since Saturday")
    assert reader.days == [dt.date(2026, 11, 30), None]


def test_messages_are_copies_the_bot_cannot_change_afterwards():
    conv = FakeConversation()
    t = InProcessTransport(conv, FakeUnderstander())
    out = t.say("a", "hi")
    out[0]["text"] = "changed"
    assert t.tracker("a")["slots"]["triage_state"]["asked"] == ["q0"]


@pytest.fixture(scope="module")
def public_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("eval")
    js, md = out / "report.json", out / "report.md"
    code = cli.main([str(PUBLIC), "--in-process", "--out-json", str(js), "--out-md", str(md), "--quiet"])
    return code, json.loads(js.read_text(encoding="utf-8")), md.read_text(encoding="utf-8")


def test_in_process_run_over_the_public_sample_advises_every_vignette(public_run):
    code, doc, md = public_run
    assert code == 0
    n = len(load_vignettes(PUBLIC))
    s = doc["summary"]
    assert s["vignettes"] == n == len(doc["results"])
    assert s["errors"] == 0 and s["unknown_codes"] == []
    assert s["advised"] == n
    for r in doc["results"]:
        assert r["disposition"] in LEVEL, r["id"]
        assert 1 <= r["turns"] <= 12 and len(r["transcript"]) == r["turns"], r["id"]
        assert r["transcript"][0]["patient"] == r["message"]
        # the advice's custom payload is the contract's: its level and an auditable rule
        assert r["reported_level"] == LEVEL[r["disposition"]], r["id"]
        assert r["rule"], r["id"]
        assert r["tracker_failures"] == 0


def test_in_process_patient_answers_the_bots_questions_with_its_facts(public_run):
    _, doc, _ = public_run
    answered = [(turn["requested_slot"], nxt["patient"], r)
                for r in doc["results"] for turn, nxt in zip(r["transcript"], r["transcript"][1:], strict=False)
                if turn["requested_slot"] in r["facts"]]
    assert answered, "no vignette was asked for a fact it had"
    for slot, said, r in answered:
        assert said == str({**r["facts"], **r["answers"]}[slot])


def test_in_process_report_lists_every_miss(public_run):
    _, doc, md = public_run
    misses = [r["id"] for r in doc["results"] if r["miss"]]
    assert md.count("\n### ") == len(misses)
    for rid in misses:
        assert "\n### %s: " % rid in md
