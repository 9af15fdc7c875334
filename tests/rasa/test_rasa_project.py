"""The Rasa project itself: data validates, and the end-to-end test stories pass on the model."""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def rasa(*args, cwd=ROOT, timeout=600):
    env = {**os.environ, "RASA_TELEMETRY_ENABLED": "false"}
    return subprocess.run([sys.executable, "-m", "rasa", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=timeout, env=env)


def test_rasa_data_validate():
    run = rasa("data", "validate", "--domain", "domain.yml", "--config", "config.yml",
               "--data", "data/nlu", "data/rules", "data/stories", "--fail-on-warnings")
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-4000:]


def test_end_to_end_stories(tmp_path):
    from bot.model import ensure_model

    model = ensure_model(quiet=True)
    run = rasa("test", "core", "--model", str(model), "--stories", str(Path(__file__).parent / "test_stories.yml"),
               "--out", str(tmp_path), "--no-plot")
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-4000:]
    failed = (tmp_path / "failed_test_stories.yml").read_text()
    assert "story:" not in failed, failed
