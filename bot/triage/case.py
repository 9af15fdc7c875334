"""What is known about the patient so far: the input to the triage engine."""
from __future__ import annotations

from dataclasses import dataclass, field

FACTS = ("age", "sex", "pregnant", "duration")


@dataclass
class Case:
    """Findings (finding id -> present?) and the patient's facts; None means not known yet.

    `declined` holds facts and findings the patient could not answer ("I don't know"): the
    engine stops asking them and takes the cautious reading (see conditions.py).
    """

    findings: dict[str, bool] = field(default_factory=dict)
    age: float | None = None
    sex: str | None = None
    pregnant: bool | None = None
    duration_days: float | None = None
    declined: set[str] = field(default_factory=set)
    # how long particular findings have lasted, when told apart from the rest ("an ulcer for 4 weeks")
    finding_durations: dict[str, float] = field(default_factory=dict)

    def present(self) -> set[str]:
        return {f for f, yes in self.findings.items() if yes}

    def note(self, finding: str, present: bool) -> None:
        """Record a finding. Present is never overwritten by absent: a later 'no' is not
        taken to cancel a warning sign the patient already reported."""
        if not self.findings.get(finding):
            self.findings[finding] = present

    def fact(self, name: str):
        return self.duration_days if name == "duration" else getattr(self, name)

    def to_dict(self) -> dict:
        return {"findings": dict(self.findings), "age": self.age, "sex": self.sex,
                "pregnant": self.pregnant, "duration_days": self.duration_days,
                "declined": sorted(self.declined), "finding_durations": dict(self.finding_durations)}

    @classmethod
    def from_dict(cls, data: dict | None) -> "Case":
        data = data or {}
        return cls(findings={str(k): bool(v) for k, v in (data.get("findings") or {}).items()},
                   age=data.get("age"), sex=data.get("sex"), pregnant=data.get("pregnant"),
                   duration_days=data.get("duration_days"), declined=set(data.get("declined") or ()),
                   finding_durations={str(k): float(v) for k, v in (data.get("finding_durations") or {}).items()})
