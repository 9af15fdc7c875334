"""The cue files load through their schema, and a broken one fails loudly with its line."""

import pytest

from bot.datafiles import DataFileError
from bot.understand import cues


@pytest.mark.parametrize("name", sorted(p.name.removesuffix("_cues.yml") for p in cues.CUES_DIR.glob("*_cues.yml")))
def test_every_cue_file_loads_and_is_valid(name):
    data = cues.load_cues(name)
    assert data["version"] == 1
    assert len(data) > 2


def test_lists_split_by_sex_map_each_word_to_its_sex():
    people = cues.load_cues("person")
    relations = cues.by_sex(people, "child_relations")
    assert relations["son"] == "male" and relations["niece"] == "female" and relations["toddler"] is None


def test_phrases_keep_the_files_order_as_word_tuples():
    matching = cues.load_cues("matching")
    assert cues.phrase_list(matching, "strong_intensifiers")[:4] == [("very",), ("really",), ("so",), ("ever", "so")]


def test_products_join_one_phrase_from_each_list_in_turn():
    data = {"version": 1, "felt": [[["leg", "both arms"], ["feels numb", "went numb"]]]}
    assert cues.phrase_products(data, "felt") == ["leg feels numb", "leg went numb", "both arms feels numb",
                                                  "both arms went numb"]
    assert "arm feels numb" in cues.phrase_products(cues.load_cues("context"), "block_term_products")


def test_a_repeated_or_badly_spaced_cue_is_refused_with_its_line(tmp_path, monkeypatch):
    (tmp_path / "schema").mkdir()
    (tmp_path / "schema" / "cues.schema.json").write_text((cues.CUES_DIR / "schema" / "cues.schema.json").read_text())
    (tmp_path / "bad_cues.yml").write_text('version: 1\nwords: ["a", "b"]\nrepeated: ["no", "no"]\n')
    (tmp_path / "spaced_cues.yml").write_text('version: 1\nspaced: ["two  spaces"]\n')
    monkeypatch.setattr(cues, "CUES_DIR", tmp_path)
    with pytest.raises(DataFileError, match=r"bad_cues.yml:3: repeated"):
        cues.load_cues("bad")
    with pytest.raises(DataFileError, match=r"spaced_cues.yml:2: spaced"):
        cues.load_cues("spaced")


def test_a_block_phrase_blocks_its_bracketed_words_only():
    from bot.understand.context import block_parts

    assert block_parts("[cold] and clammy") == (("cold", "and", "clammy"), (0, 1))
    assert block_parts("[cant swallow] big tablets") == (("cant", "swallow", "big", "tablets"), (0, 2))
    assert block_parts("keep an eye on") == (("keep", "an", "eye", "on"), (0, 4))
