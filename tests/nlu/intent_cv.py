"""Seeded 5-fold cross-validation of the intent classifier.

Used by tests/nlu/test_intent_quality.py and runnable by hand:

    .venv/bin/python tests/nlu/intent_cv.py --out /tmp/intent-cv

It does what `rasa test nlu --cross-validation --folds 5` does (same rasa function,
same report files), but seeds the fold split so the figure is reproducible: rasa's
StratifiedKFold shuffles with numpy's global random state and no seed.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import random
import sys
from pathlib import Path
from typing import Any, Dict

REPO_ROOT = Path(__file__).resolve().parents[2]
NLU_DIR = REPO_ROOT / "data" / "nlu"
CONFIG = REPO_ROOT / "config.yml"
SYMPTOM_EXTRACTOR_MODULE = REPO_ROOT / "bot" / "components" / "symptom_extractor.py"
SYMPTOM_EXTRACTOR_NAME = "bot.components.symptom_extractor.SymptomExtractor"

FOLDS = 5
SEED = 20240601


def config_for_evaluation(work_dir: Path) -> Path:
    """The project's config.yml; without the SymptomExtractor only while it is missing.

    The extractor runs after the intent classifier and does not change the intent, so
    dropping it while it does not exist yet leaves the measured figure unchanged.
    """
    if SYMPTOM_EXTRACTOR_MODULE.exists():
        return CONFIG
    import rasa.shared.utils.io

    config = rasa.shared.utils.io.read_yaml_file(CONFIG)
    config["pipeline"] = [
        c for c in config["pipeline"] if c.get("name") != SYMPTOM_EXTRACTOR_NAME
    ]
    work_dir.mkdir(parents=True, exist_ok=True)
    path = work_dir / "config_without_symptom_extractor.yml"
    rasa.shared.utils.io.write_yaml(config, path)
    return path


def run_cross_validation(
    out_dir: Path,
    config: Path | None = None,
    nlu_dir: Path = NLU_DIR,
    folds: int = FOLDS,
    seed: int = SEED,
) -> Dict[str, Any]:
    """Runs seeded k-fold cross-validation; returns rasa's intent_report.json as a dict.

    Writes intent_report.json and intent_errors.json into out_dir.
    """
    import numpy as np
    from rasa.nlu.test import cross_validate, drop_intents_below_freq
    from rasa.shared.nlu.training_data.loading import load_data

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    if config is None:
        config = config_for_evaluation(out_dir)

    data = drop_intents_below_freq(load_data(str(nlu_dir)), cutoff=folds)
    random.seed(seed)
    np.random.seed(seed)
    asyncio.run(
        cross_validate(
            data,
            folds,
            str(config),
            output=str(out_dir),
            errors=True,
            disable_plotting=True,
            report_as_dict=True,
        )
    )
    return json.loads((out_dir / "intent_report.json").read_text())


def summary(report: Dict[str, Any]) -> str:
    lines = [
        f"intent macro F1 {report['macro avg']['f1-score']:.4f}, "
        f"accuracy {report['accuracy']:.4f}, "
        f"{report['macro avg']['support']} examples"
    ]
    per_intent = {
        k: v for k, v in report.items() if isinstance(v, dict) and "confused_with" in v
    }
    for name, r in sorted(per_intent.items(), key=lambda kv: kv[1]["f1-score"]):
        lines.append(
            f"  {name:18s} f1 {r['f1-score']:.3f}  n={r['support']:<4d} "
            f"confused with {r['confused_with']}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, type=Path, help="results directory")
    parser.add_argument("--config", type=Path, default=None)
    parser.add_argument("--nlu", type=Path, default=NLU_DIR)
    parser.add_argument("--folds", type=int, default=FOLDS)
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    report = run_cross_validation(args.out, args.config, args.nlu, args.folds, args.seed)
    print(summary(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
