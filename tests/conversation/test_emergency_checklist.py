"""The emergency checklist: offered before the first question when the first message says nothing
the bot can read, as a custom payload without a disposition (data/conversation/emergency_checklist.yml)."""
import pytest

from bot.conversation import Conversation
from bot.datafiles import DataFileError
from bot.settings import settings

SIGNS = ["breath", "chest pain", "stroke", "bleeding", "fit", "unconscious", "allergic"]


def checklists(reply) -> list[dict]:
    return [m["custom"]["emergency_checklist"] for m in reply.messages if "emergency_checklist" in m.get("custom", {})]


@pytest.mark.parametrize("first", ["I need help", "something is wrong", "please help me"])
def test_a_vague_first_message_gets_the_checklist_before_the_first_question(chat, first):
    reply = chat.say(first)
    [checklist] = checklists(reply)
    assert reply.messages[0]["custom"] == {"emergency_checklist": checklist}
    assert "disposition" not in reply.messages[0]["custom"]
    signs = " ".join(checklist["signs"]).lower()
    assert all(sign in signs for sign in SIGNS), signs
    assert checklist["call"] == "Call 999" and checklist["title"] and checklist["after"]
    # then the question, which the patient answers as before
    assert chat.asked == "q_emergency_signs" and reply.messages[-1]["buttons"]
    chat.say("no")
    assert checklists(chat.reply) == []


@pytest.mark.parametrize("first", ["I've got a sore throat", "I feel sick and dizzy", "I want to kill myself"])
def test_a_first_message_we_can_read_gets_no_checklist(chat, first):
    assert checklists(chat.say(first)) == []


def test_the_checklist_is_offered_once(chat):
    chat.say("I need help")
    chat.say("start again")
    assert checklists(chat.say("something is wrong"))  # a new conversation: offered again
    chat.say("blah blah")
    assert checklists(chat.reply) == []


def test_a_checklist_file_without_signs_is_refused_at_start(tmp_path):
    path = tmp_path / "emergency_checklist.yml"
    good = Conversation.load_checklist(settings().data_dir / "conversation" / "emergency_checklist.yml")
    path.write_text("heading: x\ntitle: y\nsigns: []\ncall: Call 999\nafter: z\n")
    with pytest.raises(DataFileError, match="signs"):
        Conversation.load_checklist(path)
    path.write_text("signs: [a]\n")
    with pytest.raises(DataFileError, match="heading"):
        Conversation.load_checklist(path)
    assert len(good["signs"]) == 7
