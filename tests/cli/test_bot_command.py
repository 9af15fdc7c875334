"""The `bot` command: validate names a bad data file; chat works in-process from stdin."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def bot(*args, stdin="", env=None):
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], cwd=ROOT, input=stdin,
                          capture_output=True, text=True, timeout=120, env={**os.environ, **(env or {})})


def test_validate_accepts_the_real_data():
    run = bot("validate")
    assert run.returncode == 0 and "data OK" in run.stdout


def test_validate_names_the_bad_file_and_line(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    rules = data / "triage" / "rules.yml"
    rules.write_text(rules.read_text().replace("disposition: emergency_dental", "disposition: emergency_dentist", 1))
    run = bot("validate", env={"BOT_DATA_DIR": str(data)})
    assert run.returncode == 1
    assert "rules.yml:" in run.stderr and "emergency_dentist" in run.stderr


def test_validate_rejects_an_unknown_service_in_a_rule_or_the_catalogue(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    rules = data / "triage" / "rules.yml"
    text = rules.read_text()
    rules.write_text(text.replace("service: podiatry", "service: chiropody", 1))
    run = bot("validate", env={"BOT_DATA_DIR": str(data)})
    assert run.returncode == 1 and "rules.yml:" in run.stderr and "unknown service 'chiropody'" in run.stderr
    rules.write_text(text)
    curated = data / "services" / "dgs" / "curated.yml"
    curated.write_text(curated.read_text().replace("service: lymphoedema", "service: lymphedema", 1))
    run = bot("validate", env={"BOT_DATA_DIR": str(data)})
    assert run.returncode == 1 and "dgs-lymphoedema" in run.stderr and "lymphedema" in run.stderr


def test_chat_reads_stdin_and_gives_advice():
    run = bot("chat", stdin="my dad's face has dropped and he can't lift his arm\n")
    assert run.returncode == 0
    assert "Call 999 now" in run.stdout and "call_999" in run.stdout
