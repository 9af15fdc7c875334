"""Regression check: blind rounds 15 on and the development set (tests/data/), in-process.

Each round was written by a helper who never saw the bot's code, data or earlier misses, and run
once before any change: those first-run figures (docs/evaluation.md) are the honest measure. The
lexicon and rules were then changed for the kinds of miss they showed, so the floors here only
keep those fixes from slipping; they say nothing about unseen patients.
"""
import datetime as dt
from pathlib import Path

import pytest

from bot.evaluation import load_vignettes, run_all, score
from bot.evaluation.patient import MAX_TURNS
from bot.evaluation.transports import InProcessTransport

DATA = Path(__file__).resolve().parents[1] / "data"
# the day each set is read as of ("since Saturday"), the day it was written and first run: from each
# round on (first round, day), later rounds first; every other set as of 30 November
WRITTEN_FROM = ((109, dt.date(2026, 12, 5)), (98, dt.date(2026, 12, 4)), (26, dt.date(2026, 12, 1)))
WRITTEN_BEFORE = dt.date(2026, 11, 30)


def written(name: str) -> dt.date:
    number = name.removeprefix("blind-round-").removesuffix(".jsonl")
    if not number.isdigit():
        return WRITTEN_BEFORE
    return next((day for first, day in WRITTEN_FROM if int(number) >= first), WRITTEN_BEFORE)


# round: (accuracy %, safety %) measured after the fixes (2026-11-30), less a small margin
FLOORS = {"blind-round-15.jsonl": (91.0, 98.0), "blind-round-16.jsonl": (94.0, 98.0),
          "blind-round-17.jsonl": (89.0, 98.0), "blind-round-18.jsonl": (90.0, 97.0),
          "blind-round-19.jsonl": (86.0, 98.0), "blind-round-20.jsonl": (84.0, 98.0),
          "blind-round-21.jsonl": (92.0, 99.0), "blind-round-22.jsonl": (82.0, 99.0),
          "blind-round-23.jsonl": (86.0, 98.0), "blind-round-24.jsonl": (81.0, 97.0),
          "blind-round-25.jsonl": (90.0, 98.0), "blind-round-26.jsonl": (88.0, 99.0),
          "blind-round-27.jsonl": (88.0, 99.0), "blind-round-28.jsonl": (92.0, 99.0),
          "blind-round-29.jsonl": (86.0, 97.0), "blind-round-30.jsonl": (80.0, 96.0),
          "blind-round-31.jsonl": (89.0, 99.0), "blind-round-32.jsonl": (87.0, 99.0),
          "blind-round-33.jsonl": (81.0, 98.0), "blind-round-34.jsonl": (84.0, 98.0),
          "blind-round-35.jsonl": (95.0, 99.0), "blind-round-36.jsonl": (94.0, 99.0), "blind-round-37.jsonl": (90.0, 98.0),
          "blind-round-38.jsonl": (89.0, 99.0), "blind-round-39.jsonl": (90.0, 99.0),
          "blind-round-40.jsonl": (91.0, 99.0),
          "blind-round-41.jsonl": (88.0, 98.0),
          "blind-round-42.jsonl": (95.0, 99.0),
          "blind-round-43.jsonl": (93.0, 99.0),
          "blind-round-44.jsonl": (85.0, 96.0),
          "blind-round-45.jsonl": (90.0, 99.0),
          "blind-round-46.jsonl": (90.0, 99.0),
          "blind-round-47.jsonl": (89.0, 99.0),
          "blind-round-48.jsonl": (93.0, 98.0),
          "blind-round-49.jsonl": (83.0, 98.0),
          "blind-round-50.jsonl": (87.0, 98.0),
          "blind-round-51.jsonl": (85.0, 98.0),
          "blind-round-52.jsonl": (87.0, 98.0),
          "blind-round-53.jsonl": (86.0, 98.0),
          "blind-round-54.jsonl": (83.0, 99.0),
          "blind-round-55.jsonl": (85.0, 98.0),
          "blind-round-56.jsonl": (95.0, 99.0),
          "blind-round-57.jsonl": (84.0, 95.0),
          "blind-round-58.jsonl": (85.0, 99.0),
          "blind-round-59.jsonl": (97.0, 99.0),
          "blind-round-60.jsonl": (90.0, 99.0),
          "blind-round-61.jsonl": (87.0, 99.0),
          "blind-round-62.jsonl": (89.0, 99.0),
          "blind-round-63.jsonl": (87.0, 99.0),
          "blind-round-64.jsonl": (91.0, 99.0),
          "blind-round-65.jsonl": (88.0, 99.0),
          "blind-round-66.jsonl": (86.0, 99.0),
          "blind-round-67.jsonl": (94.0, 99.0),
          "blind-round-68.jsonl": (91.0, 99.0),
          "blind-round-69.jsonl": (90.0, 99.0),
          "blind-round-70.jsonl": (90.0, 99.0),
          "blind-round-71.jsonl": (90.0, 99.0),
          "blind-round-72.jsonl": (83.5, 96.0),
          "blind-round-73.jsonl": (95.0, 99.0),
          "blind-round-74.jsonl": (90.5, 97.5),
          "blind-round-75.jsonl": (80.5, 92.0),
          "blind-round-76.jsonl": (80.0, 94.0),
          "blind-round-77.jsonl": (79.0, 92.5),
          "blind-round-78.jsonl": (81.0, 92.5),
          "blind-round-79.jsonl": (84.0, 95.5),
          "blind-round-80.jsonl": (83.5, 96.5),
          "blind-round-81.jsonl": (87.5, 97.5),
          "blind-round-82.jsonl": (82.5, 96.0),
          "blind-round-83.jsonl": (80.5, 95.5),
          "blind-round-84.jsonl": (84.5, 95.5),
          "blind-round-85.jsonl": (83.5, 96.0),
          "blind-round-86.jsonl": (86.5, 95.0),
          "blind-round-87.jsonl": (88.0, 97.5),
          "blind-round-88.jsonl": (85.5, 96.0),
          "blind-round-89.jsonl": (80.0, 93.5),
          "blind-round-90.jsonl": (78.5, 94.0),
          "blind-round-91.jsonl": (89.5, 97.0),
          "blind-round-92.jsonl": (82.5, 94.5),
          "blind-round-93.jsonl": (87.5, 96.5),
          "blind-round-94.jsonl": (86.0, 96.0),
          "blind-round-95.jsonl": (91.5, 98.5),
          "blind-round-96.jsonl": (87.0, 98.0),
          "blind-round-97.jsonl": (91.5, 98.5),
          "blind-round-98.jsonl": (89.0, 98.5),
          "blind-round-99.jsonl": (88.0, 98.5),
          "blind-round-100.jsonl": (89.5, 98.5),
          "blind-round-101.jsonl": (85.5, 98.5),
          "blind-round-102.jsonl": (94.0, 99.0),
          "blind-round-103.jsonl": (90.5, 99.0),
          "blind-round-104.jsonl": (88.0, 99.0),
          "blind-round-105.jsonl": (92.5, 99.0),
          "blind-round-106.jsonl": (86.0, 99.0),
          "blind-round-107.jsonl": (91.0, 99.0),
          "blind-round-108.jsonl": (91.0, 99.0), "blind-round-109.jsonl": (94.0, 99.0),
          "blind-round-110.jsonl": (94.0, 99.0), "blind-round-111.jsonl": (93.0, 99.0),
          "blind-round-112.jsonl": (91.0, 99.0), "blind-round-113.jsonl": (91.0, 99.0),
          "blind-round-114.jsonl": (91.0, 99.0), "blind-round-115.jsonl": (92.0, 99.0),
          "blind-round-116.jsonl": (93.0, 99.0), "blind-round-117.jsonl": (88.0, 99.0),
          "blind-round-118.jsonl": (92.0, 99.0), "blind-round-119.jsonl": (92.0, 99.0),
          "blind-round-120.jsonl": (95.0, 99.0),
          "blind-round-121.jsonl": (93.0, 99.0), "blind-round-122.jsonl": (94.0, 99.0),
          "blind-round-123.jsonl": (88.0, 99.0), "blind-round-124.jsonl": (96.0, 99.0),
          "blind-round-125.jsonl": (94.0, 99.0), "blind-round-126.jsonl": (89.0, 99.0),
          "blind-round-127.jsonl": (92.0, 99.0), "blind-round-128.jsonl": (95.0, 99.0),
          "blind-round-129.jsonl": (95.0, 99.0), "blind-round-130.jsonl": (95.0, 99.0),
          "blind-round-131.jsonl": (96.0, 99.0), "blind-round-132.jsonl": (89.0, 99.0),
          "blind-round-133.jsonl": (93.0, 99.0), "blind-round-134.jsonl": (96.0, 99.0),
          "blind-round-135.jsonl": (96.0, 99.0), "blind-round-136.jsonl": (97.0, 99.0),
          "blind-round-137.jsonl": (97.0, 99.0), "blind-round-138.jsonl": (95.0, 99.0),
          "blind-round-139.jsonl": (92.0, 99.0), "blind-round-140.jsonl": (93.0, 99.0),
          "blind-round-141.jsonl": (95.0, 99.0), "blind-round-142.jsonl": (95.0, 99.0),
          "blind-round-143.jsonl": (92.0, 99.0), "blind-round-144.jsonl": (92.0, 99.0),
          "blind-round-145.jsonl": (94.0, 99.0), "blind-round-146.jsonl": (92.0, 99.0),
          "blind-round-147.jsonl": (95.0, 99.0),
          "blind-round-148.jsonl": (93.0, 99.0),
          "blind-round-149.jsonl": (91.0, 99.0),
          "blind-round-150.jsonl": (90.0, 99.0),
          "blind-round-151.jsonl": (94.0, 99.0),
          "blind-round-152.jsonl": (96.0, 99.0),
          "blind-round-153.jsonl": (93.0, 99.0),
          "blind-round-154.jsonl": (95.0, 99.0),
          "blind-round-155.jsonl": (95.0, 99.0),
          "blind-round-156.jsonl": (93.0, 99.0),
          "blind-round-157.jsonl": (96.0, 99.0),
          "blind-round-158.jsonl": (91.0, 99.0),
          "blind-round-159.jsonl": (97.0, 99.0),
          "blind-round-160.jsonl": (95.0, 99.0),
          "blind-round-161.jsonl": (93.0, 99.0),
          "blind-round-162.jsonl": (92.0, 99.0),
          "blind-round-163.jsonl": (95.0, 99.0),
          "blind-round-164.jsonl": (91.0, 99.0),
          "blind-round-165.jsonl": (94.0, 99.0),
          "blind-round-166.jsonl": (93.0, 99.0),
          "blind-round-167.jsonl": (93.0, 99.0),
          "blind-round-168.jsonl": (91.0, 99.0),
          "blind-round-169.jsonl": (93.0, 99.0),
          "blind-round-170.jsonl": (95.0, 99.0),
          "blind-round-171.jsonl": (98.0, 99.0),
          "blind-round-172.jsonl": (97.0, 99.0),
          "blind-round-173.jsonl": (89.0, 99.0),
          "blind-round-174.jsonl": (96.0, 99.0),
          "blind-round-175.jsonl": (94.0, 99.0),
          "blind-round-176.jsonl": (95.0, 99.0),
          "blind-round-177.jsonl": (90.0, 98.0),
          "blind-round-178.jsonl": (88.0, 97.0),
          "blind-round-179.jsonl": (93.0, 99.0),
          "blind-round-180.jsonl": (92.0, 99.0),
          "blind-round-181.jsonl": (96.0, 99.0),
          "blind-round-182.jsonl": (88.0, 99.0),
          "blind-round-183.jsonl": (85.0, 99.0),
          "blind-round-184.jsonl": (97.0, 99.0),
          "blind-round-185.jsonl": (95.0, 99.0),
          "blind-round-186.jsonl": (91.0, 99.0),
          "blind-round-187.jsonl": (88.0, 99.0),
          "blind-round-188.jsonl": (97.0, 99.0),
          "blind-round-189.jsonl": (96.0, 99.0),
          "blind-round-190.jsonl": (94.0, 99.0),
          "blind-round-191.jsonl": (87.0, 99.0),
          "blind-round-192.jsonl": (92.0, 99.0),
          "blind-round-193.jsonl": (91.0, 99.0),
          "blind-round-194.jsonl": (91.0, 99.0),
          "blind-round-195.jsonl": (91.0, 99.0),
          "blind-round-196.jsonl": (90.0, 99.0),
          "blind-round-197.jsonl": (94.0, 99.0),
          "blind-round-198.jsonl": (90.0, 99.0),
          "blind-round-199.jsonl": (89.0, 99.0),
          "blind-round-200.jsonl": (96.0, 99.0),
          "blind-round-201.jsonl": (90.0, 99.0),
          "blind-round-202.jsonl": (87.0, 99.0),
          "blind-round-203.jsonl": (95.0, 99.0),
          "blind-round-204.jsonl": (95.0, 99.0),
          "blind-round-205.jsonl": (91.0, 99.0),
          "blind-round-206.jsonl": (92.0, 99.0),
          "blind-round-207.jsonl": (95.0, 99.0),
          "blind-round-208.jsonl": (88.0, 99.0),
          "blind-round-209.jsonl": (89.0, 98.0),
          "blind-round-210.jsonl": (86.0, 99.0),
          "blind-round-211.jsonl": (92.0, 98.0),
          "blind-round-212.jsonl": (87.0, 99.0),
          "blind-round-213.jsonl": (97.0, 99.0),
          "blind-round-214.jsonl": (87.0, 98.0),
          "blind-round-215.jsonl": (86.0, 98.0),
          "blind-round-216.jsonl": (93.0, 99.0),
          "blind-round-217.jsonl": (90.0, 99.0),
          "blind-round-218.jsonl": (90.0, 99.0),
          "dev-1.jsonl": (93.0, 97.0)}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_blind_round_keeps_its_figures_after_the_fixes(name):
    transport = InProcessTransport(today=written(name))
    results = run_all(transport, load_vignettes(DATA / name), MAX_TURNS, run_id=name)
    summary = score(results)
    accuracy, safety = FLOORS[name]
    assert all(r["disposition"] for r in results), "a conversation ended without advice"
    assert summary["accuracy_pct"] >= accuracy and summary["safety_pct"] >= safety, summary
