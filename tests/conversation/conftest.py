"""A patient talking to the in-process conversation (shared by the conversation tests)."""
import pytest

from bot import assembly
from bot.conversation import ConversationState, Incoming


class Chat:
    """A patient talking to the in-process conversation."""

    def __init__(self):
        self.conversation = assembly.conversation()
        self.understander = assembly.understander()
        self.state = ConversationState()
        self.reply = None

    def say(self, text: str, intent: str | None = None):
        self.reply = self.conversation.respond(self.state, Incoming(text, intent, self.understander.read(text)))
        self.state = self.reply.state
        return self.reply

    @property
    def asked(self):
        return self.reply.slots["requested_slot"]

    @property
    def advice(self):
        return next((m["custom"] for m in self.reply.messages if "disposition" in m.get("custom", {})), None)

    @property
    def texts(self):
        return " ".join(m.get("text", "") for m in self.reply.messages)

    def say_no_until_asked(self, slot: str, max_turns: int = 6):
        """Answer 'no' to every other question until the bot asks for `slot`."""
        for _ in range(max_turns):
            if self.asked == slot:
                return
            self.say("no")
        pytest.fail(f"{slot} was never asked")

    def answer_until_advice(self, facts: dict, max_turns: int = 15):
        for _ in range(max_turns):
            if self.advice:
                return self.advice
            slot = self.asked
            self.say(facts.get(slot, "no") if slot else "no")
        pytest.fail(f"no advice after {max_turns} turns")


@pytest.fixture
def chat():
    return Chat()


@pytest.fixture
def new_chat():
    """A factory, for tests that play the same opening more than once."""
    return Chat
