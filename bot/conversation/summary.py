"""'What you told us': the summary that ends every triage, with the reference number.

Plain words: who, age, the main problem and how long, what the patient said yes, no and not sure
to, the advice with its timeframe, the services and the reference. Sent after the advice as its
own message (text for every channel, and a `custom` payload `{"summary": ..., "reference": ...}`
without a disposition code, so no consumer of the contract's advice payload mistakes it for
advice). The texts are in data/conversation/summary.yml.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.conversation.state import ConversationState
from bot.datafiles import DataFileError, load_yaml
from bot.triage import Content, Decision

FACTS = ("age", "sex", "pregnant", "duration")
LINES = ("about", "age", "pregnant", "main_problem", "no_problem", "duration", "said_yes", "said_no", "not_sure",
         "advice", "timeframe", "services", "reference")


def load(path: Path | str) -> dict:
    """The summary's texts, checked when the bot starts (never at a patient's turn)."""
    texts = dict(load_yaml(Path(path)))
    wanted = {"heading": ["heading"], "who": [f"who.{k}" for k in ("self", "child", "other", "unknown")],
              "lines": [f"lines.{k}" for k in LINES], "facts": [f"facts.{k}" for k in FACTS],
              "timeframes": [f"timeframes.by_level.{n}" for n in range(6)] + ["timeframes.by_disposition"]}
    for keys in wanted.values():
        for key in keys:
            node: Any = texts
            for part in key.split("."):
                node = node.get(int(part) if part.isdigit() else part) if isinstance(node, dict) else None
            if node is None:
                raise DataFileError(f"{path}: no '{key}'")
    return texts


def _age(age: float | None) -> str | None:
    if age is None:
        return None
    if age >= 2:
        return f"{int(age)}"
    months = round(age * 12)
    if months >= 2:
        return f"{months} months"
    weeks = max(1, round(age * 52))
    return f"{weeks} week" + ("s" if weeks != 1 else "")


def _duration(days: float | None) -> str | None:
    if days is None:
        return None
    if days < 1:
        return "less than a day"
    for unit, size in (("month", 30.0), ("week", 7.0)):
        if days >= 2 * size:
            n = round(days / size)
            return f"about {n} {unit}s"
    n = round(days)
    return f"{n} day" + ("s" if n != 1 else "")


def _items(values: list[str]) -> str:
    return ", ".join(values)


def summary(state: ConversationState, decision: Decision, services: list[dict], reference: str,
            content: Content, texts: dict) -> dict:
    """The summary as data (for the widget's Print/Copy/Share) with its plain-words `lines`."""
    case, labels, lines_t = state.case, content.labels, texts["lines"]
    label = lambda f: labels.get(f, f.replace("_", " "))  # noqa: E731
    problem = [label(f) for f in decision.triggers]
    present = sorted(case.present())
    said_yes = [label(f) for f in present if f not in decision.triggers]
    said_no = sorted(label(f) for f, yes in case.findings.items() if not yes)
    asked = set(state.asked)
    not_sure = sorted(label(f) for f in case.declined if "q_" + f in asked)
    not_sure += [texts["facts"][f] for f in FACTS if f in case.declined and f in asked]
    who = texts["who"].get(state.subject or "unknown", texts["who"]["unknown"])
    disposition = decision.disposition
    timeframe = texts["timeframes"]["by_disposition"].get(disposition.code) \
        or texts["timeframes"]["by_level"][disposition.level]
    age = _age(case.age)
    # the main problem's own duration where the message told it apart ("prostate trouble for years ... since last
    # night not a drop": less than a day), else the case's
    told = [case.finding_durations[f] for f in decision.triggers if f in case.finding_durations]
    duration = _duration(max(told) if told and len(told) == len(decision.triggers) else case.duration_days)
    kept = [{k: s[k] for k in ("name", "address", "phone") if s.get(k)} for s in services]

    about = [lines_t["about"].format(who=who)]
    if age:
        about.append(lines_t["age"].format(age=age))
    if case.sex:
        about.append(case.sex)
    if case.pregnant:
        about.append(lines_t["pregnant"])
    main = lines_t["main_problem"].format(problem=_items(problem)) if problem else lines_t["no_problem"]
    if problem and duration:
        main += " " + lines_t["duration"].format(duration=duration)
    lines = [texts["heading"].format(reference=reference), ", ".join(about), main]
    for key, items in (("said_yes", said_yes), ("said_no", said_no), ("not_sure", not_sure)):
        if items:
            lines.append(lines_t[key].format(items=_items(items)))
    lines.append(lines_t["advice"].format(title=disposition.title))
    lines.append(lines_t["timeframe"].format(timeframe=timeframe))
    if kept:
        lines.append(lines_t["services"].format(
            items="; ".join(", ".join(v for v in (s.get("name"), s.get("phone")) if v) for s in kept)))
    lines.append(lines_t["reference"].format(reference=reference))
    return {"reference": reference, "who": who, "age": age, "sex": case.sex, "pregnant": case.pregnant,
            "main_problem": problem, "duration": duration, "said_yes": said_yes, "said_no": said_no,
            "not_sure": not_sure,
            "advice": {"disposition": disposition.code, "level": disposition.level, "title": disposition.title,
                       "timeframe": timeframe},
            "services": kept, "lines": lines}


def messages(state: ConversationState, decision: Decision, services: list[dict], reference: str,
             content: Content, texts: dict) -> list[dict]:
    """The summary as a text message (every channel) and a custom payload (the widget)."""
    data = summary(state, decision, services, reference, content, texts)
    return [{"text": "\n".join(data["lines"])}, {"custom": {"summary": data, "reference": reference}}]
