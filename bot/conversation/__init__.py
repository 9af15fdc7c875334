"""The dialogue: turns a patient's message and the remembered state into the bot's reply."""
from bot.conversation.respond import Conversation, Incoming, Reply
from bot.conversation.state import ConversationState

__all__ = ["Conversation", "ConversationState", "Incoming", "Reply"]
