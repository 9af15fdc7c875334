"""The pilot pages of the website (a real `python -m bot.web` process): the clinician's case view
refuses without credentials and shows the right case with them, every access is audited, the
commissioners' dashboard has the report and its charts, and the privacy notice says what a pilot
record keeps."""

from __future__ import annotations

import asyncio
import base64
import os
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import fields
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from test_web_http import audit
from webui_helpers import free_port

from bot import assembly
from bot.conversation import ConversationState, Incoming
from bot.records.record import build
from bot.records.reference import check_character
from bot.records.store import RecordStore, utcnow
from bot.settings import Settings
from bot.web.staff import hash_password

REPO_ROOT = Path(__file__).resolve().parents[2]
CLINICIAN = ("dr-khan", "clinician pass 1")
COMMISSIONER = ("ccg-lee", "commissioner pass")
SORE_THROAT = ["My name is Sarah Jones and I've had a really sore throat for two days", "40", "DA11 0DG"]
BLUE_LIPS = ["my lips are going blue"]


def play(store: RecordStore, db: Path, sender: str, turns: list[str], hours_ago: float) -> str:
    """A conversation with the in-process dialogue: its events saved by the redacting tracker
    store (as Rasa saves them) and its pilot record written as the action adapter writes it."""
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import BotUttered, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    from bot.privacy.tracker_store import RedactingSQLTrackerStore

    conversation, understander = assembly.conversation(), assembly.understander()
    state, events = ConversationState(), []
    for text in turns:
        reply = conversation.respond(state, Incoming(text, None, understander.read(text)))
        state = reply.state
        events.append(UserUttered(text))
        for m in reply.messages:
            events.append(BotUttered(m.get("text"), data={"custom": m["custom"]} if "custom" in m else {}))
    tracker_store = RedactingSQLTrackerStore(domain=Domain.empty(), dialect="sqlite", db=str(db))
    tracker = DialogueStateTracker.from_events(sender, events)
    with ThreadPoolExecutor(1) as thread:  # its own event loop: Playwright's may be running in this thread
        thread.submit(asyncio.run, tracker_store.save(tracker)).result()
    entry = state.audit[-1]
    store.add(build(sender, entry, state, conversation.triage.content, channel="website", site=None,
                    model_version="bot-test", content_version="content-test",
                    now=utcnow() - timedelta(hours=hours_ago)))
    return entry["reference"]


@contextmanager
def website(tmp: Path, db: Path, **settings: str):
    """`python -m bot.web` on a free port with the pilot's staff accounts and database (and any
    other settings given), its address."""
    port = free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "PYTHONPATH": str(REPO_ROOT),
           "BOT_DATABASE_URL": f"sqlite:///{db}",
           "BOT_CLINICIANS": f"{CLINICIAN[0]}:{hash_password(CLINICIAN[1], 1000)}",
           "BOT_COMMISSIONERS": f"{COMMISSIONER[0]}:{hash_password(COMMISSIONER[1], 1000)}", **settings}
    log = tmp / "web.log"
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "bot.web", "--host", "127.0.0.1", "--port", str(port),
                                 "--bot-url", "http://127.0.0.1:9"], cwd=REPO_ROOT, stdout=out,
                                stderr=subprocess.STDOUT, env=env)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(url + "/healthz", timeout=2):
                break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"the website did not start:\n{log.read_text()}")
            time.sleep(0.2)
    try:
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def pilot_site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("pilot-web")
    db = tmp / "rasa.db"
    store = RecordStore(f"sqlite:///{db}")
    refs = {"sore_throat": play(store, db, "conversation-sore-throat", SORE_THROAT, 2),
            "blue_lips": play(store, db, "conversation-blue-lips", BLUE_LIPS, 1)}
    # these tests sign in wrongly on purpose, many times from one address: the lock-out has its own test
    with website(tmp, db, BOT_SIGNIN_FAILURES="1000") as url:
        yield url, store, refs


def get(site, path, who=None):
    url, _, _ = site
    with httpx.Client(base_url=url, timeout=30, auth=who) as client:
        return client.get(path)


PROTECTED = ["/pilot", "/pilot/case?reference={ref}", "/pilot/api/cases/{ref}", "/pilot/report",
             "/pilot/report.csv", "/pilot/access"]


@pytest.mark.parametrize("path", PROTECTED)
def test_every_pilot_page_refuses_without_the_right_credentials(pilot_site, path):
    _, store, refs = pilot_site
    path = path.format(ref=refs["sore_throat"])
    before = len(store.accesses())
    for who in (None, (CLINICIAN[0], "wrong password"), ("nobody", CLINICIAN[1]), (COMMISSIONER[0], CLINICIAN[1])):
        r = get(pilot_site, path, who)
        assert r.status_code == 401, who
        assert r.headers["www-authenticate"].startswith("Basic realm=")
        assert refs["sore_throat"] not in r.text and "sore throat" not in r.text
        assert r.headers["cache-control"] == "no-store"
    after = store.accesses()[before:]  # nothing was looked up; each refused sign-in is in the log
    assert [a["action"] for a in after] == ["sign-in failed"] * 3 and not any(a["reference"] for a in after)
    assert [a["staff"] for a in after] == ["dr-khan", "(not an account)", "ccg-lee"]
    assert all(a["detail"] == f"from 127.0.0.1 on {path.split('?')[0]}" for a in after)


def test_a_clinician_sees_the_right_case_and_the_look_up_is_audited(pilot_site):
    _, store, refs = pilot_site
    ref, other = refs["sore_throat"], refs["blue_lips"]
    r = get(pilot_site, f"/pilot/case?reference={ref.lower().replace('-', ' ')}", CLINICIAN)  # typed loosely
    assert r.status_code == 200 and r.headers["cache-control"] == "no-store"
    page = r.text
    assert f"Case {ref}" in page and other not in page
    assert "pharmacy_first_sore_throat" in page and "<code>pharmacy</code>" in page  # the rule and disposition
    assert "severe_breathing_difficulty" not in page  # not the other case's rule
    assert "age 35-44" in page and "DA11" in page and "0DG" not in page
    assert "What you told us" in page  # the summary the patient was given, from the stored transcript
    assert "[name]" in page and "Sarah" not in page and "Jones" not in page  # the transcript as stored: redacted
    assert "I&#x27;ve had a really sore throat for two days" in page
    (entry,) = [a for a in store.accesses() if a["reference"] == ref]
    assert (entry["staff"], entry["action"], entry["found"]) == ("dr-khan", "case", True)
    assert utcnow() - entry["at"] < timedelta(minutes=5)


def test_the_json_endpoint_gives_the_same_case(pilot_site):
    _, store, refs = pilot_site
    r = get(pilot_site, f"/pilot/api/cases/{refs['blue_lips']}", CLINICIAN)
    assert r.status_code == 200
    case = r.json()
    assert case["record"]["reference"] == refs["blue_lips"] and case["record"]["disposition"] == "call_999"
    assert case["record"]["rule"] == "severe_breathing_difficulty" and case["findings"][0]["code"] == "blue_lips"
    assert [t["speaker"] for t in case["transcript"]][:2] == ["patient", "bot"]
    assert any(a["reference"] == refs["blue_lips"] and a["action"] == "case" for a in store.accesses())


def test_an_unknown_or_mistyped_reference_shows_no_case(pilot_site):
    _, store, refs = pilot_site
    typo = refs["sore_throat"][:-1] + ("2" if refs["sore_throat"][-1] != "2" else "3")
    r = get(pilot_site, f"/pilot/case?reference={typo}", CLINICIAN)
    assert r.status_code == 200 and "not a reference number" in r.text and "Case " not in r.text
    unknown = "ZZZ-ZZZ" + check_character("ZZZZZZ")  # a well-formed reference that no record has
    r = get(pilot_site, f"/pilot/case?reference={unknown}", CLINICIAN)
    assert r.status_code == 404 and f"No case has the reference {unknown}" in r.text
    assert any(a["reference"] == unknown and a["found"] is False for a in store.accesses())


def test_commissioners_see_the_report_and_charts_but_never_a_case(pilot_site):
    _, store, refs = pilot_site
    assert get(pilot_site, f"/pilot/case?reference={refs['sore_throat']}", COMMISSIONER).status_code == 403
    assert get(pilot_site, f"/pilot/api/cases/{refs['sore_throat']}", COMMISSIONER).status_code == 403
    assert get(pilot_site, "/pilot/access", COMMISSIONER).status_code == 403
    r = get(pilot_site, "/pilot/report", COMMISSIONER)
    assert r.status_code == 200
    assert "Decisions: 2 in 2 conversations." in r.text
    assert "Sent somewhere other than A&amp;E or 999: 1 of 2 (50%)." in r.text
    charts = [base64.b64decode(part.split('"', 1)[0]) for part in r.text.split('src="data:image/png;base64,')[1:]]
    assert len(charts) == 6 and all(png.startswith(b"\x89PNG") for png in charts)
    # small numbers: one decision in DA11 and one today are shown as "<5", the total and advice exactly
    assert '<td class="nhsuk-table__cell">DA11</td><td class="nhsuk-table__cell">&lt;5</td>' in r.text
    assert "shown as &quot;&lt;5&quot;" in r.text
    csv = get(pilot_site, "/pilot/report.csv?area=DA11", COMMISSIONER)
    assert csv.status_code == 200 and "disposition,pharmacy,1,100%" in csv.text and "call_999" not in csv.text
    assert "postcode district,DA11,<5,-" in csv.text
    days = [line.split(",")[2] for line in csv.text.splitlines() if line.startswith("day,")]
    assert set(days) == {"0", "<5"} and days.count("<5") == 1
    reports = [a for a in store.accesses() if a["action"] == "report" and a["staff"] == "ccg-lee"]
    assert len(reports) == 2 and "area DA11" in reports[-1]["detail"]
    assert "ccg-lee" in get(pilot_site, "/pilot/access", CLINICIAN).text  # clinicians can read the access log


@pytest.mark.parametrize("path", ["/pilot", "/pilot/case?reference={ref}", "/pilot/report", "/privacy/pilot-records"])
def test_pilot_pages_keep_the_sites_csp_with_no_inline_script_or_style(pilot_site, path):
    r = get(pilot_site, path.format(ref=pilot_site[2]["sore_throat"]), CLINICIAN)
    assert r.status_code == 200 and "script-src 'self'" in r.headers["content-security-policy"]
    found = audit(r.text)
    assert (found.inline_scripts, found.handlers, found.style_attrs, found.style_elements) == ([], [], [], 0)


def test_the_privacy_notice_says_what_the_record_keeps_for_how_long_and_who_sees_it(pilot_site):
    page = get(pilot_site, "/privacy").text
    assert "<h2>What we keep, for how long, and who can see it</h2>" in page
    assert page.index("What we keep, for how long") < page.index("This is not a medical record")
    assert "How long we keep it" not in page  # replaced, not said twice
    for words in ("The conversation: the messages you typed", "A record of each advice", "A log of staff look-ups",
                  "In your browser (session storage)", "age band", "first part of the postcode only",
                  "30 days, then deleted", "Every look-up is recorded", "Clinicians working on the pilot",
                  "Commissioners of the pilot", "only reports of counts", "They never see a single case",
                  'shown only as "fewer than 5" ("&lt;5")', "It never holds your messages"):
        assert words in page, words
    detail = get(pilot_site, "/privacy/pilot-records").text
    for field in ("Reference number", "Age band", "Postcode district", "Channel", "Feedback", "Versions"):
        assert f">{field}<" in detail, field


@pytest.mark.parametrize("path", ["/pilot/case?reference={ref}", "/pilot/report", "/privacy/pilot-records"])
def test_pilot_pages_have_no_axe_violations(pilot_site, new_page, path):
    from axe_playwright_python.sync_playwright import Axe
    from test_web_a11y import AXE_OPTIONS
    from webui_helpers import DESKTOP

    url, _, refs = pilot_site
    page = new_page(DESKTOP, http_credentials={"username": CLINICIAN[0], "password": CLINICIAN[1]})
    page.goto(url + path.format(ref=refs["sore_throat"]))
    results = Axe().run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()


def test_repeated_failed_sign_ins_pause_sign_in_from_that_address_and_each_is_audited(tmp_path):
    """The lock-out with the real settings' defaults: after BOT_SIGNIN_FAILURES refused sign-ins from
    one address, 429 with a kind message for BOT_SIGNIN_LOCKOUT_MINUTES, even with the right password;
    another address still signs in."""
    defaults = Settings.from_env({})
    db = tmp_path / "rasa.db"
    store = RecordStore(f"sqlite:///{db}")
    ref = play(store, db, "conversation-lock-out", BLUE_LIPS, 1)
    wrong = [(CLINICIAN[0], "wrong password"), ("my secret password", "x"), (COMMISSIONER[0], "guess")]
    with website(tmp_path, db) as url, httpx.Client(base_url=url, timeout=30) as client:
        path = f"/pilot/case?reference={ref}"
        for n in range(defaults.signin_failures - 1):
            assert client.get(path, auth=wrong[n % len(wrong)]).status_code == 401, n
        r = client.get(path, auth=wrong[0])  # the last failure allowed pauses sign-in
        assert r.status_code == 429 and r.headers["cache-control"] == "no-store"
        lock = defaults.signin_lockout_minutes * 60
        assert lock - 60 < int(r.headers["retry-after"]) <= lock
        assert "Sign-in is paused for a while" in r.text and f"paused for {defaults.signin_lockout_minutes} minutes" in r.text
        right = client.get(path, auth=CLINICIAN)  # the right password is not even checked now
        assert right.status_code == 429 and ref not in right.text
        assert client.get("/privacy").status_code == 200  # the rest of the site is not affected
        with httpx.Client(base_url=url, timeout=30, transport=httpx.HTTPTransport(local_address="127.0.0.2")) as other:
            assert other.get(path, auth=CLINICIAN).status_code == 200  # another address is not paused
    log = store.accesses()
    failed = [a for a in log if a["action"] == "sign-in failed"]
    assert len(failed) == defaults.signin_failures  # each refused sign-in; none for those refused while paused
    assert {a["staff"] for a in failed} == {"dr-khan", "(not an account)", "ccg-lee"}
    assert "my secret password" not in str(log)  # a name that is no account is never repeated
    assert all(a["detail"].startswith("from 127.0.0.1 on /pilot/case") for a in failed)
    assert failed[-1]["detail"].endswith(f"; sign-in paused {defaults.signin_lockout_minutes} minutes")
    assert [a["staff"] for a in log if a["action"] == "case"] == ["dr-khan"]  # only from the other address


def test_the_privacy_notice_names_the_real_retention_settings(tmp_path):
    """Each retention setting (a setting named `retention`) is set to an unusual value: the notice
    must say that value wherever it says how long something is kept, and never the default."""
    defaults = Settings.from_env({})
    retention = [f.name for f in fields(Settings) if "retention" in f.name]
    assert retention == ["retention_days"]  # a new one is checked here once it is named so
    unusual = {f"BOT_{name.upper()}": str(getattr(defaults, name) + 17 + i) for i, name in enumerate(retention)}
    configured = Settings.from_env(unusual)
    with website(tmp_path, tmp_path / "rasa.db", **unusual) as url:
        pages = [httpx.get(url + path, timeout=30).text for path in ("/privacy", "/privacy/pilot-records")]
    for page in pages:
        days = configured.retention_days
        assert page.count(f"{days} days, then deleted") == 3, page  # the conversation, the record, the access log
        assert f"{defaults.retention_days} days" not in page
