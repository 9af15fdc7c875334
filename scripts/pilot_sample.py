"""A scripted fortnight of pilot conversations, played through the real action adapter into a
throwaway database, for the sample report in docs/reports.md and for tests/records/test_report.py.

    .venv/bin/python scripts/pilot_sample.py --db /tmp/pilot.db
    .venv/bin/python -m bot.cli report --db /tmp/pilot.db --from 2025-03-03 --to 2025-03-16 --out docs/reports

Each conversation is typed as a patient would (answers by the question asked, "no" to anything
else), on a set day, through a set channel (the website, the widget on a GP practice's site, or a
REST client), and some answer the feedback question. Every conversation must reach the advice it
is written for: a change in the clinical content that moves one fails loudly here.
"""
from __future__ import annotations

import argparse
import sys
from datetime import datetime, timedelta
from pathlib import Path

WEBSITE = "https://find-help.example.nhs.uk"
RIVERSIDE = "https://www.riverside-surgery.example"
OAKWOOD = "https://www.oakwood-practice.example"
REST = None
MONDAY = datetime(2025, 3, 3, 10, 0)  # UTC (GMT in March before the clocks change)

# (day, channel, [(opening, answers by slot, expected disposition), ...], feedback (helpful, where) or None)
SCRIPT: list[tuple[int, str | None, list[tuple[str, dict, str]], tuple[str, str] | None]] = [
    (0, WEBSITE, [("I've had a really sore throat for two days", {"age": "40", "postcode": "DA11 0DG"}, "pharmacy")],
     ("yes", "as_advised")),
    (0, WEBSITE, [("my lips are going blue", {}, "call_999")], None),
    (1, RIVERSIDE, [("toothache for 2 weeks", {"age": "40", "postcode": "DA1"}, "dentist")], ("yes", "as_advised")),
    (1, REST, [("Went over on my ankle playing football about an hour ago, heard a crack, it's massively swollen and "
                "I can't put any weight on it at all", {"age": "19", "postcode": "DA10"}, "urgent_treatment_centre")],
     ("no", "emergency_department")),
    (2, WEBSITE, [("I've got a pain in my chest",
                   {"q_cardiac_chest_pain": "not sure", "age": "58", "sex": "male"}, "call_999")], None),
    (2, WEBSITE, [("throwing up blood, I'm in DA12", {"age": "52", "sex": "male"}, "emergency_department")], None),
    (3, RIVERSIDE, [("It burns when I pee and I'm going loads more than usual, even in the night.",
                     {"age": "52", "sex": "male", "postcode": "DA1", "duration": "3 days"}, "gp_urgent")],
     ("yes", "gp")),
    (4, WEBSITE, [("my 18 month old has had a temperature since yesterday", {"postcode": "DA11"}, "self_care")],
     ("yes", "as_advised")),
    (5, REST, [("asdf qwerty", {}, "nhs_111")], None),
    (6, WEBSITE, [("my filling fell out, no pain", {"age": "40", "postcode": "DA12"}, "dentist")], ("no", "not_sure")),
    (7, OAKWOOD, [("found a lump in my boob", {"age": "41", "sex": "female", "postcode": "DA11", "duration": "a week"},
                   "gp_routine")], ("yes", "as_advised")),
    (8, WEBSITE, [("I've had a really sore throat for two days", {"age": "23", "postcode": "skip"}, "pharmacy")], None),
    (8, WEBSITE, [("My son hasn't slept properly for about 4 nights, he's hearing voices and is convinced the "
                   "neighbours are spying on him through the TV. He hasn't hurt himself or anyone else and isn't "
                   "threatening to, but this isn't like him at all and I'm really worried.",
                   {"age": "19", "sex": "male"}, "mental_health_crisis")], None),
    (9, WEBSITE, [("got the runs and been chucking up since last night after a dodgy kebab lol. keeping water down "
                   "now, weeing fine, no blood", {"age": "25", "sex": "male", "postcode": "BR8"}, "self_care")],
     ("yes", "nowhere")),
    (10, WEBSITE, [("Had unprotected sex with someone new about 10 days ago and now there's a white discharge from my "
                    "penis and it stings when I pee", {"age": "26", "postcode": "DA12", "duration": "4 days"},
                    "sexual_health")], None),
    (11, REST, [("Been feeling really low and flat for about 2 months, can't be bothered with anything and not "
                 "sleeping well. I'm not having any thoughts of hurting myself, I just want some help to feel like "
                 "me again.", {"age": "28", "sex": "female", "postcode": "DA10", "duration": "2 months"},
                 "talking_therapies")], ("yes", "as_advised")),
    (12, WEBSITE, [("Since my second baby I leak a bit of wee when I cough, sneeze or go on the trampoline with the "
                    "kids. It's been like this for over a year. No pain or burning, no blood.",
                    {"age": "38", "sex": "female", "postcode": "DA4", "duration": "over a year"},
                    "community_service")], None),
    (12, OAKWOOD, [("Over the last week straight lines look wavy in my left eye, door frames look bent, and there's "
                    "a blurry patch in the middle when I try to read. It isn't painful or red.",
                    {"age": "77", "sex": "male", "postcode": "DA12"}, "optometrist")], ("yes", "as_advised")),
    (13, WEBSITE, [("I'm 32 weeks pregnant and the baby has been moving a lot less than normal since this morning. "
                    "No bleeding and no pain.", {"age": "29", "postcode": "DA2"}, "midwife")], None),
    (13, WEBSITE, [("toothache for 2 weeks", {"age": "40", "postcode": "DA11"}, "dentist"),
                   ("now my lips are going blue", {}, "call_999")], None),
    (13, WEBSITE, [("bare pain in my back tooth, been throbbing for 2 days and now my gum is proper swollen and "
                    "there's a nasty taste. face isnt swollen and i can breathe and swallow fine",
                    {"age": "31", "postcode": "TN15 6EJ"}, "emergency_dental")], None),
]


def new_patient(origin: str | None):
    """One conversation through the action (the tracker carried as Rasa would)."""
    from actions.in_process import ActionConversation

    return ActionConversation("sample", origin=origin)


def advice_of(messages: list[dict]) -> str | None:
    return next((m["custom"]["disposition"] for m in messages if "disposition" in (m.get("custom") or {})), None)


def play(db: Path) -> int:
    """Play the script into `db` (made afresh); returns the number of decisions."""
    from bot import assembly
    from bot.records.pilot import Pilot
    from bot.records.store import RecordStore

    if db.exists():
        db.unlink()
    real = assembly.pilot()
    moment = [MONDAY]
    pilot = Pilot(RecordStore(f"sqlite:///{db.resolve()}"), real.content, real.texts, {WEBSITE},
                  (real.model_version, real.content_version), clock=lambda: moment[0])
    assembly.pilot = lambda: pilot  # type: ignore[method-assign]  # the adapter writes to this database
    decisions = 0
    for n, (day, origin, steps, feedback) in enumerate(SCRIPT):
        moment[0] = MONDAY + timedelta(days=day, minutes=37 * n)
        patient = new_patient(origin)
        for opening, answers, expected in steps:
            patient.say(opening, intent="describe_symptoms")
            for _ in range(12):
                if advice_of(patient.messages):
                    break
                slot = patient.slots.get("requested_slot")
                patient.say(answers.get(slot, "no") if slot else opening, intent="inform")
            if advice_of(patient.messages) != expected:
                raise SystemExit(f"conversation {n} ({opening[:40]!r}) gave {advice_of(patient.messages)}, not {expected}")
            decisions += 1
        if feedback:
            helpful, went = feedback
            patient.say(f"feedback: helpful={helpful}", intent="inform")
            patient.say(f"feedback: went={went}", intent="inform")
        pilot.flush()
    return decisions


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, type=Path, help="the SQLite file to make (replaced if it exists)")
    args = ap.parse_args(argv)
    print(f"{play(args.db)} decisions in {len(SCRIPT)} conversations written to {args.db}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
