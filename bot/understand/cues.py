"""The cue lists of data/understand/*_cues.yml: the words live there, the logic that applies them here
(in the modules that import them), as in negspacy and medspaCy."""

from __future__ import annotations

from functools import cache
from pathlib import Path

CUES_DIR = Path(__file__).resolve().parents[2] / "data" / "understand"


@cache
def load_cues(name: str) -> dict:
    """The named lists of `CUES_DIR/<name>_cues.yml`, validated against the cue schema."""
    from bot.datafiles import load_yaml

    return load_yaml(CUES_DIR / f"{name}_cues.yml", CUES_DIR / "schema" / "cues.schema.json")


def word_set(cues: dict, key: str) -> frozenset[str]:
    """A list of single words, for membership tests."""
    return frozenset(cues[key])


def phrase_list(cues: dict, key: str) -> list[tuple[str, ...]]:
    """A list of phrases as word tuples, in the file's order."""
    return [tuple(p.split()) for p in cues[key]]


def phrase_products(cues: dict, key: str) -> list[str]:
    """Phrases made of one phrase from each list in turn, for every product of the named key
    ("legs", "arms" x "feel numb", "feels numb" -> "legs feel numb", ...)."""
    from itertools import product

    return [" ".join(parts) for lists in cues[key] for parts in product(*lists)]


def by_sex(cues: dict, key: str) -> dict[str, str | None]:
    """A list split by the sex its words tell, as word -> "male" / "female" / None."""
    split = cues[key]
    return {w: (None if sex == "either" else sex) for sex in ("male", "female", "either") for w in split[sex]}
