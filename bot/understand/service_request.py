"""A service the patient asks for directly ("where's the nearest pharmacy?")."""
from __future__ import annotations

import re

from bot.understand.ntext import NText
from bot.understand.text import find_phrases, normalise_phrase

SERVICES = {
    "pharmacy": ["pharmacy", "pharmacies", "chemist", "chemists", "pharmacist", "boots", "lloyds pharmacy", "superdrug pharmacy"],
    "gp_practice": [
        "gp", "gps", "gp surgery", "gp practice", "doctors surgery", "doctors", "doctor", "surgery", "family doctor",
        "health centre", "medical centre", "a gp", "new gp",
    ],
    "dentist": ["dentist", "dentists", "dental practice", "dental surgery", "emergency dentist", "nhs dentist", "dental"],
    "emergency_department": [
        "a & e", "a and e", "a + e", "ae", "accident and emergency", "emergency department", "casualty", "er", "hospital",
        "emergency room",
    ],
    "urgent_treatment_centre": [
        "urgent treatment centre", "urgent treatment center", "utc", "walk in centre", "walk in center", "walk in clinic",
        "walkin centre", "minor injuries unit", "minor injuries", "miu", "urgent care centre", "urgent care",
    ],
    "optometrist": ["optician", "opticians", "optometrist", "optometrists", "eye test", "eye clinic", "specsavers"],
    "sexual_health": [
        "sexual health clinic", "sexual health", "gum clinic", "sti clinic", "std clinic", "sti test", "sti testing", "std test",
        "family planning clinic", "family planning", "contraception clinic",
    ],
    "maternity": [
        "maternity unit", "maternity", "midwife", "midwives", "labour ward", "maternity triage", "antenatal clinic",
        "birth centre",
    ],
    "mental_health_crisis": [
        "crisis team", "crisis line", "mental health crisis", "crisis cafe", "safe haven", "crisis service", "samaritans",
        "mental health team",
    ],
    "talking_therapies": [
        "talking therapies", "talking therapy", "counselling", "counseling", "counsellor", "therapist", "therapy", "cbt", "iapt",
        "psychologist", "mental health support",
    ],
    "community_service": [
        "podiatry", "podiatrist", "chiropodist", "chiropody", "physio", "physiotherapy", "physiotherapist", "district nurse",
        "district nurses", "continence service", "continence nurse", "health visitor", "community nurse", "wheelchair service",
        "hearing clinic", "audiology",
    ],
}
REQUEST_CUE_RX = re.compile(
    r"\b(?:where|nearest|closest|near me|nearby|local|find|finding|looking for|look for|open|opening|address|"
    r"phone number|number for|contact details|directions|how do i get|how to get|get to|need a|need an|need to see|"
    r"want to see|want a|want an|see a|see an|book|booking|register|registering|sign up|refer myself|self refer|"
    r"self referral|referral|contact|get hold of|list of|is there a|is there an|are there any|"
    r"which (?:pharmacy|chemist|dentist|gp|optician|clinic)|recommend|any .* open|take me|"
    r"appointment with|appointment at|speak to a|talk to a|get an appointment|urgent appointment)\b"
)
NOT_REQUEST_RX = re.compile(
    r"\b(?:my|the|our) (?:gp|doctor|doctors|dentist|pharmacist|midwife|therapist|counsellor|health visitor) "
    r"(?:said|says|told|thinks|gave|prescribed|referred|sent)\b"
    r"|\b(?:went to|been to|saw|seen|was at|came back from) (?:the |my |a )?\w+\b"
)


def _service_phrases() -> dict[tuple[str, ...], str]:
    """Each normalised service phrase and the service it names."""
    return {normalise_phrase(p): sid for sid, phrases in SERVICES.items() for p in phrases}


_SERVICE_OF = _service_phrases()
_PHRASES = list(_SERVICE_OF)


def find_service_request(nt: NText, sentences: list[tuple[int, int]] | None = None) -> tuple[str, tuple[int, int]] | None:
    words = nt.words
    sentences = sentences or [(0, len(words))]
    n_content = sum(1 for w in words if w.isalnum())
    for lo, hi in sentences:
        sent_text = " ".join(words[lo:hi])
        hits: list[tuple[int, int, str]] = []
        for i, j in sorted(find_phrases(words, _PHRASES, lo, hi), key=lambda h: (h[0] - h[1], h[0])):
            if not any(a <= i < b for a, b, _ in hits):  # the longest phrase at a place wins
                hits.append((i, j, _SERVICE_OF[tuple(words[i:j])]))
        if not hits:
            continue
        short = n_content <= 5
        if REQUEST_CUE_RX.search(sent_text) or short:
            if NOT_REQUEST_RX.search(sent_text) and not re.search(r"\b(?:where|nearest|closest|find|open|near me)\b", sent_text):
                continue
            hits.sort()
            i, j, sid = hits[0]
            return sid, (i, j)
    return None
