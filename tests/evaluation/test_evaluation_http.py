"""The HTTP transport and the CLI against a tiny fake Rasa server (REST channel + tracker) on a
free loopback port."""
import json
import math
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from evaluation_fakes import SCENARIO, FakeRasa, write_jsonl

from bot.evaluation import cli
from bot.evaluation.transports import HttpTransport

SHARED_EVALUATOR = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "triage_eval.py"


@pytest.fixture
def rasa():
    with FakeRasa(token="secret") as fake:
        yield fake


@pytest.fixture
def vignettes(tmp_path):
    return write_jsonl(tmp_path / "v.jsonl", SCENARIO)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_transport_speaks_the_rest_channel_and_tracker_api(rasa):
    t = HttpTransport(rasa.url + "/", token="secret", timeout=5)
    messages = t.say("eval-1", "sore throat")
    assert messages == [{"text": "How old are you?", "recipient_id": "eval-1"}]
    post = rasa.requests[0]
    assert (post["method"], post["path"], post["query"]) == ("POST", "/webhooks/rest/webhook", "token=secret")
    assert post["body"] == {"sender": "eval-1", "message": "sore throat"}
    assert post["content_type"] == "application/json"
    tracker = t.tracker("eval-1")
    assert tracker["slots"]["requested_slot"] == "age"
    assert rasa.requests[1] == {"method": "GET", "path": "/conversations/eval-1/tracker", "query": "token=secret"}


def test_tracker_refused_gives_none_and_no_token_sends_no_query(rasa):
    t = HttpTransport(rasa.url, token=None, timeout=5)
    t.say("s", "hello")
    assert t.tracker("s") is None
    assert all(r["query"] == "" for r in rasa.requests)


def test_server_error_is_raised_for_the_patient_loop_to_record(rasa):
    with pytest.raises(OSError):
        HttpTransport(rasa.url, "secret", 5).say("s", "crash")


def test_cli_run_over_http_writes_both_reports(rasa, vignettes, tmp_path, capsys):
    md, js = tmp_path / "out" / "report.md", tmp_path / "out" / "report.json"
    code = cli.main([vignettes, "--url", rasa.url, "--token", "secret", "--out-md", str(md),
                     "--out-json", str(js), "--concurrency", "3"])
    out = capsys.readouterr()
    assert code == 0
    rows = out.out.splitlines()
    assert [row.split()[:2] for row in rows[:5]] == [
        ["v-chest", "ok"], ["v-ok", "ok"], ["v-under", "UNSAFE"], ["v-over", "off"], ["v-loop", "UNSAFE"]]
    assert rows[-1] == "accuracy 40.0%  safety 60.0%  emergency recall 50.0%  over-triage 20.0%  advised 4/5"
    doc = json.loads(js.read_text())
    s = doc["summary"]
    assert (s["vignettes"], s["advised"], s["errors"], s["under_triaged"], s["emergencies"]) == (5, 4, 0, 2, 2)
    assert s["with_service_pct"] == 80.0 and s["median_turns"] == 3
    assert doc["meta"]["target"] == rasa.url and doc["meta"]["vignettes"] == 5
    ok = doc["results"][1]
    assert [t["patient"] for t in ok["transcript"]] == ["sore throat", "30", "no-payload"]
    assert ok["tracker_failures"] == 0
    report = md.read_text()
    assert "### v-under: UNSAFE" in report and "**2. Patient:** 2" in report
    # every conversation had its own sender
    senders = {r["body"]["sender"] for r in rasa.requests if r["method"] == "POST"}
    assert len(senders) == 5 and all(x.startswith("eval-%s-" % doc["meta"]["run_id"]) for x in senders)


def test_wrong_token_warns_and_the_patient_cannot_give_facts(rasa, vignettes, tmp_path, capsys):
    js = tmp_path / "r.json"
    code = cli.main([vignettes, "--url", rasa.url, "--token", "wrong", "--out-json", str(js), "--quiet"])
    err = capsys.readouterr().err
    assert code == 0
    assert "tracker could not be read in 5 of 5 conversations" in err
    ok = json.loads(js.read_text())["results"][1]
    assert [t["patient"] for t in ok["transcript"]] == ["sore throat", "no", "no-payload"]
    assert "tracker could not be read" in json.loads(js.read_text())["warnings"][0]


def test_quiet_prints_only_the_summary(rasa, vignettes, capsys):
    assert cli.main([vignettes, "--url", rasa.url, "--token", "secret", "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "v-under" not in out and out.splitlines()[0].startswith("vignettes")


def test_exit_2_when_no_vignette_reaches_the_bot(vignettes, tmp_path, capsys):
    md = tmp_path / "report.md"
    code = cli.main([vignettes, "--url", "http://127.0.0.1:%d" % free_port(), "--timeout", "2",
                     "--out-md", str(md)])
    assert code == 2
    assert "no vignette reached the bot" in capsys.readouterr().err
    assert not md.exists()   # no figures are reported for a run that never happened


def test_some_errors_still_exit_0(rasa, tmp_path):
    crash = dict(SCENARIO[0], id="v-crash", message="crash please")
    path = write_jsonl(tmp_path / "v.jsonl", [SCENARIO[1], crash])
    js = tmp_path / "r.json"
    assert cli.main([path, "--url", rasa.url, "--token", "secret", "--out-json", str(js), "--quiet"]) == 0
    doc = json.loads(js.read_text())
    assert doc["summary"]["errors"] == 1
    assert doc["results"][1]["error"].startswith("HTTPError")


@pytest.mark.skipif(not SHARED_EVALUATOR.exists(), reason="the public evaluator (../shared/eval) is not here")
def test_figures_match_the_public_evaluator_against_the_same_bot(rasa, vignettes, tmp_path):
    theirs_path, ours_path = tmp_path / "theirs.json", tmp_path / "ours.json"
    subprocess.run([sys.executable, str(SHARED_EVALUATOR), vignettes, "--url", rasa.url, "--token", "secret",
                    "--json", str(theirs_path), "--quiet"], check=True, capture_output=True, timeout=120)
    assert cli.main([vignettes, "--url", rasa.url, "--token", "secret", "--out-json", str(ours_path),
                     "--quiet"]) == 0
    theirs, ours = json.loads(theirs_path.read_text()), json.loads(ours_path.read_text())
    assert list(ours["summary"]) == list(theirs["summary"])
    for key, value in theirs["summary"].items():
        if key in ("turn_p50_ms", "turn_p95_ms"):
            continue
        if isinstance(value, float) and math.isnan(value):
            assert ours["summary"][key] is None, key
        else:
            assert ours["summary"][key] == value, key
    for a, b in zip(ours["results"], theirs["results"], strict=False):
        assert (a["id"], a["disposition"], a["turns"]) == (b["id"], b["disposition"], b["turns"])
        assert [t["patient"] for t in a["transcript"]] == [t["patient"] for t in b["transcript"]]
