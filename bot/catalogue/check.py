"""`bot catalogue check`: per area, the entries of each kind, those without a phone or opening
times or with data older than a year, and whether every district gets services for every
disposition that has a service kind (Markdown, as in docs/catalogue.md)."""

from __future__ import annotations

import calendar
import datetime as dt
from collections import Counter
from typing import Iterable

from bot.catalogue.catalogue import Entry
from bot.catalogue.geo import natural_key
from bot.catalogue.region import Region
from bot.catalogue.schema import KINDS


def period_end(as_of: str) -> dt.date:
    """The last day an as-of date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) can mean."""
    parts = [int(p) for p in as_of.split("-")]
    year, month = parts[0], parts[1] if len(parts) > 1 else 12
    day = parts[2] if len(parts) > 2 else calendar.monthrange(year, month)[1]
    return dt.date(year, month, day)


def older_than_a_year(as_of: str, on: dt.date) -> bool:
    """True when even the end of the as-of period is more than a year before ``on``."""
    try:
        year_before = on.replace(year=on.year - 1)
    except ValueError:  # 29 February
        year_before = on.replace(year=on.year - 1, day=28)
    return period_end(as_of) < year_before


def gaps(entries: Iterable[Entry], on: dt.date) -> dict[str, int]:
    """Counts: entries, and those with no phone, no opening times, data older than a year."""
    entries = list(entries)
    return {
        "entries": len(entries),
        "no phone": sum(not e.data.get("phone") for e in entries),
        "no opening times": sum(not e.data.get("opening_times") for e in entries),
        "older than a year": sum(older_than_a_year(e.data["as_of"], on) for e in entries),
    }


def places(region: Region) -> list[str]:
    """What a patient may give, across the region: each whole district of the union, and each
    sector a union or part area lists (a bare outward code of a border district is out of area)."""
    sectors = {s for area in (region.area, *(c.area for c in region.catalogues)) for ss in area.partial.values() for s in ss}
    return sorted(region.area.outward_codes, key=natural_key) + sorted(sectors, key=natural_key)


def uncovered(region: Region) -> list[str]:
    """``"<district or sector>: <disposition>"`` for each place that gets no service for a
    disposition that has service kinds (empty when every place is covered)."""
    missing = []
    for place in places(region):
        for code, rule in region.dispositions.items():
            if rule.kinds and not region.services_for(code, place).services:
                missing.append(f"{place}: {code}")
    return missing


def report(region: Region, on: dt.date) -> str:
    """The check as Markdown: entries by kind per area, the gaps per area, and the coverage."""
    columns = [(c.area.id, c.entries) for c in region.catalogues]
    if len(columns) > 1:
        columns.append(("all", region.entries))
    counts = [Counter(e.kind for e in entries) for _, entries in columns]
    lines = [
        f"{region.area.name}: {len(region.entries)} entries in {len(region.catalogues)} "
        f"area{'s' if len(region.catalogues) > 1 else ''}, checked on {on.isoformat()}.",
        "",
        "Entries by kind:",
        "",
        "| kind | " + " | ".join(name for name, _ in columns) + " |",
        "|---|" + "--:|" * len(columns),
    ]
    lines += [f"| {kind} | " + " | ".join(str(c[kind]) for c in counts) + " |" for kind in KINDS]
    named = [Counter(e.service for e in entries if e.service) for _, entries in columns]
    services = sorted(set().union(*named))
    if services:
        lines += ["", "Named services (a triage rule's `service`, listed first when it names one):", "",
                  "| service | " + " | ".join(name for name, _ in columns) + " |", "|---|" + "--:|" * len(columns)]
        lines += [f"| {tag} | " + " | ".join(str(c[tag]) for c in named) + " |" for tag in services]
    headings = list(gaps([], on))
    lines += ["", "Gaps in the data:", "", "| area | " + " | ".join(headings) + " |", "|---|" + "--:|" * len(headings)]
    names = {c.area.id: c.area.name for c in region.catalogues} | {"all": region.area.name}
    for name, entries in columns:
        row = gaps(entries, on)
        lines.append(f"| {names[name]} | " + " | ".join(str(row[h]) for h in headings) + " |")
    missing = uncovered(region)
    where = places(region)
    lines.append("")
    if missing:
        lines.append(f"Coverage: {len(missing)} gaps (place: disposition without any service): " + ", ".join(missing))
    else:
        lines.append(
            f"Coverage: each of the {len(where)} districts and border sectors gets services for every "
            "disposition that has a service kind."
        )
    return "\n".join(lines)

