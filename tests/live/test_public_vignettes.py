"""The real servers, judged by the public evaluator over HTTP (../shared/eval/triage_eval.py).

Thresholds are those of the foundation and understanding issues; the figures themselves are
recorded in docs/evaluation.md."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EVALUATOR = ROOT.parent / "shared" / "eval" / "triage_eval.py"
VIGNETTES = ROOT / "tests" / "data" / "vignettes-public.jsonl"


@pytest.mark.skipif(not EVALUATOR.exists(), reason="../shared/eval/triage_eval.py is not beside the repository")
def test_public_vignettes_over_http(live_stack, tmp_path):
    out = tmp_path / "eval.json"
    run = subprocess.run([sys.executable, str(EVALUATOR), str(VIGNETTES), "--url", live_stack.rasa_url,
                          "--token", live_stack.token, "--json", str(out), "--quiet"],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    summary = json.loads(out.read_text())["summary"]
    assert summary["errors"] == 0 and summary["advised"] == summary["vignettes"]
    assert summary["emergency_recall_pct"] == 100.0
    assert summary["safety_pct"] == 100.0, run.stdout
    assert summary["accuracy_pct"] >= 90.0, run.stdout
    assert summary["over_triage_pct"] <= 10.0, run.stdout
