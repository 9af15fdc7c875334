"""Tokenising what patients type (bot/understand/text.py)."""
from bot.understand.text import tokenize


def norms(text):
    return [t.norm for t in tokenize(text)]


def test_an_emoji_ends_what_was_being_said():
    assert norms("came out in spots yesterday \U0001f644 the kids had it") == [
        "came", "out", "in", "spots", "yesterday", ".", "the", "kids", "had", "it"]
    assert norms("feel sick \U0001f92e\U0001f92e and hot") == ["feel", "sick", ".", "and", "hot"]


def test_punctuation_is_no_emoji():
    assert norms("sore, hot - and red!") == ["sore", ",", "hot", "-", "and", "red", "!"]


def test_an_emoji_reading_keeps_the_illness_with_its_teller(read):
    """Text-speak with an emoji for a full stop: the children after it do not take the chickenpox before it."""
    reading = read("came out in chickenpox yesterday \U0001f644 the kids had it last month")
    assert reading.finding("chickenpox").context == "affirmed"
