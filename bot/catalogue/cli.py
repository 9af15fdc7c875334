"""Command line: ``python -m bot.catalogue import|check|lookup``."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from bot.catalogue.area import Area
from bot.catalogue.catalogue import DEFAULT_CATALOGUE_DIR
from bot.catalogue.errors import CatalogueError
from bot.catalogue.region import Region


def add_subparser(subparsers) -> argparse.ArgumentParser:
    """Add a ``catalogue`` command (with import/check/lookup) to another CLI's subparsers."""
    parser = subparsers.add_parser("catalogue", help="build, check or query the service catalogue")
    _add_commands(parser)
    return parser


def _add_commands(parser: argparse.ArgumentParser) -> None:
    commands = parser.add_subparsers(dest="catalogue_command", required=True)

    imp = commands.add_parser("import", help="build an area's catalogue from the open-data extracts")
    imp.add_argument("--area", required=True,
                     help="area file, e.g. data/areas/dgs.yml, or a region's: data/areas/kent-medway.yml")
    imp.add_argument("--source", required=True, help="directory of open-data extracts")
    imp.add_argument("--out", required=True,
                     help="catalogue directory to write (data/services/dgs), or a region's (data/services)")
    imp.set_defaults(catalogue_func=_cmd_import)

    check = commands.add_parser("check", help="load and validate a catalogue or region; report its gaps per area")
    check.add_argument("directory", nargs="?", default=str(DEFAULT_CATALOGUE_DIR))
    check.add_argument("--on", type=dt.date.fromisoformat, default=None,
                       help="the date data is judged old against (default today), YYYY-MM-DD")
    check.set_defaults(catalogue_func=_cmd_check)

    look = commands.add_parser("lookup", help="services for a disposition near a postcode")
    look.add_argument("disposition")
    look.add_argument("postcode", nargs="*", help="postcode or free text (may contain spaces)")
    look.add_argument("--catalogue", default=str(DEFAULT_CATALOGUE_DIR))
    look.add_argument("--limit", type=int, default=3)
    look.set_defaults(catalogue_func=_cmd_lookup)


def run(args: argparse.Namespace) -> int:
    """Run a parsed ``catalogue`` command; print errors and return an exit status."""
    try:
        return args.catalogue_func(args)
    except CatalogueError as exc:
        print(f"catalogue error: {exc}", file=sys.stderr)
        return 1


def _cmd_import(args: argparse.Namespace) -> int:
    from bot.catalogue.importer import run_import, run_region_import

    if Area.load(args.area).parts:
        reports = run_region_import(args.area, args.source, args.out)
    else:
        reports = [run_import(args.area, args.source, args.out)]
    for report in reports:
        for warning in report.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        for reason, count in sorted(report.skipped.items()):
            print(f"skipped {count}: {reason}")
        print(f"wrote {report.out_dir}:")
        for kind, count in (report.catalogue_counts or report.counts).items():
            print(f"  {kind}: {count}")
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    from bot.catalogue.check import report

    print(report(Region.load(args.directory), args.on or dt.date.today()))
    return 0


def _cmd_lookup(args: argparse.Namespace) -> int:
    region = Region.load(args.catalogue)
    result = region.services_for(args.disposition, " ".join(args.postcode), limit=args.limit)
    print(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.catalogue", description=__doc__)
    _add_commands(parser)
    return run(parser.parse_args(argv))
