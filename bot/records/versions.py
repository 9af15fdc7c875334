"""The versions a record was decided with: the Rasa model (named by a hash of its training inputs)
and the clinical content (a hash of data/triage/ and the service catalogue)."""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from bot.settings import ROOT, settings


def tree_hash(*paths: Path, root: Path = ROOT) -> str:
    """sha256 over the files' paths (relative where possible) and bytes: the first 12 hex digits."""
    digest = hashlib.sha256()
    for path in paths:
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path] if path.exists() else []
        for f in files:
            try:
                name = str(f.relative_to(root))
            except ValueError:
                name = str(f.relative_to(path)) if path.is_dir() else f.name
            digest.update(name.encode())
            digest.update(f.read_bytes())
    return digest.hexdigest()[:12]


@lru_cache(maxsize=None)
def content_version() -> str:
    s = settings()
    return tree_hash(s.data_dir / "triage", s.catalogue_dir, s.data_dir / "services" / "dispositions.yml")


@lru_cache(maxsize=None)
def model_version() -> str:
    from bot.model import fingerprint

    return f"bot-{fingerprint()}"
