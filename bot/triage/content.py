"""The clinical content: dispositions, questions and rules, loaded from data/triage/ and checked."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from bot.datafiles import DataFileError, content_parts, fail_at, load_yaml
from bot.implied_facts import IMPLIED_FACTS_FILE, load_implied_facts
from bot.triage.care import CareAdvice, load_care


@dataclass(frozen=True)
class Disposition:
    code: str
    level: int
    title: str
    safety_net: str
    # the named services a rule of this disposition may point to: tag -> plain name
    services: dict[str, str] = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class Rule:
    id: str
    disposition: Disposition
    if_any: tuple[str, ...]
    conditions: tuple[dict, ...]
    reason: str
    safety_net: str | None = None
    accounts_for: tuple[str, ...] = ()  # findings its advice already covers (self-care with a lump)
    service: str | None = None  # the named service that fits (one of the disposition's services)
    background: bool = False  # a known long-term condition's review: decides only when nothing else is said


def named_findings(conditions, keys: tuple[str, ...] = ("any", "all", "none", "said")):
    """Every finding id that rule conditions name under `keys`, inside `either` too."""
    for cond in conditions:
        for key in keys:
            yield from cond.get(key, ())
        yield from named_findings(cond.get("either", ()), keys)


@dataclass(frozen=True)
class Question:
    slot: str
    text: str
    buttons: tuple[str, ...] = ()
    finding: str | None = None
    you: str | None = None  # the text for a patient writing about themselves, where it differs



def _fallback(data: dict, key: str, path: Path, r_path: Path, dispositions: dict[str, Disposition]) -> Rule | None:
    """The fallback rule under `key` of a rules file (rules.yml alone may have one), checked."""
    fb = data.get(key)
    if fb is None:
        return None
    if path != r_path:
        raise fail_at(path, [key], f"the fallbacks belong in {r_path} alone")
    if fb["disposition"] not in dispositions:
        raise fail_at(path, [key], f"unknown disposition '{fb['disposition']}'")
    return Rule(key, dispositions[fb["disposition"]], (), (), fb["reason"], fb.get("safety_net"))

@dataclass
class Content:
    dispositions: dict[str, Disposition]
    rules: list[Rule]
    fallback: Rule
    fact_questions: dict[str, Question]
    finding_questions: dict[str, Question]
    labels: dict[str, str]
    implies: dict[str, tuple[str, ...]] = field(default_factory=dict)
    sex_of: dict[str, str] = field(default_factory=dict)
    pregnancy_findings: frozenset[str] = frozenset()
    red_flags: frozenset[str] = frozenset()  # findings marked red_flag in the lexicon
    care: dict[str, tuple[CareAdvice, ...]] = field(default_factory=dict)  # rule id -> care advice (care.py)
    # the gentler fallback for a problem of long standing, and from how many days it applies
    long_standing: tuple[Rule, float] | None = None
    ongoing: frozenset[str] = frozenset()  # lasting conditions and regular medicines (marked ongoing)

    @classmethod
    def load(cls, directory: Path | str) -> "Content":
        """Load and cross-check every file; a bad file raises DataFileError naming file and line."""
        d = Path(directory)
        schema = d / "schema"
        symptoms: list[dict] = []
        for path in content_parts(d, "symptoms"):
            symptoms += load_yaml(path).get("symptoms") or []
        labels = {s["id"]: s.get("label", s["id"]) for s in symptoms}
        implies = {s["id"]: tuple(s.get("implies") or ()) for s in symptoms}

        disp = load_yaml(d / "dispositions.yml", schema / "dispositions.schema.json")
        dispositions = {x["code"]: Disposition(**x) for x in disp["dispositions"]}

        q_path = d / "questions.yml"
        facts: dict[str, Question] = {}
        findings: dict[str, Question] = {}
        for path in content_parts(d, "questions"):
            q = load_yaml(path, schema / "questions.schema.json")
            facts.update((x["slot"], Question(x["slot"], x["text"], tuple(x.get("buttons") or ()), you=x.get("you")))
                         for x in q.get("facts") or ())
            for i, x in enumerate(q["findings"]):
                if x["finding"] not in labels:
                    raise fail_at(path, ["findings", i], f"unknown finding '{x['finding']}'")
                if x["finding"] in findings:
                    raise fail_at(path, ["findings", i], f"second question for '{x['finding']}'")
                findings[x["finding"]] = Question("q_" + x["finding"], x["text"], ("Yes", "No", "Not sure"),
                                                  finding=x["finding"], you=x.get("you"))

        r_path = d / "rules.yml"
        rules, seen, fallback = [], set(), None
        long_standing: tuple[Rule, float] | None = None
        files = [(path, load_yaml(path, schema / "rules.schema.json")) for path in content_parts(d, "rules")]
        shared = _shared_conditions(files)
        for path, r in files:
            for i, x in enumerate(r["rules"]):
                where = ["rules", i]
                if x["id"] in seen:
                    raise fail_at(path, where, f"duplicate rule id '{x['id']}'")
                seen.add(x["id"])
                if x["disposition"] not in dispositions:
                    raise fail_at(path, where, f"unknown disposition '{x['disposition']}'")
                try:
                    x = {**x, "conditions": [_expand(c, shared) for c in x.get("conditions") or ()]}
                except KeyError as e:
                    raise fail_at(path, where, f"rule '{x['id']}': unknown shared condition {e}") from None
                for fid in _finding_ids(x):
                    if fid not in labels:
                        raise fail_at(path, where, f"rule '{x['id']}': unknown finding '{fid}'")
                named = dispositions[x["disposition"]].services
                if "service" in x and x["service"] not in named:
                    raise fail_at(path, where, f"rule '{x['id']}': unknown service '{x['service']}' for "
                                               f"{x['disposition']} (known: {', '.join(sorted(named)) or 'none'})")
                rules.append(Rule(x["id"], dispositions[x["disposition"]], tuple(x["if_any"]),
                                  tuple(x.get("conditions") or ()), x["reason"], x.get("safety_net"),
                                  tuple(x.get("accounts_for") or ()), x.get("service"), bool(x.get("background"))))
            fallback = _fallback(r, "fallback", path, r_path, dispositions) or fallback
            ls = _fallback(r, "long_standing_fallback", path, r_path, dispositions)
            if ls is not None:
                long_standing = (ls, float(r["long_standing_fallback"]["min_days"]))
        if fallback is None:
            raise DataFileError(f"{r_path}: no fallback rule")
        # Most urgent first; file order within a level (sorted() is stable).
        rules = sorted(rules, key=lambda rule: -rule.disposition.level)
        implied = load_implied_facts(d, required=True)
        for fid in [*implied.sex_of, *implied.pregnant]:
            if fid not in labels:
                raise DataFileError(f"{d / IMPLIED_FACTS_FILE}: unknown finding '{fid}'")
        missing = [f for f in ("age", "sex", "pregnant", "duration", "postcode") if f not in facts]
        if missing:
            raise DataFileError(f"{q_path}: no question for the facts {missing}")
        care = load_care(d / "care_advice.yml", schema / "care_advice.schema.json", rules)
        return cls(dispositions, rules, fallback, facts, findings, labels, implies,
                   implied.sex_of, implied.pregnant, frozenset(s["id"] for s in symptoms if s.get("red_flag")),
                   care, long_standing, frozenset(s["id"] for s in symptoms if s.get("ongoing")))


def _shared_conditions(files: list[tuple[Path, dict]]) -> dict[str, dict]:
    """The conditions named under `shared_conditions` in every rules file (a name used once)."""
    shared: dict[str, dict] = {}
    for path, r in files:
        for name, cond in (r.get("shared_conditions") or {}).items():
            if name in shared:
                raise fail_at(path, ["shared_conditions", name], f"shared condition '{name}' named twice")
            shared[name] = cond
    return shared


def _expand(cond: dict, shared: dict[str, dict], using: tuple[str, ...] = ()) -> dict:
    """A rule condition with every {shared: name} replaced by the condition of that name."""
    if "shared" in cond:
        name = cond["shared"]
        if name in using:
            raise KeyError(f"{name} (it names itself)")
        return _expand(shared[name], shared, (*using, name))
    if "either" in cond:
        return {"either": [_expand(c, shared, using) for c in cond["either"]]}
    return cond


def _finding_ids(rule: dict) -> list[str]:
    return [*rule["if_any"], *rule.get("accounts_for", ()), *named_findings(rule.get("conditions") or ())]
