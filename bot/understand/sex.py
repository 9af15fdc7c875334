"""The patient's sex from what the typist says of themselves or from anatomy words."""
from __future__ import annotations

import re

from bot.understand.ntext import NText

AGE_UNITS = r"(?:years?|yrs?|y o|yo)"  # "71 year", "16 yrs", "40 y o"
FEMALE_WORDS = r"(?:woman|lady|girl|female|mum|mother|mom|wife|grandmother|granny|nan|pregnant woman|teenage girl|young woman)"
MALE_WORDS = r"(?:man|guy|bloke|boy|male|dad|father|husband|grandad|lad|gentleman|young man|teenage boy)"
FEMALE_SELF_RX = re.compile(
    r"\b(?:i am|im|as) an? (?:\d+ " + AGE_UNITS + r" old )?" + FEMALE_WORDS + r"\b"
    r"|\bi am (?:a )?female\b|\b(?:my|i have|had my|i m on my|on my) (?:period|periods)\b|\bi am pregnant\b"
)
MALE_SELF_RX = re.compile(
    r"\b(?:i am|im|as) an? (?:\d+ " + AGE_UNITS + r" old )?" + MALE_WORDS + r"\b"
    r"|\bi am (?:a )?male\b"
)
HEADLINE_RX = re.compile(
    r"(?:^|[.!?] )(?:an? )?\d{1,3} ?" + AGE_UNITS + r"(?: old)? "
    r"(?:(?P<f>" + FEMALE_WORDS + r")|" + MALE_WORDS + r")(?: [,.!?]| with\b| here\b|$)"
)
FEMALE_BODY = {"pregnant", "pregnancy", "period", "periods", "vagina", "vaginal", "womb", "ovary",
               "ovaries", "cervix", "smear", "menopause", "miscarriage", "miscarrying", "vulva",
               "labia", "uterus", "menstrual", "tampon", "tampons", "midwife", "postnatal", "breastfeeding"}
MALE_BODY = {"penis", "testicle", "testicles", "testicular", "scrotum", "prostate", "foreskin", "testes", "bollocks"}
SEX_ANSWER = {
    "female": "female", "f": "female", "woman": "female", "women": "female", "girl": "female",
    "lady": "female", "she": "female", "her": "female", "fem": "female", "feminine": "female",
    "daughter": "female", "mum": "female", "mother": "female", "wife": "female", "gal": "female",
    "male": "male", "m": "male", "man": "male", "men": "male", "boy": "male", "guy": "male",
    "bloke": "male", "he": "male", "him": "male", "son": "male", "dad": "male", "father": "male",
    "husband": "male", "lad": "male", "gentleman": "male",
}


def self_sex(nt: NText) -> tuple[str | None, tuple[int, int] | None]:
    mf = FEMALE_SELF_RX.search(nt.text)
    mm = MALE_SELF_RX.search(nt.text)
    if mf and not mm:
        return "female", nt.tok_span(mf)
    if mm and not mf:
        return "male", nt.tok_span(mm)
    # a message or sentence that opens by naming the patient: "71 year old man. burning when i pass water"
    m = HEADLINE_RX.search(nt.text)
    if m:
        return ("female" if m.group("f") else "male"), nt.tok_span(m)
    m = re.search(r"(?:^|[,.!?] )(?:i am )?(?:a )?(?P<sx>male|female)(?: [,.!?]|$)", nt.text)
    if m:
        return ("female" if m.group("sx") == "female" else "male"), nt.tok_span(m)
    m = re.search(r"(?:^|[,.!?] )\d{1,3} ?(?P<sx>m|f)\b", nt.text)
    if m:
        return ("female" if m.group("sx") == "f" else "male"), nt.tok_span(m)
    return None, None
