"""Turn a patient's message into a :class:`Reading` (findings + demographics).

Pipeline (spaCy 3, blank English):
  tokenizer  - our normalising tokenizer (apostrophes, contractions, fuzzy spelling fixes)
  sentencizer
  nhs_symptom_matcher - PhraseMatcher over lexicon terms + `near` co-occurrence patterns;
                        marks clause boundaries; sets doc.ents for negex
  negex      - negspacy, with a lay-English termset (see context.py)
then ConText-style rules (negation scope, historical, hypothetical, other person) and the
demographic extractors.
"""

from __future__ import annotations

import datetime as _dt
import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import spacy
from negspacy.negation import Negex  # noqa: F401  (registers the "negex" factory)
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from bot.postcodes import find_postcode
from bot.understand import context as ctx
from bot.understand.age import AgeMention, find_ages
from bot.understand.cues import load_cues, phrase_list, word_set
from bot.understand.duration import DUR_UNITS, WEEKDAYS, find_durations
from bot.understand.english import EnglishWords, english_words
from bot.understand.fuzzy import FuzzyCorrector
from bot.understand.language import LanguageDetector
from bot.understand.lexicon import Lexicon, LexiconError, finding_ref, load_lexicon
from bot.understand.measurements import Measurements
from bot.understand.ntext import NText
from bot.understand.pregnancy import find_pregnancy
from bot.understand.reading import Finding, Reading
from bot.understand.service_request import SERVICES, find_service_request
from bot.understand.sex import FEMALE_BODY, MALE_BODY, SEX_ANSWER, self_sex
from bot.understand.text import (
    DECADES,
    NUMBER_WORDS,
    SENTENCE_PUNCT,
    Tok,
    find_phrases,
    normalise_phrase,
    tokenize,
)

if TYPE_CHECKING:
    from bot.understand.reader import Reader

NEAR_WINDOW = 12  # max tokens from the first to the last word of a `near` pattern (a finding may set its own)
TRIP = "travel_abroad"  # a time told in the clause of a trip (or a finding implying one) is the trip's
NEG_WINDOW = 12  # max tokens between a preceding negation cue and the finding
SHORT_NEG_WINDOW = 3  # the same for a short negation ("without any pain or swelling")
FOLLOW_WINDOW = 4
READER_MIN = 0.8  # the learned reader's findings count from this probability
CAUSE_WINDOW = 3  # max tokens between "died of" and the cause ("died of a massive heart attack")
HIST_WINDOW = 4  # max tokens between a finding and a following historical cue ("rash last year")

_MATCHING = load_cues("matching")
INTENSIFIERS = word_set(_MATCHING, "intensifiers")
PARTICLES = word_set(_MATCHING, "particles")
PAST_PHRASE_SECONDS = PARTICLES | word_set(_MATCHING, "past_phrase_objects")
DETERMINERS = word_set(_MATCHING, "determiners")
LIKENESS = word_set(_MATCHING, "likeness")
CLAUSE_MARKS = frozenset({",", ".", ";", ":", "!", "?", "(", ")"})
STRONG_INTENSIFIERS = phrase_list(_MATCHING, "strong_intensifiers")
DIMINISHERS = phrase_list(_MATCHING, "diminishers")
EMPHATICS = phrase_list(_MATCHING, "emphatics")
NOT_PREFIXES = phrase_list(_MATCHING, "not_prefixes")
NOT_STATE_PREFIXES = phrase_list(_MATCHING, "not_state_prefixes")
WORD_FORMS = [(normalise_phrase(base), normalise_phrase(other))
              for base, *others in _MATCHING["word_forms"] for other in others]
# one-word negation cues ("not", "no", "without", "cant"): a phrase holding one is not retold as a list
NEGATING_WORDS = frozenset(p[0] for p in map(normalise_phrase, ctx.PRECEDING_NEGATIONS) if len(p) == 1)


def _likens_a_part(words: list[str], i: int, spans: list[tuple[int, int]]) -> bool:
    """The likeness opened by word i holds a part of a near match: one starts after it in its clause."""
    return any(s > i and not CLAUSE_MARKS & set(words[i:s]) for s, _ in spans)


def _bracketed(words: list[str]) -> list[int]:
    """1 for each token of an aside in round brackets ("his front tooth (a grown-up one) came out"), else 0."""
    out, depth = [0] * len(words), 0
    for i, w in enumerate(words):
        if w == "(":
            depth += 1
        out[i] = 1 if depth else 0
        if w == ")" and depth:
            depth -= 1
    return out


def _glossed(words: list[str], spans: list[tuple[int, int]], aside: list[int]) -> bool:
    """Parts in brackets that gloss what comes before them ("pain in one egg (testicle)", "(sorry, testicle)"):
    each closes the bracket, opened by it or a comma, and every part outside comes before the bracket."""
    inside = [(s, e) for s, e in spans if aside[s]]
    opens = {next((i for i in range(s - 1, -1, -1) if words[i] == "("), -1) for s, _e in inside}
    if len(opens) != 1 or -1 in opens:
        return False
    start = opens.pop()
    close = next((i for i in range(start, len(words)) if words[i] == ")"), len(words))
    return (all(e <= start for s, e in spans if not aside[s])
            and all(e == close and (s == start + 1 or words[s - 1] == ",") for s, e in inside))


def _overlaps(f: Finding, span: tuple[int, int]) -> bool:
    return f.present and f.start < span[1] and span[0] < f.end


def _ruled_out(f: Finding) -> Finding:
    return Finding(f.symptom, False, "negated", f.text, f.start, f.end)


@dataclass
class Candidate:
    symptom: str
    start: int  # token indices
    end: int
    kind: str  # "term" | "near" | "measure" | "reader"
    parts: list[tuple[int, int]] = field(default_factory=list)
    context: str = "affirmed"
    suppressed_by: list["Candidate"] = field(default_factory=list)
    ruled_out: bool = False  # a reading that rules the finding out ("temp 36.8": no fever)


_REGISTRY: dict[str, "Understander"] = {}


@Language.factory("nhs_symptom_matcher", default_config={"key": ""})
def _make_symptom_matcher(nlp, name, key):  # no annotations: spaCy validates them
    return _REGISTRY[key]._match_component


class _Tokenizer:
    """spaCy tokenizer replacement: normalised words, original offsets in doc.user_data."""

    def __init__(self, vocab, corrector: FuzzyCorrector | None):
        self.vocab = vocab
        self.corrector = corrector

    def _doc(self, text: str, fuzzy: bool) -> Doc:
        toks = tokenize(text)
        if fuzzy and self.corrector is not None:
            fixed = []
            for t in toks:
                w = self.corrector.correct(t.norm)
                fixed.append(t if w == t.norm else Tok(w, t.start, t.end))
            toks = fixed
        words = [t.norm for t in toks]
        doc = Doc(self.vocab, words=words, spaces=[True] * len(words))
        doc.user_data["toks"] = toks
        doc.user_data["raw"] = text
        return doc

    def __call__(self, text: str) -> Doc:
        return self._doc(text, True)

    def pipe(self, texts, batch_size: int = 1000):
        for t in texts:
            yield self._doc(t, False)

    def to_bytes(self, **kwargs):  # pragma: no cover - not serialised
        return b""

    def from_bytes(self, data, **kwargs):  # pragma: no cover
        return self


def _held_back(blocks: dict[int, list[tuple[int, int]]], s: int, e: int, whole: bool = True) -> bool:
    """A match on words s..e is held back by a block phrase over one of them, unless the match holds the
    whole phrase ("hurts when he looks to the side": the block keeps "side" from being a side, not
    the phrase itself from being read). ``whole=False`` for a match made with words left out (an
    intensifier dropped: "had all his jabs" is not "had his jabs"), which any block holds back. Of blocks
    that overlap a word, one the match holds whole frees it from those that only cross the match's edge ("cold
    snap" in "in the cold snap"), not from one that holds the whole match ("been drinking loads of water")."""
    if not whole:
        return any(blocks.get(i) for i in range(s, e))
    for i in range(s, e):
        here = blocks.get(i, ())
        inside = any(s <= bs and be <= e for bs, be in here)
        if any(not (s <= bs and be <= e) and (not inside or (bs <= s and e <= be)) for bs, be in here):
            return True
    return False


def _latest_time(words: list[str], e: int) -> bool:
    """A "last time" cue ending at word e opens a description of the latest time of this illness ("sick 4 times and
    last time it was dark brown"), not of a time before it."""
    return words[e - 1] == "time" and tuple(words[e : e + 2]) in ctx.LATEST_TIME_DESCRIPTIONS


def _recent_span(words: list[str], e: int) -> bool:
    """A "past" cue ending at word e opens how recently, not a past illness: "twice in the past fortnight", "in the
    past 3 days"."""
    return words[e - 1] == "past" and any(w in DUR_UNITS for w in words[e : e + 4])


def _recent_day_after(words: list[str], e: int) -> bool:
    """A recent day told after word e, before the sentence ends ("... on Monday", "2 days ago")."""
    after = list(itertools.takewhile(lambda w: w not in ctx.SENTENCE_ENDS, words[e : e + 10]))
    return any(w in WEEKDAYS for w in after) or next(find_phrases(after, ctx.RECENT_TIMES), None) is not None


def _typists_pregnancy(preg, people, me) -> bool:
    """A pregnancy told as the typist's: with "I" beside it ("I'm 18 weeks pregnant and my niece has chickenpox"),
    or before anyone is named ("16 weeks pregnant and I've never had it")."""
    if not preg.pregnant or preg.span is None or me is None:
        return False
    lo, hi = preg.span
    return any(m.person == me.pid and not m.weak and lo - 3 <= m.token <= hi + 3 for m in people.mentions) or not any(
        m.token < lo for m in people.mentions)


ASIDE_ACCOUNT = 3  # findings in the typist's aside that make it an account of their own, not a passing mention


def _quoted(words: list[str], at: int, whole_sentence: bool = False) -> bool:
    """A quoting word ("he keeps saying", "she told me") in the three words before `at`, or anywhere before it in
    its sentence."""
    lo = max(0, at - 3) if not whole_sentence else next(
        (j + 1 for j in range(at - 1, -1, -1) if words[j] in SENTENCE_PUNCT), 0)
    return any(x in ctx.QUOTING for x in words[lo:at])


def _breaks_near(words: list[str], i: int) -> bool:
    """Word i breaks a `near` match: a contrast word ("but"), unless it joins one thing ("even though",
    "but only", a treatment "but it's no better"), or a pair that breaks only together ("apart from")."""
    if tuple(words[i:i + 2]) in ctx.NEAR_BREAK_PAIRS:
        return True
    return words[i] in ctx.NEAR_BREAKS and not any(
        tuple(words[i - k:i - k + len(phrase)]) == phrase
        for phrase in ctx.NEAR_NON_BREAKS for k, word in enumerate(phrase) if word == words[i] and i >= k)


def _contrasts_one_thing(words: list[str], cue: tuple[int, int], c: Candidate) -> bool:
    """A bare "not" after a word that does not open a denial ("blood not waters") sets one thing against
    another: it reaches only to the next comma or "and", so not to a finding with no part before it."""
    s, e = cue
    if words[s:e] != ["not"] or s == 0 or words[s - 1] in ctx.NEGATION_OPENERS or not words[s - 1].isalpha():
        return False
    reach = next((i for i in range(e, len(words)) if words[i] in (",", "and", ";")), len(words))
    return all(ps >= reach for ps, _pe in c.parts)


def _places(found: list[tuple[int, str, int | None]]) -> int:
    """How many places (anchor, finding, clause) name: findings at one anchor are one place, and so
    is one finding anchored twice in the same clause."""
    groups: list[tuple[set[int], set[tuple[str, int | None]]]] = []
    for anchor, symptom, clause in found:
        joined = [g for g in groups if anchor in g[0] or (symptom, clause) in g[1]]
        merged: tuple[set[int], set[tuple[str, int | None]]] = ({anchor}, {(symptom, clause)})
        for g in joined:
            groups.remove(g)
            merged[0].update(g[0])
            merged[1].update(g[1])
        groups.append(merged)
    return len(groups)


def _other_pasts(phrase: tuple[str, ...], english: EnglishWords, word_group: bool = False) -> list[tuple[str, ...]]:
    """A phrasal verb told in its other past form: "threw up" is also "thrown up". In a near word
    group, not a bare "gone in" or "gone down" (a state: eyes sunken, swelling less, where "went in"
    is an event), nor a short past that is mostly another word ("bitten off": not "a bit off")."""
    if word_group and len(phrase) == 2 and phrase[0] in ("gone", "went"):
        return []
    if len(phrase) > 1 and phrase[1] in PAST_PHRASE_SECONDS:
        return [(past, *phrase[1:]) for past in english.other_pasts(phrase[0]) if not word_group or len(past) > 3]
    return []


def _not_forms(phrase: tuple[str, ...], prefixes: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """A phrase opening with "not" told after a verb, which the text joins to it ("is not regular" reads
    "isnt regular"): "not regular" is also "isnt regular", "hasnt been regular" ..."""
    return [pre + phrase[1:] for pre in prefixes] if phrase[0] == "not" and len(phrase) > 1 else []


def _comma_forms(phrase: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A pair joined by "and" told as a list: "hot and swollen" is also "hot, swollen" (not where a
    negation rules the pair, as in "not eating and drinking")."""
    if NEGATING_WORDS & set(phrase):
        return []
    return [(*phrase[:i], ",", *phrase[i + 1:]) for i, w in enumerate(phrase) if w == "and" and 0 < i < len(phrase) - 1]


def _word_forms(phrase: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A finding's word in its other forms: "tummy pain" is also "tummy pains", "vomiting everything"
    also "vomits everything", "ache" also "aching" (one word at a time)."""
    out: list[tuple[str, ...]] = []
    for one, other in WORD_FORMS:
        k = len(one)
        out += [(*phrase[:i], *other, *phrase[i + k:]) for i in range(len(phrase) - k + 1) if phrase[i:i + k] == one]
    return out


def _it_is_forms(phrase: tuple[str, ...]) -> list[tuple[str, ...]]:
    """"its" typed for "it's", which the text reads as "it is": a phrase written one way also matches
    the other ("feels like its going to burst" ~ "feels like it's going to burst")."""
    out: list[tuple[str, ...]] = []
    if "its" in phrase:
        out.append(tuple(w for word in phrase for w in (("it", "is") if word == "its" else (word,))))
    joined = " ".join(phrase)
    if " it is " in f" {joined} ":
        out.append(tuple(f" {joined} ".replace(" it is ", " its ").split()))
    return out


class Understander:
    def __init__(self, lexicon: Lexicon, today: _dt.date | None = None,
                 measurements: Measurements | None = None, reader: Reader | None = None,
                 reader_min: float = READER_MIN, place_names: Iterable[str] = ()):
        """`place_names` (the catalogue's towns and villages) are never spelling-corrected: "Minnis Bay"
        is no "minnie"."""
        self.lexicon = lexicon
        self.today = today
        self.reader = reader
        self.reader_min = reader_min
        self.measurements = measurements or Measurements([])
        self._reading_findings = self.measurements.findings()  # what a number can say (fever, low oxygen)
        unknown = self.measurements.findings() - set(lexicon.symptoms)
        if unknown:
            raise LexiconError(lexicon.path, None, f"measurements name unknown findings {sorted(unknown)}")
        self._key = f"u{id(self)}"
        _REGISTRY[self._key] = self
        self.nlp = spacy.blank("en")

        # --- vocabulary for fuzzy matching: lexicon words + cue words
        english = english_words()
        term_phrases: dict[str, list[tuple[str, ...]]] = {}
        for sym in lexicon.symptoms.values():
            phrases = []
            for t in sym.terms:
                p = normalise_phrase(t)
                if p:
                    phrases.append(p)
                    phrases.extend(_not_forms(p, NOT_PREFIXES))
                    if len(p) == 2 and p[0] in ("very", "really"):
                        phrases.extend((*strong, p[1]) for strong in STRONG_INTENSIFIERS)
                    phrases.extend(_other_pasts(p, english))
                    phrases.extend(_comma_forms(p))
                    phrases.extend(_it_is_forms(p))
                    phrases.extend(_word_forms(p))
            term_phrases[sym.id] = phrases
        near_phrases: dict[tuple[str, ...], list[tuple[str, int, int]]] = {}
        self._near_refs: dict[tuple[str, int, int], list[str]] = {}  # word group -> findings it names
        for sym in lexicon.symptoms.values():
            for pi, pattern in enumerate(sym.near):
                for gi, group in enumerate(pattern):
                    for w in group:
                        if ref := finding_ref(w):
                            self._near_refs.setdefault((sym.id, pi, gi), []).append(ref)
                            continue
                        p = normalise_phrase(w)
                        forms = [p, *_other_pasts(p, english, word_group=True), *_comma_forms(p), *_it_is_forms(p),
                                 *_word_forms(p), *_not_forms(p, NOT_STATE_PREFIXES)]
                        for form in forms if p else []:
                            near_phrases.setdefault(form, []).append((sym.id, pi, gi))
        vocab: set[str] = set()
        for plist in term_phrases.values():
            for p in plist:
                vocab.update(p)
        for p in near_phrases:
            vocab.update(p)
        cue_lists = [
            ctx.PRECEDING_NEGATIONS, ctx.FOLLOWING_NEGATIONS, ctx.PSEUDO_NEGATIONS, ctx.TERMINATIONS,
            ctx.HYPOTHETICAL_PRECEDING, ctx.HISTORICAL_PRECEDING, ctx.HISTORICAL_FOLLOWING,
            ctx.FAMILY_PRECEDING, list(ctx.RELATIONS), list(ctx.REPORTER_VERBS), list(ctx.RELATION_REPORTING),
            [p for ps in SERVICES.values() for p in ps], list(DUR_UNITS), WEEKDAYS,
            list(FEMALE_BODY), list(MALE_BODY), list(SEX_ANSWER), list(ctx.FETAL_WORDS),
            ["pregnant", "pregnancy", "yesterday", "fortnight", "months", "weeks", "really",
             "newborn", "christmas", "weekend", "morning", "afternoon", "evening", "tonight",
             "daughter", "husband", "neighbour", "temperature", "actually", "postcode"],
        ]
        for lst in cue_lists:
            for cue in lst:
                vocab.update(normalise_phrase(cue))
        vocab.update(DECADES)
        place_words = {w for name in place_names for w in name.split() if w.isalpha()}
        self.corrector = FuzzyCorrector(vocab, protected=NUMBER_WORDS | place_words, english=english)
        self.languages = LanguageDetector(self.corrector.known)

        # --- spaCy pipeline
        self.tokenizer = _Tokenizer(self.nlp.vocab, self.corrector)
        self.nlp.tokenizer = self.tokenizer
        self.nlp.add_pipe("sentencizer")
        self.term_matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        for sid, phrases in term_phrases.items():
            if phrases:
                self.term_matcher.add(sid, [self._pattern(p) for p in sorted(set(phrases))])
        self.near_matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self._near_index: dict[str, list[tuple[str, int, int]]] = {}
        for k, (p, uses) in enumerate(near_phrases.items()):
            key = f"near{k}"
            self._near_index[key] = uses
            self.near_matcher.add(key, [self._pattern(p)])
        # one matcher key per (blocks word groups too, blocked span): "block" phrases stop terms and word
        # groups, "block_term" phrases terms only; read back per match through _block_spans
        self.block_matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        blocks: dict[tuple[bool, int, int], list[Doc]] = {}
        for all_kinds, block_list in ((True, ctx.BLOCK_PHRASES), (False, ctx.BLOCK_TERM_PHRASES)):
            for phrase in block_list:
                words, (bs, be) = ctx.block_parts(phrase)
                blocks.setdefault((all_kinds, bs, be), []).append(self._pattern(words))
        self._block_spans: dict[int, tuple[bool, int, int]] = {}
        for spec, patterns in blocks.items():
            key = "block %d %d %d" % spec
            self.block_matcher.add(key, patterns)
            self._block_spans[self.nlp.vocab.strings[key]] = spec
        # patterns naming another finding are matched after every other, once that finding is read
        referring = {(sid, pi) for sid, pi, _ in self._near_refs}
        self._near_passes = [
            [(sym.id, pi, len(pattern)) for sym in lexicon.symptoms.values() for pi, pattern in enumerate(sym.near)
             if ((sym.id, pi) in referring) == second]
            for second in (False, True)
        ]
        self._trips = {TRIP} | lexicon.implied_by(TRIP)
        self._near_window = {(sym.id, pi): window or sym.near_window or NEAR_WINDOW
                             for sym in lexicon.symptoms.values() for pi, window in enumerate(sym.near_windows)}
        self._near_sentences = {(sym.id, pi): n for sym in lexicon.symptoms.values()
                                for pi, n in enumerate(sym.near_sentences)}
        self._near_unless = {sym.id: sym.near_unless for sym in lexicon.symptoms.values()}
        self._terminations = ctx.phrase_tuples(ctx.TERMINATIONS)
        self._hyp = ctx.phrase_tuples(ctx.HYPOTHETICAL_PRECEDING)
        self._hyp_pseudo = ctx.phrase_tuples(ctx.HYPOTHETICAL_PSEUDO)
        self._if_cues = set(ctx.phrase_tuples(sorted(ctx.IF_CUES)))
        self._hist_pre = ctx.phrase_tuples(ctx.HISTORICAL_PRECEDING)
        self._exceptions = ctx.phrase_tuples(ctx.EXCEPTIONS)
        self._reported_denials = ctx.phrase_tuples(ctx.REPORTED_DENIALS)
        self._caught_it = ctx.phrase_tuples(ctx.CAUGHT_IT)
        self._caught_it_me = ctx.phrase_tuples(ctx.CAUGHT_IT_ME)
        self._hist_fol = ctx.phrase_tuples(ctx.HISTORICAL_FOLLOWING)
        self._denying_pseudo_negations = ctx.phrase_tuples(ctx.DENYING_PSEUDO_NEGATIONS)
        self._fam_pre = ctx.phrase_tuples(ctx.FAMILY_PRECEDING)
        self._fam_fol = ctx.phrase_tuples(ctx.FAMILY_FOLLOWING)
        self._death_cause = ctx.phrase_tuples(ctx.CAUSE_OF_DEATH)
        self.nlp.add_pipe("nhs_symptom_matcher", config={"key": self._key})
        self.negex = self.nlp.add_pipe(
            "negex",
            config={"neg_termset": ctx.negex_termset(), "ent_types": ["SYMPTOM"], "chunk_prefix": []},
        )
        self._implied_by = {sid: lexicon.implied_by(sid) for sid in lexicon.symptoms}

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(cls, lexicon_dir: Path | str = Path("data/triage"), today: _dt.date | None = None,
             second_reader: bool = False, place_names: Iterable[str] = ()) -> "Understander":
        """The understander for a data directory's triage/ folder; `second_reader` adds the learned
        reader trained on data/reader/ (cached under models/reader/); `place_names` are left unspelled."""
        lexicon_dir = Path(lexicon_dir)
        lexicon = load_lexicon(lexicon_dir)
        measures = lexicon_dir / "measurements.yml"
        reader = None
        if second_reader:
            from bot.understand.reader import load_reader  # scikit-learn: loaded only when used

            reader = load_reader(lexicon_dir.parent, lexicon=lexicon)
        return cls(lexicon, today=today, reader=reader, place_names=place_names,
                   measurements=Measurements.load(measures) if measures.exists() else None)

    def _pattern(self, words: tuple[str, ...]) -> Doc:
        return Doc(self.nlp.vocab, words=list(words), spaces=[True] * len(words))

    # ------------------------------------------------------------------ spaCy component
    def _match_component(self, doc: Doc) -> Doc:
        words = [t.text for t in doc]
        sent_starts = [s.start for s in doc.sents]
        sentences = [(s.start, s.end) for s in doc.sents]
        doc.user_data["sentences"] = sentences
        sent_of = [0] * len(words)  # the sentence of each token
        for k, (lo, hi) in enumerate(sentences):
            for i in range(lo, hi):
                sent_of[i] = k
        # the words again without intensifiers: "feel really low", "proper swollen", "cut right down"
        drop = {i for i, w in enumerate(words) if w in INTENSIFIERS}
        for ds, de in find_phrases(words, DIMINISHERS + EMPHATICS):
            drop.update(range(ds, de))
        keep_idx = [i for i in range(len(words)) if i not in drop]
        sdoc = None
        if len(keep_idx) < len(words) and keep_idx:
            sdoc = Doc(self.nlp.vocab, words=[words[i] for i in keep_idx], spaces=[True] * len(keep_idx))
        # word index -> the whole block phrases that hold it back (a match spanning a whole phrase is not held)
        blocked: dict[int, list[tuple[int, int]]] = {}
        blocked_terms: dict[int, list[tuple[int, int]]] = {}
        block_spans = list(self.block_matcher(doc))
        if sdoc is not None:  # an idiom with "right" before its particle: "cut right down" ~ "cut down"
            for m, s, e in self.block_matcher(sdoc):
                s0, e0 = keep_idx[s], keep_idx[e - 1] + 1
                inside = [i for i in range(s0, e0) if i in drop]
                if all(words[i] == "right" and i + 1 < len(words) and words[i + 1] in PARTICLES for i in inside):
                    block_spans.append((m, s0, e0))
        whole_blocks: set[tuple[int, int]] = set()  # phrases blocked in every word (idioms: "shake hands")
        for match_id, s, e in block_spans:
            all_kinds, bs, be = self._block_spans[match_id]
            if (s + bs, min(e, s + be)) == (s, e):
                whole_blocks.add((s, e))
            for i in range(s + bs, min(e, s + be)):
                if all_kinds:
                    blocked.setdefault(i, []).append((s, e))
                blocked_terms.setdefault(i, []).append((s, e))
        cands: list[Candidate] = []
        seen: set[tuple[str, int, int]] = set()
        for match_id, s, e in self.term_matcher(doc):
            if _held_back(blocked_terms, s, e):
                continue
            sid = self.nlp.vocab.strings[match_id]
            seen.add((sid, s, e))
            cands.append(Candidate(sid, s, e, "term", [(s, e)]))
        if sdoc is not None:  # second pass without intensifiers
            for match_id, s, e in self.term_matcher(sdoc):
                ps = sdoc[s:e]
                if any(t.text in INTENSIFIERS for t in ps):
                    continue
                s0, e0 = keep_idx[s], keep_idx[e - 1] + 1
                sid = self.nlp.vocab.strings[match_id]
                if (sid, s0, e0) in seen or _held_back(blocked_terms, s0, e0, whole=False):
                    continue
                if any(words[i] in SENTENCE_PUNCT or words[i] == "," for i in range(s0, e0)):
                    continue
                seen.add((sid, s0, e0))
                cands.append(Candidate(sid, s0, e0, "term", [(s0, e0)]))
        # numbers quoted, read first so that a near pattern may hold one ({finding: size_10cm_or_more})
        readings = self.measurements.find(words)
        cands += [Candidate(f, r.start, r.end, "measure", [(r.start, r.end)]) for r in readings for f in r.present]
        # near patterns, per sentence
        hits: dict[tuple[str, int, int], list[tuple[int, int]]] = {}
        near_spans = [(s, e, match_id, True) for match_id, s, e in self.near_matcher(doc)]
        if sdoc is not None:  # word groups with intensifiers inside: "puffed right up" ~ "puffed up"
            for match_id, s, e in self.near_matcher(sdoc):
                s0, e0 = keep_idx[s], keep_idx[e - 1] + 1
                if e0 - s0 > e - s and not any(words[i] in SENTENCE_PUNCT or words[i] == "," for i in range(s0, e0)):
                    near_spans.append((s0, e0, match_id, False))
        # a part held back by a phrase that blocks only some of its words is kept for a match whose parts together
        # hold every word of that phrase ("cries when she looks | to the side": "looks to the [side]" keeps "side"
        # from being a side); an idiom blocked whole ("shake hands") holds its parts back whatever else they join
        held: dict[tuple[int, int], set[tuple[int, int]]] = {}
        for s, e, match_id, whole in near_spans:
            if _held_back(blocked, s, e, whole):
                blocks = {b for i in range(s, e) for b in blocked.get(i, ())}
                if not whole or blocks & whole_blocks:
                    continue
                held[s, e] = blocks
            for use in self._near_index[self.nlp.vocab.strings[match_id]]:
                hits.setdefault(use, []).append((s, e))
        if hits:
            aside = _bracketed(words)
            breaks = [_breaks_near(words, i) for i in range(len(words))]
            for second, patterns in enumerate(self._near_passes):
                if second:
                    for use, refs in self._near_refs.items():
                        hits.setdefault(use, []).extend(part for c in cands if c.symptom in refs for part in c.parts)
                for sid, pi, ngroups in patterns:
                    groups = [hits.get((sid, pi, gi)) for gi in range(ngroups)]
                    if not all(groups):
                        continue
                    best = self._best_near(groups, sent_of, words, aside, breaks, self._near_window[sid, pi],
                                           self._near_unless[sid], self._near_sentences[sid, pi], held)
                    if best is not None:
                        parts = sorted(best)
                        cands.append(Candidate(sid, parts[0][0], max(p[1] for p in parts), "near", parts))
        # numbers quoted: the reading decides, not the words inside it ("temp 36.8" is no fever,
        # "blood sugar is 25 and I've been sick" is no vomiting of blood)
        if readings:
            reading_spans = [(r.start, r.end) for r in readings]
            # (a near match's part that is a whole reading is the reading itself, held by a {finding: ...} group)
            cands = [c for c in cands if c.kind == "measure" or not any(
                s <= ps and pe <= e and (ps, pe) != (s, e) for ps, pe in c.parts for s, e in reading_spans)]
            # the bare word a reading rules out, earlier in its sentence ("checked her temp 3 times today
            # and it's 36.9"): the number decides
            cands = [c for c in cands if not (c.kind == "term" and any(
                c.symptom in r.absent and sent_of[c.start] == sent_of[r.start] and c.end <= r.start
                for r in readings))]
            for r in readings:
                cands += [Candidate(f, r.start, r.end, "measure", [(r.start, r.end)], ruled_out=True)
                          for f in r.absent]
        # a `near` match adds nothing when every word group is already other symptoms' terms, or when
        # a near match with more groups holds it; decided first, so that a dropped near match does not
        # also drop the terms it was made of
        dropped_near: dict[int, list[Candidate]] = {}
        for c in cands:
            if c.kind != "near":
                continue
            others = [o for o in cands if o.symptom != c.symptom and o is not c]
            terms = [o for o in others if o.kind == "term"]
            cover = [[o for o in terms if any(ps <= s and e <= pe for ps, pe in o.parts)] for s, e in c.parts]
            bigger = [
                o
                for o in others
                if o.kind == "near"
                and len(o.parts) > len(c.parts)
                and all(any(ps <= s and e <= pe for ps, pe in o.parts) for s, e in c.parts)
            ]
            if all(cover) or bigger:
                dropped_near[id(c)] = [o for lst in cover for o in lst] if all(cover) else bigger
        # longest match wins: drop a term strictly inside a longer match of another symptom
        # (a longer term, or one word group of a `near` match spanning more words)
        kept = []
        suppressed = []
        for c in cands:
            by = dropped_near.get(id(c), [])
            if c.kind == "term":
                by = [
                    o
                    for o in cands
                    if o.symptom != c.symptom
                    and id(o) not in dropped_near
                    and not (o.kind == "near" and self.lexicon.symptoms[o.symptom].keeps_inner_terms)
                    and (o.end - o.start) > (c.end - c.start)
                    and any(ps <= c.start and c.end <= pe for ps, pe in o.parts)
                    and (o.kind == "near" or (o.start <= c.start and c.end <= o.end))
                ]
            if by:
                c.suppressed_by = by
                suppressed.append(c)
                continue
            kept.append(c)
        cands = kept
        doc.user_data["candidates"] = cands
        doc.user_data["suppressed"] = suppressed
        # clauses (negex reads doc.sents, so clause starts become sentence starts)
        term_starts = [s for s, _ in find_phrases(words, self._terminations)]
        predicates = ctx.predicate_starts(words)
        starts = ctx.clause_starts(words, sent_starts, term_starts, predicates)
        for i in starts:
            if 0 < i < len(doc):
                doc[i].is_sent_start = True
        doc.user_data["clause_starts"] = starts
        doc.user_data["predicate_starts"] = set(predicates)
        symptom_spans = [Span(doc, c.start, c.end, label="SYMPTOM") for c in cands if c.kind == "term"]
        # spaCy's stub types Doc.ents as a one-element Tuple[Span]; the setter takes any sequence of spans
        doc.ents = filter_spans(symptom_spans)  # type: ignore[assignment]
        return doc

    @staticmethod
    def _best_near(groups, sent_of, words, aside, breaks, window=NEAR_WINDOW, unless=frozenset(), sentences=1,
                   held=None):
        """The shortest combination of one part per group that may stand together; a part in `held` only where the
        combination's words hold every word of each of its block phrases."""
        held = held or {}
        best = None
        best_len = None
        # limit combinatorics: at most 6 occurrences per group
        groups = [g[:6] for g in groups]
        for combo in itertools.product(*groups):
            ss = {sent_of[s] for s, _ in combo}
            if max(ss) - min(ss) >= sentences:
                continue
            spans = sorted(combo)
            if any(spans[i][1] > spans[i + 1][0] for i in range(len(spans) - 1)):
                continue  # overlapping words cannot satisfy two groups
            if len({aside[s] for s, _ in spans}) > 1 and not _glossed(words, spans, aside):
                continue  # one part in brackets and one outside: "(on the pill and period came), bleeding"
            lo, hi = spans[0][0], max(e for _, e in spans)
            if any(part in held for part in spans):
                words_held = {i for ps, pe in spans for i in range(ps, pe)}
                if any(i not in words_held for part in spans for bs, be in held.get(part, ()) for i in range(bs, be)):
                    continue
            if hi - lo - sum(aside[lo:hi]) > window:  # an aside in brackets does not count
                continue
            # across two sentences ("a day on the beach, suncream on but not enough. Now blisters"), a
            # contrast in the first does not part what happened from what it did in the next; nor does one in
            # the last, unless it opens that sentence or follows a part in it ("landed on my palm. Wrist looks
            # normal, but there's a pain below my thumb": the wrist is set against the pain, not the fall)
            first = lo if len(ss) == 1 else next(i for i in range(lo, hi) if sent_of[i] == max(ss))
            last_from = first if len(ss) == 1 else min(ps for ps, _ in spans if sent_of[ps] == max(ss))
            # an unless word voids the match where it stands between the parts, not inside a part it matched
            # ("boiling water" is the burn's own part; "burns when I pass water" is voided)
            if any(breaks[i] and (i == first or i > last_from) for i in range(first, hi)) or (unless and any(
                    words[i] in unless and not any(s <= i < e for s, e in spans)
                    and (words[i] not in LIKENESS or _likens_a_part(words, i, spans)) for i in range(lo, hi))):
                continue
            after = hi + 1 if hi + 1 < len(words) and words[hi] in ctx.ARTICLES else hi
            if after < len(words) and words[after] in unless:
                continue  # "bringing up green phlegm", "bitten by a horsefly": the word right after says what it is
            before = lo - 2 if lo > 1 and words[lo - 1] in DETERMINERS else lo - 1
            if before >= 0 and words[before] in unless:
                continue  # "gums bleed ... since getting pregnant", "between my balls": the word right before
            if best_len is None or hi - lo < best_len:
                best, best_len = list(combo), hi - lo
        return best

    # ------------------------------------------------------------------ reading
    def read(self, text: str, today: _dt.date | None = None) -> Reading:
        text = text or ""
        doc = self.nlp(text)
        toks: list[Tok] = doc.user_data["toks"]
        if not toks:
            return Reading()
        words = [t.text for t in doc]
        cands: list[Candidate] = doc.user_data["candidates"]
        starts: list[int] = doc.user_data["clause_starts"]
        n = len(words)
        clauses = [(s, starts[k + 1] if k + 1 < len(starts) else n) for k, s in enumerate(starts)]
        # who each clause is about: a comma before a verb ends a denial, not whom the words are about
        predicates: set[int] = doc.user_data["predicate_starts"]
        told = [s for s in starts if s not in predicates]
        people = ctx.People(words, [(s, told[k + 1] if k + 1 < len(told) else n) for k, s in enumerate(told)])

        suppressed: list[Candidate] = doc.user_data["suppressed"]
        if not cands and not suppressed:
            cands = self._second_reading(text, toks, clauses)
        self._contexts(doc, words, cands + suppressed, starts, people)
        for c in cands:
            if c.ruled_out and c.context == "affirmed":
                c.context = "negated"
        # a phrase hidden inside a longer one comes back when the longer one is not affirmed ("the rash
        # fades when I press a glass on it" -> rash, without non_blanching_rash), or is a near match that
        # says something of "it" with nothing before it to be ("now she's boiling hot, ... it kills": a fever)
        said_of_nothing: set[int] = set()
        if suppressed:
            ordered = sorted(cands, key=lambda c: (c.start, c.end))
            said_of_nothing = {id(o) for k, o in enumerate(ordered)
                               if o.kind == "near" and self.lexicon.symptoms[o.symptom].refers_back
                               and self._referred_back(o, ordered, k) is None}
        cands = cands + [
            c for c in suppressed if c.context == "affirmed"
            and all(o.context != "affirmed" or id(o) in said_of_nothing for o in c.suppressed_by)
        ]
        nt = NText(toks)

        # the patient: the person the findings are about
        me = people.self_person()
        if me is not None and any(m.person == me.pid and not m.weak for m in people.mentions):
            for c in cands:
                if c.context == "affirmed" and not self.lexicon.symptoms[c.symptom].scene:
                    ref = people.referent_at(self._anchor(c))
                    p = people.persons.get(ref) if ref is not None else None
                    if p is not None and p.kind == "relation" and self._relation_history(words, p, c):
                        c.context = "other_person"
        preg = find_pregnancy(nt)
        ages = find_ages(nt)
        if preg.weeks is not None and preg.span is not None and not preg.may_be_an_age:
            # "my partner's 29 weeks", "she's 34 weeks with our first": a gestation, not an age
            ages = [a for a in ages if a.t1 <= preg.span[0] or a.t0 >= preg.span[1]]
        # the typist's pregnancy and someone else's infection make the typist the patient (in contact with it)
        said_by_me = _typists_pregnancy(preg, people, me) and any(
            self.lexicon.symptoms[c.symptom].contact for c in cands if c.context == "affirmed")
        patient = people.named_as_the_subject()
        if patient is None:
            patient = self._described_person(cands, people, me, extra_for_me=2 if said_by_me else 0)
        if patient is None:
            strong = [m for m in people.mentions if not m.weak and not people.persons[m.person].gone]
            child = self._named_child(people, by_age=True)
            own_age = any(a.who == "self" for a in ages)
            if child is not None and not preg.pregnant and not own_age and any(c.context == "affirmed" for c in cands):
                # "I've been up watching my 18 month old ... it's just a cold": findings said of
                # no one, and a child named beside the typist, are the child's
                patient = child
            elif me is not None and (preg.pregnant or any(m.person == me.pid for m in strong)):
                # "waters just went at 38 wks ... partner at work what do i do": the typist is pregnant
                patient = me.pid
            elif strong:
                patient = strong[0].person
            else:
                # the first person named, but not one named only after "with", "off" or "to" ("caught it off the kids")
                # nor someone who has died ("since my wife died I don't see the point")
                # ("my dad passed away, he had chest pains": then the typist, who is left)
                patient = next((m.person for m in people.mentions
                                if not m.oblique and not people.persons[m.person].gone),
                               me.pid if me is not None else None)
        # findings about someone else (a finding about the scene is everyone's); someone else's
        # infection is the patient's contact with it ("my niece has chickenpox", and I'm pregnant)
        for c in list(cands):
            sym = self.lexicon.symptoms[c.symptom]
            if c.context == "affirmed" and patient is not None and not sym.scene:
                ref = self._about(c, people)
                if (c.kind == "measure" or c.symptom in self._reading_findings) and ref is not None \
                        and not self._owns_reading(people, ref, c):
                    ref = None  # "my wife bought an oximeter and it reads 90": the patient's reading
                # an emergency sign seen now is acted on whoever it is about (safety first);
                # "my dad had a heart attack" is his past
                if ref is not None and people.persons[ref].gone and self._tells_the_death(words, c):
                    ref = None  # "my uncle died": the loss is the one left behind's
                if ref is not None and ref != patient and not (sym.red_flag and not self._told_as_past(words, starts, c)) \
                        and not (sym.contact and self._caught_by(words, people, patient, c)):
                    c.context = "other_person"
                    if sym.contact:
                        cands.append(Candidate(sym.contact, c.start, c.end, c.kind, c.parts))

        reading = Reading()
        reading.findings = self._findings(cands, toks, text)

        # --- demographics
        pperson = people.persons.get(patient) if patient is not None else None
        self._age(reading, nt, people, pperson, ages)
        self._sex_subject(reading, nt, people, pperson, cands)
        if preg.pregnant is not None or preg.weeks is not None:
            young = reading.age_years is not None and reading.age_years < 11
            if reading.sex != "male" and not (reading.subject == "child" and young):
                reading.pregnant = preg.pregnant
                reading.pregnancy_weeks = preg.weeks
                if preg.span:
                    reading.spans["pregnant"] = nt.char_span(*preg.span)
                    if preg.ruled_out:  # "a pregnancy test ... negative": what those words said is ruled out
                        reading.findings = [_ruled_out(f) if _overlaps(f, reading.spans["pregnant"]) else f
                                            for f in reading.findings]
                    if preg.weeks is not None:
                        reading.spans["pregnancy_weeks"] = nt.char_span(*preg.span)
                if (
                    (preg.pregnant or preg.span is not None)
                    and reading.sex is None
                    and reading.subject in (None, "self", "other")
                ):
                    reading.sex = "female"
        # a number read as an age or as the weeks of a pregnancy is not how long it has lasted
        not_durations = [(a.t0, a.t1) for a in ages] + ([preg.span] if preg.weeks is not None and preg.span else [])
        durations = [d for d in find_durations(nt, today or self.today, ages=not_durations)
                     if not self._told_of_a_past_event(words, d[1], cands, starts)]
        if durations:
            reading.duration_days = durations[0][0]
            reading.spans["duration_days"] = nt.char_span(*durations[0][1])
            if len({days for days, _ in durations}) > 1:
                reading.finding_durations = self._finding_durations(doc, cands, people, durations)
        pc = find_postcode(text, strict=True)
        if pc is not None:
            reading.postcode = pc[0]
            reading.spans["postcode"] = pc[1]
        sentences = doc.user_data["sentences"]
        sr = find_service_request(nt, sentences)
        if sr is not None:
            reading.service_request = sr[0]
            reading.spans["service_request"] = nt.char_span(*sr[1])
        if not any(f.present and self.lexicon.symptoms[f.symptom].red_flag for f in reading.findings):
            language = self.languages.detect(text)
            if language:  # the speller may have bent its words into English ones ("boli" -> "boil")
                return Reading(language=language)
        return reading

    # ------------------------------------------------------------------ context
    @staticmethod
    def _qualifies_a_part(words: list[str], c: Candidate, cue: tuple[int, int]) -> bool:
        """A negation cue between a near match's parts that denies an amount ("not loads"), the amount
        word not itself one of the match's parts."""
        s, e = cue
        if not c.parts[0][1] <= s or any(ps <= e < pe for ps, pe in c.parts):
            return False
        return any(tuple(words[e:e + k]) in ctx.QUANTITY_WORDS for k in (1, 2))

    @staticmethod
    def _repeats_own_denial(words: list[str], c: Candidate, cue: tuple[int, int]) -> bool:
        """A "not even" after a near match's own denial ("won't swallow anything, not even her spit")
        repeats that denial: the finding is said, not denied."""
        s, _e = cue
        if not any(tuple(words[s:s + len(r)]) == r for r in ctx.REPEATED_DENIALS):
            return False
        return any(w in ctx.DENYING_VERBS for ps, pe in c.parts[:-1] if pe <= s for w in words[ps:pe])

    @staticmethod
    def _part_denied(words: list[str], cues: list[tuple[int, int]], starts: list[int], part: int) -> bool:
        """A near-match's earlier part, in an earlier clause, denied right before it: the "blood" of
        "no blood, no fever, my wee is fine" is not blood in the wee ("without checking" is not
        a denial of the checking)."""
        lo, _hi = ctx.clause_of(starts, len(words), part)
        return any(lo <= s and 0 <= part - e <= SHORT_NEG_WINDOW - 1 and tuple(words[s:e]) not in ctx.SHORT_NEGATIONS
                   for s, e in cues)

    def _contexts(self, doc: Doc, words: list[str], cands: list[Candidate], starts: list[int], people) -> None:
        n = len(words)
        # spaCy types add_pipe() as returning a generic Pipe; this one is negspacy's Negex
        preceding, following, _term = self.negex.process_negations(doc)  # type: ignore[attr-defined]
        parts_cover: set[int] = set()
        for c in cands:
            for s, e in c.parts:
                parts_cover.update(range(s, e))

        def inside_parts(s: int, e: int) -> bool:
            return all(i in parts_cover for i in range(s, e))

        # "hasn't stopped breathing": the pseudo-negation "hasn't stopped" ("hasn't stopped bleeding") denies here
        all_pre = sorted([(s, e) for _, s, e in preceding] +
                         [(s, s + 1) for s, _e in find_phrases(words, self._denying_pseudo_negations)])
        fol_cues = [(s, e) for _, s, e in following if not inside_parts(s, e)]
        exception_starts = {s for s, _e in find_phrases(words, self._exceptions)}
        # a clause opening with the answer to a question asked in the clause before
        # "... and she said no" answers what was asked; "he says no lumps, no pain" denies what follows
        answered_no = {s for s, e in find_phrases(words, self._reported_denials)
                       if e >= len(words) or words[e] in ctx.ANSWER_ENDS}
        answered_no |= {s - 1 for s in answered_no if s > 0 and words[s - 1] in ("and", ",", "but")}
        hyp_pseudo = list(find_phrases(words, self._hyp_pseudo))
        hyp_cues = []
        for s, e in find_phrases(words, self._hyp):
            if any(ps <= s < pe for ps, pe in hyp_pseudo):
                continue
            hyp_cues.append((s, e, tuple(words[s:e]) in self._if_cues))
        hist_pre = [(s, e) for s, e in find_phrases(words, self._hist_pre)
                    if not _latest_time(words, e) and not _recent_span(words, e)]
        # "over the last year", "in the past year": how long it has lasted, not something past
        hist_fol = [(s, e) for s, e in find_phrases(words, self._hist_fol)
                    if not (words[s] in ("last", "past") and s > 0 and words[s - 1] in ("the", "this"))]
        hist_fol += [(i, i + 1) for i, w in enumerate(words) if ctx.YEAR_RE.match(w)]
        hist_fol += [(s, e + 1) for s, e in find_phrases(words, ctx.HISTORICAL_AGE_OPENERS)
                     if e < n and words[e].isdigit()]  # "had chickenpox when he was 4"
        # "since starting it last year", "a stoma since 2021": when something still going on began; "bigger
        # than last summer", "worse than it was last year": a comparison with then, not something past; "and last
        # time it was dark brown": the latest time of this illness
        hist_fol = [(s, e) for s, e in hist_fol
                    if not {"since", "than"} & set(words[max(0, s - 4) : s]) and not _latest_time(words, e)]
        fam_pre = list(find_phrases(words, self._fam_pre))
        fam_fol = list(find_phrases(words, self._fam_fol))
        death_cause = list(find_phrases(words, self._death_cause))
        subjects = {"i", "he", "she", "it", "they", "we", "you", "my", "his", "her"}

        for c in cands:
            anchor = c.parts[-1][0] if c.kind == "near" else c.start
            lo, hi = ctx.clause_of(starts, n, anchor)
            end = c.end
            negated = False
            # the nearest negation word before the finding decides: if it belongs to a
            # symptom phrase ("not drinking", "can't breathe"), earlier cues do not reach over it
            nearest = None
            for s, e in all_pre:
                if lo <= s and (e <= anchor or (c.kind == "term" and s == c.start)):
                    if s == c.start and nearest is not None and tuple(words[s:e]) in ctx.SHORT_NEGATIONS:
                        continue  # "haven't had sex without a condom": the term's own "without" hides no denial before it
                    nearest = (s, e)
            if nearest is not None and c.kind == "near" and self._qualifies_a_part(words, c, nearest):
                nearest = None  # "blood, not loads, in my knickers": the amount is denied, not the blood
            if nearest is not None and c.kind == "near" and self._repeats_own_denial(words, c, nearest):
                nearest = None  # "won't swallow anything, not even her spit": the match's own denial, said again
            if nearest is not None and _contrasts_one_thing(words, nearest, c):
                nearest = None  # "its blood not waters, bright red, gone through a pad": the pad is not denied
            if nearest is not None and not inside_parts(*nearest) and c.kind != "measure":
                short = tuple(words[nearest[0]:nearest[1]]) in ctx.SHORT_NEGATIONS
                negated = anchor - nearest[1] <= (SHORT_NEG_WINDOW if short else NEG_WINDOW) and not any(
                    w in ctx.DENIAL_ENDS for w in words[end:min(hi, end + FOLLOW_WINDOW)])  # "never had it till today"
            if not negated and c.kind == "near":
                negated = any(self._part_denied(words, all_pre, starts, ps) for ps, _pe in c.parts[:-1]
                              if ctx.clause_of(starts, n, ps)[0] != lo
                              and not any(tuple(words[i:i + k]) in ctx.HEDGES
                                          for i in range(ps, anchor) for k in (1, 2, 3)))
            if not negated and lo not in exception_starts:  # "apart from a headache he's fine"
                for s, _e in fol_cues:
                    if end <= s < hi and s - end <= FOLLOW_WINDOW:
                        if s > end and words[s] in ctx.COPULAS and s - 1 in parts_cover:
                            continue  # "... every day not better breathing is ok": said of the breathing
                        negated = True
                        break
            if not negated and hi in answered_no:
                asked = [i for i in range(lo, anchor) if words[i] in ctx.ASKING_VERBS]
                negated = bool(asked)  # "I asked her about wanting to die and she said no"
            if negated:
                c.context = "negated"
                continue
            hypo = False
            start = anchor
            for s, e, is_if in hyp_cues:
                if any(ps <= s and e <= pe for ps, pe in c.parts):
                    continue  # the finding's own word ("jab" in "flu jab yesterday, sore arm")
                if not (lo <= s and e <= start):
                    if not (s < lo and e <= start and is_if and self._same_sentence(doc, s, start)):
                        continue
                if is_if:
                    # scope: the if-clause only, up to the main clause's subject
                    subj = 0
                    stop = start
                    for i in range(e, start):
                        if words[i] in (",", "then"):
                            stop = -1
                            break
                        if words[i] in subjects:
                            subj += 1
                            if subj >= 2:
                                stop = -1
                                break
                    if stop == -1:
                        continue
                    hypo = True
                    break
                if start - e <= 10:
                    hypo = True
                    break
            if hypo:
                c.context = "hypothetical"
                continue
            # a past cue among the finding's own words, a recent day after it, does not make it past ("operation for
            # cataract in left eye on Monday"); "used to syringe them" still is
            if not self.lexicon.symptoms[c.symptom].ongoing and (any(
                    lo <= s and e <= start and not (c.start <= s < c.end and _recent_day_after(words, e))
                    for s, e in hist_pre) or any(
                end <= s < min(hi, end + HIST_WINDOW) and not any(words[i] in (",", ".", "-") for i in range(end, s))
                for s, e in hist_fol
            ) or (c.kind == "term" and end < n and words[end] in ctx.OPERATION_AFTER)):
                c.context = "historical"
                continue
            if (any(lo <= s and e <= start for s, e in fam_pre)
                    or any(end <= s < min(hi, end + HIST_WINDOW) for s, e in fam_fol)
                    or any(lo <= s and 0 <= c.start - e <= CAUSE_WINDOW
                           and not any(w in ctx.SUBJECT_PRONOUNS for w in words[e:c.start]) for s, e in death_cause)):
                c.context = "other_person"
                continue

    def _described_person(self, cands: list[Candidate], people, me, extra_for_me: int = 0) -> int | None:
        """The person most of the affirmed findings are about: "my son has a headache and a stiff
        neck ... when I press a glass" is about the son; on a tie the typist ("my mum has asthma
        and I've got a cough") unless the child named has a finding only a child can have, else whoever
        came first; a child's emergency only a child can have makes the child named the patient, and the
        typist's own aside ("not sleeping well myself") does not make the typist the patient; someone
        with only an infection is its source when someone else has other findings, and of two others
        with only an infection, the one told last caught it."""
        # person -> where their findings were said: one place per anchor, and one finding read twice in
        # a clause ("hands are shaking" as a term and as a near match) is one place, not two
        said: dict[int, list[tuple[int, str, int | None]]] = {}
        for c in sorted(cands, key=lambda c: c.start):
            symptom = self.lexicon.symptoms[c.symptom]
            # about the situation, not a person; or said of "it", which counts once it names a finding
            scene = symptom.scene or bool(symptom.refers_back)
            anchor = self._anchor(c)
            ref = self._about(c, people, voting=True) if c.context == "affirmed" and not scene else None
            if ref is not None and (c.kind == "measure" or c.symptom in self._reading_findings) \
                    and self._took_reading(people, ref, c):
                ref = None  # "I got 38.4 on the ear thermometer": whoever took it, the reading is the patient's
            if ref is not None and not people.persons[ref].gone:  # the dead or departed are never the patient
                said.setdefault(ref, []).append((anchor, c.symptom, people.clause_index(anchor)))
        child = self._named_child(people)
        if child is not None and any(c.context == "affirmed" and self.lexicon.symptoms[c.symptom].child
                                     and self.lexicon.symptoms[c.symptom].red_flag for c in cands):
            return child  # a child's emergency ("the foil is pushed through") decides who this is about
        if me is not None and me.pid in said and len(said) > 1:
            # the typist's own aside ("not sleeping well myself", "sore from my c section but that's not why
            # I'm writing") does not make them the patient, unless it tells an emergency ("while I've got
            # you, I've had a heavy pressing feeling across my chest") or is a full account of its own ("my own
            # bleeding is heavier, a pad every 40 minutes, dizzy when I stand")
            aside = [f for f in said[me.pid] if people.is_typists_aside(f[0])]
            if len({sid for _a, sid, _c in aside}) < ASIDE_ACCOUNT:
                said[me.pid] = [f for f in said[me.pid] if f not in aside or self.lexicon.symptoms[f[1]].red_flag]
        # someone told only by their lasting conditions ("he's got Parkinson's and dementia") weighs half
        # as much as someone with a complaint now ("I keep thinking everyone would be better off")
        weight = {ref: _places(found) * (1 if any(not self.lexicon.symptoms[sid].ongoing for _a, sid, _c in found) else 0.5)
                  for ref, found in said.items() if found}
        # "my girl has chickenpox and now the baby has spots": someone who only has an infection named
        # is where it was caught from, not the patient, when someone else has a complaint now (not only a lasting
        # condition: "I care for my wife who's got COPD. Got a painful stripe of red blisters" is the typist's shingles)
        sources = {ref for ref, found in said.items() if found and all(
            any(self.lexicon.symptoms[sid].contact for a, sid, _c in found if a == anchor) for anchor, _s, _c in found)}
        caught_by = any(not self.lexicon.symptoms[sid].ongoing
                        for ref, found in said.items() if ref not in sources for _a, sid, _c in found)
        if sources and len(sources) < len(weight) and caught_by:
            weight = {ref: w for ref, w in weight.items() if ref not in sources}
        elif len(sources) > 1 and sources == set(weight) and (me is None or me.pid not in sources):
            # "my girl has chickenpox and now the baby has the spots": it passed to the one told last
            return max(sources, key=lambda ref: min(a for a, _s, _c in said[ref]))
        if me is not None and extra_for_me:
            weight[me.pid] = weight.get(me.pid, 0) + extra_for_me
        if not weight:
            return None
        most = max(weight.values())
        tied = [ref for ref, w in weight.items() if w == most]
        # "the kids clashed heads ... the 11 year old's tooth has come out": one of a group, picked out, before the group
        tied = [ref for ref in tied if people.persons[ref].word not in ctx.PERSON_GROUPS] or tied
        if child in tied and any(self.lexicon.symptoms[sid].child for _a, sid, _c in said[child]):
            return child
        return me.pid if me is not None and me.pid in tied else tied[0]

    @staticmethod
    def _named_child(people, by_age: bool = False) -> int | None:
        """The first child named ("my son"); with `by_age`, also someone named by an age alone ("my 18 month
        old"). A child named only after "with", "to" or "off" ("slept with a girl I met") is not one."""
        named = {m.person for m in people.mentions if not m.oblique}
        return next((p.pid for p in people.persons.values()
                     if p.kind == "relation" and p.pid in named and (p.child or (by_age and p.word == "child"))), None)

    def _about(self, c: Candidate, people, voting: bool = False) -> int | None:
        """Who a finding is about: the clause's subject, except that a finding only a child can have
        ("the foil is pushed through", "I haven't changed a wet nappy") is the child's when one is named, and one
        only the other sex can have is the last person named before it who can (when `voting` for the patient, only
        the typist: a misread word about someone else should not choose the patient)."""
        if self.lexicon.symptoms[c.symptom].child:
            child = self._named_child(people)
            if child is not None:
                return child
        me = people.self_person()
        if me is not None and self._in_own_words(people, c):
            return me.pid
        holder = people.named_with(c.start)
        if holder is not None:
            return holder  # "a support worker for a lady with epilepsy": the lady's
        anchor = self._anchor(c)
        ref = people.referent_at(anchor)
        before_quote = people.quoted_after(anchor, ref) if ref is not None else None
        if before_quote is not None:
            ref = before_quote
        if me is not None and ref == me.pid and c.kind == "near" \
                and any(tuple(people.words[anchor : anchor + len(p)]) == p for p in ctx.NOT_KNOWING):
            # the typist not knowing closes a finding told of someone else ("bruises on his back and I've no
            # idea where they came from"): the finding is the one it began with
            first = people.referent_at(min(ps for ps, _pe in c.parts))
            if first is not None:
                return first
        sex = self.lexicon.symptoms[c.symptom].sex
        if ref is not None and sex and people.persons[ref].sex not in (None, sex):
            # not someone of the other sex's: the last named before it who can have it ("me and my gf were having
            # sex, a loud pop": the typist's; "says the baby isn't really hers": the new mother's)
            fit = [m.person for m in people.mentions if m.token <= anchor and not people.persons[m.person].gone
                   and people.persons[m.person].sex in (None, sex)]
            who = fit[-1] if fit else me.pid if me is not None else None
            if voting and (me is None or who != me.pid):
                return None  # only the typist's own misplaced finding chooses the patient
            return who if who is not None else ref
        return ref

    def _second_reading(self, text: str, toks: list[Tok], clauses) -> list[Candidate]:
        """When the lexicon finds nothing at all, the findings the learned reader is sure of,
        clause by clause, anchored at the clause's end so its negation and context cues apply.
        (Beside the lexicon's findings the reader's guesses did more harm than good in the blind
        rounds' figures; on messages the lexicon cannot read they help: docs/evaluation.md.)"""
        if self.reader is None:
            return []
        out, seen = [], set()
        for lo, hi in clauses:
            if hi - lo < 2:
                continue
            for sid, p in self.reader.predict(text[toks[lo].start:toks[hi - 1].end]):
                if p >= self.reader_min and sid not in seen and sid in self.lexicon.symptoms:
                    seen.add(sid)
                    out.append(Candidate(sid, hi - 1, hi, "reader", [(hi - 1, hi)]))
        return out

    def _caught_by(self, words: list[str], people, patient: int, c: Candidate) -> bool:
        """Someone else's infection the patient then says they have ("my son had chickenpox, so I
        think I have it now", "... and now it's me")."""
        me = people.self_person()
        mine = me.pid if me is not None else None
        told = [(s, mine if words[s] == "i" else people.referent_at(s)) for s, _e in find_phrases(words, self._caught_it)]
        told += [(s, mine) for s, _e in find_phrases(words, self._caught_it_me)]
        return any(s >= c.end and who == patient for s, who in told)

    @staticmethod
    def _relation_history(words: list[str], person, c: Candidate) -> bool:
        """A relative who has died ('my dad died when he was 50 of ...'), or 'mum suffered a ...': their
        past, not the patient. ('she has had a cough' is the patient now; whose findings count most
        decides that.)"""
        if person.gone:
            return not Understander._tells_the_death(words, c)
        return any(t < c.start and words[t + 1 : t + 2] == ["suffered"] for t in person.tokens)

    @staticmethod
    def _tells_the_death(words: list[str], c: Candidate) -> bool:
        """A finding whose words tell the death itself ("my uncle died", "lost my wife"): the loss, the one left
        behind's."""
        return any(w in ctx.DIED or w in ctx.LOSS_BEFORE for w in words[c.start:c.end])

    def _told_of_a_past_event(self, words: list[str], span: tuple[int, int], cands: list[Candidate],
                              starts: list[int]) -> bool:
        """A time told just after a finding that is over, in its clause ("a tetanus booster a few years
        ago"), or in the clause of a trip ("back from Tanzania 2 weeks ago", "back from 6 months working
        in Spain"): when that was, not how long this problem has lasted; unless the illness is told as
        dating from the trip ("... 10 days ago and had diarrhoea ever since")."""
        n = len(words)
        lo, hi = ctx.clause_of(starts, n, span[0])
        before = [c for c in cands if lo <= c.start < span[0]]
        after = [c for c in cands if span[1] <= c.start < hi]
        # the finding told nearest before the time in its clause, or else nearest after it; a time opening with
        # "since" looks ahead ("back from Tanzania, since yesterday I'm hot then cold")
        nearest_before = max(before, key=lambda c: c.start) if before else None
        nearest_after = min(after, key=lambda c: c.start) if after else None
        told_of = (nearest_after or nearest_before) if words[span[0]] in ctx.SINCE_WORDS else (nearest_before or nearest_after)
        if told_of is not None and told_of.symptom in self._trips:
            end = next((i for i in range(span[1], n) if words[i] in ctx.SENTENCE_ENDS), n)
            return next(find_phrases(words, ctx.SINCE_THE_TRIP, span[1], end), None) is None
        return nearest_before is not None and nearest_before.context == "historical"

    @staticmethod
    def _told_as_past(words: list[str], starts: list[int], c: Candidate) -> bool:
        """A finding told as an event that is over: "had", "died of" earlier in its clause; not "have had"
        or "has had", which run on to now ("I've had a heavy pressing feeling across my chest for 25 minutes")."""
        lo = max((s for s in starts if s <= c.start), default=0)
        return any(w in ctx.PAST_EVENT_WORDS and not (w == "had" and i > lo and words[i - 1] in ("have", "has"))
                   for i, w in enumerate(words[lo : c.start], lo))

    def _finding_durations(self, doc: Doc, cands: list[Candidate], people,
                           durations: list[tuple[float, tuple[int, int]]]) -> dict[str, float]:
        """Each affirmed finding's duration: the one told in its sentence, when the sentence tells
        just one and is not the typist's aside ("a stiff shoulder for months, but that's for
        another day")."""
        out: dict[str, float] = {}
        for c in cands:
            if c.context != "affirmed" or c.symptom in out or people.is_typists_aside(c.start):
                continue
            anchor = self._anchor(c)
            told = {days for days, span in durations if self._same_sentence(doc, anchor, span[0])}
            if len(told) == 1:
                out[c.symptom] = told.pop()
        return out

    @staticmethod
    def _in_own_words(people, c: Candidate) -> bool:
        """The finding's own words are the typist's ("my neck is killing me", "my lady bits", "the kids
        would be better off with me not around", "... without me", "... if I wasn't here", "... with someone else as
        her mum"), whoever the clause is about; not words quoted ("he
        keeps saying my tummy hurts"), "me" after any verb but one of feeling ("he won't let me touch
        it", "he gave me his cards"), or "my" in a measure ("as big as my hand"), before a belonging, a
        relation, a person named ("my little one") or an age ("my 6yo's poo")."""
        w = people.words
        if _quoted(w, c.start):
            return False
        for i in range(c.start, c.end):
            nxt = w[i + 1] if i + 1 < len(w) else ""
            if w[i] in ("me", "myself") and w[i - 1] in ctx.FELT_BY_ME:
                return True
            if w[i] == "me" and (nxt in ctx.ABSENT_AFTER_ME or w[i - 1] in ctx.ABSENT_BEFORE_ME):
                return True
            after_was = w[i + 2] if nxt == "was" and i + 2 < len(w) else ""
            if w[i] == "i" and (nxt in ctx.ABSENT_AFTER_I or after_was in ctx.ABSENT_AFTER_ME):
                return True
            if w[i] == "with" and w[i - 1] in ctx.IN_MY_PLACE_BEFORE and (
                    nxt in ctx.IN_MY_PLACE or nxt in ("a", "an") and i + 2 < len(w) and w[i + 2] in ctx.IN_MY_PLACE):
                # the thinker's own place, unless someone else is told saying it earlier in the sentence ("she's
                # been saying the last few days that the baby would be better off with someone else")
                return not _quoted(w, c.start, whole_sentence=True)
            if w[i] == "my" and not people.is_measure(i) and not nxt[:1].isdigit() \
                    and nxt not in ctx.RELATIONS and nxt not in ctx.MY_BELONGINGS \
                    and not any(m.token == i + 1 for m in people.mentions):  # "my little one": a person named
                return True
        return False

    @staticmethod
    def _named_before_reading(people, person: int, c: Candidate) -> tuple[bool, bool]:
        """Whether the person is named in the three words before a reading, and whether as the one who
        took it ("I got 38.4 on the ear thermometer"), in one pass over the mentions."""
        w = people.words
        named = took = False
        for m in people.mentions:
            if m.person == person and c.start - 3 <= m.token < c.start:
                named = True
                took = took or (m.token + 2 < len(w) and w[m.token + 1] in ctx.MEASURING_VERBS
                                and w[m.token + 2][:1].isdigit())
        return named, took

    @staticmethod
    def _owns_reading(people, person: int, c: Candidate) -> bool:
        """A reading is someone's when they are named right before it ("her temp", "dad's sats"), not
        when they took it ("I got 38.4 on the ear thermometer")."""
        named, took = Understander._named_before_reading(people, person, c)
        return named and not took

    @staticmethod
    def _took_reading(people, person: int, c: Candidate) -> bool:
        """The person is named right before the reading as the one who took it: "I got 38.4"."""
        return Understander._named_before_reading(people, person, c)[1]

    @staticmethod
    def _anchor(c: Candidate) -> int:
        return c.parts[-1][0] if c.kind == "near" else c.start

    @staticmethod
    def _same_sentence(doc: Doc, a: int, b: int) -> bool:
        for s, e in doc.user_data["sentences"]:
            if s <= a < e:
                return s <= b < e
        return False

    # ------------------------------------------------------------------ findings
    CONTEXT_RANK = {"affirmed": 0, "negated": 1, "historical": 2, "hypothetical": 3, "other_person": 4}

    def _findings(self, cands: list[Candidate], toks: list[Tok], text: str) -> list[Finding]:
        best: dict[str, tuple[int, int, int, str]] = {}  # sid -> (rank, start_char, end_char, context)

        def offer(sid: str, context: str, t0: int, t1: int) -> None:
            s, e = toks[t0].start, toks[t1 - 1].end
            rank = self.CONTEXT_RANK[context]
            cur = best.get(sid)
            if cur is None or (rank, s) < (cur[0], cur[1]):
                best[sid] = (rank, s, e, context)

        ordered = sorted(cands, key=lambda c: (c.start, c.end))
        for k, c in enumerate(ordered):
            # "the runs since Thursday ... blood mixed in with it": "it" names the finding
            sid = self._referred_back(c, ordered, k) or c.symptom
            if sid == c.symptom and self.lexicon.symptoms[sid].refers_back:
                continue  # "it's gone red" with nothing before it to be: no finding
            offer(sid, c.context, c.start, c.end)
            if c.context != "negated":
                for implied in self.lexicon.implied_closure(sid) - {sid}:
                    offer(implied, c.context, c.start, c.end)
        # "no chest pain" also rules out the more specific findings that imply chest pain
        for sid, (_rank, s, e, context) in list(best.items()):
            if context == "negated":
                for specific in self._implied_by.get(sid, ()):
                    if specific not in best:
                        best[specific] = (1, s, e, "negated")
        out = [
            Finding(symptom=sid, present=context == "affirmed", context=context, text=text[s:e], start=s, end=e)
            for sid, (rank, s, e, context) in best.items()
        ]
        out.sort(key=lambda f: (f.start, f.symptom))
        return out

    def _referred_back(self, c: Candidate, ordered: list[Candidate], k: int) -> str | None:
        """What an affirmed finding said of "it" becomes, from the nearest affirmed finding before
        it (``ordered[:k]``) that it can refer to; failing that, the nearest one denied before it ("the
        wound was fine, but now it's leaking pus": the wound is still there), then one told as past
        ("angina diagnosed three years ago ... it's coming on more easily"), then one said of someone
        else ("my daughter had chickenpox and now I've got it")."""
        refers_back = self.lexicon.symptoms[c.symptom].refers_back
        if not refers_back or c.context != "affirmed":
            return None
        pairs = dict(refers_back)
        for context in ("affirmed", "negated", "historical", "other_person"):
            for prior in reversed(ordered[:k]):
                if prior.context == context:
                    for sid in self.lexicon.implied_closure(prior.symptom):
                        if sid in pairs:
                            return pairs[sid]
        return None

    # ------------------------------------------------------------------ demographics
    def _age(self, reading: Reading, nt: NText, people, pperson, ages: list[AgeMention]) -> None:
        if not ages:
            return
        corrections = [a for a in ages if a.correction]
        chosen = None
        if corrections:
            chosen = corrections[-1]
        else:
            def owner(a):
                if a.who == "self":
                    return people.self_person()
                if a.who in ("he", "she", "they", "who") or a.who is None or a.who in ctx.RELATIONS:
                    # person mentioned at/near the age, else the clause's referent
                    for m in people.mentions:
                        if a.t0 - 2 <= m.token <= a.t1 + 1 and not m.weak:
                            return people.persons.get(m.person)
                    ref = people.referent_at(a.t0)
                    return people.persons.get(ref) if ref is not None else None
                return None

            owners = [(a, owner(a)) for a in ages]
            if pperson is not None:
                for a, o in owners:
                    if o is not None and o.pid == pperson.pid:
                        chosen = a
                        break
                if chosen is None:
                    unknown = [a for a, o in owners if o is None]
                    chosen = unknown[0] if unknown else None
            else:
                chosen = ages[0]
        if chosen is not None:
            reading.age_years = chosen.value
            reading.spans["age_years"] = nt.char_span(chosen.t0, chosen.t1)

    def _sex_subject(self, reading: Reading, nt: NText, people, pperson, cands) -> None:
        words = nt.words
        sex = None
        span = None
        if pperson is not None and pperson.kind != "self":
            sex = pperson.sex
            if sex is not None:
                t = pperson.first_token
                span = nt.char_span(t, t + 1)
        if sex is None and (pperson is None or pperson.kind == "self"):
            sex, sp = self_sex(nt)
            if sp:
                span = nt.char_span(*sp)
        if sex is None:
            # anatomy in clauses about the patient
            for i, w in enumerate(words):
                who = people.referent_at(i)
                if pperson is not None and who is not None and who != pperson.pid:
                    continue
                if w in FEMALE_BODY:
                    sex = "female"
                elif w in MALE_BODY:
                    sex = "male"
                if sex:
                    span = nt.char_span(i, i + 1)
                    break
        if sex is None and pperson is None:
            # "she has a rash" with no-one else named
            for m in people.mentions:
                p = people.persons.get(m.person)
                if p and p.kind == "pronoun" and p.sex:
                    sex = p.sex
                    break
        reading.sex = sex
        if span and sex:
            reading.spans["sex"] = span
        # subject
        subject = None
        if pperson is not None:
            if pperson.kind == "self":
                subject = "self"
            else:
                age = reading.age_years
                if age is not None:
                    subject = "child" if age < 16 else "other"
                elif pperson.child is True or (pperson.kind == "relation" and pperson.word == "child"):
                    subject = "child"
                else:
                    subject = "other"
        if subject is None and pperson is None and reading.age_years is not None and reading.age_years < 16:
            subject = "child"  # "6yo with a barking cough"
        reading.subject = subject
        if subject and pperson is not None:
            t = pperson.first_token
            reading.spans["subject"] = nt.char_span(t, t + 1)
