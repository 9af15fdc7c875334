"""Describe weekly opening hours in plain English ("Monday to Friday 9am to 5:30pm; ...")."""

from __future__ import annotations

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def clock(hhmm: str) -> str:
    """"09:00" -> "9am", "17:30" -> "5:30pm", "12:00" -> "12 noon", "00:00" -> "midnight"."""
    hours, minutes = (int(x) for x in hhmm.strip().split(":"))
    if (hours, minutes) in {(0, 0), (24, 0)}:
        return "midnight"
    if (hours, minutes) == (12, 0):
        return "12 noon"
    suffix = "am" if hours < 12 else "pm"
    hours = hours % 12 or 12
    return f"{hours}{suffix}" if minutes == 0 else f"{hours}:{minutes:02d}{suffix}"


def describe_week(sessions: list[tuple[str, str]]) -> str | None:
    """``sessions``: (day name, "HH:MM-HH:MM") pairs; days not listed are closed.

    Consecutive days with the same hours are grouped. Returns None if nothing is open.
    """
    by_day: dict[str, list[tuple[str, str]]] = {d: [] for d in DAYS}
    for day, times in sessions:
        day = day.strip().capitalize()
        if day in by_day and "-" in times:
            opens, closes = times.split("-", 1)
            try:
                by_day[day].append((opens.strip(), closes.strip()))
            except ValueError:
                continue
    if not any(by_day.values()):
        return None
    described: dict[str, str] = {}
    for day, spans in by_day.items():
        try:
            described[day] = " and ".join(f"{clock(s)} to {clock(e)}" for s, e in sorted(set(spans))) or "closed"
        except ValueError:
            return None
    parts: list[str] = []
    start = 0
    while start < len(DAYS):
        end = start
        while end + 1 < len(DAYS) and described[DAYS[end + 1]] == described[DAYS[start]]:
            end += 1
        days = DAYS[start] if end == start else (
            f"{DAYS[start]} and {DAYS[end]}" if end == start + 1 else f"{DAYS[start]} to {DAYS[end]}"
        )
        parts.append(f"{days} {described[DAYS[start]]}")
        start = end + 1
    return "; ".join(parts)
