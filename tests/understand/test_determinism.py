"""The same message is read the same way in every run: nothing may depend on Python's per-process
string hashing (set order), or a patient's advice would change from one server start to the next."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
READ_ALL = """
import glob, json, sys
from bot import assembly
read = assembly.understander().read
out = {}
for path in sorted(glob.glob("tests/data/*.jsonl")):
    for line in open(path):
        message = json.loads(line).get("message") or json.loads(line).get("text") or ""
        out[message] = sorted((f.symptom, f.context) for f in read(message).findings)
json.dump(out, sys.stdout)
"""


@pytest.mark.slow
def test_readings_do_not_depend_on_the_hash_seed():
    # both readers run at once: every message of every set, in about half the time of one after the other
    procs = [subprocess.Popen([sys.executable, "-c", READ_ALL], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, env={**os.environ, "PYTHONHASHSEED": seed})
             for seed in ("1", "7")]
    runs = []
    for proc in procs:
        out, err = proc.communicate()
        assert proc.returncode == 0, err[-2000:]
        runs.append(json.loads(out))
    assert len(runs[0]) > 1000
    assert [m for m in runs[0] if runs[0][m] != runs[1][m]] == []
