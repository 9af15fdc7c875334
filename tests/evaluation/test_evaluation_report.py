"""Markdown and JSON reports: figures, per-level table, and every miss with its transcript."""
import json
import math

from evaluation_fakes import SCENARIO, FakeTransport

from bot.evaluation import report
from bot.evaluation.patient import run_all
from bot.evaluation.scoring import confusion, per_level, score


def run():
    results = run_all(FakeTransport(), SCENARIO, run_id="rep")
    return score(results), per_level(results), confusion(results), results


def section(md, title):
    start = md.index(title)
    nxt = md.find("\n## ", start + 1)
    return md[start: nxt if nxt != -1 else len(md)]


def test_markdown_summary_and_per_level_tables():
    s, levels, matrix, results = run()
    md = report.render_markdown(s, levels, matrix, results, {"target": "fake", "max_turns": 12})
    assert md.startswith("# Triage vignette evaluation")
    assert "- Bot: fake" in md and "- Max patient turns: 12" in md
    summary = section(md, "## Summary")
    assert "| Accuracy (advice among the expected) | 40.0% |" in summary
    assert "| Safety (level at least the minimum safe level) | 60.0% |" in summary
    assert "| Under-triaged (not safe) | 2 of 5 |" in summary
    assert "| Emergency recall (min level 4+ advised at 4+) | 50.0% (1 of 2) |" in summary
    assert "| Over-triage (above the highest expected level) | 20.0% |" in summary
    assert "| Advised (a contract disposition) | 4 of 5 |" in summary
    levels_md = section(md, "## By minimum safe level")
    assert "| 0 | 1 | 1 | 100.0% | 1 | 100.0% |" in levels_md
    assert "| 1 | 1 | 0 | 0.0% | 1 | 100.0% |" in levels_md
    assert "| 2 | 0 | 0 | n/a | 0 | n/a |" in levels_md
    assert "| 3 | 1 | 0 | 0.0% | 0 | 0.0% |" in levels_md
    assert "| 5 | 2 | 1 | 50.0% | 1 | 50.0% |" in levels_md
    conf = section(md, "## Confusion")
    assert "| `call_999` | **1** |" in conf       # diagonal in bold; call_999 is the first column
    assert "`(none)`" in conf


def test_every_miss_is_reported_with_its_transcript_and_only_misses():
    s, levels, matrix, results = run()
    md = report.render_markdown(s, levels, matrix, results)
    misses = section(md, "## Misses")
    assert misses.startswith("## Misses (3: 2 unsafe, 1 wrong but safe)")
    heads = [line for line in misses.splitlines() if line.startswith("### ")]
    # unsafe first, most urgent first; then safe-but-wrong
    assert [h.split(":")[0] for h in heads] == ["### v-loop", "### v-under", "### v-over"]
    assert heads[1] == ("### v-under: UNSAFE, got `pharmacy` (level 1); expected `gp_urgent`, `nhs_111` "
                        "(min level 3)")
    assert heads[2].startswith("### v-over: off, got `call_999` (level 5)")
    assert "v-ok" not in misses and "v-chest" not in misses

    under = misses[misses.index("### v-under"): misses.index("### v-over")]
    assert "**1. Patient:** temperature for 5 days" in under
    assert "> How old are you?" in under
    assert "*requested_slot:* `age`" in under
    assert "**2. Patient:** 2" in under
    assert ("> Do you have any of these: fever, rash?\n>\n"
            "> Buttons: [Yes] (`yes-payload`) · [No, none of these] (`no-payload`)") in under
    assert "**3. Patient:** no-payload" in under
    assert "> - **Advice:** `pharmacy`, level 1 (contract level 1), rule `r-pharm`" in under
    assert "> - Reason: because of pharmacy" in under
    assert "> - Safety net: If it gets worse, call 111." in under
    assert "> - Services: Riverside Pharmacy" in under
    assert "- Rule: `r-pharm`" in under and "- Source: test" in under
    assert "- The patient's facts: age = 2" in under

    loop = misses[misses.index("### v-loop"): misses.index("### v-under")]
    assert "got `(none)`" in loop and "- No advice within 12 patient turns." in loop
    assert loop.count("> Tell me more?") == 12 and "**12. Patient:** no" in loop


def test_errors_and_markup_in_bot_text_are_rendered_safely():
    r = {"id": "e1", "expected": ["gp_urgent"], "min_level": 3, "disposition": None, "slot_disposition": None,
         "services": [], "turns": 1, "latencies": [0.1], "error": "HTTPError: HTTP Error 500",
         "transcript": [{"patient": "<b>hi</b>", "bot": [{"text": "line one\n\n<script>x</script> | pipe"}]}]}
    md = report.render_markdown(score([r]), per_level([r]), confusion([r]), [r])
    assert "### e1: ERROR, got `(none)`" in md
    assert "- Error: HTTPError: HTTP Error 500" in md
    assert "<script>" not in md and "&lt;script&gt;x&lt;/script&gt; \\| pipe" in md
    assert "**1. Patient:** &lt;b&gt;hi&lt;/b&gt;" in md
    assert "> line one\n>\n> &lt;script&gt;" in md


def test_no_misses():
    s, levels, matrix, results = run()
    ok = [r for r in results if r["id"] in ("v-ok", "v-chest")]
    md = report.render_markdown(score(ok), per_level(ok), confusion(ok), ok)
    assert "## Misses (0: 0 unsafe, 0 wrong but safe)" in md
    assert "Every vignette got an expected, safe disposition." in md


def test_json_report_is_strict_and_has_every_result_with_its_transcript():
    s, levels, matrix, results = run()
    text = report.render_json(s, levels, matrix, results, {"target": "fake"}, ["a warning"])

    def no_nan(name):
        raise AssertionError("non-standard JSON constant " + name)

    doc = json.loads(text, parse_constant=no_nan)
    assert list(doc["summary"]) == list(s)
    assert doc["summary"]["accuracy_pct"] == 40.0
    assert doc["per_level"][2]["accuracy_pct"] is None and math.isnan(levels[2]["accuracy_pct"])
    assert doc["confusion"]["gp_urgent"] == {"pharmacy": 1}
    assert doc["warnings"] == ["a warning"] and doc["meta"] == {"target": "fake"}
    assert [r["id"] for r in doc["results"]] == [v["id"] for v in SCENARIO]
    under = doc["results"][2]
    assert under["verdict"] == "UNSAFE" and under["miss"] is True
    assert [t["patient"] for t in under["transcript"]] == ["temperature for 5 days", "2", "no-payload"]
    assert under["transcript"][2]["bot"][1]["custom"]["disposition"] == "pharmacy"
    assert doc["results"][1]["miss"] is False


def test_console_lines():
    s, levels, matrix, results = run()
    assert report.console_row(results[2]).split()[:3] == ["v-under", "UNSAFE", "got"]
    lines = report.console_summary(s, levels)
    assert lines[-1] == ("accuracy 40.0%  safety 60.0%  emergency recall 50.0%  over-triage 20.0%  "
                         "advised 4/5")
    assert any(line.split() == ["3", "1", "0.0%", "0.0%"] for line in lines)
