"""Understanding layer: turns what a patient types into structured findings.

    from bot.understand import Understander, Reading, Finding
    u = Understander.load(Path("data/triage"))
    r = u.read("my 6 yr old has had earache for 2 days")

Pure Python + spaCy (blank English), negspacy and rapidfuzz; no Rasa import.
"""

from bot.understand.lexicon import Lexicon, LexiconError, load_lexicon
from bot.understand.reading import Finding, Reading
from bot.understand.understander import Understander

__all__ = ["Understander", "Reading", "Finding", "Lexicon", "LexiconError", "load_lexicon"]
