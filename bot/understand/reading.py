"""What the understanding layer read in one patient message."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable

EXTRACTOR_NAME = "SymptomExtractor"
FINDING_DURATION = "finding_duration"  # an entity "symptom=days"

CONTEXTS = ("affirmed", "negated", "historical", "hypothetical", "other_person")

# scalar fields carried as entities of the same name
SCALAR_FIELDS = (
    ("age_years", "age"),
    ("sex", "sex"),
    ("pregnant", "pregnant"),
    ("pregnancy_weeks", "pregnancy_weeks"),
    ("duration_days", "duration_days"),
    ("subject", "subject"),
    ("postcode", "postcode"),
    ("service_request", "service_request"),
    ("language", "language"),
)


@dataclass(frozen=True)
class Finding:
    symptom: str
    present: bool
    context: str
    text: str
    start: int
    end: int

    def __post_init__(self) -> None:
        if self.context not in CONTEXTS:
            raise ValueError(f"unknown context {self.context!r}")
        if self.present != (self.context == "affirmed"):
            raise ValueError("present must equal (context == 'affirmed')")


@dataclass
class Reading:
    findings: list[Finding] = field(default_factory=list)
    age_years: float | None = None
    sex: str | None = None
    pregnant: bool | None = None
    pregnancy_weeks: float | None = None
    duration_days: float | None = None
    subject: str | None = None
    postcode: str | None = None
    service_request: str | None = None
    language: str | None = None  # set only when the message is confidently not English
    # how long each finding has lasted, when the message tells different durations for different
    # findings ("a cold for a few days ... an ulcer for 4 weeks")
    finding_durations: dict[str, float] = field(default_factory=dict)
    # character spans of the scalar facts in the text, when known (not compared by ==)
    spans: dict[str, tuple[int, int]] = field(default_factory=dict, compare=False, repr=False)

    # ------------------------------------------------------------ helpers
    def present(self) -> set[str]:
        return {f.symptom for f in self.findings if f.present}

    def absent(self) -> set[str]:
        return {f.symptom for f in self.findings if f.context == "negated"}

    def finding(self, symptom: str) -> Finding | None:
        for f in self.findings:
            if f.symptom == symptom:
                return f
        return None

    def context_of(self, symptom: str) -> str | None:
        f = self.finding(symptom)
        return f.context if f else None

    def is_empty(self) -> bool:
        return not self.findings and all(
            getattr(self, attr) is None for attr, _ in SCALAR_FIELDS
        )

    # ------------------------------------------------------------ Rasa entities
    def to_entities(self) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for f in self.findings:
            out.append(
                {
                    "entity": "symptom",
                    "value": f.symptom,
                    "role": f.context,
                    "start": f.start,
                    "end": f.end,
                    "text": f.text,
                    "extractor": EXTRACTOR_NAME,
                }
            )
        for symptom, days in self.finding_durations.items():
            out.append({"entity": FINDING_DURATION, "value": f"{symptom}={days:g}", "start": 0, "end": 0,
                        "extractor": EXTRACTOR_NAME})
        for attr, name in SCALAR_FIELDS:
            value = getattr(self, attr)
            if value is None:
                continue
            start, end = self.spans.get(attr, (0, 0))
            out.append(
                {
                    "entity": name,
                    "value": value,
                    "start": start,
                    "end": end,
                    "extractor": EXTRACTOR_NAME,
                }
            )
        return out

    @classmethod
    def from_entities(cls, entities: Iterable[dict[str, Any]]) -> "Reading":
        reading = cls()
        by_name = {name: attr for attr, name in SCALAR_FIELDS}
        for ent in entities or []:
            if ent.get("extractor") != EXTRACTOR_NAME:
                continue
            name = ent.get("entity")
            if name == "symptom":
                context = ent.get("role") or "affirmed"
                if context not in CONTEXTS:
                    continue
                reading.findings.append(
                    Finding(
                        symptom=str(ent.get("value")),
                        present=context == "affirmed",
                        context=context,
                        text=str(ent.get("text", "")),
                        start=int(ent.get("start", 0) or 0),
                        end=int(ent.get("end", 0) or 0),
                    )
                )
            elif name == FINDING_DURATION:
                symptom, _, days = str(ent.get("value", "")).partition("=")
                try:
                    reading.finding_durations[symptom] = float(days)
                except ValueError:
                    continue
            elif name in by_name:
                attr = by_name[name]
                value = ent.get("value")
                if attr in ("age_years", "pregnancy_weeks", "duration_days") and value is not None:
                    value = float(value)
                if attr == "pregnant" and isinstance(value, str):
                    value = value.lower() in ("true", "yes", "1")
                setattr(reading, attr, value)
                if "start" in ent and "end" in ent:
                    reading.spans[attr] = (int(ent["start"]), int(ent["end"]))
        return reading
