"""`bot report` on the records of a scripted fortnight of conversations (scripts/pilot_sample.py,
played through the real action adapter): the expected counts, the area filter, and the charts."""
import csv
import os
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from bot.records.record import PilotRecord
from bot.records.report import SMALL_NOTE, Report, uk_window
from bot.records.store import RecordStore

ROOT = Path(__file__).resolve().parents[2]
PNG = b"\x89PNG\r\n\x1a\n"


def run(*args):
    done = subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("pilot") / "pilot.db"
    assert "22 decisions in 21 conversations" in run("scripts/pilot_sample.py", "--db", str(db))
    return db


def report(db, out, *extra):
    printed = run("-m", "bot.cli", "report", "--db", str(db), "--from", "2025-03-03", "--to", "2025-03-16",
                  "--out", str(out), *extra)
    with (out / "report.csv").open() as f:
        rows = list(csv.DictReader(f))
    counts: dict[str, dict[str, int | str]] = {}
    for row in rows:  # "<5": a small count of a district or a day
        counts.setdefault(row["section"], {})[row["key"]] = int(row["count"]) if row["count"].isdigit() else row["count"]
    return printed, counts


def test_the_fortnight_gives_the_expected_counts(sample_db, tmp_path):
    printed, c = report(sample_db, tmp_path)
    # written into the script: 21 conversations, one of which had two decisions (dentist, then 999)
    assert sum(c["disposition"].values()) == 22
    assert c["disposition"]["call_999"] == 3 and c["disposition"]["dentist"] == 3
    assert c["disposition"]["pharmacy"] == 2 and c["disposition"]["self_care"] == 2
    for code in ("emergency_department", "urgent_treatment_centre", "nhs_111", "mental_health_crisis", "gp_urgent",
                 "emergency_dental", "midwife", "optometrist", "gp_routine", "sexual_health", "community_service",
                 "talking_therapies"):
        assert c["disposition"][code] == 1, code
    assert c["level"] == {"0": 2, "1": 4, "2": 6, "3": 6, "4": 1, "5": 3}
    assert c["week"] == {"2025-W10": 10, "2025-W11": 12}
    # days and districts: 1 to 4 shown as "<5" (every day of the fortnight had 1 to 4 decisions)
    assert c["day"] == {day: "<5" for day in c["day"]} and len(c["day"]) == 14
    assert c["postcode district"] == {"DA11": 5, "not given": 5, "DA12": "<5", "DA1": "<5", "DA10": "<5",
                                      "BR8": "<5", "DA4": "<5", "DA2": "<5", "TN15": "<5"}
    assert c["channel"] == {"website": 15, "rest": 3, "widget (https://www.riverside-surgery.example)": 2,
                            "widget (https://www.oakwood-practice.example)": 2}
    assert c["service kind"]["A&E"] == 1 and c["service kind"]["999 ambulance"] == 3
    assert c["service kind"]["dentist"] == 4  # routine and emergency dental
    assert c["rule"]["fallback"] == 1 and c["rule"]["toothache"] == 3
    assert c["answer"]["not sure"] == 1
    assert c["feedback: helpful"] == {"yes": 8, "no": 2}
    assert c["feedback: where they will go"] == {"as_advised": 6, "emergency_department": 1, "gp": 1, "not_sure": 1,
                                                 "nowhere": 1}
    assert "Decisions: 22 in 21 conversations." in printed
    assert "Sent somewhere other than A&E or 999: 18 of 22 (82%)." in printed
    md = (tmp_path / "report.md").read_text()
    assert "| `call_999` | 3 | 14% |" in md and "![Decisions by disposition](dispositions.png)" in md
    assert "| DA11 | 5 | 23% |" in md and "| DA12 | <5 | - |" in md and SMALL_NOTE in md
    for name in ("dispositions", "days", "weeks", "service-kinds", "channels", "districts"):
        png = (tmp_path / f"{name}.png").read_bytes()
        assert png.startswith(PNG) and len(png) > 5000, name


def test_an_area_keeps_only_its_districts(sample_db, tmp_path):
    _, c = report(sample_db, tmp_path / "two", "--area", "DA11, da12")
    assert c["postcode district"] == {"DA11": 5, "DA12": "<5"}
    _, c = report(sample_db, tmp_path / "dgs", "--area", "dgs")  # data/areas/dgs.yml: every district given is in it
    assert sum(c["disposition"].values()) == 17 and "not given" not in c["postcode district"]


def test_days_are_uk_days_and_the_last_day_is_included(tmp_path):
    store = RecordStore(f"sqlite:///{tmp_path / 'r.db'}")
    for ref, when in (("AAA-AAAA", datetime(2025, 6, 1, 22, 59)), ("BBB-BBBB", datetime(2025, 6, 1, 23, 30)),
                      ("CCC-CCCC", datetime(2025, 6, 2, 22, 30))):
        store.add(PilotRecord(reference=ref, created_at=when, conversation_id=ref, disposition="pharmacy", level=1,
                              rule="r"))
    assert uk_window(date(2025, 6, 2), date(2025, 6, 2)) == (datetime(2025, 6, 1, 23), datetime(2025, 6, 2, 23))
    built = Report.build(store, date(2025, 6, 2), date(2025, 6, 2))  # British Summer Time: UTC+1
    assert [r.reference for r in built.records] == ["BBB-BBBB", "CCC-CCCC"]
    assert built.sections["day"] == {"2025-06-02": 2}


def test_a_missing_database_is_an_error_not_an_empty_report(tmp_path):
    done = subprocess.run([sys.executable, "-m", "bot.cli", "report", "--db", str(tmp_path / "none.db"),
                           "--from", "2025-03-03", "--to", "2025-03-16"], cwd=ROOT, capture_output=True, text=True,
                          timeout=300, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 1 and "no database" in done.stderr and not (tmp_path / "none.db").exists()


def test_small_counts_of_a_district_or_a_day_are_shown_as_under_5_and_totals_are_not():
    days = {date(2025, 3, 3): 12, date(2025, 3, 4): 3, date(2025, 3, 6): 1}  # 5 March: none
    districts = ["DA1"] * 1 + ["DA2"] * 4 + ["DA3"] * 5 + ["DA4"] * 6  # and 0 "not given"
    records, n = [], 0
    for day, count in days.items():
        for _ in range(count):
            records.append(PilotRecord(reference=f"R{n}", created_at=datetime.combine(day, datetime.min.time()).replace(
                hour=12), conversation_id=f"c{n}", disposition="pharmacy" if n else "call_999", level=1, rule="r",
                postcode_district=districts[n]))
            n += 1
    built = Report(date(2025, 3, 3), date(2025, 3, 6), None, records)
    rows = {(section, key): (count, share) for section, key, count, share in built.rows()}
    assert rows[("day", "2025-03-03")] == ("12", "75%")
    assert rows[("day", "2025-03-04")] == rows[("day", "2025-03-06")] == ("<5", "-")
    assert rows[("day", "2025-03-05")] == ("0", "0%")  # none is not a small number
    assert [(k, c) for s, k, c, _ in built.rows() if s == "postcode district"] == [
        ("DA4", "6"), ("DA3", "5"), ("DA1", "<5"), ("DA2", "<5")]  # the small ones by name: not ranked
    assert rows[("disposition", "call_999")] == ("1", "6%")  # other breakdowns are exact
    assert rows[("week", "2025-W10")] == ("16", "100%")
    assert "Decisions: 16 in 16 conversations." in built.headlines()  # the total is exact
    assert "postcode district,DA1,<5,-" in built.to_csv() and "day,2025-03-04,<5,-" in built.to_csv()
    for section in ("day", "postcode district"):  # the charts draw no bar for a small count
        keys, heights, hidden = built.chart_data(section)
        assert all(h == 0 or h >= 5 for h in heights) and sum(hidden) == 2, section
        assert dict(zip(keys, heights, strict=True))["DA4" if section != "day" else "2025-03-03"] in (6, 12)
    keys, heights, hidden = built.chart_data("week")
    assert heights == [16] and not any(hidden)
