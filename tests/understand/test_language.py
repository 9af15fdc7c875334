"""A message in another language is recognised; English, however misspelt, never is."""
import pytest

LANGUAGES = {
    "pl": "silny ból w klatce piersiowej, trudno mi oddychać",
    "ro": "copilul meu are febră mare de ieri",
    "lt": "gerklės skausmas ir karščiavimas",
    "pa": "ਮੇਰੀ ਛਾਤੀ ਵਿੱਚ ਬਹੁਤ ਦਰਦ ਹੈ",
    "ne": "मेरो छातीमा धेरै दुखाइ छ",
    "ur": "میرے سینے میں درد ہے",
}


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_each_community_language_is_recognised(understander, code):
    assert understander.read(LANGUAGES[code]).language == code


@pytest.mark.parametrize("text", [
    "hi", "help", "yes", "not sure", "ok thanks", "DA11 0AA", "DA12 1AA", "ME1 2AB", "gravesend", "she is 3", "female",
    "can i speak to someone", "im worried about my nan", "ma dad cant breeve",
    "wat time does the chemist shut", "hello there how are you", "Kawasaki disease?",
    "chst pn rdiatn 2 arm", "ma bby cnt breth lips goin blu", "gud evening i hav pain",
])
def test_english_short_or_misspelt_is_never_taken_for_another_language(understander, text):
    assert understander.read(text).language is None


def test_a_message_the_lexicon_reads_is_english_enough(understander):
    assert understander.read("my chest hurts").language is None


def test_foreign_words_bent_into_english_ones_are_not_read_as_findings(understander):
    reading = understander.read("boli mnie gardło od wczoraj")  # Polish: my throat hurts since yesterday
    assert reading.language == "pl" and not reading.findings
