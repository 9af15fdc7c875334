"""Three-valued evaluation of rule conditions: True, False, or None (not known yet, can be asked).

A fact or finding the patient could not answer ("don't know") takes the cautious reading: the
condition holds, so the most urgent rule it could trigger decides.
"""
from __future__ import annotations

from copy import copy
from dataclasses import replace
from typing import Any

from bot.triage.case import Case
from bot.triage.content import Content, Question

# A condition's value and, when it is None, the question that would settle it.
Outcome = tuple[bool | None, Question | None]


class Evaluator:
    """Evaluates conditions for one case against the content."""

    def __init__(self, content: Content, case: Case):
        self.content = content
        self.present = self.closure(case.present())
        self.case = self._with_implied_facts(case)
        self.finding_durations: dict[str, float] = {}
        for fid, days in case.finding_durations.items():
            for implied in self.closure({fid}):
                self.finding_durations.setdefault(implied, days)
        self.rule_duration: float | None = None  # see about

    def about(self, triggers: tuple[str, ...]) -> Evaluator:
        """This evaluator for a rule that these findings triggered: its duration conditions read
        the longest duration told of one of them, where the message told findings' durations apart
        and one lasted longer than the case's ("a cold for days ... an ulcer for 4 weeks"); never
        shorter than the case's duration, which a time of day told beside a finding ("worse at
        night") is not."""
        told = [self.finding_durations[t] for t in triggers if t in self.finding_durations]
        base = self.case.duration_days
        duration = max(told) if told and (base is None or max(told) > base) else None
        if duration == self.rule_duration:
            return self  # the common case, no finding's own duration: no copy per rule
        view = copy(self)
        view.rule_duration = duration
        return view

    def _with_implied_facts(self, case: Case) -> Case:
        """The case with the sex and pregnancy that its findings make plain, where not given; never a
        pregnancy for a man or at an age no one is pregnant (such a finding was misread: "pass water ...
        dribbling" at 71)."""
        sexes = {self.content.sex_of[f] for f in self.present if f in self.content.sex_of}
        pregnant = bool(self.present & self.content.pregnancy_findings) and not self._cannot_be_pregnant(case)
        if (case.sex or len(sexes) != 1) and (case.pregnant is not None or not pregnant):
            return case
        return replace(case, sex=case.sex or (sexes.pop() if len(sexes) == 1 else None),
                       pregnant=True if case.pregnant is None and pregnant else case.pregnant)

    def closure(self, present: set[str]) -> set[str]:
        """The findings and every finding they imply."""
        todo, seen = list(present), set(present)
        while todo:
            for implied in self.content.implies.get(todo.pop(), ()):
                if implied not in seen:
                    seen.add(implied)
                    todo.append(implied)
        return seen

    def finding(self, fid: str) -> Outcome:
        if fid in self.present:
            return True, None
        if fid in self.case.findings:
            return False, None
        if fid in self.case.declined:
            return True, None
        question = self.content.finding_questions.get(fid)
        return (None, question) if question else (False, None)

    def _fact(self, slot: str) -> tuple[Any, Question | None]:
        """(value, None) when known or declined (value None then), else (None, question)."""
        value = self.rule_duration if slot == "duration" and self.rule_duration is not None else self.case.fact(slot)
        if value is not None or slot in self.case.declined:
            return value, None
        return None, self.content.fact_questions[slot]

    def _range(self, slot: str, bounds: dict) -> Outcome:
        value, ask = self._fact(slot)
        if ask:
            return None, ask
        if value is None:  # declined: cautious reading
            return True, None
        return (bounds.get("min", float("-inf")) <= value < bounds.get("under", float("inf"))), None

    @staticmethod
    def _cannot_be_pregnant(case: Case) -> bool:
        return case.sex == "male" or (case.age is not None and not 10 <= case.age < 60)

    def pregnant(self) -> Outcome:
        case = self.case
        if case.pregnant is not None:
            return case.pregnant, None
        if self._cannot_be_pregnant(case):
            return False, None
        if "pregnant" in case.declined:
            return True, None
        if case.sex is None and "sex" not in case.declined:
            return None, self.content.fact_questions["sex"]
        return None, self.content.fact_questions["pregnant"]

    def condition(self, cond: dict) -> Outcome:
        (kind, arg), = cond.items()
        if kind in ("any", "all", "none"):
            return self._group(kind, arg)
        if kind == "either":
            return self._either(arg)
        if kind in ("age", "duration_days"):
            return self._range("age" if kind == "age" else "duration", arg)
        if kind == "sex":
            value, ask = self._fact("sex")
            return (None, ask) if ask else (value is None or value == arg, None)
        if kind == "said":
            return any(fid in self.present for fid in arg), None
        if kind == "pregnancy_mentioned":  # never at an age or sex no one is pregnant: the word was misread
            return self.case.pregnant is True and not self._cannot_be_pregnant(self.case), None
        if kind == "pregnant":
            value, ask = self.pregnant()
            return (None, ask) if ask else (value == arg, None)
        raise ValueError(f"unknown condition {kind!r}")

    def _either(self, conds: list[dict]) -> Outcome:
        """True when one of the conditions holds; else the first question that could settle one."""
        outcomes = [self.condition(c) for c in conds]
        if any(value is True for value, _ in outcomes):
            return True, None
        ask = next((q for value, q in outcomes if value is None and q is not None), None)
        return (None, ask) if ask else (False, None)

    def _group(self, kind: str, ids: list[str]) -> Outcome:
        results = [self.finding(fid) for fid in ids]
        values = [v for v, _ in results]
        first_ask = next((q for v, q in results if v is None), None)
        if kind == "any":
            if True in values:
                return True, None
            return (False, None) if first_ask is None else (None, first_ask)
        if kind == "all":
            if False in values:
                return False, None
            return (True, None) if first_ask is None else (None, first_ask)
        # none
        if True in values:
            return False, None
        return (True, None) if first_ask is None else (None, first_ask)
