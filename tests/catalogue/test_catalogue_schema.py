"""Validation of catalogue files fails loudly, naming the file, entry and line (bot.catalogue.schema)."""

import re

import pytest
from catalogue_fixtures import AREA, DISPOSITIONS, entry, write_yaml

from bot.catalogue import Area, Catalogue, CatalogueError
from bot.catalogue.dispositions import DISPOSITION_CODES, load_dispositions

GOOD = entry("pharm-a", "pharmacy", "DA1 1DE")


def load_error(make_catalogue, **kwargs) -> str:
    with pytest.raises(CatalogueError) as caught:
        Catalogue.load(make_catalogue(**kwargs))
    return str(caught.value)


def test_missing_postcode_names_file_entry_and_line(make_catalogue):
    bad = entry("pharm-b", "pharmacy", "DA1 1DE")
    del bad["postcode"]
    message = load_error(make_catalogue, files={"pharmacy.yml": {"entries": [GOOD, bad]}})
    assert "pharmacy.yml" in message
    assert "entry 2 (id 'pharm-b')" in message
    assert "'postcode' is a required property" in message
    line = int(re.search(r"line (\d+)", message).group(1))
    text = (make_catalogue().joinpath("pharmacy.yml")).read_text().splitlines()
    assert "pharm-b" in text[line - 1]  # the reported line is where the entry starts


@pytest.mark.parametrize(
    "change, expected",
    [
        ({"kind": "witch_doctor"}, "kind"),
        ({"postcode": "DA1"}, "postcode"),
        ({"phnoe": "01322 123456"}, "Additional properties"),
        ({"lat": 0.25, "lon": 51.4}, "lat"),  # swapped coordinates fall outside GB
        ({"lat": 51.4}, "lon"),  # lat without lon
        ({"url": "www.example.org"}, "url"),
        ({"as_of": "last year"}, "as_of"),
        ({"id": "Has Spaces"}, "id"),
    ],
)
def test_bad_fields_are_rejected(make_catalogue, change, expected):
    bad = {**GOOD, **change}
    message = load_error(make_catalogue, files={"services.yml": {"entries": [bad]}})
    assert "services.yml: entry 1" in message and expected in message


def test_missing_source_and_as_of(make_catalogue):
    bad = {k: v for k, v in GOOD.items() if k not in ("source", "as_of")}
    message = load_error(make_catalogue, files={"services.yml": {"entries": [bad]}})
    assert "'source' is a required property" in message


def test_regional_entry_needs_no_address(make_catalogue):
    regional = entry("line", "nhs_111", regional=True, phone="111")
    catalogue = Catalogue.load(make_catalogue(entries=[GOOD, regional]))
    assert catalogue.entry("line").regional


def test_local_entry_without_address_is_rejected(make_catalogue):
    bad = entry("line", "nhs_111", phone="111")
    assert "'address' is a required property" in load_error(make_catalogue, entries=[bad])


def test_file_kind_must_match_entries(make_catalogue):
    files = {"pharmacy.yml": {"kind": "pharmacy", "entries": [GOOD, entry("gp", "gp_practice", "DA1 1QY")]}}
    message = load_error(make_catalogue, files=files)
    assert "pharmacy.yml: entry 2 (id 'gp')" in message and "kind 'gp_practice'" in message


def test_duplicate_ids_across_files(make_catalogue):
    message = load_error(make_catalogue, files={"a.yml": {"entries": [GOOD]}, "b.yml": {"entries": [GOOD]}})
    assert "b.yml" in message and "duplicate id" in message and "a.yml" in message


def test_invalid_yaml_names_file(make_catalogue):
    message = load_error(make_catalogue, files={"broken.yml": "entries:\n  - id: [unclosed\n"})
    assert "broken.yml" in message and "invalid YAML" in message


def test_unknown_postcode_district_is_rejected(make_catalogue):
    message = load_error(make_catalogue, entries=[entry("x", "pharmacy", "ZZ9 9ZZ")])
    assert "'ZZ9' is not a known GB district" in message


def test_file_without_entries_list(make_catalogue):
    message = load_error(make_catalogue, files={"notes.yml": {"hello": "world"}})
    assert "notes.yml" in message


def test_missing_directory_and_area_file(tmp_path):
    with pytest.raises(CatalogueError, match="not found"):
        Catalogue.load(tmp_path / "nowhere")
    (tmp_path / "empty").mkdir()
    with pytest.raises(CatalogueError, match="area.yml"):
        Catalogue.load(tmp_path / "empty")


def test_area_file_is_validated(tmp_path):
    path = write_yaml(tmp_path / "area.yml", {**AREA, "outward_codes": ["DA1", "not a code"]})
    with pytest.raises(CatalogueError, match=r"area\.yml: outward_codes/1"):
        Area.load(path)
    partial = {**AREA, "partial_districts": {"TN15": {"sectors": ["TN15"], "why": "x"}}}
    with pytest.raises(CatalogueError, match="area.yml"):
        Area.load(write_yaml(tmp_path / "area.yml", partial))


def test_area_contains():
    area = Area.from_dict(AREA)
    assert area.contains("DA1") and area.contains("DA1", "DA1 4")
    assert area.contains("TN15", "TN15 6") and not area.contains("TN15", "TN15 8")
    assert not area.contains("TN15") and not area.contains("EH1")


def test_repo_disposition_mapping_covers_the_contract():
    rules = load_dispositions(DISPOSITIONS)
    assert tuple(rules) == DISPOSITION_CODES
    assert rules["call_999"].kinds == ()
    assert rules["gp_urgent"].kinds == rules["gp_routine"].kinds == ("gp_practice",)
    assert rules["emergency_dental"].kinds == rules["dentist"].kinds == ("dentist",)
    assert rules["midwife"].kinds == ("maternity",)
    assert rules["self_care"].kinds == ("pharmacy",)
    assert rules["nhs_111"].kinds == ("nhs_111",)


def test_disposition_mapping_must_match_contract(tmp_path):
    mapping = {"dispositions": {code: {"kinds": []} for code in DISPOSITION_CODES if code != "midwife"}}
    mapping["dispositions"]["witch_doctor"] = {"kinds": []}
    with pytest.raises(CatalogueError) as caught:
        load_dispositions(write_yaml(tmp_path / "dispositions.yml", mapping))
    assert "missing ['midwife']" in str(caught.value) and "unknown ['witch_doctor']" in str(caught.value)
    mapping = {"dispositions": {code: {"kinds": ["hospital"]} for code in DISPOSITION_CODES}}
    with pytest.raises(CatalogueError, match="dispositions.yml"):
        load_dispositions(write_yaml(tmp_path / "dispositions.yml", mapping))
