"""The clinical core: deterministic triage rules over data files. No Rasa imports here."""
from bot.triage.case import Case
from bot.triage.content import Content, Disposition, Question, Rule
from bot.triage.engine import Ask, Decision, Triage

__all__ = ["Ask", "Case", "Content", "Decision", "Disposition", "Question", "Rule", "Triage"]
