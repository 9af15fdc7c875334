"""Load and validate the symptom lexicon (data/triage/symptoms.yml and data/triage/symptoms/*.yml).

A bad file raises :class:`LexiconError` whose message starts with ``file:line:`` so the
author can find the mistake.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import jsonschema

from bot.datafiles import DataFileError, content_parts, line_of, load_yaml
from bot.implied_facts import load_implied_facts

SCHEMA_PATH = Path("schema") / "symptoms.schema.json"
LEXICON_FILE = "symptoms.yml"
FINDING_REF = "@"  # a near word group's entry "@<id>": any match of that finding ({finding: <id>} in the file)


def finding_ref(word: str) -> str | None:
    """The finding a near word group's entry stands for, or None for a word or phrase."""
    return word[len(FINDING_REF):] if word.startswith(FINDING_REF) else None


class LexiconError(DataFileError):
    """The lexicon is missing, malformed or inconsistent (one of the project's data-file errors)."""

    def __init__(self, path: Path | str, line: int | None, message: str):
        self.path = str(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class Symptom:
    id: str
    label: str
    terms: tuple[str, ...] = ()
    near: tuple[tuple[tuple[str, ...], ...], ...] = ()  # patterns of word groups; "@<id>" is another finding
    near_windows: tuple[int | None, ...] = ()  # per near pattern, its own span (None: near_window)
    near_sentences: tuple[int, ...] = ()  # per near pattern, how many sentences in a row it may span
    near_window: int | None = None  # tokens a near match may span (None: the reader's default)
    near_unless: frozenset[str] = frozenset()  # words that void a near match they stand inside or just after
    implies: tuple[str, ...] = ()
    red_flag: bool = False
    scene: bool = False  # about the situation, whoever it is said of ("he has a knife ... our mum")
    keeps_inner_terms: bool = False  # its near matches do not hide other findings' terms inside them
    ongoing: bool = False  # a lasting condition or device: "had a stent put in years ago" is still the patient's
    child: bool = False  # only ever a child's ("a child has swallowed tablets"): a child named is the patient
    sex: str | None = None  # only one sex can have it (implied_facts.yml): never someone's of the other sex
    contact: str | None = None  # the patient's finding when someone else has this (an infection)
    refers_back: tuple[tuple[str, str], ...] = ()  # said of "it": (earlier finding, what this becomes)
    path: Path = Path()
    index: int = 0  # position in its file's list, to name the line of an error


@dataclass
class Lexicon:
    path: Path
    version: int
    symptoms: dict[str, Symptom] = field(default_factory=dict)

    @property
    def red_flags(self) -> set[str]:
        return {s.id for s in self.symptoms.values() if s.red_flag}

    def implied_closure(self, sid: str) -> set[str]:
        """``sid`` and every id it implies, transitively."""
        out: set[str] = set()
        stack = [sid]
        while stack:
            cur = stack.pop()
            if cur in out:
                continue
            out.add(cur)
            sym = self.symptoms.get(cur)
            if sym:
                stack.extend(sym.implies)
        return out

    def implied_by(self, sid: str) -> set[str]:
        """Every id whose closure contains ``sid`` (excluding ``sid`` itself)."""
        return {o for o in self.symptoms if o != sid and sid in self.implied_closure(o)}


def load_schema(lexicon_dir: Path) -> dict:
    schema_file = lexicon_dir / SCHEMA_PATH
    if not schema_file.exists():  # fall back to the copy next to this module's data dir
        schema_file = Path(__file__).resolve().parents[2] / "data" / "triage" / SCHEMA_PATH
    with open(schema_file, encoding="utf-8") as fh:
        return json.load(fh)


def load_lexicon(lexicon_dir: Path | str) -> Lexicon:
    """The lexicon of `lexicon_dir`: symptoms.yml and every file under symptoms/ (ids unique across all).

    A file's `phrasings` add terms and `near` patterns to a finding defined in any file, so a body-system
    file extends a finding rather than duplicating it."""
    lexicon_dir = Path(lexicon_dir)
    if lexicon_dir.is_file():
        paths, lexicon_dir = [lexicon_dir], lexicon_dir.parent
    else:
        paths = content_parts(lexicon_dir, LEXICON_FILE.removesuffix(".yml"))
    validator = jsonschema.Draft7Validator(load_schema(lexicon_dir))
    lex: Lexicon | None = None
    phrasings: list[tuple[Path, int, dict]] = []
    for path in paths:
        data = _read(path)
        errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            err = errors[0]
            where = "/".join(str(p) for p in err.absolute_path) or "(top level)"
            raise LexiconError(path, line_of(path, list(err.absolute_path)), f"{where}: {err.message}")
        if lex is None:
            lex = Lexicon(path=path, version=int(data["version"]))
        _add_symptoms(lex, path, data)
        phrasings += [(path, i, item) for i, item in enumerate(data.get("phrasings", []) or [])]
    assert lex is not None
    for path, i, item in phrasings:
        _add_phrasings(lex, path, i, item)
    _add_sexes(lex, lexicon_dir)
    for sym in lex.symptoms.values():
        refs = [r for pattern in sym.near for group in pattern for w in group if (r := finding_ref(w))]
        for target in [*sym.implies, *([sym.contact] if sym.contact else []), *(x for pair in sym.refers_back for x in pair),
                       *refs]:
            if target not in lex.symptoms or target == sym.id:
                problem = f"names unknown finding {target!r}" if target != sym.id else "names itself"
                raise LexiconError(sym.path, line_of(sym.path, ["symptoms", sym.index]), f"{sym.id}: {problem}")
        for ref in refs:  # one step only: a named finding is read before the patterns that name it
            if any(finding_ref(w) for pattern in lex.symptoms[ref].near for group in pattern for w in group):
                raise LexiconError(sym.path, line_of(sym.path, ["symptoms", sym.index]),
                                   f"{sym.id}: names {ref!r}, which itself names a finding in a near pattern")
    return lex


def _add_sexes(lex: Lexicon, lexicon_dir: Path) -> None:
    """Mark each finding only one sex can have, from the implied facts beside the lexicon."""
    for sid, sex in load_implied_facts(lexicon_dir).sex_of.items():
        if sid in lex.symptoms:
            lex.symptoms[sid] = replace(lex.symptoms[sid], sex=sex)


def _read(path: Path) -> Any:
    if not path.exists():
        raise LexiconError(path, None, "symptom lexicon not found")
    try:
        data = load_yaml(path)
    except DataFileError as exc:
        raise LexiconError(path, None, f"invalid YAML: {exc}") from exc
    if data is None:
        raise LexiconError(path, 1, "file is empty")
    return data


def _near(item: dict) -> tuple[tuple[tuple[tuple[str, ...], ...], ...], tuple[int | None, ...], tuple[int, ...]]:
    """The near patterns' word groups, each pattern's own span (None: the finding's), and how many
    sentences in a row each may span (what happened told in one, what it did in the next)."""
    def word(w: Any) -> str:
        return FINDING_REF + str(w["finding"]) if isinstance(w, dict) else str(w)
    patterns = item.get("near", []) or []
    groups = [p["groups"] if isinstance(p, dict) else p for p in patterns]
    windows = tuple(p["within"] if isinstance(p, dict) else None for p in patterns)
    sentences = tuple(int(p.get("sentences", 1)) if isinstance(p, dict) else 1 for p in patterns)
    return tuple(tuple(tuple(word(w) for w in group) for group in pattern) for pattern in groups), windows, sentences


def _add_phrasings(lex: Lexicon, path: Path, i: int, item: dict) -> None:
    sid = str(item["id"])
    sym = lex.symptoms.get(sid)
    if sym is None:
        raise LexiconError(path, line_of(path, ["phrasings", i]), f"phrasings for unknown finding {sid!r}")
    terms = tuple(str(t) for t in item.get("terms", []) or [])
    near, windows, sentences = _near(item)
    lex.symptoms[sid] = replace(sym, terms=sym.terms + terms, near=sym.near + near, near_windows=sym.near_windows + windows,
                                near_sentences=sym.near_sentences + sentences)


def _add_symptoms(lex: Lexicon, path: Path, data: Any) -> None:
    for i, item in enumerate(data.get("symptoms", []) or []):
        sid = str(item["id"])
        if sid in lex.symptoms:
            raise LexiconError(path, line_of(path, ["symptoms", i]), f"duplicate symptom id {sid!r}")
        near, windows, sentences = _near(item)
        lex.symptoms[sid] = Symptom(
            id=sid,
            label=str(item["label"]),
            terms=tuple(str(t) for t in item.get("terms", []) or []),
            near=near,
            near_windows=windows,
            near_sentences=sentences,
            near_window=item.get("near_window"),
            near_unless=frozenset(str(w) for w in item.get("near_unless", []) or []),
            implies=tuple(str(x) for x in item.get("implies", []) or []),
            red_flag=bool(item.get("red_flag", False)),
            scene=bool(item.get("scene", False)),
            keeps_inner_terms=bool(item.get("keeps_inner_terms", False)),
            ongoing=bool(item.get("ongoing", False)),
            child=bool(item.get("child", False)),
            contact=item.get("contact"),
            refers_back=tuple((str(k), str(v)) for k, v in (item.get("refers_back") or {}).items()),
            path=path,
            index=i,
        )
