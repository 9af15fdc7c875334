"""Vignette evaluation of the bot's signposting: the clinical safety evidence for a pilot.

Each vignette is a patient's first message, the facts they give when asked, the acceptable
dispositions and the lowest safe urgency level. A simulated patient talks to the bot (over HTTP
like ``../shared/eval/triage_eval.py``, or in-process without servers) and the outcomes are scored
with the same definitions as that public evaluator, then reported in Markdown and JSON.

    python -m bot.evaluation tests/data/vignettes-public.jsonl --in-process --out-md report.md
"""
from bot.evaluation.contract import LEVEL
from bot.evaluation.patient import answer_for, run_all, run_one
from bot.evaluation.scoring import confusion, per_level, score
from bot.evaluation.vignettes import VignetteError, load_vignettes

__all__ = ["LEVEL", "VignetteError", "answer_for", "confusion", "load_vignettes", "per_level",
           "run_all", "run_one", "score"]
