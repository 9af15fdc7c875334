"""The command line (bot.catalogue.cli)."""

import argparse
import json
import shutil
import subprocess
import sys

from catalogue_fixtures import DISPOSITIONS, REPO

from bot.catalogue import cli


def test_check_and_lookup(make_catalogue, capsys):
    directory = make_catalogue()
    assert cli.main(["check", str(directory)]) == 0
    assert "| pharmacy | 4 |" in capsys.readouterr().out
    assert cli.main(["lookup", "pharmacy", "my", "postcode", "is", "DA12", "1AS", "--catalogue", str(directory)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["status"] == "ok" and result["services"][0]["id"] == "pharm-gravesend"


def test_bad_catalogue_exits_non_zero_with_message(make_catalogue, capsys):
    directory = make_catalogue(files={"bad.yml": {"entries": [{"id": "x"}]}})
    assert cli.main(["check", str(directory)]) == 1
    assert "bad.yml: entry 1" in capsys.readouterr().err


def test_import_command(tmp_path, extracts, fixture_area, capsys):
    out = tmp_path / "services" / "test"
    out.mkdir(parents=True)
    shutil.copy(DISPOSITIONS, out.parent / "dispositions.yml")
    code = cli.main(["import", "--area", str(fixture_area), "--source", str(extracts), "--out", str(out)])
    assert code == 0
    assert "pharmacy: 3" in capsys.readouterr().out
    assert (out / "pharmacy.yml").is_file()


def test_add_subparser_plugs_into_another_cli(make_catalogue):
    parser = argparse.ArgumentParser(prog="bot")
    cli.add_subparser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["catalogue", "check", str(make_catalogue())])
    assert args.command == "catalogue" and cli.run(args) == 0


def test_python_dash_m_entry_point():
    done = subprocess.run(
        [sys.executable, "-m", "bot.catalogue", "lookup", "call_999", "DA1"],
        cwd=REPO, capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["services"] == []
