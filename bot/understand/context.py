"""ConText-style rules: clauses, negation (negspacy cues), historical, hypothetical, and
who a finding belongs to (patient or someone else).

Works on the normalised token list (see :mod:`bot.understand.text`), with token indices
shared with the spaCy Doc.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.understand.cues import by_sex, load_cues, phrase_list, phrase_products, word_set
from bot.understand.text import SENTENCE_PUNCT, UNITS, find_phrases

_CUES = load_cues("context")
_PEOPLE = load_cues("person")
PRECEDING_NEGATIONS: list[str] = _CUES["preceding_negations"]
SHORT_NEGATIONS: set[tuple[str, ...]] = set(phrase_list(_CUES, "short_negations"))
NEGATION_OPENERS = word_set(_CUES, "negation_openers")
DENIAL_ENDS = word_set(_CUES, "denial_ends")
FOLLOWING_NEGATIONS: list[str] = _CUES["following_negations"]
PSEUDO_NEGATIONS: list[str] = _CUES["pseudo_negations"]
TERMINATIONS: list[str] = _CUES["terminations"]
EXCEPTIONS: list[str] = _CUES["exceptions"]
ASKING_VERBS = word_set(_CUES, "asking_verbs")
COPULAS = word_set(_CUES, "copulas")
REPORTED_DENIALS: list[str] = _CUES["reported_denials"]
TYPIST_ASIDES: list[tuple[str, ...]] = phrase_list(_CUES, "typist_asides")
SINCE_THE_TRIP: list[tuple[str, ...]] = phrase_list(_CUES, "since_the_trip")
SINCE_WORDS = word_set(_CUES, "since_words")
TYPIST_ASIDES_REFLEXIVE = word_set(_CUES, "typist_asides_reflexive")
TYPIST_ASIDES_FINAL = word_set(_CUES, "typist_asides_final")
SIGN_OFFS = word_set(_CUES, "sign_offs")
ANSWER_ENDS = word_set(_CUES, "answer_ends")
NEAR_BREAKS = word_set(_CUES, "near_breaks")
NEAR_BREAK_PAIRS: set[tuple[str, ...]] = set(phrase_list(_CUES, "near_break_pairs"))
NEAR_NON_BREAKS: set[tuple[str, ...]] = set(phrase_list(_CUES, "near_non_breaks"))
ARTICLES = word_set(_CUES, "articles")
QUANTITY_WORDS: set[tuple[str, ...]] = set(phrase_list(_CUES, "quantity_words"))
# terminations that rephrase what was just denied ("not a pain exactly, more an ache")
HEDGES: set[tuple[str, ...]] = {tuple(t.split()) for t in TERMINATIONS if t.split()[0] in ("more", "its", "instead", "rather")}
HYPOTHETICAL_PRECEDING: list[str] = _CUES["hypothetical_preceding"]
HYPOTHETICAL_PSEUDO: list[str] = _CUES["hypothetical_pseudo"]
IF_CUES = word_set(_CUES, "if_cues")
HISTORICAL_PRECEDING: list[str] = _CUES["historical_preceding"]
HISTORICAL_FOLLOWING: list[str] = _CUES["historical_following"]
OPERATION_AFTER = frozenset(_CUES["operation_after"])
LATEST_TIME_DESCRIPTIONS: set[tuple[str, ...]] = {tuple(p.split()) for p in _CUES["latest_time_descriptions"]}
RECENT_TIMES: list[tuple[str, ...]] = [tuple(p.split()) for p in _CUES["recent_times"]]
DENYING_PSEUDO_NEGATIONS: list[str] = _CUES["denying_pseudo_negations"]
FAMILY_PRECEDING: list[str] = _CUES["family_preceding"]
FAMILY_FOLLOWING: list[str] = _CUES["family_following"]
CAUSE_OF_DEATH: list[str] = _CUES["cause_of_death"]
BLOCK_PHRASES: list[str] = _CUES["block_phrases"] + phrase_products(_CUES, "block_products")
BLOCK_TERM_PHRASES: list[str] = _CUES["block_term_phrases"] + phrase_products(_CUES, "block_term_products")


# ---------------------------------------------------------------- negspacy termset (lay English)
def negex_termset() -> dict[str, list[str]]:
    return {
        "pseudo_negations": list(PSEUDO_NEGATIONS),
        "preceding_negations": list(PRECEDING_NEGATIONS),
        "following_negations": list(FOLLOWING_NEGATIONS),
        "termination": list(TERMINATIONS),
    }


# ---------------------------------------------------------------- other context cues
YEAR_RE = re.compile(r"^(?:19|20)\d\d$")
HISTORICAL_AGE_OPENERS: list[tuple[str, ...]] = phrase_list(_CUES, "historical_age_openers")
RELATIVE_REACH = 5  # words back from a who-clause ("who has") to the person it names


def block_parts(phrase: str) -> tuple[tuple[str, ...], tuple[int, int]]:
    """A block phrase's words and the word span it blocks: "[cold] and clammy" blocks "cold" only
    (the other words are its context, so "clammy" is still read); without brackets, all of it."""
    from bot.understand.text import normalise_phrase

    before, bracket, after = phrase.partition("[")
    if not bracket:
        words = normalise_phrase(phrase)
        return words, (0, len(words))
    inside, _, after = after.partition("]")
    head, body, tail = normalise_phrase(before), normalise_phrase(inside), normalise_phrase(after)
    return head + body + tail, (len(head), len(head) + len(body))


def phrase_tuples(phrases: list[str]) -> list[tuple[str, ...]]:
    from bot.understand.text import normalise_phrase

    out = []
    for p in phrases:
        t = normalise_phrase(p)
        if t:
            out.append(t)
    return out


REPEATED_DENIALS: list[tuple[str, ...]] = phrase_tuples(_CUES["repeated_denials"])
DENYING_VERBS = word_set(_CUES, "denying_verbs")


# ---------------------------------------------------------------- clauses
CLAUSE_SUBJECTS = word_set(_CUES, "clause_subjects")
SUBJECT_PRONOUNS = word_set(_CUES, "subject_pronouns")
SENTENCE_ENDS = word_set(_CUES, "sentence_ends")
CLAUSE_JOINERS = word_set(_CUES, "clause_joiners")
CLAUSE_ADVERBS = word_set(_CUES, "clause_adverbs")
CLAUSE_VERBS = word_set(_CUES, "clause_verbs")
CLAUSE_TIME_OPENERS = word_set(_CUES, "clause_time_openers")
MEASURING_VERBS = word_set(_CUES, "measuring_verbs")
HARD_BREAKS = word_set(_CUES, "hard_breaks")
RELATIVE_PRONOUNS = word_set(_CUES, "relative_pronouns")


def clause_starts(words: list[str], sent_starts: list[int], termination_starts: list[int],
                  predicates: list[int]) -> list[int]:
    """Token indices where a clause starts (sentence starts, terminations, 'and he ...', and the
    `predicates`, from predicate_starts). A termination right after its subject takes the subject
    with it ("she just can't cope")."""
    starts = set(sent_starts) | set(predicates) | {
        t - 1 if t > 0 and words[t - 1] in SUBJECT_PRONOUNS else t for t in termination_starts}
    n = len(words)
    for i, w in enumerate(words):
        if w in HARD_BREAKS and i + 1 < n:
            starts.add(i + 1)
        elif w in CLAUSE_JOINERS and i + 1 < n:
            nxt = words[i + 1]
            if nxt in CLAUSE_SUBJECTS or (w == "and" and (nxt in CLAUSE_VERBS or nxt in CLAUSE_TIME_OPENERS)):
                starts.add(i)
            elif _subject_after_adverbs(words, i + 1):
                starts.add(i)  # "and sometimes I think ...", ", and she ..."
            elif w == "and" and nxt == "the" and any(words[j] in CLAUSE_VERBS for j in range(i + 3, min(i + 6, n))):
                starts.add(i)  # "had the baby 10 days ago and the first week was fine": its own subject
            elif w == "and" and words[i + 1:i + 3] == ["one", "of"] and i + 3 < n and words[i + 3] in ONE_OF_OWNERS:
                starts.add(i)  # "I had a look and one of his testicles is swollen": his, not mine
    starts.add(0)
    starts.update(_main_clauses_after_openers(words, sorted(sent_starts)))
    return sorted(s for s in starts if s < max(n, 1))


def _subject_after_adverbs(words: list[str], i: int) -> bool:
    """One or two words of `clause_adverbs` from i, then a clause's subject."""
    k = i
    while k < min(i + 2, len(words)) and words[k] in CLAUSE_ADVERBS:
        k += 1
    return i < k < len(words) and words[k] in CLAUSE_SUBJECTS


def _main_clauses_after_openers(words: list[str], sent_starts: list[int]) -> list[int]:
    """Where the typist's own main clause begins after a sentence opened by a time clause about someone else, with no
    comma between: "ever since my mate had a heart attack in the spring | I can't stop worrying"."""
    out = []
    for k, s in enumerate(sent_starts):
        end = sent_starts[k + 1] if k + 1 < len(sent_starts) else len(words)
        first = s + 1 if words[s : s + 1] == ["ever"] else s
        if words[first : first + 1] != ["since"] and (first != s or words[s] not in CLAUSE_TIME_OPENERS):
            continue
        subject = first + 1
        while subject < end and words[subject] in OWNER_WORDS:
            subject += 1
        if subject >= end or not (words[subject] in RELATIONS or words[subject] in OTHERS_PRONOUNS):
            continue  # the time clause's subject is not someone else ("since I had my baby", "since a house fire")
        out += [j for j in range(subject + 2, end) if words[j] == "i"][:1]
    return out


def predicate_starts(words: list[str]) -> list[int]:
    """Commas before a verb of their own ("didn't switch it off, got a shock"): a denial ends there,
    but whom the words are about does not change (the verb has no subject of its own)."""
    return [i for i, w in enumerate(words[:-1])
            if w == "," and words[i + 1] in CLAUSE_VERBS and not _closes_relative(words, i)]


def _closes_relative(words: list[str], comma: int) -> bool:
    """The comma closes a relative aside ("her brother, who is 2 weeks old, has spots"): the verb
    after it is the subject's own, not a new clause."""
    k = comma - 1
    while k >= 0 and words[k] not in CLAUSE_JOINERS:
        if words[k] in RELATIVE_PRONOUNS:
            return True
        k -= 1
    return False


def clause_of(starts: list[int], n: int, i: int) -> tuple[int, int]:
    import bisect

    k = bisect.bisect_right(starts, i) - 1
    lo = starts[max(k, 0)]
    hi = starts[k + 1] if k + 1 < len(starts) else n
    return lo, hi


# ---------------------------------------------------------------- people
CHILD_RELATIONS = by_sex(_PEOPLE, "child_relations")
ADULT_RELATIONS = by_sex(_PEOPLE, "adult_relations")
RELATIONS = {**ADULT_RELATIONS, **CHILD_RELATIONS}
PRONOUNS = by_sex(_PEOPLE, "pronouns")
REPORTER_PHRASES = set(phrase_list(_PEOPLE, "reporter_phrases"))
FOCUS_PHRASES = phrase_list(_PEOPLE, "focus_phrases")
WRITTEN_FOR_PHRASES = phrase_list(_PEOPLE, "written_for_phrases")
NOT_ME_PHRASES = phrase_list(_PEOPLE, "not_me_phrases")
DISCOURSE_MARKERS = phrase_list(_PEOPLE, "discourse_markers")
OWN_DOINGS = phrase_list(_PEOPLE, "own_doings")
MEASURE_BEFORE = set(phrase_list(_PEOPLE, "measure_before"))
MEASURE_POSSESSIVES = word_set(_PEOPLE, "measure_possessives")
SUBJECT_COORDINATORS = word_set(_PEOPLE, "subject_coordinators")
SIBLINGS = word_set(_PEOPLE, "siblings")
PARTNERS = word_set(_PEOPLE, "partners")
VOCATIVE_NEXT = word_set(_PEOPLE, "vocative_next")
ADDRESS_WORDS = word_set(_PEOPLE, "address_words")
ADDRESS_OWNERS = word_set(_PEOPLE, "address_owners")
PERSON_GROUPS = word_set(_PEOPLE, "person_groups")
GROUP_DESCRIBERS = word_set(_PEOPLE, "group_describers")
SCHOOL_YEARS = word_set(_PEOPLE, "school_years")
AGE_WORD_RELATIONS = word_set(_PEOPLE, "age_word_relations")
OWNED_DESCRIBERS = word_set(_PEOPLE, "owned_describers")
ONE_DESCRIBERS = word_set(_PEOPLE, "one_describers")
ONE_WORDS = ("one", "un", "uns", "ones")  # "the little one", "our wee un"
COUNTING_WORDS = word_set(_PEOPLE, "counting_words")
SELF_WORDS = word_set(_PEOPLE, "self_words")
SELF_INTRO_WORDS = word_set(_PEOPLE, "self_intro_words")
SELF_INTRO_AGE_WORDS = word_set(_PEOPLE, "self_intro_age_words")
REPORTER_VERBS = word_set(_PEOPLE, "reporter_verbs")
SUBORDINATORS = word_set(_PEOPLE, "subordinators")
OWN_BODY_VERBS = word_set(_PEOPLE, "own_body_verbs")
OWN_BODY_LEAD = word_set(_PEOPLE, "own_body_lead")
MY_BELONGINGS = word_set(_PEOPLE, "my_belongings")
MY_PROFESSIONALS = phrase_list(_PEOPLE, "my_professionals")
AGED_THINGS = word_set(_PEOPLE, "aged_things")
REPORTER_NOUNS = word_set(_PEOPLE, "reporter_nouns")
RELATION_REPORTING = word_set(_PEOPLE, "relation_reporting")
OWNER_WORDS = frozenset({"my", "our", "his", "her", "their", "the"})  # before the person a clause is about
OTHERS_PRONOUNS = SUBJECT_PRONOUNS - {"i", "we", "you"}  # a subject who is someone else
PROFESSIONAL_REPORTERS = word_set(_PEOPLE, "professional_reporters")
WHO_CLAUSE_REACH = 5  # words a who-clause may hold before its relation's verb of telling ("who popped in says")
PROFESSIONAL_REACH = 25  # tokens back from a new "she said" to the professional it refers to
DIED = word_set(_PEOPLE, "died")
LOSS_BEFORE = word_set(_PEOPLE, "loss_before")
LEFT_WORDS: list[tuple[str, ...]] = phrase_list(_PEOPLE, "left_words")
LEFT_ENDS = word_set(_PEOPLE, "left_ends")
PAST_EVENT_WORDS = word_set(_PEOPLE, "past_event_words")
CAUGHT_IT: list[str] = _PEOPLE["caught_it"]
CAUGHT_IT_ME: list[str] = _PEOPLE["caught_it_me"]
BIRTH_BEFORE = word_set(_PEOPLE, "birth_before")
BIRTH_BEFORE_2 = word_set(_PEOPLE, "birth_before_2")
BORN_WORDS = word_set(_PEOPLE, "born_words")
BORN_WHEN = word_set(_PEOPLE, "born_when")
POSSESSED = word_set(_PEOPLE, "possessed")
PASSED_ON = word_set(_PEOPLE, "passed_on")
PASSED_ON_NOT = word_set(_PEOPLE, "passed_on_not")
FIRST_AID_VERBS = word_set(_PEOPLE, "first_aid_verbs")
FIRST_AID_AFTER_IT = word_set(_PEOPLE, "first_aid_after_it")
ONE_OF_OWNERS = word_set(_PEOPLE, "one_of_owners")
BODY_AFTER_RELATION = word_set(_PEOPLE, "body_after_relation")
QUOTING = word_set(_PEOPLE, "quoting")
FELT_BY_ME = word_set(_PEOPLE, "felt_by_me")
ABSENT_AFTER_ME = word_set(_PEOPLE, "absent_after_me")
ABSENT_BEFORE_ME = word_set(_PEOPLE, "absent_before_me")
ABSENT_AFTER_I = word_set(_PEOPLE, "absent_after_i")
NOT_KNOWING = phrase_list(_PEOPLE, "not_knowing")
IN_MY_PLACE_BEFORE = word_set(_PEOPLE, "in_my_place_before")
IN_MY_PLACE = word_set(_PEOPLE, "in_my_place")
OBLIQUE_CUES = word_set(_PEOPLE, "oblique_cues")
OBJECT_PRONOUNS = word_set(_PEOPLE, "object_pronouns")
OBJECT_HER_FOLLOWERS = word_set(_PEOPLE, "object_her_followers")
OWNED_MEDICINES = word_set(_PEOPLE, "owned_medicines")
SELF_SYMPTOM_VERBS = word_set(_PEOPLE, "self_symptom_verbs")
# what the typist does to someone, not how they feel ("I've been giving him ..."; not "been feeling")
HANDLING_VERBS = REPORTER_VERBS - SELF_SYMPTOM_VERBS
FETAL_WORDS = word_set(_PEOPLE, "fetal_words")
FRONTED_SUBORDINATORS = word_set(_PEOPLE, "fronted_subordinators")
FIRST_PERSON_VERBS = word_set(_PEOPLE, "first_person_verbs")
JOINED_CLAUSE_OPENERS = word_set(_PEOPLE, "joined_clause_openers")
TIME_CLAUSE_SUBJECTS = word_set(_PEOPLE, "time_clause_subjects")
CLAUSE_OPENERS = word_set(_PEOPLE, "clause_openers")
OBJECT_OPENERS = word_set(_PEOPLE, "object_openers")
OPENERS_AND_COMMA = CLAUSE_OPENERS | {","}
NOT_REPORTING_VERBS = word_set(_PEOPLE, "not_reporting_verbs")
REPORTING_PARTICLES = word_set(_PEOPLE, "reporting_particles")
RELATIVE_HAS: list[tuple[str, ...]] = phrase_list(_PEOPLE, "relative_has")

AGE_NOUN_RE = re.compile(r"^(?:year|years|yr|yrs|yo|month|months|week|weeks|day|days|mo|mth|mths|m)$")


@dataclass
class Person:
    pid: int
    kind: str  # "self", "relation", "pronoun"
    word: str
    sex: str | None
    child: bool | None
    first_token: int
    tokens: list[int] = field(default_factory=list)
    # died ("since my wife died") or left ("after my girlfriend left"): never the patient, nor whom a clause is about
    # beside someone else
    gone: bool = False
    left: bool = False  # gone by leaving, not by dying: what is told beside them is not theirs


@dataclass
class Mention:
    token: int
    person: int  # Person.pid
    weak: bool = False  # "my" before a body part, "I" of a reporting verb
    oblique: bool = False  # "sex with someone", "spoke to my mum": never the clause's subject


class People:
    """Who is mentioned in the message, and who each clause is about."""

    def __init__(self, words: list[str], clauses: list[tuple[int, int]]):
        self.words = words
        self.clauses = clauses
        self.persons: dict[int, Person] = {}
        self.mentions: list[Mention] = []
        self.clause_ref: list[int | None] = []
        self._build()

    def _new(self, kind: str, word: str, sex: str | None, child: bool | None, i: int) -> Person:
        p = Person(len(self.persons), kind, word, sex, child, i, [i])
        self.persons[p.pid] = p
        return p

    def self_person(self) -> Person | None:
        for p in self.persons.values():
            if p.kind == "self":
                return p
        return None

    def _told_as_dead(self, i: int) -> bool:
        """The person named at word i "died", "passed" or "has passed" next ("passed out" is a faint), or was "lost"
        just before ("lost my wife"; not "lost my husband's prescription", where "'s" reads "is")."""
        w = self.words
        if i >= 2 and w[i - 2] in LOSS_BEFORE and w[i - 1] in ("my", "our", "his", "her", "their"):
            return w[i + 1 : i + 2] != ["is"]
        k = self._after_verb(i)
        return k < len(w) and w[k] in DIED and w[k + 1 : k + 2] != ["out"]

    def _mark_gone(self, p: Person, i: int) -> bool:
        """Mark the person named at word i as gone, by leaving or by dying, when this mention says so (an earlier
        mention's mark stays); whether this one does."""
        left = self._told_as_left(i)
        if left or self._told_as_dead(i):
            p.gone, p.left = True, p.left or left
            return True
        return False

    def _told_as_left(self, i: int) -> bool:
        """The person named at word i "left" or "walked out" with nothing after but when ("after my girlfriend
        left.", "my partner left me last month"; not "left for work", "left a note")."""
        w = self.words
        k = self._after_verb(i)
        left = max((e for s, e in find_phrases(w, LEFT_WORDS, k, min(k + 4, len(w))) if s == k), default=None)
        return left is not None and (left >= len(w) or w[left] in LEFT_ENDS)

    def _after_verb(self, i: int) -> int:
        """The word after the person named at word i, past a "has" or "is" ("my wife has passed")."""
        w = self.words
        return i + 2 if w[i + 1 : i + 2] and w[i + 1] in ("has", "is", "s") else i + 1

    def named_as_the_subject(self) -> int | None:
        """The person the typist says the message is about ("it's the baby I'm messaging about", "writing
        about my dad"): someone other than the typist named up to 4 words before the phrase or 2 after;
        after "writing for", only someone named right after it ("writing for my mum")."""
        for phrases, before in ((FOCUS_PHRASES, 4), (WRITTEN_FOR_PHRASES, 0)):
            for k, end in find_phrases(self.words, phrases):
                near = [m for m in self.mentions if self.persons[m.person].kind != "self" and not m.oblique
                        and (k - before <= m.token < k or end <= m.token < end + 3)]
                if near:
                    return min(near, key=lambda m: abs(m.token - k)).person
        return None

    def _introduces_typist(self, i: int) -> bool:
        """Relation word i is the typist introducing themselves: "mum of 3 here", "17 year old lad here",
        "worried dad here", or an age and "man" or "woman" opening a message told in the first person
        with no he or she in it ("66 year old man, chesty cough ... my chest")."""
        w = self.words
        j = i + 1
        if w[j : j + 1] == ["of"] and j + 1 < len(w) and (w[j + 1][:1].isdigit() or w[j + 1] in UNITS or w[j + 1] == "twins"):
            j += 2
        return w[j : j + 1] == ["here"] or self._opens_as_self_introduction(i)

    def _opens_as_self_introduction(self, i: int) -> bool:
        w = self.words
        if w[i] not in SELF_INTRO_WORDS or not any(x[:1].isdigit() for x in w[max(0, i - 4) : i + 4]):
            return False
        if not all(x[:1].isdigit() or x in SELF_INTRO_AGE_WORDS for x in w[:i]):
            return False  # "client 90 yr old man": someone else named first
        return bool(SELF_WORDS & set(w[i + 1 :])) and not PRONOUNS.keys() & set(w)

    def _apposed(self, i: int) -> Person | None:
        """The relation named just before ", a" or ", an" at word i: "my neighbour, an 80 year old lady," names
        the neighbour again, not someone new."""
        w = self.words
        if w[i] not in ("a", "an") or i < 2 or w[i - 1] != "," or not self.mentions:
            return None
        m = self.mentions[-1]
        group = self._person_group(m.token) if w[m.token] == "one" else None  # "one of my players, a 15 year old lad"
        end = group[0] if group else m.token + 1
        last = self.persons[m.person]
        return last if last.kind == "relation" and end >= i - 2 else None

    def _born(self, i: int, fetal: bool) -> bool:
        """A baby named as a pregnancy or a birth, not a person: "my baby is moving less" in a pregnancy,
        "since having the baby", "had my daughter 9 days ago", "had our little boy on Monday"."""
        w = self.words
        prev = w[i - 1] if i else ""
        prev2 = w[i - 2] if i > 1 else ""
        if w[i] in ("baby", "babies", "child", "pregnancy"):
            return fetal or prev in BIRTH_BEFORE or prev2 in BIRTH_BEFORE_2
        j = i - 1 - (i > 0 and w[i - 1] in ("little", "baby", "new"))
        if w[i] not in BORN_WORDS or j < 1 or w[j - 1] != "had" or w[j] not in ("my", "our", "her", "their", "a"):
            return False
        after = w[i + 1 : i + 5]
        return "ago" in after or bool(after) and after[0] in BORN_WHEN

    def is_measure(self, i: int) -> bool:
        """A possessive in a comparison of size ("twice the size of my hand", "bigger than his palm"): no one's
        finding."""
        w = self.words
        before = tuple(w[max(0, i - 2) : i])
        as_big_as = before[-1:] == ("as",) and "as" in w[max(0, i - 4) : i - 1]  # "as big as my thumb"
        return before[-1:] == ("than",) or before in MEASURE_BEFORE or as_big_as

    def _is_reporting(self, i: int) -> bool:
        w = self.words
        if w[i + 1 : i + 2] in (["have"], ["had"], ["got"]) and w[i + 2 : i + 3] in (["a"], ["an"], ["my"]):
            after = w[i + 3] if i + 3 < len(w) else ""
            if after[:1].isdigit() or after in RELATIONS or after in ("little", "young", "newborn"):
                return True  # "I have a 3 year old with a fever": introducing the patient
        j = i + 1
        skip = {"am", "have", "was", "just", "really", "so", "very", "also", "m", "ve", "would", "will", "d"}
        while j < len(w) and w[j] in skip:
            j += 1
        if w[j : j + 1] == ["been"] and w[j + 1 : j + 2] in (["up"], ["awake"]):
            j += 2  # "I've been up all night watching my son": the typist awake for someone else
            while j < len(w) and w[j] in ("all", "night", "most", "of", "the"):
                j += 1
        if j >= len(w) or any(tuple(w[j : j + len(p)]) == p for p in OWN_DOINGS):
            return False  # "I came back from Ghana", "I took another": the typist's own doing
        nxt = w[j]
        own_state = nxt in SELF_SYMPTOM_VERBS and not (j + 1 < len(w) and (w[j + 1] in PRONOUNS or w[j + 1] in RELATIONS))
        if i > 0 and w[i - 1] in SUBORDINATORS and not self._own_body_action(i) and not own_state:
            # "a rash that doesn't fade when I press a glass on it"; not "because I've got a sore throat"
            return True
        if nxt in {"have", "had", "got", "been", "feel", "feeling", "felt"} and j + 1 < len(w) and w[j + 1] in PRONOUNS:
            return True
        doing = w[j + 1 : j + 3]
        if nxt == "been" and len(doing) == 2 and doing[0] in HANDLING_VERBS and doing[1] in PRONOUNS:
            return True  # "I've been giving him 2 paracetamol in between": the typist handling the patient
        if nxt in FIRST_AID_VERBS and w[j + 1 : j + 2] == ["it"] and j + 2 < len(w) and w[j + 2] in FIRST_AID_AFTER_IT:
            return True  # "I've had it under cool running water": first aid given, not the typist's own "it"
        if nxt in {"cant", "couldnt", "cannot", "can"}:
            obj = w[j + 2 : j + 4]  # "I can't keep my nan awake", "I can't wake him"
            if obj[:1] and (
                obj[0] in PRONOUNS or obj[0] in RELATIONS or (obj[0] in ("my", "the") and obj[1:] and obj[1] in RELATIONS)
            ):
                return True
        if (nxt, w[j + 1] if j + 1 < len(w) else "") in REPORTER_PHRASES:
            return True  # "I've worked out she's been making herself sick"
        if nxt == "to" and j + 1 < len(w) and w[j + 1] in REPORTER_VERBS:
            return True  # "I have to keep shaking her", "I had to carry him": handling the patient
        if nxt in ("woke", "came", "got") and self._found_someone(j + 1):
            return True  # "I woke up at 3 to him drenched in sweat", "came home to my son sobbing"
        if nxt in ("came", "come") and w[j + 1 : j + 2] in (["round"], ["around"]) and w[j + 2 : j + 3] != ["to"]:
            return False  # "I came round normally after": the typist's own waking from a fit or faint
        if nxt in SELF_SYMPTOM_VERBS:
            return False
        if nxt in ("a", "an", "the") and j + 1 < len(w):
            return w[j + 1] in REPORTER_NOUNS or w[j + 1] in RELATIONS
        return nxt in REPORTER_VERBS or nxt in RELATIONS

    def _found_someone(self, j: int) -> bool:
        """After "woke" or "came home", "to" and someone else within a few words ("up at 3 to him", "home to my son")."""
        w = self.words
        for k in range(j, min(j + 5, len(w) - 1)):
            if w[k] in SENTENCE_ENDS or w[k] == ",":
                return False
            if w[k] == "to":
                obj = w[k + 1 : k + 3]
                return obj[0] in ("him", "her", "them") or (obj[0] in ("my", "our") and obj[1:] != [] and obj[1] in RELATIONS)
        return False

    def _own_body_action(self, i: int) -> bool:
        """"I" at i does something with its own body ("when I try to wee", "if I swallow"), no one
        else named after the verb ("when I move his leg" handles the patient)."""
        w = self.words
        j = i + 1
        while j < len(w) and w[j] in OWN_BODY_LEAD:
            j += 1
        if j >= len(w) or w[j] not in OWN_BODY_VERBS:
            return False
        nxt = w[j + 1] if j + 1 < len(w) else ""
        return nxt not in PRONOUNS and nxt not in RELATIONS and nxt not in ("the", "a", "their")

    def _reports(self, i: int) -> bool:
        """Relation word i tells what they saw or think ("my daughter says"), also past a short who-clause about
        them ("my daughter who popped in says the foot is pointing outwards")."""
        w = self.words
        if w[i + 1 : i + 2] and w[i + 1] in RELATION_REPORTING:
            return True
        if not (w[i + 1 : i + 2] and w[i + 1] in RELATIVE_PRONOUNS):
            return False
        for k in range(i + 2, min(len(w), i + 2 + WHO_CLAUSE_REACH)):
            if w[k] in SENTENCE_PUNCT or w[k] == ",":
                return False
            if w[k] in RELATION_REPORTING:
                return True
        return False

    def _reported_subject(self, i: int) -> int | None:
        """Person word i reports a clause of someone else's telling ("he reckons I was out of it",
        "my husband pointed out that the mole on my back ..."): where that clause's subject stands,
        else None. A verb of telling, or any verb with "that"; "has that rash" and "caught that bug"
        name a thing, not a clause."""
        w = self.words
        j = i + 1
        if j >= len(w) or w[j] in CLAUSE_VERBS or w[j] in NOT_REPORTING_VERBS:
            return None
        telling = w[j] in RELATION_REPORTING
        j += 1
        if j < len(w) and w[j] in REPORTING_PARTICLES:
            j += 1  # "pointed out that", "told me that"
        if w[j : j + 1] == ["that"]:
            j += 1
        elif not telling:
            return None
        return j if j < len(w) and (w[j] in CLAUSE_SUBJECTS or w[j] in ARTICLES) else None

    def _owner_of_relation(self, i: int) -> bool:
        """Relation word i owns the relation named just after its "'s" ("my sister's baby", "our
        neighbour's little lad"): the possessive reads "is", with only describing words between."""
        w = self.words
        if i + 1 >= len(w) or w[i + 1] not in ("is", "s"):
            return False
        k = i + 2
        while k < len(w) and w[k] in OWNED_DESCRIBERS:
            k += 1
        return k < len(w) and w[k] in RELATIONS and w[k] != w[i]

    def _build(self) -> None:
        w = self.words
        n = len(w)
        # the words of a way of talking ("while I've got you", "I mean"), whose "I" names no one
        talking = {k for s, e in find_phrases(w, DISCOURSE_MARKERS) for k in range(s, e)}
        fetal = any(x in FETAL_WORDS for x in w) or "pregnant" in w
        self_p: Person | None = None
        last_by_sex: dict[str | None, Person] = {}
        reported: set[int] = set()  # where a clause someone else tells begins ("he reckons | I was out of it")
        skip_until = -1
        i = 0
        while i < n:
            word = w[i]
            if i < skip_until:
                i += 1
                continue
            # "my 6 yr old", "my 18 month old", "my 6yo"
            if word in ("my", "our", "a", "an", "the", "their", "his", "her") and i + 2 < n and w[i + 1][:1].isdigit():
                k = i + 2
                if k < n and AGE_NOUN_RE.match(w[k]):
                    k += 1
                    if k < n and w[k] == "old":
                        k += 1
                    if w[k - 1] == "old" or w[k - 1] == "yo":
                        apposed = self._apposed(i)
                        if k < n and w[k] in RELATIONS and apposed is not None:
                            rel = w[k]  # "one of my students, a 16 year old girl,": the student again
                            p = apposed
                            p.sex = p.sex or RELATIONS[rel]
                            p.child = True if rel in CHILD_RELATIONS else p.child
                            p.tokens.append(k)
                            skip_until = k + 1
                        elif k < n and w[k] in RELATIONS:
                            rel = w[k]
                            p = self._new("relation", rel, RELATIONS[rel], rel in CHILD_RELATIONS or None, k)
                            skip_until = k + 1
                        else:
                            p = self._new("relation", "child", None, None, i + 1)
                            p.child = None  # decided by age later
                            skip_until = k
                        self.mentions.append(Mention(i, p.pid))
                        last_by_sex[p.sex] = p
                        i = skip_until
                        continue
            group = self._person_group(i) if word == "one" else None
            if group is not None:
                group_end, sex, child = group
                p = self._new("relation", "someone", sex, child, i)
                self.mentions.append(Mention(i, p.pid))
                last_by_sex[p.sex] = p
                i = group_end
                continue
            counted = i > 0 and (w[i - 1][:1].isdigit() or w[i - 1] in COUNTING_WORDS)  # "2 more little ones popped up"
            if word in AGE_WORD_RELATIONS and i + 1 < n and w[i + 1] in ONE_WORDS and i > 0 and w[i - 1] == "a":
                i += 2  # "a grown up tooth, not a baby one": a kind of thing, not a person
                continue
            if word in ONE_DESCRIBERS and i + 1 < n and w[i + 1] in ONE_WORDS and not counted:
                word = "little one"  # "the little one", "my middle one"
                known = next((q for q in self.persons.values() if q.word == word), None)
                p = known or self._new("relation", word, None, True, i)
                p.tokens.append(i)
                self.mentions.append(Mention(i, p.pid))
                last_by_sex[p.sex] = p
                i += 2
                continue
            if word in RELATIONS:
                if i + 1 < n and w[i + 1] in RELATIONS and w[i + 1] not in AGE_WORD_RELATIONS:
                    i += 1  # "my baby boy", "teenage daughter", "one resident lady": one person, named by the second word
                    continue
                if i + 1 < n and w[i + 1] in BODY_AFTER_RELATION:
                    i += 1  # "my lady bits", "man flu": a body part or an illness, not a person
                    continue
                if self._owner_of_relation(i):
                    i += 1  # "my neighbour's little lad" (read "neighbour is little lad"): the lad, not the neighbour
                    continue
                prev = w[i - 1] if i else ""
                prev2 = w[i - 2] if i > 1 else ""
                if (prev in ("", ".", "!", "?") and i + 1 < n and w[i + 1] in VOCATIVE_NEXT) or (
                        word in ADDRESS_WORDS and prev not in ADDRESS_OWNERS):
                    i += 1  # "mate my jaw's swollen", "proper low mate": the reader addressed, not someone else
                    continue
                if self._born(i, fetal):
                    i += 1  # the baby of a pregnancy or a birth, not the patient the clause is about
                    continue
                if word in ("mum", "mom", "mother", "dad", "father", "parent") and prev in (
                    "new", "a", "single", "as", "first", "time", "working"
                ):
                    i += 1
                    continue
                if (prev in ("a", "an") and prev2 in ("am", "im")) or (prev == "am" and prev2 == "i") or prev == "im" or (
                        self._introduces_typist(i)) or (prev in ("a", "an") and w[i - 3 : i - 1] == ["i", "was"]) or (
                        prev in ("her", "his", "their") and w[max(0, i - 3) : i - 1] == ["i", "am"]) or (
                        prev in ("a", "an") and prev2 == "as"):
                    # "I'm a woman", "I am student", "im a carer", "mum of 3 here", "since I was a teenager",
                    # "I'm her daughter", "writing this as a bloke": the typist, not someone else
                    i += 1
                    continue
                if self._predicate_noun(i):
                    i += 1  # "he's a big lad for his age": the one he is, not someone new
                    continue
                if word in ("youngest", "eldest", "oldest") and i + 1 < n and w[i + 1] in RELATIONS:
                    i += 1
                    continue
                # same person mentioned again ("my son ... my son")
                existing = None
                for p in self.persons.values():
                    if p.kind == "relation" and p.word == word:
                        existing = p
                if existing is not None:
                    p = existing
                    p.tokens.append(i)
                else:
                    p = self._new(
                        "relation",
                        word,
                        RELATIONS[word],
                        True if word in CHILD_RELATIONS else (None if word in SIBLINGS else False),
                        i,
                    )
                nxt = w[i + 1] if i + 1 < n else ""
                nxt2 = w[i + 2] if i + 2 < n else ""
                weak = self._reports(i) or (nxt == "is" and nxt2 in ("worried", "concerned")) or (
                    word in PROFESSIONAL_REPORTERS and bool(RELATION_REPORTING & set(w[i + 1 : i + 12])))
                # "my neighbour's dog bit me", "after my granddaughters birthday cake": an owner, never the subject
                owner = nxt in POSSESSED or (nxt in ("s", "is") and nxt2 in POSSESSED)  # "mum's" reads "mum is"
                # "a cold my grandson brought round": who passed it on, never the subject
                owner = owner or (nxt in PASSED_ON and nxt2 not in PASSED_ON_NOT)
                subject = self._reported_subject(i)
                if subject is not None:
                    weak = True
                    reported.add(subject)
                # "since mum passed", "after my girlfriend left": someone who has died or left is not the patient
                if self._mark_gone(p, i):
                    weak = True
                k = i - 1
                while k >= 0 and w[k] in (
                    "my", "his", "her", "our", "their", "the", "a", "an", "some", "new", "little", "old", "this"
                ):
                    k -= 1
                oblique = owner or (k >= 0 and w[k] in OBLIQUE_CUES)
                self.mentions.append(Mention(i, p.pid, weak=weak or oblique, oblique=oblique))
                # "she took her mum's tablets ... she says", "writing for my granddaughter ... her mum didn't
                # get her the MMR. she's had a temperature": someone named through a pronoun's possessive does
                # not take over the pronoun from the person they belong to
                owner_via_pronoun = prev in ("her", "his", "their")
                # nor does someone named after a preposition ("he gave his things to his brother. he's not
                # answering": the one who gave), nor someone only reporting ("my nan ... my mum said to check.
                # she's more muddled": the nan)
                reporting = nxt in RELATION_REPORTING
                # nor someone who has died ("my husband ... his brother died. tonight he said": the husband)
                if not ((owner_via_pronoun or oblique or reporting or p.gone) and last_by_sex.get(p.sex) not in (None, p)):
                    last_by_sex[p.sex] = p
                i += 1
                continue
            if word in MEASURE_POSSESSIVES and self.is_measure(i):
                i += 1  # "a patch bigger than his hand": a size, not a mention of him
                continue
            if word in PRONOUNS:
                sex = PRONOUNS[word]
                target = last_by_sex.get(sex) or last_by_sex.get(None)
                if target is None:
                    for p in reversed(list(self.persons.values())):
                        if p.kind == "pronoun" and p.sex == sex:
                            target = p
                            break
                professional = False
                if target is None:
                    target = self._new("pronoun", word, sex, None, i)
                    last_by_sex[sex] = target
                    # "ever since she died I just want to be with her": someone named only as having died
                    self._mark_gone(target, i)
                    # "the GP did bloods ... she said it's anxiety": the professional named before, reporting
                    professional = w[i + 1 : i + 2] != [] and w[i + 1] in RELATION_REPORTING and bool(
                        PROFESSIONAL_REPORTERS & set(w[max(0, i - PROFESSIONAL_REACH) : i]))
                elif target.sex is None and target.kind == "relation":
                    target.sex = sex  # "my 6 yr old ... he"
                    last_by_sex[sex] = target
                target.tokens.append(i)
                # "he reckons I was out of it": someone only reporting about the typist
                subject = self._reported_subject(i)
                if subject is not None:
                    reported.add(subject)
                reports_me = subject is not None and w[subject] in SELF_WORDS
                oblique = word in OBJECT_PRONOUNS or (i + 1 < n and (
                    word == "her" and w[i + 1] in OBJECT_HER_FOLLOWERS or w[i + 1] in OWNED_MEDICINES))
                self.mentions.append(Mention(i, target.pid, weak=reports_me or professional or oblique, oblique=oblique))
                i += 1
                continue
            if word in SELF_WORDS:
                if self_p is None:
                    self_p = self._new("self", "i", None, None, i)
                weak = False
                if word == "i":
                    # "he reckons I was out of it": the subject of what someone else reports is not reporting;
                    # "while I've got you": a way of talking, naming no one
                    weak = (i not in reported and self._is_reporting(i)) or i in talking
                elif word == "me":
                    # "me and my boyfriend were together": a subject, told first; elsewhere an object
                    weak = not (i + 1 < len(w) and w[i + 1] in SUBJECT_COORDINATORS
                                and (i == 0 or w[i - 1] in SENTENCE_ENDS))
                elif word == "my":
                    # "my little boy": the relation word comes later; "my cup of tea": a belonging; "my GP": a carer
                    look = w[i + 1 : i + 5]
                    if any(x in RELATIONS for x in look[:3]) or (len(look) > 1 and look[0][:1].isdigit()) or (
                            look[:1] and look[0] in MY_BELONGINGS) or any(
                            tuple(look[: len(p)]) == p for p in MY_PROFESSIONALS) or (
                            len(look) > 1 and look[0] in ONE_DESCRIBERS and look[1] in ONE_WORDS):
                        i += 1
                        continue
                self_p.tokens.append(i)
                self.mentions.append(Mention(i, self_p.pid, weak=weak))
                i += 1
                continue
            i += 1
        # cataphora: a pronoun first, the relation later ("his ear hurts, my son is 6")
        for p in list(self.persons.values()):
            if p.kind != "pronoun":
                continue
            for q in self.persons.values():
                if q.kind == "relation" and q.first_token > p.first_token and (q.sex in (p.sex, None)):
                    for m in self.mentions:
                        if m.person == p.pid:
                            m.person = q.pid
                    if q.sex is None:
                        q.sex = p.sex
                    q.first_token = min(q.first_token, p.first_token)
                    del self.persons[p.pid]
                    break
        # clause referents
        prev_ref: int | None = None
        for lo, hi in self.clauses:
            ref = None
            weak_ref = None
            dead_ref = None  # "my dad died of a heart attack": his, unless someone else is in the clause
            for m in self.mentions:
                if lo <= m.token < hi:
                    if m.oblique:
                        continue
                    if m.weak:
                        if self.persons[m.person].left:
                            continue  # "stopped drinking after my girlfriend left": not hers
                        if self.persons[m.person].gone:
                            if dead_ref is None:
                                dead_ref = m.person
                        elif weak_ref is None:
                            weak_ref = m.person
                        continue
                    ref = m.person
                    break
            weak_ref = weak_ref if weak_ref is not None else dead_ref
            ref = self._main_subject(lo, hi, ref)
            if ref is not None and self_p is not None and self._named_as_object(lo, hi, ref):
                ref = self_p.pid  # "Helped my brother clear out his shop": the typist did
            if ref is None and prev_ref is None and weak_ref is not None:
                sp = self.persons.get(weak_ref)
                # "I've a question: ..." - only a reporting I; nothing better known yet
                ref = None if sp and sp.kind == "self" else weak_ref
            if ref is None and self_p is not None and self._first_person_verb_opens(lo, hi):
                ref = self_p.pid  # "my mum is at work. feel proper confused": the typist again
            if ref is None:
                ref = prev_ref
            self.clause_ref.append(ref)
            # who follows is not an aside in brackets ("pierced 2 weeks ago (mum doesn't know). it's gone
            # red"), nor someone who has died ("my wife died 3 weeks ago. I'm not sleeping well")
            if not self._bracketed(lo, hi) and not (ref is not None and self.persons[ref].gone):
                prev_ref = ref
        self._apply_correction(self_p)

    def _person_group(self, i: int) -> tuple[int, str | None, bool | None] | None:
        """"one of my players", "one of our older residents", "one of my year 9s": a person named by the
        group they belong to (describing words and a school year's number may stand before the group).
        The token after the group, the sex the group tells ("girls"), and True for a child (a school
        year); None when "one" names no group."""
        w, n = self.words, len(self.words)
        if not (i + 3 < n and w[i + 1] == "of" and w[i + 2] in ("my", "our", "the", "his", "her")):
            return None
        j = i + 3
        while j < n and (w[j] in GROUP_DESCRIBERS or w[j].isdigit()):
            j += 1
        school = bool(SCHOOL_YEARS & set(w[i + 3 : j]))
        if j < n and w[j] in PERSON_GROUPS:
            return j + 1, RELATIONS.get(w[j]), school or None  # "one of the girls at work" may be grown up
        if j > i + 3 and w[j - 1].isdigit() and j < n and w[j] == "s":  # "year 9s", told as "9" and "s"
            return j + 1, None, school or None
        return None

    def _apply_correction(self, self_p: Person | None) -> None:
        """"... on my arm. Oh sorry, it's my son not me": what was told of the typist before the
        correction was told of the person named beside "not me"."""
        if self_p is None:
            return
        for k, _ in find_phrases(self.words, NOT_ME_PHRASES):
            named = [m for m in self.mentions if k - 3 <= m.token < k and self.persons[m.person].kind == "relation"]
            if named:
                who = named[-1].person
                self.clause_ref = [who if ref == self_p.pid and self.clauses[c][0] < k else ref
                                   for c, ref in enumerate(self.clause_ref)]
                return

    def _bracketed(self, lo: int, hi: int) -> bool:
        """The clause is an aside in brackets."""
        w = self.words
        return (w[lo] == "(" or (lo > 0 and w[lo - 1] == "(")) and ")" in w[max(lo, hi - 2) : hi + 1]

    def _main_subject(self, lo: int, hi: int, first: int | None) -> int | None:
        """In a clause that opens with a time clause, the person after it: "since my
        husband left I cannot sleep" is about me, "when I got home my son was sick" about my son."""
        k = lo
        while k < hi and self.words[k] in OPENERS_AND_COMMA:
            k += 1
        if first is None or k >= hi or self.words[k] not in FRONTED_SUBORDINATORS:
            return first
        owner = self.words[k + 1] in {"my", "his", "her", "our", "their", "the"} if k + 1 < hi else False
        if not any(m.person == first and (m.token == k + 1 or (owner and m.token == k + 2)) for m in self.mentions):
            return self._typist_after_object(k, hi, first)
        later = (m.person for m in self.mentions
                 if lo <= m.token < hi and not m.oblique and not m.weak and m.person != first)
        return next(later, first)

    def _typist_after_object(self, k: int, hi: int, first: int) -> int:
        """"since the fire where we couldn't get a kid out I see it every night": someone named after the
        time clause's own subject ("we") is what it tells of, and the "I" just after opens the main
        clause; otherwise ("since yesterday he ...") the first named is the subject."""
        w = self.words
        at = next((m.token for m in self.mentions if m.person == first and k < m.token < hi), None)
        if at is None or not any(w[j] in TIME_CLAUSE_SUBJECTS for j in range(k + 1, at)):
            return first
        me = self.self_person()
        for j in range(at + 1, min(at + 4, hi)):
            if w[j] in OPENERS_AND_COMMA:
                break
            if w[j] == "i" and me is not None:
                return me.pid
        return first

    def _named_as_object(self, lo: int, hi: int, person: int) -> bool:
        """The clause has no subject and opens with a verb that takes `person` as its object, named just after it
        ("helped my brother", "lifting my wife"), at the start of a sentence."""
        w = self.words
        if lo > 0 and w[lo - 1] not in SENTENCE_PUNCT:
            return False
        k = self._after_openers(lo, hi)
        if k >= hi or w[k] not in OBJECT_OPENERS:
            return False
        return any(m.person == person and k < m.token <= k + 2 for m in self.mentions)

    def _after_openers(self, lo: int, hi: int) -> int:
        """The first word of the clause lo:hi after its openers ("and", "then", "so" ...)."""
        k = lo
        while k < hi and self.words[k] in CLAUSE_OPENERS:
            k += 1
        return k

    def _first_person_verb_opens(self, lo: int, hi: int) -> bool:
        """A clause with no subject that opens with a verb only "I" takes ("feel awful"); not one joined by "and"
        or "but" inside a sentence, whose subject is the one before ("my son has been sick and now can't keep
        anything down")."""
        w = self.words
        j = lo if w[lo] in JOINED_CLAUSE_OPENERS else lo - 1  # "and now can't ...": split at "and" and at "now"
        if 0 < j and w[j] in JOINED_CLAUSE_OPENERS and w[j - 1] not in SENTENCE_PUNCT:
            return False
        k = self._after_openers(lo, hi)
        return k < hi and self.words[k] in FIRST_PERSON_VERBS

    def quoted_after(self, token: int, person: int) -> int | None:
        """The clause before's referent when `person` is named in `token`'s clause only after a quoting word that
        follows it ("hasn't slept for 3 nights, talking non stop, says the baby isn't hers": not the baby's)."""
        k = self.clause_index(token)
        if not k:
            return None
        lo, hi = self.clauses[k]
        named = next((m.token for m in self.mentions if lo <= m.token < hi and m.person == person and not m.oblique), None)
        if named is None or named <= token or not any(w in QUOTING for w in self.words[token:named]):
            return None
        return self.clause_ref[k - 1]

    def clause_index(self, token: int) -> int | None:
        """The index of the clause holding `token`."""
        return next((k for k, (lo, hi) in enumerate(self.clauses) if lo <= token < hi), None)

    def _predicate_noun(self, i: int) -> bool:
        """A relation word said of someone already named ("he's a big lad", "she is a good girl"): "a",
        up to two describing words, after "is" or "was" with a third-person subject before it; or what
        someone is thanked for being ("thanks for being a good friend")."""
        w = self.words
        for j in range(i - 1, max(i - 4, 0), -1):
            if w[j] in ("a", "an"):
                if j >= 1 and w[j - 1] == "being":
                    return True
                return j >= 2 and w[j - 1] in ("is", "was") and w[j - 2] in ("he", "she", "they")
        return False

    def is_typists_aside(self, token: int) -> bool:
        """The sentence holding `token` is the typist's aside ("I'm not sleeping well myself", "I was
        going to ask about my own periods, they've been heavy, but that can wait", "I've not slept either lol")."""
        w = self.words
        if not 0 <= token < len(w):
            return False
        lo, hi = token, token
        while lo > 0 and w[lo - 1] not in SENTENCE_ENDS:
            lo -= 1
        while hi < len(w) and w[hi] not in SENTENCE_ENDS:
            hi += 1
        last = hi - 1
        while last > lo and w[last] in SIGN_OFFS:
            last -= 1
        return any(tuple(w[i:i + len(c)]) == c for c in TYPIST_ASIDES for i in range(lo, hi)) or any(
            w[i] in TYPIST_ASIDES_REFLEXIVE and not (i + 1 < hi and (w[i + 1] == "to" or w[i + 1].endswith("ing")))
            for i in range(lo, hi)) or (last >= lo and w[last] in TYPIST_ASIDES_FINAL)

    def named_with(self, token: int) -> int | None:
        """The person named just before a "with" that stands just before `token` ("a lady with
        epilepsy", "my son with autism"), or a few words before a "who has" that does ("a lady with
        learning disabilities who has epilepsy"), or None."""
        w = self.words
        if token >= 2 and w[token - 1] == "with":
            return self._relation_at(token - 2, token - 2)
        for link in RELATIVE_HAS:
            start = token - len(link)
            if start >= 1 and tuple(w[start:token]) == link:
                return self._relation_at(max(0, start - RELATIVE_REACH), start - 1)
        return None

    def _relation_at(self, first: int, last: int) -> int | None:
        """The relation named nearest before `last`, from `first` on."""
        found = max((m for m in self.mentions if first <= m.token <= last
                     and (p := self.persons.get(m.person)) is not None and p.kind == "relation"),
                    key=lambda m: m.token, default=None)
        return None if found is None else found.person

    def referent_at(self, token: int) -> int | None:
        k = self.clause_index(token)
        return None if k is None else self.clause_ref[k]
