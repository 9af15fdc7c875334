"""The `bot` command: chat in-process, evaluate vignettes, import a catalogue, validate data, serve."""
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
                    print(f"        - {s['name']}, {s.get('address', '')} {s.get('phone', '')}")
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
    serve = sub.add_parser("serve", help="start the bot (see python -m bot.serve --help)")
    serve.add_argument("rest", nargs=argparse.REMAINDER)
    serve.set_defaults(func=lambda a: __import__("bot.serve").serve.main(a.rest))
    catalogue_cli.add_subparser(sub)
    evaluation_cli.add_subparser(sub)
    args = ap.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
