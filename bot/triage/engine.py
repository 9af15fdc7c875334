"""The triage engine: the next question worth asking, or the disposition and why."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bot.triage.care import CareAdvice, choose
from bot.triage.case import Case
from bot.triage.conditions import Evaluator
from bot.triage.content import Content, Disposition, Question, Rule, named_findings


@dataclass(frozen=True)
class Ask:
    """Ask this question next; `rule` is the rule that needs the answer (for the audit trail)."""

    question: Question
    rule: str


@dataclass(frozen=True)
class Decision:
    """The disposition, the rule that decided it, and the findings that triggered it."""

    rule: Rule
    triggers: tuple[str, ...]

    @property
    def disposition(self) -> Disposition:
        return self.rule.disposition

    @property
    def level(self) -> int:
        return self.rule.disposition.level


def _about_pregnancy(cond: dict) -> bool:
    """A condition on a pregnancy being mentioned, alone or as one choice of an `either`."""
    (kind, arg), = cond.items()
    return kind == "pregnancy_mentioned" or (kind == "either" and any(_about_pregnancy(c) for c in arg))


class Triage:
    """Deterministic triage over the rules in data/triage/ (no machine learning here)."""

    def __init__(self, content: Content):
        self.content = content
        self.rules_about: dict[str, list[Rule]] = {}
        for rule in content.rules:
            for fid in rule.if_any:
                self.rules_about.setdefault(fid, []).append(rule)

    @classmethod
    def load(cls, directory: Path | str) -> "Triage":
        return cls(Content.load(directory))

    def decide(self, case: Case) -> Ask | Decision | None:
        """Walk the rules from most to least urgent: the first that holds decides; the first
        that needs an unknown fact asks for it; a self-care rule decides only when it accounts for
        everything said (or everything but lasting conditions told as background, when no other rule
        accounts for those), and a background rule (a known condition's review) only when nothing else
        was said. None when no finding is present at all."""
        ev = Evaluator(self.content, case)
        if not ev.present:
            return None
        unexplained_by_self_care: Decision | None = None
        # a self-care rule that leaves only lasting conditions told as background unexplained (a nosebleed in
        # someone with diabetes): it decides if no later rule accounts for those too (a cold with COPD)
        beside_lasting: Decision | None = None
        lasting = ev.closure(ev.present & self.content.ongoing) - self.content.red_flags
        # what a rule that left a red flag unexplained was about (its triggers and the red flags), and its fallback
        red_flags_left: tuple[set[str], Decision] | None = None
        for rule in self.content.rules:
            triggers = tuple(f for f in rule.if_any if f in ev.present)
            if not triggers:
                continue
            if rule.background and self._said_besides(ev, rule, triggers):
                continue  # "I've got angina" beside constipation: the constipation decides
            about = ev.about(triggers)
            outcomes = [about.condition(c) for c in rule.conditions]
            if any(value is False for value, _ in outcomes):
                continue
            ask = next((q for value, q in outcomes if value is None), None)
            if ask is not None:
                return Ask(ask, rule.id)
            if rule.disposition.level == 0:
                unexplained = self._unexplained(ev, rule, triggers)
                if unexplained:
                    # another self-care rule may account for everything ("a red patch on the eye after
                    # a coughing fit"); if none does, the first one's fallback stands
                    if lasting.issuperset(unexplained):
                        beside_lasting = beside_lasting or Decision(rule, triggers)
                    else:
                        unexplained_by_self_care = unexplained_by_self_care or Decision(self.content.fallback, unexplained)
                    continue
            if rule.disposition.level < self.content.fallback.disposition.level:
                red_flags = self._unexplained(ev, rule, triggers, self.content.red_flags)
                if red_flags:
                    # a later rule may account for them and for what this one was about ("very sleepy"
                    # and hay fever on Piriton); if none does, the fallback stands
                    red_flags_left = red_flags_left or ({*triggers, *red_flags}, Decision(self.content.fallback, red_flags))
                    continue
                if red_flags_left and not red_flags_left[0] <= self._explained(ev, rule, triggers):
                    continue
            return Decision(rule, triggers)
        if red_flags_left:
            return red_flags_left[1]
        return beside_lasting or unexplained_by_self_care or self.fallback(case, ev.present)

    def fallback(self, case: Case, present: set[str] | frozenset[str] = frozenset()) -> Decision:
        """No rule decides: 111, or the GP for a problem of long standing when no red flag is
        present and no pregnancy is mentioned (111 sends those to the GP too)."""
        if self.content.long_standing is not None:
            rule, min_days = self.content.long_standing
            if (case.duration_days is not None and case.duration_days >= min_days and case.pregnant is not True
                    and not present & (self.content.red_flags | self.content.pregnancy_findings)):
                return Decision(rule, tuple(sorted(present)))
        return Decision(self.content.fallback, tuple(sorted(present)))

    @staticmethod
    def _explained(ev: Evaluator, rule: Rule, triggers: tuple[str, ...]) -> set[str]:
        """What a rule's decision covers: its triggers, what its advice accounts for, and what they imply."""
        return ev.closure({*triggers, *rule.accounts_for})

    def _said_besides(self, ev: Evaluator, rule: Rule, triggers: tuple[str, ...]) -> bool:
        """Something a rule knows about, other than a lasting condition, was said beside what this rule is about."""
        return any(fid in self.rules_about and fid not in self.content.ongoing
                   for fid in ev.present - self._explained(ev, rule, triggers))

    def _unexplained(self, ev: Evaluator, rule: Rule, triggers: tuple[str, ...],
                     among: frozenset[str] | None = None) -> tuple[str, ...]:
        """Findings beside a decision that could need more (a rule about them sends people
        somewhere) but that no rule decides. Self-care is safe only when it accounts for everything
        the patient said; nothing below the fallback is safe while a red flag (`among`) is
        unexplained: a hard bump in pregnancy is not left to the pharmacist for the heartburn."""
        explained = self._explained(ev, rule, triggers)
        out = []
        for fid in sorted(ev.present - explained):
            if among is not None and fid not in among:
                continue
            # a rule for pregnancy alone says nothing of an everyday finding (a fall) when no pregnancy
            # is mentioned; a red flag of pregnancy (a hard bump) still needs more
            about = [r for r in self.rules_about.get(fid, ()) if fid in self.content.red_flags
                     or not any(ev.condition(c) == (False, None) for c in r.conditions if _about_pregnancy(c))]
            if any(r.disposition.level >= 2 for r in about) and not any(
                    all(ev.condition(c)[0] is True for c in r.conditions) for r in about):
                out.append(fid)
        return tuple(out)

    def care(self, decision: Decision, case: Case) -> CareAdvice | None:
        """The care advice for a self-care or pharmacy decision (what to do, buy, when to get help)."""
        return choose(self.content.care.get(decision.rule.id, ()), decision.triggers, case.age)

    def reasons(self, decision: Decision, case: Case | None = None) -> list[str]:
        """The plain-words explanation: the rule's reason, what the patient told us, and what
        they could not answer (so the cautious reading was taken)."""
        labels = self.content.labels
        reasons = [decision.rule.reason]
        if decision.triggers:
            reasons.append("From what you told me: " + ", ".join(labels.get(f, f) for f in decision.triggers) + ".")
        unsure = sorted({labels.get(f, f) for f in named_findings(decision.rule.conditions, ("any", "all", "none"))
                         if case is not None and f in case.declined})
        if unsure:
            reasons.append("You were not sure about: " + ", ".join(unsure) + ", so I have taken the safer view.")
        return reasons
