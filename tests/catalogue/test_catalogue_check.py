"""`bot catalogue check` (bot.catalogue.check): the per-area table, and the same table in the docs."""

import datetime as dt
import re

from catalogue_fixtures import REPO, entry

from bot.catalogue.check import gaps, older_than_a_year, period_end, report, uncovered
from bot.catalogue.region import Region

DOCS = REPO / "docs" / "catalogue.md"


def test_data_is_old_when_even_the_end_of_its_period_is_over_a_year_before_the_date():
    on = dt.date(2026, 11, 30)
    assert period_end("2014") == dt.date(2014, 12, 31) and period_end("2024-02") == dt.date(2024, 2, 29)
    assert older_than_a_year("2014", on) and older_than_a_year("2025-10", on)
    assert not older_than_a_year("2025-11", on) and not older_than_a_year("2026", on)
    assert not older_than_a_year("2025-11-30", on) and older_than_a_year("2025-11-29", on)
    assert not older_than_a_year("2023-02-28", dt.date(2024, 2, 29))


def test_gaps_count_missing_phones_opening_times_and_old_data(make_catalogue):
    entries = [entry("a", "pharmacy", "DA1 1AA", phone="01322 000000", opening_times="9 to 5"),
               entry("b", "pharmacy", "DA1 1AB", as_of="2014")]
    region = Region.load(make_catalogue(entries=entries))
    row = gaps(region.entries, dt.date(2025, 6, 1))
    assert row == {"entries": 2, "no phone": 1, "no opening times": 1, "older than a year": 1}


def test_the_report_has_a_column_per_area_and_names_uncovered_places(make_region):
    region = Region.load(make_region())
    text = report(region, dt.date(2025, 6, 1))
    assert "| kind | west | east | all |" in text
    assert "| pharmacy | 1 | 2 | 3 |" in text and "| Test region | 8 | 4 | 8 | 0 |" in text
    # The two-area fixture has no dentist, GP or UTC: those places and dispositions are named.
    assert "DA1: dentist" in uncovered(region) and "TN15 6: urgent_treatment_centre" in uncovered(region)
    assert text.splitlines()[-1].startswith("Coverage: ") and "DA12: gp_routine" in text


def test_the_docs_show_what_the_check_prints_for_the_committed_catalogue():
    docs = DOCS.read_text(encoding="utf-8")
    table = re.search(r"<!-- catalogue-check:start -->\n(.*?)\n<!-- catalogue-check:end -->", docs, re.S)
    assert table, "docs/catalogue.md has no catalogue-check table"
    on = dt.date.fromisoformat(re.search(r"checked on (\d{4}-\d\d-\d\d)", table.group(1)).group(1))
    expected = report(Region.load(REPO / "data" / "services"), on)
    assert table.group(1) == expected, f"rerun `python -m bot.catalogue check --on {on}` and paste it into the docs"
