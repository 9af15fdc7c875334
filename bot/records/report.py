"""Commissioner reports from the pilot records: counts by disposition, level, day and week,
postcode district, channel, service kind (how many were kept away from A&E), top findings and
rules, the share of "not sure" answers and the feedback; as Markdown, CSV and PNG charts.

`bot report --from 2025-03-01 --to 2025-03-31 [--area dgs|DA11,DA12] [--out DIR]` writes them;
the website's dashboard (/pilot/report) shows the same. Days and weeks are UK days (Europe/London).

Small numbers: a count from 1 to 4 of a postcode district or a day is shown as "<5", without its
share, in every table, the CSV and the charts (the NHS's usual small-number practice: such a count,
with what else is known, can point at a person); totals and the other breakdowns are exact.
"""
from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.datafiles import load_yaml
from bot.records.record import NOT_SURE, PilotRecord
from bot.records.store import RecordStore

UK = ZoneInfo("Europe/London")
TOP = 10
SMALL = 5  # counts from 1 to SMALL - 1 are shown as "<5" in the SUPPRESSED breakdowns
SUPPRESSED = ("postcode district", "day")
SMALL_NOTE = (f"Counts from 1 to {SMALL - 1} of a postcode district or a day are shown as \"<{SMALL}\", without their "
              "share, so that no one can be picked out; totals and the other breakdowns are exact.")
EMERGENCY = ("call_999", "emergency_department")  # advice to go to A&E or call 999
OWN_KIND = {"call_999": "999 ambulance", "emergency_department": "A&E", "self_care": "self-care at home"}
CHARTS = {  # file name: (section, title)
    "dispositions": ("disposition", "Decisions by disposition"),
    "days": ("day", "Decisions by day"),
    "weeks": ("week", "Decisions by week"),
    "service-kinds": ("service kind", "Where patients were sent"),
    "channels": ("channel", "Decisions by channel"),
    "districts": ("postcode district", "Decisions by postcode district"),
}


def uk_window(start: date, end: date) -> tuple[datetime, datetime]:
    """From the start of `start` to the end of `end` (inclusive), UK time, as naive UTC."""
    def utc(d: date) -> datetime:
        return datetime.combine(d, time(0), UK).astimezone(timezone.utc).replace(tzinfo=None)
    return utc(start), utc(end + timedelta(days=1))


def uk_date(moment: datetime) -> date:
    return moment.replace(tzinfo=timezone.utc).astimezone(UK).date()


def districts_of(area: str | None, areas_dir: Path) -> list[str] | None:
    """An area file's districts (`dgs`: data/areas/dgs.yml), or the districts typed (DA11,DA12)."""
    if not area:
        return None
    path = areas_dir / f"{area.strip().lower()}.yml"
    if path.is_file():
        data = load_yaml(path)
        return sorted({*data["outward_codes"], *(data.get("partial_districts") or {})})
    return sorted({part.upper() for part in area.replace(",", " ").split()})


def service_kinds(dispositions_file: Path) -> dict[str, str]:
    """The kind of service each disposition sends the patient to (the catalogue's first kind)."""
    data = load_yaml(dispositions_file)["dispositions"]
    return {code: OWN_KIND.get(code) or (spec["kinds"][0] if spec.get("kinds") else code).replace("_", " ")
            for code, spec in data.items()}


def _with_zeros(every: list[str], seen: list[str]) -> Counter:
    """Counts of `seen`, with every key of `every` present (a day with no decisions shows 0)."""
    counts = Counter({key: 0 for key in every})
    counts.update(seen)
    return counts


def _week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def _share(n: int, total: int) -> str:
    return f"{100 * n / total:.0f}%" if total else "-"


def small(section: str, n: int) -> bool:
    """A count too small to show in this breakdown."""
    return section in SUPPRESSED and 0 < n < SMALL


@dataclass
class Report:
    start: date
    end: date
    area: list[str] | None
    records: list[PilotRecord]
    kinds: dict[str, str] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)  # finding id -> plain words
    sections: dict[str, Counter] = field(init=False)

    def __post_init__(self) -> None:
        r = self.records
        days = [uk_date(x.created_at) for x in r]
        every_day = [self.start + timedelta(days=n) for n in range((self.end - self.start).days + 1)]
        self.sections = {
            "disposition": Counter(x.disposition for x in r),
            "level": Counter(str(x.level) for x in r),
            "day": _with_zeros([d.isoformat() for d in every_day], [d.isoformat() for d in days]),
            "week": _with_zeros([_week(d) for d in every_day], [_week(d) for d in days]),
            "postcode district": Counter(x.postcode_district or "not given" for x in r),
            "channel": Counter(x.channel + (f" ({x.site})" if x.site else "") for x in r),
            "service kind": Counter(self.kinds.get(x.disposition, x.disposition) for x in r),
            "finding": Counter(f for x in r for f in x.findings),
            "rule": Counter(x.rule for x in r),
            "answer": Counter(v for x in r for v in x.answers.values()),
            "feedback: helpful": Counter(x.helpful for x in r if x.helpful),
            "feedback: where they will go": Counter(x.went for x in r if x.went),
        }

    @classmethod
    def build(cls, store: RecordStore, start: date, end: date, area: list[str] | None = None,
              kinds: dict[str, str] | None = None, labels: dict[str, str] | None = None) -> "Report":
        return cls(start, end, area, store.between(*uk_window(start, end), area), kinds or {}, labels or {})

    # ---------------------------------------------------------------- figures
    @property
    def total(self) -> int:
        return len(self.records)

    @property
    def conversations(self) -> int:
        return len({x.conversation_id for x in self.records})

    @property
    def kept_from_ae(self) -> int:
        """Decisions that sent the patient somewhere other than A&E or 999."""
        return sum(1 for x in self.records if x.disposition not in EMERGENCY)

    @property
    def answers(self) -> tuple[int, int]:
        """("not sure" answers, all answers that mattered)."""
        counted = self.sections["answer"]
        return counted[NOT_SURE], sum(counted.values())

    def ordered(self, name: str) -> list[tuple[str, int]]:
        """A section's (key, count): days, weeks and levels in order, the rest by count (findings and
        rules: the top 10), and small counts of districts after the others, by name (their order
        would rank them)."""
        counter = self.sections[name]
        if name in ("day", "week", "level"):
            return sorted(counter.items())
        items = counter.most_common(TOP if name in ("finding", "rule") else None)
        return sorted(items, key=lambda kv: (small(name, kv[1]), 0 if small(name, kv[1]) else -kv[1], kv[0])) \
            if name in SUPPRESSED else items

    def rows(self) -> list[tuple[str, str, str, str]]:
        """(section, key, count, share) as shown, for every section, in order (`ordered`); a small
        count of a district or a day is "<5", without its share."""
        out = []
        for name, counter in self.sections.items():
            items = self.ordered(name)
            whole = sum(counter.values()) if name in ("answer", "feedback: helpful", "feedback: where they will go") \
                else self.total
            out += [(name, key, f"<{SMALL}", "-") if small(name, n) else (name, key, str(n), _share(n, whole))
                    for key, n in items]
        return out

    # ---------------------------------------------------------------- outputs
    @staticmethod
    def heading(section: str) -> str:
        return {"finding": "Top findings", "rule": "Top rules (the rule that decided)",
                "answer": "Answers that mattered"}.get(section, f"By {section}")

    def title(self) -> str:
        area = f" (area: {', '.join(self.area)})" if self.area else ""
        return f"Pilot report: {self.start.isoformat()} to {self.end.isoformat()}{area}"

    def headlines(self) -> list[str]:
        not_sure, answers = self.answers
        helpful = self.sections["feedback: helpful"]
        answered = sum(helpful.values())
        went = self.sections["feedback: where they will go"]
        lines = [
            f"Decisions: {self.total} in {self.conversations} conversations.",
            f"Sent somewhere other than A&E or 999: {self.kept_from_ae} of {self.total} "
            f"({_share(self.kept_from_ae, self.total)}).",
            f"\"Not sure\" answers: {not_sure} of {answers} answers that mattered ({_share(not_sure, answers)}).",
            f"Feedback: {answered} answered \"was this helpful?\" ({_share(answered, self.total)} of decisions); "
            f"{helpful['yes']} said yes ({_share(helpful['yes'], answered)}).",
        ]
        if went:
            said = sum(went.values())
            ae = went["emergency_department"] + went["call_999"]
            lines.append(f"Of {said} who said where they will go, {went['as_advised']} will go where advised and "
                         f"{ae} to A&E or 999.")
        versions = sorted({(x.model_version, x.content_version) for x in self.records})
        if versions:
            lines.append("Versions (model / content): " + "; ".join(f"{m} / {c}" for m, c in versions) + ".")
        return lines

    def to_markdown(self, charts: dict[str, str] | None = None) -> str:
        """Markdown tables; `charts` maps a chart name to the image path to link."""
        out = [f"# {self.title()}", "", *[f"- {line}" for line in self.headlines()], "", SMALL_NOTE, ""]
        by_section: dict[str, list[tuple[str, str, str]]] = {}
        for name, key, n, share in self.rows():
            by_section.setdefault(name, []).append((key, n, share))
        chart_of = {section: name for name, (section, _) in CHARTS.items()}
        for name in self.sections:
            out += [f"## {self.heading(name)}", ""]
            if charts and chart_of.get(name) in charts:
                out += [f"![{CHARTS[chart_of[name]][1]}]({charts[chart_of[name]]})", ""]
            rows = by_section.get(name) or []
            if not rows:
                out += ["None in this period.", ""]
                continue
            label = {"finding": lambda k: f"{self.labels[k]} (`{k}`)" if k in self.labels else f"`{k}`",
                     "rule": lambda k: f"`{k}`", "disposition": lambda k: f"`{k}`"}.get(name, lambda k: k)
            out += [f"| {name} | count | share |", "|---|---:|---:|"]
            out += [f"| {label(key)} | {n} | {share} |" for key, n, share in rows]
            out.append("")
        return "\n".join(out)

    def to_csv(self) -> str:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(["section", "key", "count", "share"])
        writer.writerows(self.rows())
        return buffer.getvalue()

    def chart_data(self, section: str) -> tuple[list[str], list[int], list[bool]]:
        """A chart's bars: keys, heights and which are small (drawn with no height, labelled "<5")."""
        items = self.ordered(section) if section in ("day", "week") else self.ordered(section)[::-1]
        hidden = [small(section, n) for _, n in items]
        return [k for k, _ in items], [0 if h else n for (_, n), h in zip(items, hidden, strict=True)], hidden

    def charts(self) -> dict[str, bytes]:
        """PNG charts (matplotlib's Agg backend: no display, no global pyplot state)."""
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
        from matplotlib.ticker import MaxNLocator

        out = {}
        for name, (section, title) in CHARTS.items():
            keys, values, hidden = self.chart_data(section)
            upright = section in ("day", "week")
            fig = Figure(figsize=(7, max(2.5, 0.35 * len(keys) + 1.2)) if not upright else (8, 3.5), dpi=100)
            FigureCanvasAgg(fig)
            ax = fig.add_subplot()
            if upright:
                ax.bar(range(len(keys)), values, color="#005eb8")
                ax.set_xticks(range(len(keys)))
                ax.set_xticklabels(keys, rotation=45 if section == "day" else 0, ha="right" if section == "day" else "center",
                                   fontsize=8)
            else:
                ax.barh(range(len(keys)), values, color="#005eb8")
                ax.set_yticks(range(len(keys)))
                ax.set_yticklabels(keys, fontsize=8)
            for i in (i for i, h in enumerate(hidden) if h):
                ax.annotate(f"<{SMALL}", (i, 0) if upright else (0, i), fontsize=8, color="#4c6272",
                            xytext=(0, 3) if upright else (3, 0), textcoords="offset points",
                            ha="center" if upright else "left", va="bottom" if upright else "center")
            if any(hidden):
                (ax.set_ylim if upright else ax.set_xlim)(0, max([SMALL, *values]) * 1.05)
            if not keys:
                ax.text(0.5, 0.5, "No decisions in this period", ha="center", va="center", transform=ax.transAxes)
            (ax.yaxis if section in ("day", "week") else ax.xaxis).set_major_locator(MaxNLocator(integer=True))
            ax.set_title(title, fontsize=11)
            ax.spines[["top", "right"]].set_visible(False)
            fig.tight_layout()
            buffer = io.BytesIO()
            fig.savefig(buffer, format="png")
            out[name] = buffer.getvalue()
        return out

    def write(self, out_dir: Path) -> list[Path]:
        """report.md, report.csv and the charts (<name>.png) in `out_dir`."""
        out_dir.mkdir(parents=True, exist_ok=True)
        written = []
        for name, png in self.charts().items():
            (out_dir / f"{name}.png").write_bytes(png)
            written.append(out_dir / f"{name}.png")
        (out_dir / "report.csv").write_text(self.to_csv(), encoding="utf-8")
        (out_dir / "report.md").write_text(self.to_markdown({n: f"{n}.png" for n in CHARTS}), encoding="utf-8")
        return [out_dir / "report.md", out_dir / "report.csv", *written]
