"""Reference numbers: readable, unambiguous, and a mistyped one is caught, not matched to another case."""
from bot.records.reference import ALPHABET, new_reference, normalise


def test_a_reference_is_seven_unambiguous_characters_shown_as_three_and_four():
    for _ in range(200):
        ref = new_reference()
        assert len(ref) == 8 and ref[3] == "-"
        assert set(ref.replace("-", "")) <= set(ALPHABET)
    assert not set("01OIL") & set(ALPHABET)


def test_how_people_type_it_is_accepted():
    ref = new_reference()
    for typed in (ref, ref.lower(), ref.replace("-", ""), ref.replace("-", " "), f"  {ref.lower()} "):
        assert normalise(typed) == ref


def test_every_single_typo_and_every_swap_of_neighbours_is_caught():
    for _ in range(100):
        chars = list(new_reference().replace("-", ""))
        for i in range(7):
            for c in ALPHABET:
                if c != chars[i]:
                    assert normalise("".join(chars[:i] + [c] + chars[i + 1:])) is None
            if i < 6 and chars[i] != chars[i + 1]:
                swapped = chars[:i] + [chars[i + 1], chars[i]] + chars[i + 2:]
                assert normalise("".join(swapped)) is None


def test_anything_else_is_not_a_reference():
    for typed in (None, "", "K7F-3QX", "K7F-3QX99", "K0F-3QX9", "hello123", "DA11 0AA"):
        assert normalise(typed) is None
