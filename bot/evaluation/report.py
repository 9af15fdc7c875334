"""Reports of a run: Markdown for people (summary, per-level table, confusion, every miss with its
transcript), JSON for machines (the same plus every result), and the console lines."""
from __future__ import annotations

import json
import math
from typing import Any

from bot.evaluation.contract import LEVEL
from bot.evaluation.scoring import NO_ADVICE, code_order, finite, is_miss, level_of, verdict


# ---------------------------------------------------------------- formatting helpers
def fmt_pct(value) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "n/a"
    return "%.1f%%" % value


def fmt_ms(value) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "n/a"
    return "%.0f ms" % value


def esc(text) -> str:
    """Text safe inside Markdown (no raw HTML, no table breaks)."""
    return str(text).replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|")


def code(text) -> str:
    return "`%s`" % str(text).replace("`", "'")


def quote(text: str) -> list[str]:
    """A block quote of multi-line text."""
    return ["> " + esc(line) if line.strip() else ">" for line in str(text).splitlines() or [""]]


def table(header: list[str], rows: list[list]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return lines


# ---------------------------------------------------------------- console
def console_row(r: dict) -> str:
    return "%-12s %-6s got %-24s want %-45s turns %2d%s" % (
        r["id"], verdict(r), r["disposition"], ",".join(r["expected"]), r["turns"],
        "  error " + r["error"] if r["error"] else "")


def console_summary(summary: dict, levels: list[dict]) -> list[str]:
    lines = ["%-22s %s" % (k, round(v, 1) if isinstance(v, float) else v) for k, v in summary.items()]
    lines.append("min_level     n  accuracy    safety")
    lines += ["%9d %5d %9s %9s" % (row["min_level"], row["n"], fmt_pct(row["accuracy_pct"]),
                                   fmt_pct(row["safety_pct"])) for row in levels]
    lines.append(headline(summary))
    return lines


def headline(summary: dict) -> str:
    return "accuracy %.1f%%  safety %.1f%%  emergency recall %.1f%%  over-triage %.1f%%  advised %d/%d" % (
        summary["accuracy_pct"], summary["safety_pct"], summary["emergency_recall_pct"],
        summary["over_triage_pct"], summary["advised"], summary["vignettes"])


# ---------------------------------------------------------------- Markdown
def summary_rows(summary: dict, results: list[dict]) -> list[list]:
    n = summary["vignettes"]
    emergencies = summary["emergencies"]
    caught = sum(1 for r in results if r["min_level"] >= 4 and level_of(r) >= 4)
    return [
        ["Accuracy (advice among the expected)", fmt_pct(summary["accuracy_pct"])],
        ["Safety (level at least the minimum safe level)", fmt_pct(summary["safety_pct"])],
        ["Under-triaged (not safe)", "%d of %d" % (summary["under_triaged"], n)],
        ["Emergency recall (min level 4+ advised at 4+)",
         "%s (%d of %d)" % (fmt_pct(summary["emergency_recall_pct"]), caught, emergencies)],
        ["Over-triage (above the highest expected level)", fmt_pct(summary["over_triage_pct"])],
        ["Advised (a contract disposition)", "%d of %d" % (summary["advised"], n)],
        ["Unknown disposition codes", ", ".join(code(c) for c in summary["unknown_codes"]) or "none"],
        ["Errors", str(summary["errors"])],
        ["Advice with a service listed", fmt_pct(summary["with_service_pct"])],
        ["Median patient turns", str(summary["median_turns"])],
        ["Turn latency p50 / p95", "%s / %s" % (fmt_ms(summary["turn_p50_ms"]), fmt_ms(summary["turn_p95_ms"]))],
    ]


def confusion_lines(matrix: dict[str, dict[str, int]]) -> list[str]:
    rows = sorted(matrix, key=code_order)
    cols = sorted({got for row in matrix.values() for got in row}, key=code_order)
    body = []
    for expected in rows:
        cells = [str(matrix[expected].get(got, "")) for got in cols]
        cells = ["**%s**" % c if c and got == expected else c for c, got in zip(cells, cols, strict=False)]
        body.append([code(expected)] + cells)
    return table(["expected first choice \\ got"] + [code(c) for c in cols], body)


def advice_lines(custom: dict) -> list[str]:
    """The custom payload as a list inside the bot's quote (one item a line when rendered)."""
    code_: Any = custom.get("disposition")  # a JSON value from the bot: a disposition code, or missing
    lines = ["> - **Advice:** %s, level %s (contract level %s), rule %s" % (
        code(code_), custom.get("level", "?"), LEVEL.get(code_, "unknown"), code(custom.get("rule") or "?"))]
    if custom.get("title"):
        lines.append("> - Title: %s" % esc(custom["title"]))
    for reason in custom.get("reasons") or []:
        lines.append("> - Reason: %s" % esc(reason))
    if custom.get("safety_net"):
        lines.append("> - Safety net: %s" % esc(custom["safety_net"]))
    services = custom.get("services") or []
    lines.append("> - Services: %s" % ("; ".join(esc(s.get("name", "?")) for s in services) or "none listed"))
    if custom.get("area_note"):
        lines.append("> - Area note: %s" % esc(custom["area_note"]))
    return lines


def bot_message_lines(m: dict) -> list[str]:
    custom = m.get("custom")
    if isinstance(custom, dict):
        if custom.get("disposition"):
            return advice_lines(custom)
        return ["> *(custom payload)* %s" % esc(json.dumps(custom, ensure_ascii=False)[:500])]
    lines = quote(m["text"]) if m.get("text") is not None else []
    buttons = m.get("buttons") or []
    if buttons:
        lines += [">", "> Buttons: " + " · ".join(
            "[%s]" % esc(b.get("title", "")) + ("" if b.get("payload") in (None, b.get("title"))
                                                 else " (%s)" % code(b["payload"])) for b in buttons)]
    return lines


def transcript_lines(r: dict) -> list[str]:
    lines = []
    for i, turn in enumerate(r["transcript"], 1):
        lines.append("**%d. Patient:** %s" % (i, esc(turn["patient"])))
        lines.append("")
        messages = turn["bot"] or []
        if not messages:
            lines.append("> *(no reply)*")
        for j, m in enumerate(messages):
            if j:
                lines.append(">")
            lines += bot_message_lines(m)
        if turn.get("requested_slot"):
            lines.append("")
            lines.append("*requested_slot:* %s" % code(turn["requested_slot"]))
        lines.append("")
    return lines


def miss_lines(r: dict) -> list[str]:
    got = r["disposition"]
    level = LEVEL.get(got)
    head = "### %s: %s, got %s%s; expected %s (min level %d)" % (
        esc(r["id"]), verdict(r) if not r["error"] else "ERROR",
        code(got or NO_ADVICE), "" if level is None else " (level %d)" % level,
        ", ".join(code(c) for c in r["expected"]), r["min_level"])
    lines = [head, ""]
    if r.get("source"):
        lines.append("- Source: %s" % esc(r["source"]))
    told = {**(r.get("facts") or {}), **(r.get("answers") or {})}
    if told:
        lines.append("- The patient's facts: %s" % "; ".join("%s = %s" % (esc(k), esc(v)) for k, v in told.items()))
    if r.get("rule") or r.get("reasons"):
        lines.append("- Rule: %s" % code(r.get("rule") or "?"))
        lines += ["- Reason: %s" % esc(x) for x in r.get("reasons") or []]
    if got and not r.get("rule") and r.get("slot_disposition") and got == r["slot_disposition"]:
        lines.append("- The disposition came from the tracker slot only (no custom payload).")
    if r["error"]:
        lines.append("- Error: %s" % esc(r["error"]))
    if not got and not r["error"]:
        lines.append("- No advice within %d patient turns." % r["turns"])
    lines += ["- Turns: %d" % r["turns"], "", "#### Transcript", ""]
    return lines + transcript_lines(r)


def miss_order(r: dict) -> tuple:
    return (0 if level_of(r) < r["min_level"] else 1, -r["min_level"], r["id"])


def render_markdown(summary: dict, levels: list[dict], matrix: dict, results: list[dict],
                    meta: dict | None = None, warnings: list[str] | None = None) -> str:
    meta = meta or {}
    lines = ["# Triage vignette evaluation", ""]
    for key, label in (("vignettes_file", "Vignettes"), ("vignettes_sha256", "Vignettes SHA-256"),
                       ("target", "Bot"), ("bot_version", "Bot version"), ("started", "Run started"),
                       ("max_turns", "Max patient turns")):
        if meta.get(key) is not None:
            lines.append("- %s: %s" % (label, esc(meta[key])))
    lines += ["", headline(summary), "", "## Summary", ""]
    lines += table(["measure", "value"], summary_rows(summary, results))
    lines += ["", "## By minimum safe level", ""]
    lines += table(["min level", "n", "correct", "accuracy", "safe", "safety"],
                   [[row["min_level"], row["n"], row["correct"], fmt_pct(row["accuracy_pct"]),
                     row["safe"], fmt_pct(row["safety_pct"])] for row in levels])
    lines += ["", "## Confusion: expected first choice against advice given", ""]
    lines += confusion_lines(matrix) if matrix else ["No vignettes."]
    if warnings:
        lines += ["", "## Warnings", ""] + ["- %s" % esc(w) for w in warnings]
    misses = sorted((r for r in results if is_miss(r)), key=miss_order)
    unsafe = sum(1 for r in misses if level_of(r) < r["min_level"])
    lines += ["", "## Misses (%d: %d unsafe, %d wrong but safe)" % (len(misses), unsafe, len(misses) - unsafe), ""]
    if not misses:
        lines.append("Every vignette got an expected, safe disposition.")
    for r in misses:
        lines += miss_lines(r)
    return "\n".join(lines).rstrip() + "\n"


# ---------------------------------------------------------------- JSON
def render_json(summary: dict, levels: list[dict], matrix: dict, results: list[dict],
                meta: dict | None = None, warnings: list[str] | None = None) -> str:
    """Strict JSON (NaN becomes null); ``summary`` has triage_eval.py's keys."""
    doc = {"meta": meta or {}, "summary": summary, "per_level": levels, "confusion": matrix,
           "warnings": warnings or [],
           "results": [dict(r, verdict=verdict(r), miss=is_miss(r)) for r in results]}
    return json.dumps(finite(doc), indent=1, ensure_ascii=False, allow_nan=False) + "\n"
