"""A real conversation over REST gets a reference number, and its pilot record appears in the
tracker store's database, with the channel the browser's Origin header tells."""
import json
import sqlite3
import time
import urllib.request

from rest_api import new_sender

from bot.records.reference import normalise
from bot.records.store import RecordStore


def say(stack, sender, message, origin=None):
    headers = {"Content-Type": "application/json", **({"Origin": origin} if origin else {})}
    req = urllib.request.Request(stack.rasa_url + "/webhooks/rest/webhook", headers=headers,
                                 data=json.dumps({"sender": sender, "message": message}).encode())
    with urllib.request.urlopen(req, timeout=30) as resp:
        return json.loads(resp.read())


def converse(stack, sender, origin=None):
    replies = say(stack, sender, "I've had a really sore throat for two days, my name is Sarah Jones", origin)
    for answer in ("40", "DA11 0DG", "no", "no", "no"):
        if any("summary" in (m.get("custom") or {}) for m in replies):
            break
        replies = say(stack, sender, answer, origin)
    return replies


def record_of(stack, reference, within=15.0):
    store = RecordStore(stack.db_url)
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        record = store.get(reference)
        if record:
            return record
        time.sleep(0.3)
    return None


def test_a_rest_conversation_gets_a_reference_and_its_record_appears(live_stack):
    sender = new_sender("pilot")
    replies = converse(live_stack, sender)
    advice = next(m["custom"] for m in replies if "disposition" in (m.get("custom") or {}))
    reference = next(m["custom"]["reference"] for m in replies if "summary" in (m.get("custom") or {}))
    assert normalise(reference) == reference
    assert any(reference in (m.get("text") or "") for m in replies)  # text-only clients see it too
    record = record_of(live_stack, reference)
    assert record is not None, "no pilot record appeared"
    assert (record.conversation_id, record.disposition, record.rule) == (sender, advice["disposition"], advice["rule"])
    assert (record.channel, record.postcode_district, record.age_band) == ("rest", "DA11", "35-44")
    assert record.model_version.startswith("bot-") and record.content_version
    stored = live_stack.tracker_db.read_bytes()
    for detail in (b"Sarah", b"Jones"):
        assert detail not in stored
    # the full postcode: not in what this patient sent or the slots kept (a service's own address, in
    # the bot's advice, may share the postcode's letters, so the whole file is not grepped for it)
    with sqlite3.connect(f"file:{live_stack.tracker_db}?mode=ro", uri=True, timeout=30) as conn:
        rows = conn.execute("SELECT data FROM events WHERE sender_id = ? AND type_name IN ('user', 'slot')",
                            (sender,)).fetchall()
    assert rows and not any("0DG" in data for (data,) in rows)


def test_the_widget_on_another_site_is_recorded_with_that_site(live_stack):
    sender = new_sender("pilot")
    replies = converse(live_stack, sender, origin="http://www.riverside-surgery.test")
    reference = next(m["custom"]["reference"] for m in replies if "summary" in (m.get("custom") or {}))
    record = record_of(live_stack, reference)
    assert record is not None and (record.channel, record.site) == ("widget", "http://www.riverside-surgery.test")


def test_the_clinicians_view_shows_the_real_conversation_by_its_reference(live_stack, tmp_path):
    """The website, signed in as a clinician, over the live stack's own database: the record and the
    transcript Rasa stored (redacted), found by the reference the patient was given."""
    import os
    import subprocess
    import sys

    import httpx

    from bot.serve import free_port, wait_for
    from bot.settings import ROOT
    from bot.web.staff import hash_password

    sender = new_sender("pilot")
    replies = converse(live_stack, sender)
    reference = next(m["custom"]["reference"] for m in replies if "summary" in (m.get("custom") or {}))
    assert record_of(live_stack, reference) is not None
    port = free_port()
    env = {**os.environ, "BOT_DATABASE_URL": live_stack.db_url,
           "BOT_CLINICIANS": f"dr-khan:{hash_password('clinician pass 1', 1000)}"}
    with (tmp_path / "web.log").open("wb") as log:
        web = subprocess.Popen([sys.executable, "-m", "bot.web", "--port", str(port), "--bot-url", live_stack.rasa_url],
                               cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_for(f"http://localhost:{port}/healthz", 60, web)
        url = f"http://localhost:{port}/pilot/case?reference={reference}"
        assert httpx.get(url, timeout=30).status_code == 401
        page = httpx.get(url, auth=("dr-khan", "clinician pass 1"), timeout=30).text
        assert f"Case {reference}" in page and "pharmacy_first_sore_throat" in page
        assert "What you told us" in page and "[name]" in page and "Sarah" not in page
        assert any(a["reference"] == reference and a["staff"] == "dr-khan" for a in RecordStore(live_stack.db_url).accesses())
    finally:
        web.terminate()
        web.wait(timeout=15)
