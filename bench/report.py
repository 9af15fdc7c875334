"""The benchmark's results as a Markdown section (table, ratios, targets) and a PNG chart."""
from __future__ import annotations

from pathlib import Path

START, END = "<!-- bench:start -->", "<!-- bench:end -->"
NAMES = {"stock": "stock `rasa init` bot", "bot": "this bot"}


def _step(results: dict, bot: str, concurrency: int) -> dict:
    return next(s for s in results["bots"][bot]["steps"] if s["concurrency"] == concurrency)


def targets(results: dict) -> list[tuple[str, str, bool]]:
    """The issue's targets: (what, measured, met)."""
    stock, bot = results["bots"]["stock"], results["bots"]["bot"]
    rows = []
    for c in (10, 50):
        if any(s["concurrency"] == c for s in bot["steps"]):
            b, s = _step(results, "bot", c), _step(results, "stock", c)
            rows.append((f"p95 at {c} conversations ≤ 0.5× stock",
                         f"{b['p95_ms']:.0f} / {s['p95_ms']:.0f} ms = {b['p95_ms'] / s['p95_ms']:.2f}×",
                         b["p95_ms"] <= 0.5 * s["p95_ms"]))
            rows.append((f"turns per second at {c} conversations ≥ 2× stock",
                         f"{b['turns_per_s']:.1f} / {s['turns_per_s']:.1f} = {b['turns_per_s'] / s['turns_per_s']:.2f}×",
                         b["turns_per_s"] >= 2 * s["turns_per_s"]))
    rows.append(("resident memory, all processes ≤ stock",
                 f"{bot['memory_total_mb']} / {stock['memory_total_mb']} MB", bot["memory_total_mb"] <= stock["memory_total_mb"]))
    rows.append(("ready ≤ 20 s with a trained model", f"{bot['ready_s']} s", bot["ready_s"] <= 20))
    rows.append(("full training ≤ 3 min", f"{bot['train_s']:.0f} s", bot["train_s"] <= 180))
    return rows


def markdown(results: dict) -> str:
    bots = results["bots"]
    lines = [START, "## Results (`python -m bench`)", "",
             f"Measured {results['date']} on {results['machine']} (shared with other work: read the ratios), "
             f"{results['seconds_per_step']:.0f} s at each concurrency, new conversations over the REST channel.", "",
             "| concurrent conversations | bot | p50 ms | p95 ms | p99 ms | turns per s | turns | errors |",
             "|---|---|---|---|---|---|---|---|"]
    for step in bots["bot"]["steps"]:
        c = step["concurrency"]
        for name in ("stock", "bot"):
            s = _step(results, name, c)
            lines.append(f"| {c} | {NAMES[name]} | {s['p50_ms']:.0f} | {s['p95_ms']:.0f} | {s['p99_ms']:.0f} | "
                         f"{s['turns_per_s']:.1f} | {s['turns']} | {s['errors']} |")
    lines += ["", "| | stock `rasa init` bot | this bot |", "|---|---|---|",
              f"| time from start to ready (trained model) | {bots['stock']['ready_s']} s | {bots['bot']['ready_s']} s |",
              f"| full training | {bots['stock']['train_s']:.0f} s | {bots['bot']['train_s']:.0f} s |",
              f"| peak resident memory, all processes | {bots['stock']['memory_total_mb']} MB "
              f"| {bots['bot']['memory_total_mb']} MB |",
              "| each process | " + " | ".join(", ".join(f"{k} {v} MB" for k, v in bots[name]["memory_mb"].items())
                                              for name in ("stock", "bot")) + " |"]
    lines += ["", "| target (issue 11) | measured | met |", "|---|---|---|"]
    lines += [f"| {what} | {measured} | {'yes' if met else '**no**'} |" for what, measured, met in targets(results)]
    lines += ["", "Vignette figures in the same run (in-process):", "",
              "| set | vignettes | accuracy | safety | emergency recall | over-triage |", "|---|---|---|---|---|---|"]
    for name, f in results["vignettes"].items():
        lines.append(f"| {name} | {f['vignettes']} | {f['accuracy_pct']:.1f}% | {f['safety_pct']:.1f}% | "
                     f"{f['emergency_recall_pct']:.1f}% | {f['over_triage_pct']:.1f}% |")
    lines += ["", "![p95 turn latency and turns per second, both bots](performance.png)", END]
    return "\n".join(lines)


def write_markdown(results: dict, path: Path) -> None:
    """Replace the results section of `path` (or append it)."""
    text = path.read_text() if path.exists() else "# Performance\n\n"
    section = markdown(results)
    if START in text:
        text = text[:text.index(START)] + section + text[text.index(END) + len(END):]
    else:
        text = text.rstrip() + "\n\n" + section + "\n"
    path.write_text(text)


def write_chart(results: dict, path: Path) -> None:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (lat, tput) = plt.subplots(1, 2, figsize=(10, 4))
    for name, colour in (("stock", "#768692"), ("bot", "#005eb8")):
        steps = results["bots"][name]["steps"]
        xs = [s["concurrency"] for s in steps]
        lat.plot(xs, [s["p95_ms"] for s in steps], "o-", color=colour, label=NAMES[name].replace("`", ""))
        tput.plot(xs, [s["turns_per_s"] for s in steps], "o-", color=colour, label=NAMES[name].replace("`", ""))
    for ax, title in ((lat, "p95 turn latency (ms)"), (tput, "turns per second")):
        ax.set_xscale("log")
        ax.set_xticks([s["concurrency"] for s in results["bots"]["bot"]["steps"]])
        ax.get_xaxis().set_major_formatter(matplotlib.ticker.ScalarFormatter())
        ax.set_xlabel("concurrent conversations")
        ax.set_title(title)
        ax.grid(alpha=0.3)
        ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=80)
    plt.close(fig)
