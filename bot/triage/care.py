"""Care advice for self-care and pharmacy decisions: what to do, what to buy, when to get help,
and the NHS website's page it is taken from (data/triage/care_advice.yml)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from bot.datafiles import fail_at, load_yaml

if TYPE_CHECKING:
    from bot.triage.content import Rule

CARE_DISPOSITIONS = ("self_care", "pharmacy")  # the advice is for looking after yourself


@dataclass(frozen=True)
class CareAdvice:
    condition: str  # the NHS page's name for it, for the link
    nhs_page: str
    do: tuple[str, ...]
    buy: tuple[str, ...]
    get_help: tuple[str, ...]
    about: tuple[str, ...] = ()  # the rule's findings it is for; () for all of them
    age_min: float | None = None
    age_under: float | None = None

    def fits_age(self, age: float | None) -> bool:
        """True when it has no age range, or the age is known and in it."""
        if self.age_min is None and self.age_under is None:
            return True
        return age is not None and (self.age_min is None or age >= self.age_min) and (
            self.age_under is None or age < self.age_under)

    def payload(self) -> dict:
        """The advice card's optional `care` field."""
        return {"condition": self.condition, "do": list(self.do), "buy": list(self.buy),
                "get_help": list(self.get_help), "nhs_page": self.nhs_page}


def load_care(path: Path, schema_path: Path, rules: list[Rule]) -> dict[str, tuple[CareAdvice, ...]]:
    """Rule id -> its care advice; each key is a self-care or pharmacy rule, and each `for` one of
    that rule's findings."""
    data = load_yaml(path, schema_path)
    by_id = {r.id: r for r in rules}
    care: dict[str, tuple[CareAdvice, ...]] = {}
    for rule_id, entries in data["advice"].items():
        rule = by_id.get(rule_id)
        if rule is None:
            raise fail_at(path, ["advice", rule_id], f"unknown rule '{rule_id}'")
        if rule.disposition.code not in CARE_DISPOSITIONS:
            raise fail_at(path, ["advice", rule_id],
                          f"rule '{rule_id}' gives {rule.disposition.code}, not self-care or pharmacy advice")
        for i, x in enumerate(entries):
            stray = [f for f in x.get("for", ()) if f not in rule.if_any]
            if stray:
                raise fail_at(path, ["advice", rule_id, i], f"'{rule_id}' is not about {stray}")
        care[rule_id] = tuple(
            CareAdvice(x["condition"], x["nhs_page"], tuple(x["do"]), tuple(x["buy"]), tuple(x["get_help"]),
                       tuple(x.get("for", ())), (x.get("age") or {}).get("min"), (x.get("age") or {}).get("under"))
            for x in entries)
    return care


def choose(entries: tuple[CareAdvice, ...], triggers: tuple[str, ...], age: float | None) -> CareAdvice | None:
    """The advice for the first trigger that has its own, else the rule's general advice; either
    only for the patient's age."""
    for finding in triggers:
        found = next((a for a in entries if finding in a.about and a.fits_age(age)), None)
        if found:
            return found
    return next((a for a in entries if not a.about and a.fits_age(age)), None)
