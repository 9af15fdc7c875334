"""The command line's shape: mounting as `bot eval`, arguments, and refusing bad input."""
import argparse

import pytest
from evaluation_fakes import SCENARIO, FakeRasa, write_jsonl

from bot.evaluation import cli


def test_mounts_as_a_subcommand_whose_func_runs_the_evaluation(tmp_path, capsys):
    parser = argparse.ArgumentParser(prog="bot")
    sub = parser.add_subparsers(dest="command", required=True)
    cli.add_subparser(sub)
    path = write_jsonl(tmp_path / "v.jsonl", SCENARIO[:2])
    with FakeRasa(token=None) as rasa:
        args = parser.parse_args(["eval", path, "--url", rasa.url, "--quiet"])
        assert args.command == "eval" and args.func is cli.run
        assert args.func(args) == 0
    assert capsys.readouterr().out.splitlines()[-1].endswith("advised 2/2")


def test_defaults():
    args = cli.build_parser().parse_args(["v.jsonl"])
    assert (args.url, args.in_process, args.token, args.concurrency, args.max_turns) == (None, False, None, 1, 12)
    assert args.out_md is None and args.out_json is None and not args.quiet


def test_url_and_in_process_are_exclusive(capsys):
    with pytest.raises(SystemExit) as info:
        cli.main(["v.jsonl", "--url", "http://x", "--in-process"])
    assert info.value.code == 2


def test_bad_or_missing_vignettes_exit_2(tmp_path, capsys):
    assert cli.main([str(tmp_path / "missing.jsonl"), "--quiet"]) == 2
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "message": "m", "expected": ["nope"], "min_level": 1}\n')
    assert cli.main([str(bad), "--quiet"]) == 2
    assert "nope" in capsys.readouterr().err
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n")
    assert cli.main([str(empty)]) == 2
