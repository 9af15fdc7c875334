"""A learned second reader: which findings a model trained on labelled phrases sees in a clause.

TF-IDF over character n-grams (char_wb, 2-5) and word uni/bigrams of the normalised text
(bot.understand.text, so "can't"/"cannot" read as the lexicon reads them), one logistic
regression per finding (class_weight balanced, liblinear), and a per-finding threshold
calibrated on a held-out split. It reads words only: negation, history and other-person
context are the caller's job.

    reader = load_reader()                     # trains once per corpus, then loads the cache
    reader.predict("my little boy has been sick 5 times today")   # [("vomiting", 0.99)]

    python -m bot.understand.reader evaluate   # held-out precision/recall/F1 and latency
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import time
from collections import Counter
from pathlib import Path
from typing import Iterable

import joblib
import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from bot.understand.lexicon import Lexicon, load_lexicon
from bot.understand.text import SENTENCE_PUNCT, tokenize

VERSION = 1  # bump when the features or the training change: cached models are retrained
CORPUS_GLOB = "reader/*.jsonl"
TARGET_PRECISION = 0.9
RED_FLAG_PRECISION = 0.8  # a red flag errs towards present
DEFAULT_THRESHOLD = 0.6  # when the held-out split cannot show the precision target is met
MIN_THRESHOLD = 0.5  # a few held-out phrases do not justify trusting weaker guesses...
MIN_RED_FLAG_THRESHOLD = 0.3  # ...except for red flags
MIN_SUPPORT = 3  # held-out phrases with the finding needed to calibrate its threshold
HELD_OUT = 0.2
SEED = 13
FEATURES = {"min_df": 2, "sublinear_tf": True}  # n-grams of a single phrase only memorise it
# tol 0.1: the same held-out scores as 1e-3, in half the time
MODEL = {"C": 10.0, "class_weight": "balanced", "solver": "liblinear", "dual": True, "tol": 0.1}


def normalise(text: str) -> str:
    """The text's normalised words (bot.understand.text rules), joined by spaces."""
    return " ".join(t.norm for t in tokenize(text) if t.norm not in SENTENCE_PUNCT)


def fingerprint(phrases: Iterable[dict], red_flags: Iterable[str], implies: dict[str, set[str]]) -> str:
    """Hash of what training sees: texts, findings, red flags, implications and VERSION."""
    rows = sorted((p["text"], sorted(p["findings"])) for p in phrases)
    links = sorted((f, sorted(g)) for f, g in implies.items())
    blob = json.dumps([VERSION, rows, sorted(red_flags), links], ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def split(phrases: list[dict], frac: float = HELD_OUT, seed: int = SEED) -> tuple[list[dict], list[dict]]:
    """Seeded (train, held_out) split by phrase: identical normalised texts stay together, and
    each finding (the rarest in a phrase) contributes about `frac` of its phrases, never its last."""
    groups: dict[str, list[dict]] = {}
    for p in phrases:
        groups.setdefault(normalise(p["text"]), []).append(p)
    counts: dict[str, int] = {}
    for rows in groups.values():
        for f in {f for p in rows for f in p["findings"]}:
            counts[f] = counts.get(f, 0) + 1
    strata: dict[str, list[str]] = {}
    for key, rows in sorted(groups.items()):
        found = {f for p in rows for f in p["findings"]}
        strata.setdefault(min(found, key=lambda f: (counts[f], f)) if found else "", []).append(key)
    rng = random.Random(seed)
    held: set[str] = set()
    for _, keys in sorted(strata.items()):
        rng.shuffle(keys)
        held.update(keys[: min(len(keys) - 1, int(len(keys) * frac + rng.random()))])
    train = [p for key, rows in groups.items() if key not in held for p in rows]
    test = [p for key, rows in groups.items() if key in held for p in rows]
    return train, test


def _fit_one(X: sparse.csr_matrix, y: np.ndarray) -> tuple[np.ndarray, float]:
    if y.min() == y.max():  # no positive (or no negative) example: never present
        return np.zeros(X.shape[1]), -20.0 if y.max() == 0 else 20.0
    model = LogisticRegression(**MODEL)
    model.fit(X, y)
    return model.coef_[0], float(model.intercept_[0])


def _threshold(p: np.ndarray, y: np.ndarray, target: float, floor: float) -> float | None:
    """The lowest cut-off (at least `floor`) whose held-out precision is at least `target`; None
    when fewer than MIN_SUPPORT held-out phrases have the finding or no cut-off reaches `target`."""
    if y.sum() < MIN_SUPPORT:
        return None
    order = np.argsort(-p, kind="stable")
    p, y = p[order], y[order]
    tp = np.cumsum(y)
    distinct = np.append(p[1:], -1.0) < p  # cut only between different scores
    ok = (tp > 0) & (tp >= target * np.arange(1, len(y) + 1)) & distinct
    if not ok.any():
        return None
    k = int(np.flatnonzero(ok)[-1])
    below = p[k + 1] if k + 1 < len(p) else 0.0
    return max(floor, float(p[k] + below) / 2)


class Reader:
    """Per-finding logistic regressions over TF-IDF features of normalised text."""

    def __init__(self, labels: list[str], chars: TfidfVectorizer, words: TfidfVectorizer,
                 coef: np.ndarray, intercept: np.ndarray, fingerprint: str):
        self.labels = labels
        self.vectorizers = (chars, words)
        self.idf = tuple(v.idf_ for v in self.vectorizers)  # idf_ is rebuilt on every access: keep it
        self.coef = coef  # (features, labels), char features first
        self.intercept = intercept
        self.index = {f: j for j, f in enumerate(labels)}
        self.thresholds = np.full(len(labels), DEFAULT_THRESHOLD)
        self.implies: dict[str, list[str]] = {}
        self.fingerprint = fingerprint
        self.version = VERSION

    # ------------------------------------------------------------ training
    @classmethod
    def _fit(cls, phrases: list[dict], fp: str) -> "Reader":
        texts = [normalise(p["text"]) for p in phrases]
        labels = sorted({f for p in phrases for f in p["findings"]})
        index = {f: j for j, f in enumerate(labels)}
        Y = np.zeros((len(phrases), len(labels)), dtype=np.int8)
        for i, p in enumerate(phrases):
            for f in p["findings"]:
                Y[i, index[f]] = 1
        chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), **FEATURES)
        words = TfidfVectorizer(analyzer="word", ngram_range=(1, 2), token_pattern=r"\S+", **FEATURES)
        X = sparse.hstack([chars.fit_transform(texts), words.fit_transform(texts)], format="csr", dtype=np.float64)
        for vec in (chars, words):
            vec.stop_words_ = None  # the dropped n-grams: only bulk in the saved model
        coef = np.zeros((X.shape[1], len(labels)), dtype=np.float32)
        intercept = np.zeros(len(labels), dtype=np.float32)
        for j in range(len(labels)):  # one process: liblinear holds the GIL, workers cost more than they save
            coef[:, j], intercept[j] = _fit_one(X, Y[:, j])
        return cls(labels, chars, words, coef, intercept, fp)

    @classmethod
    def train(cls, phrases: list[dict], red_flags: set[str],
              implies: dict[str, set[str]] | None = None) -> "Reader":
        """Calibrate thresholds with a model fitted on a stratified 80% of `phrases` and read on the
        rest, then fit the returned model on all of them with those thresholds. `implies` maps a
        finding to the findings it implies (Lexicon.implied_closure): predicting one predicts those."""
        fp = fingerprint(phrases, red_flags, implies or {})
        fit_part, held = split(phrases)
        cal = cls._fit(fit_part, fp)
        reader = cls._fit(phrases, fp)
        reader.implies = {f: sorted(set(implies[f]) - {f}) for f in reader.labels if implies and implies.get(f)}
        if held:
            probs = cal.proba([p["text"] for p in held])
            for j, f in enumerate(reader.labels):
                if f not in cal.index:
                    continue
                p = probs[:, cal.index[f]]
                y = np.array([f in h["findings"] for h in held], dtype=np.int8)
                t = _threshold(p, y, TARGET_PRECISION, MIN_THRESHOLD)
                if f in red_flags:
                    t = _threshold(p, y, RED_FLAG_PRECISION, MIN_RED_FLAG_THRESHOLD) or t
                reader.thresholds[j] = DEFAULT_THRESHOLD if t is None else t
        return reader

    # ------------------------------------------------------------ reading
    def _scores(self, norm: str) -> np.ndarray:
        """Logits of one normalised text: TfidfVectorizer.transform's arithmetic without its
        per-call overhead (sublinear tf x idf, l2-normalised per vectorizer)."""
        scores = self.intercept.astype(np.float64)
        offset = 0
        for vec, idf in zip(self.vectorizers, self.idf, strict=False):
            vocab = vec.vocabulary_
            counts = Counter(g for g in vec.build_analyzer()(norm) if g in vocab)
            if counts:
                idx = np.fromiter((vocab[g] for g in counts), dtype=np.int64, count=len(counts))
                vals = (1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))) * idf[idx]
                scores += (vals / np.linalg.norm(vals)) @ self.coef[offset + idx]
            offset += len(vocab)
        return scores

    def proba(self, texts: list[str]) -> np.ndarray:
        """Probability of every finding (columns in ``self.labels`` order) for each text."""
        scores = np.array([self._scores(normalise(t)) for t in texts]).reshape(len(texts), len(self.labels))
        return 1.0 / (1.0 + np.exp(-scores))

    def predict(self, text: str) -> list[tuple[str, float]]:
        """Findings whose probability reaches their threshold, and the findings those imply (at
        the higher of their own and the implying finding's probability), most probable first."""
        norm = normalise(text)
        if not norm:
            return []
        p = 1.0 / (1.0 + np.exp(-self._scores(norm)))
        found: dict[str, float] = {}
        for j in np.flatnonzero(p >= self.thresholds):
            for f in (self.labels[j], *self.implies.get(self.labels[j], ())):
                own = float(p[self.index[f]]) if f in self.index else 0.0
                found[f] = max(found.get(f, 0.0), float(p[j]), own)
        return sorted(found.items(), key=lambda h: (-h[1], h[0]))

    # ------------------------------------------------------------ storage
    def save(self, path: Path | str) -> None:
        """Write atomically (joblib)."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
        joblib.dump(self, tmp)
        os.replace(tmp, path)

    @classmethod
    def load(cls, path: Path | str) -> "Reader":
        reader = joblib.load(path)
        if not isinstance(reader, cls) or reader.version != VERSION:
            raise ValueError(f"{path}: not a reader model of version {VERSION}")
        return reader


# ---------------------------------------------------------------- corpus and cache
def corpus_files(data_dir: Path) -> list[Path]:
    return sorted(Path(data_dir).glob(CORPUS_GLOB))


def load_phrases(files: Iterable[Path]) -> list[dict]:
    """The labelled phrases of JSON-lines `files`; a malformed line raises ValueError with file:line."""
    out = []
    for path in files:
        for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                text, findings = row["text"], row["findings"]
                if not isinstance(text, str) or not isinstance(findings, list):
                    raise TypeError("text must be a string and findings a list")
            except (ValueError, KeyError, TypeError) as exc:
                raise ValueError(f"{path}:{n}: {exc}") from exc
            out.append({"text": text, "findings": [str(f) for f in findings]})
    return out


def for_lexicon(phrases: list[dict], lexicon: Lexicon) -> list[dict]:
    """Phrases with findings the lexicon does not know dropped from their labels."""
    return [{"text": p["text"], "findings": [f for f in p["findings"] if f in lexicon.symptoms]} for p in phrases]


def implications(lexicon: Lexicon) -> dict[str, set[str]]:
    """Each finding's implied findings (transitively), for Reader.train."""
    return {sid: lexicon.implied_closure(sid) - {sid} for sid in lexicon.symptoms}


def load_reader(data_dir: Path = Path("data"), cache_dir: Path = Path("models/reader"),
                lexicon: Lexicon | None = None) -> Reader:
    """The reader for the corpus data_dir/reader/*.jsonl: loaded from cache_dir when a model for
    this corpus, the lexicon's ids, red flags and implications, and VERSION is cached, else
    trained, cached and returned.
    Pass the Understander's lexicon to skip loading data_dir/triage again."""
    files = corpus_files(data_dir)
    if not files:
        raise FileNotFoundError(f"no reader corpus at {Path(data_dir) / CORPUS_GLOB}")
    lexicon = lexicon or load_lexicon(Path(data_dir) / "triage")
    h = hashlib.sha256(f"{VERSION}\n".encode())
    for path in files:
        h.update(f"{path.name}\n".encode())
        h.update(path.read_bytes())
    implies = implications(lexicon)
    h.update(json.dumps([sorted(lexicon.red_flags), sorted((f, sorted(g)) for f, g in implies.items())]).encode())
    cache = Path(cache_dir) / f"reader-{h.hexdigest()[:16]}.joblib"
    if cache.exists():
        return Reader.load(cache)
    reader = Reader.train(for_lexicon(load_phrases(files), lexicon), lexicon.red_flags, implies)
    reader.save(cache)
    for old in Path(cache_dir).glob("reader-*.joblib"):
        if old != cache:
            old.unlink(missing_ok=True)
    return reader


# ---------------------------------------------------------------- evaluation
def evaluate(phrases: list[dict], red_flags: set[str], implies: dict[str, set[str]] | None = None,
             seed: int = SEED) -> dict[str, float]:
    """Train on a seeded 80% split by phrase, read the other 20%: micro/macro precision, recall
    and F1 (macro over findings with a held-out example), training seconds, and the latency of
    predict over 1,000 held-out clauses in ms."""
    train, test = split(phrases, seed=seed)
    t0 = time.perf_counter()
    reader = Reader.train(train, red_flags, implies)
    train_s = time.perf_counter() - t0
    tp: dict[str, int] = {}
    fp: dict[str, int] = {}
    fn: dict[str, int] = {}
    for p in test:
        gold = set(p["findings"])
        got = {f for f, _ in reader.predict(p["text"])}
        for f in gold & got:
            tp[f] = tp.get(f, 0) + 1
        for f in got - gold:
            fp[f] = fp.get(f, 0) + 1
        for f in gold - got:
            fn[f] = fn.get(f, 0) + 1

    def prf(t: int, p: int, n: int) -> tuple[float, float, float]:
        precision = t / (t + p) if t + p else 0.0
        recall = t / (t + n) if t + n else 0.0
        return precision, recall, 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    micro = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    per = [prf(tp.get(f, 0), fp.get(f, 0), fn.get(f, 0)) for f in {f for p in test for f in p["findings"]}]
    macro = tuple(float(np.mean([m[i] for m in per])) if per else 0.0 for i in range(3))
    clauses = [test[i % len(test)]["text"] for i in range(1000)] if test else []
    wall, cpu = [], []
    for text in clauses:
        t0, c0 = time.perf_counter(), time.process_time()
        reader.predict(text)
        wall.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    return {
        "train_phrases": len(train), "held_out_phrases": len(test), "findings": len(reader.labels),
        "train_s": train_s,
        "micro_precision": micro[0], "micro_recall": micro[1], "micro_f1": micro[2],
        "macro_precision": macro[0], "macro_recall": macro[1], "macro_f1": macro[2],
        "p50_ms": float(np.percentile(wall, 50)) if wall else 0.0,
        "p95_ms": float(np.percentile(wall, 95)) if wall else 0.0,
        "p95_cpu_ms": float(np.percentile(cpu, 95)) if cpu else 0.0,  # wall time minus waiting for a busy CPU
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bot.understand.reader", description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=["evaluate"])
    parser.add_argument("--data", type=Path, default=Path("data"), help="data directory (default: data)")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    lexicon = load_lexicon(args.data / "triage")
    phrases = for_lexicon(load_phrases(corpus_files(args.data)), lexicon)
    result = evaluate(phrases, lexicon.red_flags, implications(lexicon), seed=args.seed)
    for key, value in result.items():
        print(f"{key:>18}: {value:.3f}" if isinstance(value, float) else f"{key:>18}: {value}")


if __name__ == "__main__":
    main()
