"""A message in a language the bot cannot read gets the safe advice in that language, the
conversation goes on, and a second one also gets the 111 advice."""
import pytest

from bot import assembly

MESSAGES = {
    "pl": ("moje dziecko jest nieprzytomne", "999"),
    "ro": ("copilul meu are febră mare de ieri", "111"),
    "lt": ("gerklės skausmas ir karščiavimas", "111"),
    "pa": ("ਮੇਰੀ ਛਾਤੀ ਵਿੱਚ ਬਹੁਤ ਦਰਦ ਹੈ", "999"),
    "ne": ("मेरो छातीमा धेरै दुखाइ छ", "999"),
    "ur": ("میرے سینے میں درد ہے", "999"),
}


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_the_safe_advice_comes_in_the_patients_language(chat, code):
    text, number = MESSAGES[code]
    reply = chat.say(text)
    own = assembly.conversation().languages[code]
    assert reply.messages[0]["text"] == own and number in own and "111" in own
    assert "interpreter" in chat.texts and chat.advice is None


def test_a_second_message_in_another_language_also_gets_the_111_advice(chat):
    chat.say(MESSAGES["pl"][0])
    chat.say("nie rozumiem, pomocy, bardzo boli")
    assert chat.advice["disposition"] == "nhs_111"
    assert chat.reply.messages[0]["text"] == assembly.conversation().languages["pl"]


def test_english_afterwards_is_read_as_usual(chat):
    chat.say(MESSAGES["ro"][0])
    chat.say("my lips are going blue")
    assert chat.advice["disposition"] == "call_999"
