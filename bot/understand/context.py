"""ConText-style rules: clauses, negation (negspacy cues), historical, hypothetical, and
who a finding belongs to (patient or someone else).

Works on the normalised token list (see :mod:`bot.understand.text`), with token indices
shared with the spaCy Doc.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path


def _load_cues() -> dict:
    """The cue lists of data/understand/context_cues.yml (the words; the logic is below)."""
    from bot.datafiles import load_yaml

    return load_yaml(Path(__file__).resolve().parents[2] / "data" / "understand" / "context_cues.yml")


_CUES = _load_cues()
PRECEDING_NEGATIONS: list[str] = _CUES["preceding_negations"]
SHORT_NEGATIONS: set[tuple[str, ...]] = {tuple(c.split()) for c in _CUES["short_negations"]}
FOLLOWING_NEGATIONS: list[str] = _CUES["following_negations"]
PSEUDO_NEGATIONS: list[str] = _CUES["pseudo_negations"]
TERMINATIONS: list[str] = _CUES["terminations"]
EXCEPTIONS: list[str] = _CUES["exceptions"]
ASKING_VERBS: frozenset[str] = frozenset(_CUES["asking_verbs"])
REPORTED_DENIALS: list[str] = _CUES["reported_denials"]
TYPIST_ASIDES: list[tuple[str, ...]] = [tuple(c.split()) for c in _CUES["typist_asides"]]
NEAR_BREAKS: set[str] = set(_CUES["near_breaks"])
NEAR_BREAK_PAIRS: set[tuple[str, ...]] = {tuple(c.split()) for c in _CUES["near_break_pairs"]}
NEAR_NON_BREAKS: set[tuple[str, ...]] = {tuple(c.split()) for c in _CUES["near_non_breaks"]}
ARTICLES: set[str] = set(_CUES["articles"])
# terminations that rephrase what was just denied ("not a pain exactly, more an ache")
HEDGES: set[tuple[str, ...]] = {tuple(t.split()) for t in TERMINATIONS if t.split()[0] in ("more", "its", "instead", "rather")}
HYPOTHETICAL_PRECEDING: list[str] = _CUES["hypothetical_preceding"]
HYPOTHETICAL_PSEUDO: list[str] = _CUES["hypothetical_pseudo"]
IF_CUES: set[str] = set(_CUES["if_cues"])
HISTORICAL_PRECEDING: list[str] = _CUES["historical_preceding"]
HISTORICAL_FOLLOWING: list[str] = _CUES["historical_following"]
FAMILY_PRECEDING: list[str] = _CUES["family_preceding"]
FAMILY_FOLLOWING: list[str] = _CUES["family_following"]
BLOCK_PHRASES: list[str] = _CUES["block_phrases"]
BLOCK_TERM_PHRASES: list[str] = _CUES["block_term_phrases"]


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


def phrase_tuples(phrases: list[str]) -> list[tuple[str, ...]]:
    from bot.understand.text import normalise_phrase

    out = []
    for p in phrases:
        t = normalise_phrase(p)
        if t:
            out.append(t)
    return out


# ---------------------------------------------------------------- clauses
CLAUSE_SUBJECTS = {
    "i", "he", "she", "it", "they", "we", "you", "my", "his", "her", "their", "our", "this",
    "there", "now", "its", "today", "tonight", "also", "plus", "dad", "mum", "husband", "wife",
    "son", "daughter", "baby", "partner",
}
SUBJECT_PRONOUNS = {"i", "he", "she", "they", "we", "you"}
SENTENCE_ENDS = {".", "!", "?"}
CLAUSE_JOINERS = {"and", ",", "then", "also", "plus", "-"}
# a joiner then a verb of its own starts a new predicate: "not slept for days and is saying strange
# things" does not deny the strange things
CLAUSE_VERBS = {"is", "was", "has", "keeps", "kept", "seems", "seemed", "started", "starting", "now", "feels", "felt",
                "looks", "looked", "went", "goes"}
HARD_BREAKS = {";", "(", ")", "\u2026"}


def clause_starts(words: list[str], sent_starts: list[int], termination_starts: list[int]) -> list[int]:
    """Token indices where a clause starts (sentence starts, terminations, 'and he ...').
    A termination right after its subject takes the subject with it ("she just can't cope")."""
    starts = set(sent_starts) | {t - 1 if t > 0 and words[t - 1] in SUBJECT_PRONOUNS else t for t in termination_starts}
    n = len(words)
    for i, w in enumerate(words):
        if w in HARD_BREAKS and i + 1 < n:
            starts.add(i + 1)
        elif w in CLAUSE_JOINERS and i + 1 < n:
            nxt = words[i + 1]
            if nxt in CLAUSE_SUBJECTS or (w == "and" and nxt in CLAUSE_VERBS):
                starts.add(i)
            elif nxt == "and" and i + 2 < n and words[i + 2] in CLAUSE_SUBJECTS:
                starts.add(i)
            elif w == "and" and nxt == "the" and any(words[j] in CLAUSE_VERBS for j in range(i + 3, min(i + 6, n))):
                starts.add(i)  # "had the baby 10 days ago and the first week was fine": its own subject
    starts.add(0)
    return sorted(s for s in starts if s < max(n, 1))


def clause_of(starts: list[int], n: int, i: int) -> tuple[int, int]:
    import bisect

    k = bisect.bisect_right(starts, i) - 1
    lo = starts[max(k, 0)]
    hi = starts[k + 1] if k + 1 < len(starts) else n
    return lo, hi


# ---------------------------------------------------------------- people
CHILD_RELATIONS = {
    "son": "male", "daughter": "female", "boy": "male", "girl": "female", "baby": None,
    "child": None, "kid": None, "toddler": None, "newborn": None, "infant": None,
    "grandson": "male", "granddaughter": "female", "nephew": "male", "niece": "female",
    "stepson": "male", "stepdaughter": "female", "teenager": None, "lad": "male",
    "lo": None, "youngest": None, "eldest": None, "oldest": None, "children": None, "kids": None,
    "sons": "male", "daughters": "female", "grandchild": None, "baba": None, "bubba": None,
}
ADULT_RELATIONS = {
    "husband": "male", "wife": "female", "partner": None, "boyfriend": "male",
    "girlfriend": "female", "dad": "male", "father": "male", "daddy": "male", "mum": "female",
    "mom": "female", "mother": "female", "mummy": "female", "mam": "female", "grandad": "male",
    "granddad": "male", "grandpa": "male", "grandfather": "male", "nan": "female",
    "nana": "female", "nanna": "female", "gran": "female", "granny": "female",
    "grandma": "female", "grandmother": "female", "uncle": "male", "aunt": "female",
    "auntie": "female", "aunty": "female", "friend": None, "mate": None, "neighbour": None,
    "neighbor": None, "colleague": None, "flatmate": None, "housemate": None, "fiance": "male",
    "fiancee": "female", "man": "male", "woman": "female", "lady": "female", "guy": "male",
    "bloke": "male", "gentleman": "male", "someone": None, "somebody": None, "stepdad": "male",
    "stepmum": "female", "carer": None, "patient": None, "relative": None, "cousin": None,
    "brother": "male", "sister": "female", "sibling": None, "hubby": "male", "missus": "female",
    "missis": "female", "boss": None, "student": None, "pupil": None, "resident": None,
    "client": None, "gent": "male", "elderly": None, "stepfather": "male", "stepmother": "female",
    # "my mum's 88", typed without the apostrophe
    "mums": "female", "moms": "female", "mams": "female", "dads": "male", "nans": "female",
    "grans": "female", "grandads": "male", "husbands": "male", "wifes": "female", "hubbys": "male",
    "brothers": "male", "sisters": "female", "partners": None, "boyfriends": "male",
    "girlfriends": "female",
}
SIBLINGS = {"brother", "sister", "sibling", "cousin", "lad"}
# "one of my players", "one of the residents": a person named by the group they belong to
PERSON_GROUPS = {
    "players", "lads", "girls", "boys", "pupils", "students", "residents", "clients", "patients", "kids",
    "children", "staff", "colleagues", "friends", "mates", "workers", "guys", "customers", "service",
    "campers", "scouts", "cubs", "brownies", "guides", "members", "athletes", "swimmers", "runners",
    "riders", "tenants", "guests", "learners", "trainees", "apprentices", "team", "squad", "class",
    "group", "users", "lodgers", "youngsters", "teenagers", "crew", "volunteers",
}
# relation words that also work as a describing word before another ("baby boy", "toddler son")
AGE_WORD_RELATIONS = {"baby", "teenager", "toddler", "infant", "newborn", "kid", "child", "baba", "bubba"}
RELATIONS = {**ADULT_RELATIONS, **CHILD_RELATIONS}
# describing words between an owner's "'s" and the relation it owns ("my sister's little girl")
OWNED_DESCRIBERS = {"little", "wee", "young", "eldest", "youngest", "oldest", "older", "younger", "teenage",
                    "newborn", "new", "big", "two", "2", "3", "three", "year", "old", "month"}
PRONOUNS = {"he": "male", "him": "male", "his": "male", "himself": "male", "she": "female",
            "her": "female", "hers": "female", "herself": "female"}
SELF_WORDS = {"i", "me", "myself", "my"}
# "I think ...", "I'm worried ...", "I gave him ..." : the typist reporting, not the patient
REPORTER_VERBS = {
    "think", "thought", "believe", "reckon", "guess", "suppose", "worried", "worry", "worrying",
    "concerned", "scared", "frightened", "wondering", "wonder", "wondered", "want", "wanted",
    "noticed", "notice", "found", "gave", "given", "give", "checked", "check", "took", "take",
    "called", "rang", "phoned", "asked", "ask", "tried", "writing", "asking", "calling",
    "messaging", "typing", "can", "could", "should", "would", "do", "dont", "know", "hope",
    "his", "her", "looking", "caring", "care", "brought", "picked", "went", "saw", "heard",
    "told", "said", "need", "needed", "wanna", "live", "work", "am", "was", "just", "really",
    "so", "very", "carer", "mum", "dad", "mother", "father", "parent", "grandparent",
    "nan", "husband", "wife", "partner", "sister", "brother", "cant", "couldnt", "did", "didnt",
    "doubt", "feel", "feeling", "felt", "looked", "look", "see", "watched", "watching", "realised",
    "realized", "discovered", "suspect", "suspected", "overheard", "spotted", "put", "tell",
    "trying", "keep", "kept", "got", "have", "had", "been", "has", "also", "only",
    "came", "come", "woke", "phone", "messaged", "sent", "stayed", "staying", "sitting", "with",
    "on", "at", "here", "not", "sure", "unsure", "afraid", "stuck", "home", "alone",
    "press", "pressed", "touch", "touched", "push", "pushed", "roll", "rolled", "hold", "held",
    "lift", "lifted", "feed", "fed", "change", "changed", "carry", "carried", "cuddle", "bathed",
}
# two-word verbs of finding something out: "I've worked out she's ...", "I found out he ..."
REPORTER_PHRASES = {("worked", "out"), ("found", "out"), ("figured", "out"), ("work", "out"), ("find", "out")}
# "the size of my hand": the typist's hand is a measure, not a mention of the typist
MEASURE_BEFORE_MY = {("size", "of"), ("length", "of"), ("width", "of"), ("span", "of")}
# "when I press", "if I touch it": the typist handling the patient, inside a clause about them
SUBORDINATORS = {"when", "whenever", "if", "as", "once", "after", "before", "because", "cos", "until", "till"}
REPORTER_NOUNS = {"carer", "parent", "nurse", "teacher", "childminder", "nanny", "friend",
                  "neighbour", "question", "query", "worried", "concerned", "single", "new"}
# "my mum thinks I ...": a relative reporting, not the patient
RELATION_REPORTING = {"thinks", "think", "says", "said", "reckons", "told", "noticed", "wants",
                      "asked", "suggested", "made", "keeps", "insisted", "worried", "is worried"}
DIED = {"died", "passed", "dead", "deceased"}
# earlier in a finding's clause, an event that is over: "my dad had a heart attack"
PAST_EVENT_WORDS = {"had", "died", "passed", "suffered", "survived", "recovered", "history"}
# the word (or the word before that) before "baby" that makes it a pregnancy or a birth: "had a baby",
# "my second baby", "since having the baby"
BIRTH_BEFORE = {"had", "have", "having", "birth", "first", "second", "third", "fourth", "last", "previous", "1st", "2nd", "3rd"}
BIRTH_BEFORE_2 = {"had", "have", "having", "birth", "gave", "since", "after", "before", "during"}
# a newborn named in the birth ("had my daughter 9 days ago") and the words that date it
BORN_WORDS = {"son", "daughter", "twins", "boy", "girl"}
BORN_WHEN = {"on", "last", "yesterday", "this", "at", "in"}
# things a relation owns, after a possessive typed without its apostrophe ("neighbours dog")
POSSESSED = {"dog", "dogs", "cat", "cats", "horse", "car", "van", "house", "flat", "garden", "kitchen",
             "trampoline", "bike", "scooter", "pool", "tablets", "pills", "medicine", "medication"}
# a person named right after these is never the clause's subject: "spoke to my mum", "tell someone",
# "caught a cold off the kids" ("w", "wiv": text-speak "with")
OBLIQUE_CUES = {"with", "w", "wiv", "to", "from", "off", "by", "at", "near", "than", "like",
                "tell", "told", "telling", "ask", "asked", "asking"}
SELF_SYMPTOM_VERBS = {
    "have", "had", "got", "been", "feel", "feeling", "felt", "keep", "kept", "cant", "couldnt",
    "am", "was", "woke", "hurt", "fell", "coughed", "vomited", "threw",
}
FETAL_WORDS = {"moving", "moved", "movements", "movement", "kicking", "kicks", "kick", "bump",
               "waters", "heartbeat", "scan", "due", "born", "move", "wriggling"}

# words that open a time clause before the main subject: "since my husband left I ..." ("ever since")
FRONTED_SUBORDINATORS = {"since", "after", "when", "whenever", "once", "ever"}
# verbs that, opening a clause with no subject, can only be the typist's: "feel rough", "cant stand up"
FIRST_PERSON_VERBS = {"feel", "cant", "dont", "didnt", "think", "need", "want", "wish", "reckon"}
CLAUSE_OPENERS = {"and", "but", "so", "now", "also", "n", "still", "just", "really", "tbh", "honestly", "plus"}
OPENERS_AND_COMMA = CLAUSE_OPENERS | {","}

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

    def _is_measure(self, i: int) -> bool:
        """'my' in a comparison of size ("twice the size of my hand", "bigger than my palm"): no one's finding."""
        w = self.words
        before = tuple(w[max(0, i - 2) : i])
        as_big_as = before[-1:] == ("as",) and "as" in w[max(0, i - 4) : i - 1]  # "as big as my thumb"
        return before[-1:] == ("than",) or before in MEASURE_BEFORE_MY or as_big_as

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
        if j >= len(w):
            return False
        nxt = w[j]
        if i > 0 and w[i - 1] in SUBORDINATORS:
            return True  # "a rash that doesn't fade when I press a glass on it"
        if nxt in {"have", "had", "got", "been", "feel", "feeling", "felt"} and j + 1 < len(w) and w[j + 1] in PRONOUNS:
            return True
        if nxt in {"cant", "couldnt", "cannot", "can"}:
            obj = w[j + 2 : j + 4]  # "I can't keep my nan awake", "I can't wake him"
            if obj[:1] and (
                obj[0] in PRONOUNS or obj[0] in RELATIONS or (obj[0] in ("my", "the") and obj[1:] and obj[1] in RELATIONS)
            ):
                return True
        if (nxt, w[j + 1] if j + 1 < len(w) else "") in REPORTER_PHRASES:
            return True  # "I've worked out she's been making herself sick"
        if nxt in SELF_SYMPTOM_VERBS:
            return False
        if nxt in ("a", "an", "the") and j + 1 < len(w):
            return w[j + 1] in REPORTER_NOUNS or w[j + 1] in RELATIONS
        return nxt in REPORTER_VERBS or nxt in RELATIONS

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
        fetal = any(x in FETAL_WORDS for x in w) or "pregnant" in w
        self_p: Person | None = None
        last_by_sex: dict[str | None, Person] = {}
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
                        if k < n and w[k] in RELATIONS:
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
            if (word == "one" and i + 3 < n and w[i + 1] == "of" and w[i + 2] in ("my", "our", "the", "his", "her")
                    and w[i + 3] in PERSON_GROUPS):
                p = self._new("relation", "someone", None, None, i)
                self.mentions.append(Mention(i, p.pid))
                last_by_sex[p.sex] = p
                i += 4
                continue
            if word in ("little", "wee", "baby") and i + 1 < n and w[i + 1] in ("one", "un", "uns", "ones"):
                word = "little one"  # "the little one"
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
                if self._owner_of_relation(i):
                    i += 1  # "my neighbour's little lad" (read "neighbour is little lad"): the lad, not the neighbour
                    continue
                prev = w[i - 1] if i else ""
                prev2 = w[i - 2] if i > 1 else ""
                if self._born(i, fetal):
                    i += 1  # the baby of a pregnancy or a birth, not the patient the clause is about
                    continue
                if word in ("mum", "mom", "mother", "dad", "father", "parent") and prev in (
                    "new", "a", "single", "as", "first", "time", "working"
                ):
                    i += 1
                    continue
                if (prev in ("a", "an") and prev2 in ("am", "im")) or (prev == "am" and prev2 == "i") or prev == "im":
                    i += 1  # "I'm a woman", "I am student", "im a carer": the typist, not someone else
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
                weak = nxt in RELATION_REPORTING or (nxt == "is" and nxt2 in ("worried", "concerned")) or (
                    nxt in POSSESSED or (nxt == "s" and nxt2 in POSSESSED))  # "my neighbour's dog bit me"
                # "since mum passed": someone who has died is not the patient
                weak = weak or nxt in DIED or (nxt in ("has", "is", "s") and nxt2 in DIED)
                k = i - 1
                while k >= 0 and w[k] in (
                    "my", "his", "her", "our", "their", "the", "a", "an", "some", "new", "little", "old", "this"
                ):
                    k -= 1
                oblique = k >= 0 and w[k] in OBLIQUE_CUES
                self.mentions.append(Mention(i, p.pid, weak=weak or oblique, oblique=oblique))
                # "she took her mum's tablets ... she says": the owner named through a pronoun's
                # possessive does not take over the pronoun from the person it belongs to
                owner_via_pronoun = prev in ("her", "his", "their") and nxt in ("s", "is")  # "dad's" reads "dad is"
                # nor does someone named after a preposition ("he gave his things to his brother. he's not
                # answering": the one who gave)
                if not ((owner_via_pronoun or oblique) and last_by_sex.get(p.sex) not in (None, p)):
                    last_by_sex[p.sex] = p
                i += 1
                continue
            if word in PRONOUNS:
                sex = PRONOUNS[word]
                target = last_by_sex.get(sex) or last_by_sex.get(None)
                if target is None:
                    for p in reversed(list(self.persons.values())):
                        if p.kind == "pronoun" and p.sex == sex:
                            target = p
                            break
                if target is None:
                    target = self._new("pronoun", word, sex, None, i)
                    last_by_sex[sex] = target
                elif target.sex is None and target.kind == "relation":
                    target.sex = sex  # "my 6 yr old ... he"
                    last_by_sex[sex] = target
                target.tokens.append(i)
                self.mentions.append(Mention(i, target.pid))
                i += 1
                continue
            if word == "my" and self._is_measure(i):
                i += 1
                continue
            if word in SELF_WORDS:
                if self_p is None:
                    self_p = self._new("self", "i", None, None, i)
                weak = False
                if word == "i":
                    weak = self._is_reporting(i)
                elif word == "me":
                    weak = True
                elif word == "my":
                    # "my little boy": the relation word comes later
                    look = w[i + 1 : i + 5]
                    if any(x in RELATIONS for x in look[:3]) or (len(look) > 1 and look[0][:1].isdigit()):
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
            for m in self.mentions:
                if lo <= m.token < hi:
                    if m.oblique:
                        continue
                    if m.weak:
                        if weak_ref is None:
                            weak_ref = m.person
                        continue
                    ref = m.person
                    break
            ref = self._main_subject(lo, hi, ref)
            if ref is None and prev_ref is None and weak_ref is not None:
                sp = self.persons.get(weak_ref)
                # "I've a question: ..." - only a reporting I; nothing better known yet
                ref = None if sp and sp.kind == "self" else weak_ref
            if ref is None and self_p is not None and self._first_person_verb_opens(lo, hi):
                ref = self_p.pid  # "my mum is at work. feel proper confused": the typist again
            if ref is None:
                ref = prev_ref
            self.clause_ref.append(ref)
            prev_ref = ref

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
            return first  # "since yesterday he ...": no clause of its own before the subject
        later = (m.person for m in self.mentions
                 if lo <= m.token < hi and not m.oblique and not m.weak and m.person != first)
        return next(later, first)

    def _first_person_verb_opens(self, lo: int, hi: int) -> bool:
        """A clause with no subject that opens with a verb only "I" takes ("feel awful")."""
        k = lo
        while k < hi and self.words[k] in CLAUSE_OPENERS:
            k += 1
        return k < hi and self.words[k] in FIRST_PERSON_VERBS

    def clause_index(self, token: int) -> int | None:
        """The index of the clause holding `token`."""
        return next((k for k, (lo, hi) in enumerate(self.clauses) if lo <= token < hi), None)

    def is_typists_aside(self, token: int) -> bool:
        """The sentence holding `token` is the typist's aside ("I'm not sleeping well myself", "I was
        going to ask about my own periods, they've been heavy, but that can wait")."""
        w = self.words
        if not 0 <= token < len(w):
            return False
        lo, hi = token, token
        while lo > 0 and w[lo - 1] not in SENTENCE_ENDS:
            lo -= 1
        while hi < len(w) and w[hi] not in SENTENCE_ENDS:
            hi += 1
        return any(tuple(w[i:i + len(c)]) == c for c in TYPIST_ASIDES for i in range(lo, hi))

    def referent_at(self, token: int) -> int | None:
        k = self.clause_index(token)
        return None if k is None else self.clause_ref[k]
