"""Whether the patient is (or may be) pregnant, and how many weeks."""
from __future__ import annotations

import re
from dataclasses import dataclass

from bot.understand.ntext import NText
from bot.understand.text import NUM, parse_number

# the typist's partner, whose "29 weeks" is a pregnancy's, never a baby's age ("she is 7 weeks" may be either)
PARTNER_WORDS = ("wife", "partner", "girlfriend", "gf", "missus", "fiancee")
PREG_WEEKS_RX = [
    re.compile(
        rf"\b(?P<n>{NUM}) (?P<u>weeks?|wks?) (?:with|along with|gone with) (?:(?:our|my|her|the|their) "
        rf"(?:first|second|third|fourth|1st|2nd|3rd|4th|baby|twins)|number (?:two|three|four|2|3|4))\b"
    ),
    re.compile(
        rf"\b(?P<n>{NUM}) (?:\+ ?\d )?(?P<u>weeks?|wks?|wk|w|months?) (?:and \d+ days? )?"
        rf"(?:pregnant|gone|along|into (?:my|her|the) pregnancy|preg|pg|pregs)\b"
    ),
    re.compile(
        rf"\bpregnant (?:with (?:my |our |her )?\w+ (?:baby |child )?)?(?:and |at |about |around |roughly |approx )*"
        rf"(?P<n>{NUM}) (?P<u>weeks?|wks?|months?)\b"
    ),
    re.compile(
        rf"\b(?:i am|she is|im|(?:{'|'.join(PARTNER_WORDS)}) is) (?P<n>{NUM}) (?P<u>weeks?|wks?)\b"
        rf"(?! old| ago| into (?!(?:my|her|the) pregnancy)| post| after| since| off)"
    ),
    # a bare gestation opening the message: "31 weeks. itching at night" (12 or more: a shorter
    # span opening a message is as often how long something has lasted)
    re.compile(r"^(?:im |i am |i m )?(?P<n>1[2-9]|[23]\d|4[0-2]) (?P<u>weeks?|wks?)(?= (?:\.|,|!|-|and\b|with\b|today\b|now\b))"),
    # a gestation beside the baby in the womb: "30 weeks and baby is quiet", "34 weeks, bump ..."
    re.compile(r"(?<!for )(?<!past )(?<!last )\b(?P<n>1[2-9]|[23]\d|4[0-2]) (?P<u>weeks?|wks?) (?:\. |, )?"
               r"(?:and |but |now |so )?(?:the |my |our )?(?:baby|babys|bump|kicks|movements)\b"
               r"(?! (?:is|was) (?:born|delivered))"),
    # a late gestation beside labour's words: "waters just went at home 38 wks"
    re.compile(r"\b(?:waters|contractions|labour|labor|midwife|maternity)\b[^.?!]{0,40}?(?<!for )(?<!past )(?<!last )"
               r"\b(?P<n>2[4-9]|3\d|4[0-2]) (?P<u>weeks?|wks?)\b(?! ago| old)"),
    # midwives' notation, weeks + days: "33+4 with my second"
    re.compile(r"(?<!temp )(?<!temperature )(?<!fever )\b(?P<n>[1-4]?\d) \+ [0-6]\b(?P<u>)(?! (?:years?|yrs?|months?|kg|c|f)\b)"),
]
# a baby named before "she is N weeks", with no pregnancy word anywhere: the weeks are the baby's age
BABY_BEFORE_RX = re.compile(r"\b(?:baby|babys|newborn|daughter|granddaughter|little girl|baby girl|little one|lo)\b")
# "expecting" alone is a pregnancy ("we're expecting our second"), not something anticipated ("stiff, which I was
# expecting", "expecting it to hurt")
PREG_WORD_RX = re.compile(
    r"\b(?:pregnant|pregnancy|preggers|preggo|expecting a baby|"
    r"(?<!which i was )(?<!what i was )(?<!than i was )(?<!as i was )(?<!which i am )(?<!what i am )"
    r"expecting(?! (?:it|that|this|to|the|a call|him|her|them|more|worse|better|less|much)\b))\b")
PREG_NEG_RX = re.compile(
    r"(?:\b(?:not|isnt|cant be|cannot be|couldnt be|definitely not|no chance|no way|never been|not currently|am not|im not|"
    r"(?:nobody|no one|noone|none of us|neither of us)(?: (?:at|in) (?:home|the house|the family|our house|the flat|here))?)\b"
    r"(?: \w+){0,2} ?$)"
)
PREG_UNSURE_RX = re.compile(
    r"\b(?:might|may|could|maybe|possibly|perhaps|think i might|think i may|not sure if|unsure if|wondering if|"
    r"worried i might|worried i am|worried im|if i am|if im|in case|chance i|chance that i|test|tests|if)\b(?: \w+){0,3} ?$"
)
# right after the word: "pregnancy test, negative", "test was negative", "test yesterday and it was negative"
NEGATIVE_AFTER_RX = re.compile(
    r"^ (?:tests? [^.?!]{0,30}?\b|(?:, )?(?:and )?(?:it |its |it s |they |theyre |was |were |is |are |came back |both |all )*)"
    r"negative"
)
NEGATIVE_TEST_BEFORE_RX = re.compile(r"\bnegative (?:home )?$")  # "a negative pregnancy test"
# pregnancy as a topic, not the patient's state: "I've read it's bad in pregnancy", "is it safe during pregnancy",
# "planning a pregnancy"
TOPIC_BEFORE_RX = re.compile(r"\b(?:(?:bad|safe|unsafe|harmful|dangerous|ok|okay|allowed|risky|risks?|effects?|used) "
                             r"(?:in|during|for)|(?:planning|plan|planned|trying for|want|wanting) (?:a|another)?) ?$")
# a simile of a swollen tummy, not a pregnancy: "bloating that makes me look pregnant", "looks 6 months pregnant",
# or a tummy swollen "like i am expecting", "as if she is 9 months pregnant", "like a pregnant woman"
LOOKS_PREGNANT_RX = re.compile(
    r"\b(?:look|looks|looking|look like (?:i am|im)|looks like (?:i am|im))(?: \w+){0,3} $"
    r"|\b(?:blown up|swollen|swelled|swelled up|bloated|big|huge|massive|distended|puffed up|ballooned|sticking out|stuck out)"
    r"(?: (?:its|it is|that its|that it is))? (?:like|as if|as though)(?: \w+){0,4} $"
)
POSTNATAL_RX = re.compile(
    r"\b(?:had (?:my|the|a|our) (?:baby|son|daughter|little one)|gave birth|given birth|since giving birth|since the birth|"
    r"just had a baby|postnatal|post natal|since my baby was born|after having (?:my|the) baby|c section|caesarean|"
    r"since (?:he|she) was born)\b"
)


@dataclass
class Pregnancy:
    pregnant: bool | None
    weeks: float | None
    span: tuple[int, int] | None
    ruled_out: bool = False  # said not to be ("not pregnant", "the test was negative"), not only after a birth
    may_be_an_age: bool = False  # "she is 7 weeks": the weeks may be a baby's age


def find_pregnancy(nt: NText) -> Pregnancy:
    text = nt.text
    weeks = None
    span = None
    for rx in PREG_WEEKS_RX:
        m = rx.search(text)
        if m:
            n = parse_number(m.group("n"))
            if n is None:
                continue
            unit = m.group("u")
            before = text[max(0, m.start() - 25) : m.start()]
            if PREG_NEG_RX.search(before) or LOOKS_PREGNANT_RX.search(before):
                continue
            w = n * 4.345 if unit.startswith("month") else n
            may_be_an_age = m.group(0).startswith("she is")
            if may_be_an_age and BABY_BEFORE_RX.search(text[: m.start()]) and not PREG_WORD_RX.search(text):
                continue  # "first baby. she's 7 weeks and felt hot": the baby's age
            if 0 < w <= 45:
                weeks = round(w, 1)
                span = nt.tok_span(m)
                return Pregnancy(True, weeks, span, may_be_an_age=may_be_an_age)
    state: bool | None = None
    seen = False
    for m in PREG_WORD_RX.finditer(text):
        before = text[max(0, m.start() - 30) : m.start()]
        after = text[m.end() : m.end() + 50]
        if LOOKS_PREGNANT_RX.search(before) or TOPIC_BEFORE_RX.search(before):
            continue
        seen = True
        span = nt.tok_span(m)
        if PREG_NEG_RX.search(before) or NEGATIVE_TEST_BEFORE_RX.search(before) or NEGATIVE_AFTER_RX.match(after):
            state = False
            continue
        if PREG_UNSURE_RX.search(before) or re.match(r"^ \?", after):
            if state is None:
                state = None
            continue
        if re.search(r"\b(?:when|while|whilst|during) (?:i was|she was|my|her|the)?\s*$", before) or re.search(
            r"\b(?:last|previous|first|other) $", before
        ):
            continue  # historical pregnancy
        state = True
        break
    if state is None and not seen:
        m = POSTNATAL_RX.search(text)
        if m:
            return Pregnancy(False, None, nt.tok_span(m))
    return Pregnancy(state, None, span if state is not None else None, ruled_out=state is False)
