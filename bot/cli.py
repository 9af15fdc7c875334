"""The `bot` command: chat in-process, evaluate vignettes, import a catalogue, validate data, purge old
data, pilot reports, staff passwords, serve."""
from __future__ import annotations

import argparse
import sys

from bot import assembly


def _lines():
    if not sys.stdin.isatty():
        yield from sys.stdin
        return
    while True:
        try:
            yield input("> ")
        except EOFError:
            return


def chat(args: argparse.Namespace) -> int:
    """Chat with the triage conversation in the terminal, without Rasa (for clinicians reviewing rules)."""
    from bot.conversation import ConversationState, Incoming

    conversation, understander = assembly.conversation(), assembly.understander()
    state = ConversationState()
    print("Type what's wrong (Ctrl-D to quit, 'start again' to reset).")
    for line in _lines():
        text = line.strip()
        reply = conversation.respond(state, Incoming(text, None, understander.read(text)))
        state = reply.state
        for m in reply.messages:
            if "text" in m:
                print("bot:", m["text"])
                if m.get("buttons"):
                    print("     [" + "] [".join(b["title"] for b in m["buttons"]) + "]")
            elif "disposition" in m["custom"]:
                c = m["custom"]
                print(f"     => {c['disposition']} (level {c['level']}, rule {c['rule']})")
                for s in c["services"]:
                    area = f" ({s['area']})" if s.get("area") else ""
                    print(f"        - {s['name']}{area}, {s.get('address', '')} {s.get('phone', '')}")
    return 0


def validate(args: argparse.Namespace) -> int:
    """Load every data file (rules, lexicon, questions, catalogue); exit 1 naming the bad file."""
    from bot.datafiles import DataFileError

    try:
        assembly.conversation()
        assembly.understander()
    except DataFileError as exc:  # lexicon, rules, questions and catalogue errors alike
        print(f"invalid data: {exc}", file=sys.stderr)
        return 1
    print("data OK")
    return 0


def purge(args: argparse.Namespace) -> int:
    """Delete conversations, pilot records and the staff access log older than the retention period
    (BOT_RETENTION_DAYS) from the database (BOT_DATABASE_URL, or the SQLite file --db)."""
    from pathlib import Path

    from bot.privacy.purge import purge as purge_db
    from bot.records.store import RecordStore, sqlite_path
    from bot.settings import settings

    days = args.days if args.days is not None else settings().retention_days
    url = f"sqlite:///{Path(args.db).resolve()}" if args.db else settings().database_url
    tracker = sqlite_path(url)
    conversations = purge_db(tracker, days) if tracker else 0
    records, accesses = RecordStore(url).purge(days)
    print(f"deleted {conversations} conversations, {records} pilot records and {accesses} staff access log entries "
          f"older than {days} days")
    return 0


def report(args: argparse.Namespace) -> int:
    """Commissioner report from the pilot records: Markdown, CSV and PNG charts."""
    from datetime import date
    from pathlib import Path

    from bot.records.report import Report, districts_of, service_kinds
    from bot.records.store import RecordStore
    from bot.settings import settings
    from bot.triage import Content

    s = settings()
    try:
        start, end = date.fromisoformat(args.start), date.fromisoformat(args.end)
    except ValueError:
        print("--from and --to are dates: YYYY-MM-DD", file=sys.stderr)
        return 2
    if end < start:
        print("--to is before --from", file=sys.stderr)
        return 2
    store = RecordStore(f"sqlite:///{Path(args.db).resolve()}" if args.db else s.database_url)
    if not store.exists():
        print(f"no database at {args.db or s.database_url}", file=sys.stderr)
        return 1
    area = districts_of(args.area, s.data_dir / "areas")
    built = Report.build(store, start, end, area, service_kinds(s.data_dir / "services" / "dispositions.yml"),
                         Content.load(s.data_dir / "triage").labels)
    out = Path(args.out or f"reports/pilot-{start.isoformat()}-to-{end.isoformat()}")
    written = built.write(out)
    print("\n".join(built.headlines()))
    print("written: " + ", ".join(str(p) for p in written))
    return 0


def hash_password(args: argparse.Namespace) -> int:
    """Hash a staff password for BOT_CLINICIANS / BOT_COMMISSIONERS (the password itself is never stored)."""
    import getpass

    from bot.web.staff import hash_password as make_hash

    password = sys.stdin.readline().rstrip("\n") if not sys.stdin.isatty() else getpass.getpass("Password: ")
    if len(password) < 12:
        print("use a password of at least 12 characters", file=sys.stderr)
        return 2
    print(f"{args.name}:{make_hash(password)}" if args.name else make_hash(password))
    return 0


def main(argv: list[str] | None = None) -> int:
    from bot.catalogue import cli as catalogue_cli
    from bot.evaluation import cli as evaluation_cli

    ap = argparse.ArgumentParser(prog="bot", description=__doc__)
    sub = ap.add_subparsers(dest="command", required=True)
    sub.add_parser("chat", help=chat.__doc__).set_defaults(func=chat)
    sub.add_parser("validate", help=validate.__doc__).set_defaults(func=validate)
    purging = sub.add_parser("purge", help=purge.__doc__)
    purging.add_argument("--days", type=int, help="keep this many days (default BOT_RETENTION_DAYS)")
    purging.add_argument("--db", help="a SQLite tracker store file (default BOT_DATABASE_URL, rasa.db)")
    purging.set_defaults(func=purge)
    reporting = sub.add_parser("report", help=report.__doc__)
    reporting.add_argument("--from", dest="start", required=True, help="first day, YYYY-MM-DD (UK time)")
    reporting.add_argument("--to", dest="end", required=True, help="last day, YYYY-MM-DD (included)")
    reporting.add_argument("--area", help="an area file's id (dgs, medway, kent-medway: data/areas/<id>.yml) "
                                          "or postcode districts (DA11,DA12)")
    reporting.add_argument("--out", help="folder for report.md, report.csv and the charts "
                                         "(default reports/pilot-FROM-to-TO)")
    reporting.add_argument("--db", help="a SQLite database file (default BOT_DATABASE_URL)")
    reporting.set_defaults(func=report)
    hashing = sub.add_parser("hash-password", help=hash_password.__doc__)
    hashing.add_argument("name", nargs="?", help="print name:hash, ready for the setting")
    hashing.set_defaults(func=hash_password)
    serve = sub.add_parser("serve", help="start the bot (see python -m bot.serve --help)")
    serve.add_argument("rest", nargs=argparse.REMAINDER)
    serve.set_defaults(func=lambda a: __import__("bot.serve").serve.main(a.rest))
    catalogue_cli.add_subparser(sub)
    evaluation_cli.add_subparser(sub)
    args = ap.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
