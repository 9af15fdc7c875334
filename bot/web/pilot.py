"""The pilot pages of the website: the clinician's case view, the commissioners' dashboard, the
staff access log, and the public notice of what a pilot record holds.

    /pilot                       sign-in landing (clinicians and commissioners)
    /pilot/case?reference=REF    a case: summary, decision path, answers, transcript (clinicians)
    /pilot/api/cases/REF         the same as JSON (clinicians)
    /pilot/report?from=&to=&area=  the report with its charts (clinicians and commissioners)
    /pilot/report.csv?...        the report's CSV
    /pilot/access                the staff access log (clinicians)
    /privacy/pilot-records       what a pilot record holds, for how long, and who can see it (public)

Staff sign in with HTTP Basic authentication (bot/web/staff.py). Every look-up of a case and every
report is written to the access log (who, when, which reference) before anything is shown: if that
write fails, nothing is shown. Every refused sign-in is written there too (the account named, if
it is one, and the client address); after BOT_SIGNIN_FAILURES of them from one address within
BOT_SIGNIN_WINDOW_MINUTES, that address gets 429 for BOT_SIGNIN_LOCKOUT_MINUTES. Pages carry no inline script or style (the site's CSP); charts are
PNG data: URIs. Nothing here is a page template another page shares: the privacy page gains one
section through :func:`privacy_page`.
"""

from __future__ import annotations

import asyncio
import base64
import logging
import math
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache, wraps
from html import escape
from pathlib import Path
from typing import Callable

from sanic import Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.records.record import PilotRecord
from bot.records.reference import normalise
from bot.records.report import SMALL_NOTE, UK, Report, districts_of, service_kinds
from bot.records.store import RecordStore
from bot.records.transcript import Line, transcript
from bot.settings import settings

from . import pages
from .staff import SignInLock, Staff, StaffAccounts

log = logging.getLogger(__name__)
NO_STORE = {"Cache-Control": "no-store", "X-Robots-Tag": "noindex"}
REALM = 'Basic realm="Pilot records", charset="UTF-8"'
GET_HEAD = ["GET", "HEAD"]
REPORT_DAYS = 28
HEAD = '<link rel="stylesheet" href="/static/pilot.css">\n'
SIGN_IN_FAILED = "sign-in failed"  # the access log's action for a refused sign-in
NOT_AN_ACCOUNT = "(not an account)"  # ...and its staff name when the name typed is no account's


@dataclass
class PilotConfig:
    store: RecordStore
    staff: StaffAccounts
    data_dir: Path
    retention_days: int
    lock: SignInLock


@lru_cache(maxsize=4)
def _content(data_dir: Path):
    from bot.triage import Content

    return Content.load(data_dir / "triage")


def _when(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return moment.replace(tzinfo=timezone.utc).astimezone(UK).strftime("%d %b %Y %H:%M")


def _list(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>" if items else "<p>None.</p>"


def _summary_list(rows: list[tuple[str, str]]) -> str:
    """An NHS summary list; values are HTML already escaped by the caller."""
    body = "".join(f'<div class="nhsuk-summary-list__row"><dt class="nhsuk-summary-list__key">{escape(k)}</dt>'
                   f'<dd class="nhsuk-summary-list__value">{v}</dd></div>' for k, v in rows)
    return f'<dl class="nhsuk-summary-list">{body}</dl>'


def _table(caption: str, head: list[str], rows: list[list[str]], responsive: bool = False) -> str:
    """An NHS table; cells are HTML already escaped by the caller. `responsive`: on a phone each row
    is a block with each cell under its column's heading (nhsuk-frontend's responsive table)."""
    role = (lambda r: f' role="{r}"') if responsive else (lambda r: "")
    th = "".join(f'<th scope="col" class="nhsuk-table__header"{role("columnheader")}>{escape(h)}</th>' for h in head)
    label = (lambda h: f'<span class="nhsuk-table__heading" aria-hidden="true">{escape(h)} </span>') if responsive \
        else (lambda h: "")
    tr = "".join(f'<tr class="nhsuk-table__row"{role("row")}>'
                 + "".join(f'<td class="nhsuk-table__cell"{role("cell")}>{label(h)}{c}</td>'
                           for h, c in zip(head, row, strict=True)) + "</tr>" for row in rows)
    return (f'<table class="nhsuk-table{" nhsuk-table--responsive" if responsive else ""}"{role("table")}>'
            f'<caption class="nhsuk-table__caption">{escape(caption)}</caption>'
            f'<thead class="nhsuk-table__head"{role("rowgroup")}><tr class="nhsuk-table__row"{role("row")}>{th}</tr></thead>'
            f'<tbody class="nhsuk-table__body">{tr}</tbody></table>')


def _signed_in_as(staff: Staff) -> str:
    return (f'<p class="nhsuk-body-s">Signed in as <strong>{escape(staff.name)}</strong> ({escape(staff.role)}). '
            f'Every case you open and every report is recorded in the access log.</p>')


# ---------------------------------------------------------------------------------- the case view
def case_data(record: PilotRecord, lines: list[Line] | None, data_dir: Path) -> dict:
    """The case as the clinician's view shows it (and the JSON endpoint returns it)."""
    content = _content(data_dir)
    rules = {r.id: r for r in [*content.rules, content.fallback]}
    rule = rules.get(record.rule)
    disposition = content.dispositions.get(record.disposition)
    told = next((line.custom.get("summary") for line in lines or ()
                 if line.custom.get("reference") == record.reference and line.custom.get("summary")), None)
    return {
        "record": record.to_dict(),
        "advice": disposition.title if disposition else record.disposition,
        "rule_reason": rule.reason if rule else None,
        "ruled_out": [{"rule": r, "reason": rules[r].reason if r in rules else None} for r in record.ruled_out],
        "findings": [{"code": f, "label": content.labels.get(f, f)} for f in record.findings],
        "answers": [{"code": k, "label": content.labels.get(k, k), "answer": v} for k, v in record.answers.items()],
        "summary_given": told,
        "transcript": None if lines is None else [
            {"at": line.at.isoformat(timespec="seconds"), "speaker": line.speaker, "text": line.text}
            for line in lines],
    }


def case_page(staff: Staff, typed: str, case: dict | None, problem: str | None, retention_days: int) -> str:
    form = f"""
<form method="get" action="/pilot/case" novalidate>
  <div class="nhsuk-form-group{' nhsuk-form-group--error' if problem else ''}">
    <label class="nhsuk-label nhsuk-label--m" for="reference">Reference number</label>
    <div class="nhsuk-hint" id="reference-hint">The patient reads it from the end of the chat, like K7F-3QX9.</div>
    {f'<span class="nhsuk-error-message" id="reference-error"><span class="nhsuk-u-visually-hidden">Error:</span> {escape(problem)}</span>' if problem else ''}
    <input class="nhsuk-input nhsuk-input--width-10{' nhsuk-input--error' if problem else ''}" id="reference" name="reference" type="text" value="{escape(typed)}" autocomplete="off" spellcheck="false" aria-describedby="reference-hint{' reference-error' if problem else ''}">
  </div>
  <button class="nhsuk-button" type="submit">Find the case</button>
</form>"""
    body = [f"<h1>Look up a case</h1>{_signed_in_as(staff)}{form}"]
    if case:
        r = case["record"]
        yes_no = {"yes": "Yes", "no": "No", "not sure": "Not sure"}
        body.append(f"<h2>Case {escape(r['reference'])}</h2>")
        body.append(_summary_list([
            ("Advice", f"{escape(case['advice'])} (<code>{escape(r['disposition'])}</code>, level {int(r['level'])})"),
            ("When", escape(_when(datetime.fromisoformat(r["created_at"])))),
            ("Who", escape(f"age {r['age_band']}, sex {r['sex']}")),
            ("Postcode district", escape(r["postcode_district"] or "not given")),
            ("Channel", escape(r["channel"] + (f" on {r['site']}" if r["site"] else ""))),
            ("Feedback", escape(", ".join(x for x in (f"helpful: {r['helpful']}" if r["helpful"] else "",
                                                      f"will go: {r['went']}" if r["went"] else "") if x)
                                or "none given")),
            ("Versions", escape(f"model {r['model_version']}, content {r['content_version']}")),
        ]))
        told = case["summary_given"]
        body.append("<h2>What the patient was told</h2>")
        body.append(_list(told.get("lines") or []) if told else
                    f"<p>The conversation is no longer stored (conversations are kept {int(retention_days)} days); "
                    f"the decision below is kept in the record.</p>")
        body.append("<h2>Decision path</h2>")
        reason = f" {escape(case['rule_reason'])}" if case["rule_reason"] else ""
        body.append(f"<p>Decided by rule <code>{escape(r['rule'])}</code>.{reason}</p>")
        if case["ruled_out"]:
            body.append(_table("Rules the findings brought up that did not decide (most urgent first)",
                               ["Rule", "Reason it would have given"],
                               [[f"<code>{escape(x['rule'])}</code>", escape(x["reason"] or "")]
                                for x in case["ruled_out"]]))
        body.append(_table("Findings", ["Finding", "Code"],
                           [[escape(f["label"]), f"<code>{escape(f['code'])}</code>"] for f in case["findings"]]))
        if case["answers"]:
            body.append(_table("Answers that mattered", ["Question about", "Answer"],
                               [[f"{escape(a['label'])} (<code>{escape(a['code'])}</code>)",
                                 escape(yes_no.get(a["answer"], a["answer"]))] for a in case["answers"]]))
        body.append("<h2>Transcript</h2>")
        if case["transcript"] is None:
            body.append(f"<p>Not stored any more: conversations are deleted after {int(retention_days)} days.</p>")
        else:
            body.append('<p class="nhsuk-body-s">As stored: names, phone numbers, email addresses and full postcodes '
                        "were removed before it was saved.</p>")
            body.append(_table("Messages", ["Time", "From", "Message"], [
                [escape(_when(datetime.fromisoformat(t["at"]))), escape(t["speaker"]),
                 escape(t["text"]).replace("\n", "<br>")] for t in case["transcript"]]))
    return pages.nhs_layout("Look up a case", "\n".join(body), extra_head=HEAD)


# ---------------------------------------------------------------------------------- the dashboard
def report_page(staff: Staff, built: Report, charts: dict[str, bytes], query: dict[str, str], problem: str | None) -> str:
    from bot.records.report import CHARTS

    def field(name: str, label: str, kind: str, width: str) -> str:
        return (f'<div class="nhsuk-form-group"><label class="nhsuk-label" for="{name}">{label}</label>'
                f'<input class="nhsuk-input nhsuk-input--width-{width}" id="{name}" name="{name}" type="{kind}" '
                f'value="{escape(query.get(name, ""))}"></div>')

    form = ('<form method="get" action="/pilot/report" novalidate>'
            + field("from", "From (first day)", "date", "10") + field("to", "To (last day)", "date", "10")
            + field("area", "Area: an area (dgs) or postcode districts (DA11, DA12), blank for all", "text", "20")
            + '<button class="nhsuk-button" type="submit">Show the report</button></form>')
    error = (f'<div class="nhsuk-error-summary" role="alert"><h2 class="nhsuk-error-summary__title">There is a problem</h2>'
             f'<div class="nhsuk-error-summary__body"><p>{escape(problem)}</p></div></div>') if problem else ""
    csv_link = "/pilot/report.csv?" + "&".join(f"{k}={escape(v)}" for k, v in query.items() if v)
    body = [f"<h1>{escape(built.title())}</h1>", _signed_in_as(staff), error, form,
            f'<p><a href="{csv_link}">Download this report as CSV</a></p>', _list(built.headlines()),
            f'<p class="nhsuk-body-s">{escape(SMALL_NOTE)}</p>']
    sections: dict[str, list[list[str]]] = {}
    for name, key, n, share in built.rows():
        sections.setdefault(name, []).append([escape(key), escape(n), escape(share)])
    chart_of = {section: (name, title) for name, (section, title) in CHARTS.items()}
    for name in built.sections:
        body.append(f"<h2>{escape(built.heading(name))}</h2>")
        if name in chart_of and chart_of[name][0] in charts:
            png = base64.b64encode(charts[chart_of[name][0]]).decode()
            body.append(f'<img class="app-chart" src="data:image/png;base64,{png}" alt="{escape(chart_of[name][1])}">')
        rows = sections.get(name)
        body.append(_table(built.heading(name), [name, "count", "share"], rows) if rows
                    else "<p>None in this period.</p>")
    return pages.nhs_layout("Pilot report", "\n".join(body), extra_head=HEAD)


def access_page(staff: Staff, entries: list[dict]) -> str:
    rows = [[escape(_when(e["at"])), escape(e["staff"]), escape(e["action"]), escape(e["reference"] or ""),
             "" if e["found"] is None else ("found" if e["found"] else "not found"), escape(e["detail"] or "")]
            for e in reversed(entries[-500:])]
    return pages.nhs_layout("Access log", f"<h1>Access log</h1>{_signed_in_as(staff)}"
                            + _table("The last 500 look-ups, newest first",
                                     ["When", "Who", "What", "Reference", "Result", "Detail"], rows))


def landing_page(staff: Staff) -> str:
    links = ['<li><a href="/pilot/report">Pilot report and charts</a></li>']
    if staff.clinician:
        links[:0] = ['<li><a href="/pilot/case">Look up a case by its reference number</a></li>']
        links.append('<li><a href="/pilot/access">Access log</a></li>')
    return pages.nhs_layout("Pilot records", f"<h1>Pilot records</h1>{_signed_in_as(staff)}<ul>{''.join(links)}</ul>"
                            '<p>What the records hold is set out in <a href="/privacy/pilot-records">the privacy '
                            "notice for pilot records</a>.</p>")


# ---------------------------------------------------------------------------------- privacy
def records_notice(retention_days: int) -> str:
    """What is kept, for how long and who can see it: the privacy page's section (and the start of
    the pilot records' page). `retention_days` is BOT_RETENTION_DAYS, by which `bot purge` deletes."""
    days = f"{int(retention_days)} days, then deleted"
    clinicians = "Clinicians working on the pilot"
    kept = [
        ("The conversation: the messages you typed and the chat's answers, with names, phone numbers, email "
         "addresses, NHS numbers and full postcodes taken out before it is stored",
         days, f"{clinicians}, when they look up its reference number. The small team that runs the chat's servers."),
        ("A record of each advice the chat gave, under the reference number shown at the end of the chat "
         "(what it holds is listed below)",
         days, f"{clinicians}, by its reference number. Commissioners see only counts (see below). The small team "
               "that runs the chat's servers."),
        ("A log of staff look-ups: who looked at which reference number or report, and when; and failed staff "
         "sign-ins, with the network address they came from",
         days, f"{clinicians}. The small team that runs the chat's servers."),
        ("In your browser (session storage): this conversation, so that it is still there if you reload the page",
         'Until you close the tab or choose "Start again"', "Anyone using this browser tab"),
    ]
    table = _table("What we keep", ["What", "How long", "Who can see it"],
                   [[escape(what), escape(how_long), escape(who)] for what, how_long, who in kept], responsive=True)
    return f"""
<h2>What we keep, for how long, and who can see it</h2>
<p>While this chat is being piloted, we keep:</p>
{table}
<p>We do not use cookies or tracking. Nothing more is kept when you print, copy or share the summary at the end of the chat: it goes only where you send it.</p>
<h3>The record of the advice</h3>
<p>Each time the chat gives advice, the record of it holds:</p>
<ul>
  <li>the date and time, the conversation number and the reference number</li>
  <li>the advice given (for example "speak to a pharmacist") and how urgent it was</li>
  <li>which of the chat's rules decided it, and the symptoms and answers that mattered (as codes, such as "sore throat: yes", "not sure" included)</li>
  <li>an age band (such as 25-34), not the exact age, and whether the person is male or female</li>
  <li>the first part of the postcode only (such as DA11), if you gave one</li>
  <li>whether you used this website, the chat on another website (and which one), or another app</li>
  <li>your answers to "was this helpful?" and "where will you go?", if you chose to answer</li>
  <li>which version of the chat gave the advice</li>
</ul>
<p>It never holds your messages, your name, your contact details, your exact age or your full postcode.</p>
<h3>Who can see it</h3>
<p>{clinicians} can look up a case by its reference number, with the conversation while it is still kept, for example if you contact the NHS about the advice. Every look-up is recorded: who, when and which reference.</p>
<p>Commissioners of the pilot (the NHS organisations that pay for it) see only reports of counts: how many people were advised to go where, by day, week, postcode district and so on. They never see a single case, and a count from 1 to 4 for a postcode district or a day is shown only as "fewer than 5" ("&lt;5").</p>
<p>The small team that runs the chat's servers can reach the stored data, to keep it working and safe.</p>
<p>More detail: <a href="/privacy/pilot-records">the pilot record, field by field</a>.</p>
"""


FIELDS = [
    ("Date and time", "When the advice was given (UTC)."),
    ("Conversation number", "The random number your browser made for the chat, to find the conversation while it is kept."),
    ("Reference number", "The 7-character reference shown to you at the end of the chat, such as K7F-3QX9."),
    ("Advice and urgency", "The service the chat advised (one of 16 codes, such as pharmacy) and its urgency level (0 to 5)."),
    ("Rules", "The rule that decided the advice, and the rules your answers ruled out."),
    ("Symptoms", "Codes for the symptoms the chat recognised (such as sore_throat)."),
    ("Answers", "Yes, no or not sure to the questions that mattered (such as 'high temperature: not sure')."),
    ("Age band", "Such as under 1, 1-4, 5-15, 16-24, 25-34 and so on up to 85 and over: never the exact age."),
    ("Sex", "Male, female or not known."),
    ("Postcode district", "The first part of the postcode only (such as DA11), if one was given."),
    ("Channel", "This website, the chat on another website (with that website's address), or another app."),
    ("Feedback", "Your answers to 'was this helpful?' and 'where will you go?', if you chose to answer."),
    ("Versions", "Codes for the version of the chat's model and of its rules and service list."),
]


def records_privacy_page(retention_days: int) -> str:
    rows = [[escape(name), escape(what)] for name, what in FIELDS]
    content = (f"<h1>Pilot records: what we keep</h1>{records_notice(retention_days)}"
               + _table("Every field of a pilot record", ["Field", "What it holds"], rows)
               + "<p>Not kept in the record: what you typed, names, dates of birth, NHS numbers, addresses, "
               "phone numbers, email addresses, full postcodes and exact ages. The conversation itself is kept "
               "separately, with those details removed, as the <a href=\"/privacy\">privacy notice</a> says.</p>")
    return pages.nhs_layout("Pilot records: what we keep", content)


def privacy_page(retention_days: int) -> str:
    """The site's privacy page, its 'How long we keep it' replaced by what the pilot keeps, for how
    long and who can see it."""
    page = pages.privacy_page(retention_days)
    start, end = page.index(pages.PRIVACY_KEPT), page.index(pages.PRIVACY_AFTER_KEPT)
    return page[:start] + records_notice(retention_days).strip() + "\n\n" + page[end:]


# ---------------------------------------------------------------------------------- routes
def register(app: Sanic, config: PilotConfig) -> None:
    def refused() -> HTTPResponse:
        return response.html(pages.nhs_layout("Sign in", "<h1>Sign in to see pilot records</h1>"
                                              "<p>Only the pilot's clinicians and commissioners can see this page.</p>"),
                             status=401, headers={**NO_STORE, "WWW-Authenticate": REALM})

    def paused(seconds: int) -> HTTPResponse:
        minutes = max(1, math.ceil(seconds / 60))
        until = (datetime.now(UK) + timedelta(seconds=seconds)).strftime("%H:%M")
        return response.html(pages.nhs_layout("Sign-in paused", (
            "<h1>Sign-in is paused for a while</h1>"
            "<p>There have been too many wrong sign-ins from this device or network, so to keep patients' "
            f"records safe, signing in from here is paused for {minutes} minute{'s' if minutes != 1 else ''}.</p>"
            f"<p>Please try again after {until} (UK time). If you have forgotten your password, ask whoever runs "
            "the pilot to set a new one: passwords are never stored, so nobody can look yours up.</p>")),
            status=429, headers={**NO_STORE, "Retry-After": str(seconds)})

    async def failed_sign_in(request: Request, header: str, client: str) -> HTTPResponse:
        """Count and audit a refused sign-in; the 401 challenge again, or 429 if it pauses sign-in."""
        locks = config.lock.failed(client)
        pause = f"; sign-in paused {math.ceil(config.lock.lock / 60)} minutes" if locks else ""
        log.warning("pilot pages: a sign-in was refused (%s from %s)%s", request.path, client, pause)
        try:
            await asyncio.to_thread(config.store.log_access, config.staff.account_named(header) or NOT_AN_ACCOUNT,
                                    SIGN_IN_FAILED, None, None, f"from {client} on {request.path}{pause}")
        except Exception:  # the refusal stands; the warning above is in the log
            log.exception("pilot pages: could not audit a refused sign-in")
        return paused(config.lock.locked(client)) if locks else refused()

    async def sign_in(request: Request) -> Staff | HTTPResponse:
        header = request.headers.get("authorization")
        client = request.remote_addr or request.ip
        if not header:
            return refused()
        if config.lock.locked(client):  # refused unchecked, and not audited: that would let anyone fill the log
            return paused(config.lock.locked(client))
        staff = await asyncio.to_thread(config.staff.sign_in, header)
        if staff is None:
            return await failed_sign_in(request, header, client)
        if config.lock.locked(client):  # paused by other failures while this password was checked
            return paused(config.lock.locked(client))
        return staff

    def forbidden() -> HTTPResponse:
        return response.html(pages.nhs_layout("Not allowed", "<h1>Clinicians only</h1>"
                                              "<p>Only the pilot's clinicians can look up a single case.</p>"),
                             status=403, headers=NO_STORE)

    def staff_page(clinicians: bool = False, refuse: Callable[[], HTTPResponse] = forbidden):
        """A staff route: signed in (401 otherwise) and, for `clinicians`, a clinician (`refuse` otherwise);
        the handler gets the signed-in staff member after the request."""
        def wrap(handler):
            @wraps(handler)
            async def page(request: Request, *args, **kwargs):
                staff = await sign_in(request)
                if isinstance(staff, HTTPResponse):
                    return staff
                if clinicians and not staff.clinician:
                    return refuse()
                return await handler(request, staff, *args, **kwargs)
            return page
        return wrap

    async def find_case(staff: Staff, typed: str) -> tuple[dict | None, str | None]:
        reference = normalise(typed)
        if reference is None:
            return None, "That is not a reference number. Check it: it looks like K7F-3QX9."
        record = await asyncio.to_thread(config.store.get, reference)
        # audited before anything is shown: if the log cannot be written, the case is not shown
        await asyncio.to_thread(config.store.log_access, staff.name, "case", reference, record is not None)
        if record is None:
            return None, f"No case has the reference {reference}. Records are kept {config.retention_days} days."
        lines = await asyncio.to_thread(transcript, config.store, record.conversation_id)
        return case_data(record, lines, config.data_dir), None

    @app.route("/pilot", methods=GET_HEAD)
    @staff_page()
    async def pilot_home(request: Request, staff: Staff):
        return response.html(landing_page(staff), headers=NO_STORE)

    @app.route("/pilot/case", methods=GET_HEAD)
    @staff_page(clinicians=True)
    async def pilot_case(request: Request, staff: Staff):
        typed = (request.args.get("reference") or "").strip()[:40]
        case, problem = await find_case(staff, typed) if typed else (None, None)
        return response.html(case_page(staff, typed, case, problem, config.retention_days),
                             status=404 if typed and case is None and problem and "No case" in problem else 200,
                             headers=NO_STORE)

    @app.route("/pilot/api/cases/<reference:str>", methods=GET_HEAD)
    @staff_page(clinicians=True, refuse=lambda: response.json({"error": "clinicians only"}, status=403,
                                                              headers=NO_STORE))
    async def pilot_case_json(request: Request, staff: Staff, reference: str):
        case, problem = await find_case(staff, reference[:40])
        if case is None:
            return response.json({"error": problem}, status=404, headers=NO_STORE)
        return response.json(case, headers=NO_STORE)

    def report_query(request: Request) -> tuple[dict[str, str], date, date, str | None]:
        today = datetime.now(UK).date()
        query = {k: (request.args.get(k) or "").strip()[:60] for k in ("from", "to", "area")}
        problem = None
        try:
            end = date.fromisoformat(query["to"]) if query["to"] else today
            start = date.fromisoformat(query["from"]) if query["from"] else end - timedelta(days=REPORT_DAYS - 1)
        except ValueError:
            problem, end = "Enter the dates as YYYY-MM-DD.", today
            start = end - timedelta(days=REPORT_DAYS - 1)
        if start > end:
            problem, start = "The first day is after the last day.", end - timedelta(days=REPORT_DAYS - 1)
        if (end - start).days > 366:
            problem, start = "A report covers a year at most.", end - timedelta(days=365)
        query["from"], query["to"] = start.isoformat(), end.isoformat()
        return query, start, end, problem

    def build_report(start: date, end: date, area: str) -> Report:
        content = _content(config.data_dir)
        return Report.build(config.store, start, end, districts_of(area, config.data_dir / "areas"),
                            service_kinds(config.data_dir / "services" / "dispositions.yml"), content.labels)

    async def report_for(request: Request, staff: Staff, what: str) -> tuple[dict, Report, str | None]:
        query, start, end, problem = report_query(request)
        detail = f"{what} {query['from']} to {query['to']}" + (f" area {query['area']}" if query["area"] else "")
        await asyncio.to_thread(config.store.log_access, staff.name, "report", None, None, detail)
        built = await asyncio.to_thread(build_report, start, end, query["area"])
        return query, built, problem

    @app.route("/pilot/report", methods=GET_HEAD)
    @staff_page()
    async def pilot_report(request: Request, staff: Staff):
        query, built, problem = await report_for(request, staff, "page")
        charts = await asyncio.to_thread(built.charts)
        return response.html(report_page(staff, built, charts, query, problem), headers=NO_STORE)

    @app.route("/pilot/report.csv", methods=GET_HEAD)
    @staff_page()
    async def pilot_report_csv(request: Request, staff: Staff):
        query, built, _ = await report_for(request, staff, "csv")
        name = f"pilot-{query['from']}-to-{query['to']}.csv"
        return response.text(built.to_csv(), content_type="text/csv; charset=utf-8",
                             headers={**NO_STORE, "Content-Disposition": f'attachment; filename="{name}"'})

    @app.route("/pilot/access", methods=GET_HEAD)
    @staff_page(clinicians=True)
    async def pilot_access(request: Request, staff: Staff):
        entries = await asyncio.to_thread(config.store.accesses)
        return response.html(access_page(staff, entries), headers=NO_STORE)

    @app.route("/privacy/pilot-records", methods=GET_HEAD)
    async def privacy_records(request: Request):
        return response.html(records_privacy_page(config.retention_days), headers={"Cache-Control": "no-cache"})


def pilot_config(database_url: str | None, staff: StaffAccounts | None, retention_days: int) -> PilotConfig:
    s = settings()
    return PilotConfig(RecordStore(database_url or s.database_url),
                       staff if staff is not None else StaffAccounts(s.clinicians, s.commissioners),
                       s.data_dir, retention_days,
                       SignInLock(s.signin_failures, s.signin_window_minutes * 60, s.signin_lockout_minutes * 60))

