"""Train the Rasa model only when its inputs changed: the model is named by a hash of them."""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from bot.settings import ROOT

INPUTS = ("config.yml", "domain.yml", "data/nlu", "data/rules", "data/stories", "bot/components")


def fingerprint(root: Path = ROOT) -> str:
    """sha256 over the training inputs' paths and bytes (first 12 hex digits)."""
    digest = hashlib.sha256()
    for name in INPUTS:
        path = root / name
        if not path.exists():
            continue
        files = sorted(p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts) \
            if path.is_dir() else [path]
        for f in files:
            digest.update(str(f.relative_to(root)).encode())
            digest.update(f.read_bytes())
    return digest.hexdigest()[:12]


def ensure_model(root: Path = ROOT, quiet: bool = False) -> Path:
    """The trained model for the current inputs, training it first if there is none."""
    name = f"bot-{fingerprint(root)}"
    model = root / "models" / f"{name}.tar.gz"
    if model.exists():
        return model
    if not quiet:
        print(f"Training the Rasa model ({name}); this takes a minute or two...", flush=True)
    return train(root, root / "models", name, quiet)


def train(root: Path, out: Path, name: str, quiet: bool = False) -> Path:
    """Train the model of the project at `root` into `out`/`name`.tar.gz (the benchmark times this)."""
    cmd = [sys.executable, "-m", "rasa", "train", "--fixed-model-name", name, "--out", str(out),
           "--config", "config.yml", "--domain", "domain.yml", "--data", "data/nlu", "data/rules", "data/stories"]
    env = {**os.environ, "RASA_TELEMETRY_ENABLED": "false"}
    subprocess.run(cmd, cwd=root, check=True, env=env,
                   stdout=subprocess.DEVNULL if quiet else None)
    return out / f"{name}.tar.gz"


if __name__ == "__main__":
    print(ensure_model())
