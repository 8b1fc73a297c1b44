#!/usr/bin/env python3
"""Evaluates Glean's dates on the English and French test cases of the Chrono date parser.

    swift build -c release && python3 scripts/eval_chrono.py --glean .build/release/glean
    python3 scripts/eval_chrono.py --show-errors --half odd --lang fr     # list the misses of the odd half
    python3 scripts/eval_chrono.py --markdown                              # the README table

Data: ../shared/devsets/chrono/dates_{en,fr}.jsonl (override with --data or $CHRONO_DATA); its README gives the
format. Each record becomes one JSON Lines document (its text, its language, its reference time as "reference_date",
`2012-08-10T12:14`: the day and the wall-clock time; --day-only gives the day alone) and goes through
`glean extract --input-format jsonl` once.

Options: a case states the options Chrono ran it with, and Glean is given its own options for the same reading
(docs/facts.md, "Reading options"): `{"forwardDate": true}` becomes the document's `"forward_dates": true` (an
undirected weekday, a yearless date, a month alone, a clock time alone are the next one on or after the reference),
and a case of Chrono's `en.GB` parser gets `"date_order": "dmy"` (numeric dates day first). Such a case is then judged
without the conventions those options settle (weekday direction, the year of a yearless date, the reference time of
day for forwardDate; day-first English for en.GB): a miss there is wrong. --without-options runs every case with
Glean's defaults (news reading), as the table did before the options existed.

Halves: records are numbered by their line in the file (1-based); rules are written from the odd half and measured
on the even half, and the table gives both.

Kinds of case (every record counts in exactly one row; nothing is dropped):
  date        the case asserts a year, a month or a day. Right when a Date fact (overlapping the expected text when
              the case gives it) has a value whose asserted parts are equal: `2012-08-10`, `2012-08-10T17:10` and a
              range starting there all hold year 2012, month 8, day 10; `2012-W33` holds no day. This is the row the
              90% target is about ("value at the grain the case asserts": the day for a day, the month for a month).
  + time      the same date cases, right only when the asserted hour and minute are also in the value (`T17:10`).
              With --day-only, "in 5 minutes" cannot know the reference's time of day.
  time        the case asserts only an hour or a minute: right when a Date value holds that time (`T16:50`). A
              value at the grain of an hour ("11 am": `T11`) is on the hour: it holds minute 0.
  instant     the case asserts an absolute instant with a time zone (`2020-11-29T14:24:13+09:00`): right when a Date
              value holds the instant's calendar day in the offset it was written in.
  text only   the case asserts only that there is a result (its text or its count): right when a Date overlaps it.
  negative    the case expects no result: right when no Date fact comes out.

Grain: Chrono gives every result as a day, filling what the text leaves out from the reference date or the period's
start ("next week" is the reference day plus 7, "September 2012" is 1 September). Glean gives the period the text
names, at its grain (`2016-W40`, `2016-W40-WE` a weekend, `2012-09`). Such a value counts as right when it holds the expected day, in its own
column ("coarser"); "exact" counts the values whose asserted parts are all equal. right = exact + coarser.

"now": Glean gives TimeML's PRESENT_REF ("now", "right now", "currently", "maintenant", "actuellement"), the time of
writing; it holds the reference instant, and is compared as that instant (`2012-08-10T12:14`).

Conventions that differ from Glean's, counted in their own column ("convention") and not as right:
  - a vague amount ("a few days ago", "In several hours", "dans quelques jours"): Chrono reads "a few" as 3 and
    "several" as 7; TimeML calls them vague (PAST_REF, FUTURE_REF) and Glean gives no Date (the Meeting rules take
    the nearest Date of a sentence as the event's). A case whose expected text has such a word and with no Date
    over it is this difference.
  - a duration said alone ("set a timer for 5 minutes", "give it 2 months", "pour 5 minutes", "1 hour"): Glean gives
    a Duration fact (TimeML's DURATION, PT5M) and no Date; Chrono reads the reference time plus the duration. A case
    with no Date over the expected text and a Duration there whose amount, added to the reference, gives the expected
    day is this difference.
  - an undirected weekday ("Friday", "on Tuesday"): Glean reads the latest one on or before the reference date (news
    report what happened); Chrono reads the nearest one, and with {"forwardDate": true} the next. A Glean value
    exactly 7 days from the expected one, on the same weekday, is this difference.
  - a day and month without a year ("March 5"): Glean, like Chrono, takes the year that puts the date nearest the
    reference; with {"forwardDate": true} Chrono takes the next one. A Glean value exactly one year from the expected
    one, on the same month and day (or the same month, for a month alone), is this difference.
  - a year before Christ: Chrono gives "345 BC" as year -345; Glean writes ISO 8601's -0344 (1 BC is year 0).
  - digits in British order: the cases run with Chrono's `en.GB` parser read `6/10/2018` as 6 October; Glean reads
    English slashes month first (United States) unless the first number cannot be a month.
  - a date that depends on the reference's time of day ("in 5 hours" at 23:00, "tonight at 1am") when Glean is not
    given that time (--day-only), or for a clock time alone that Chrono moves to the next day (forwardDate). A Glean
    value on the reference day where the expected one is the day after or before, for a text with an hour, minute or
    second unit or a clock time, is this difference.
  - midnight with its day ("midnight Friday", "Friday at midnight", "vendredi à minuit"): the midnight that ends the
    day (AP style and TimeML's T24:00 of that day), which Glean writes as the next day's T00:00; Chrono gives 00:00
    at the start of the day. A Glean value at T00:00 one day after the expected day, for a text with "midnight" or
    "minuit", is this difference ("midnight" alone stays on its day in both).
  - a trailing period ("for the year ended Dec. 2021", "the 12 months to June 2024", "sur un an à fin mars"): Glean
    gives the period, one Date from its first month to the month said (2021-01 … 2021-12, as official statistics and
    a trade figure's period mean it); Chrono gives the month said. A Glean range of a trailing-period rule whose end
    has the expected parts is this difference.
  - a period counted from the reference date ("the next 2 weeks", "les trois prochaines semaines"): Glean gives the
    period, one Date from the day after the reference date to the day that many units on (as Recognizers-Text's
    daterange; "the past 2 weeks" from the day that many units back to the day before); Chrono gives the far day
    ahead. A Glean range of a relative-period rule whose end has the expected parts is this difference.
"""
import argparse
import datetime
import json
import os
import re
import sys
from collections import defaultdict

from glean_facts import print_table, run_glean

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_DATA = next((path for path in (os.path.join(base, "shared", "devsets", "chrono")
                                       for base in (os.path.dirname(ROOT), os.path.dirname(os.path.dirname(ROOT))))
                     if os.path.isdir(path)), os.path.join(os.path.dirname(ROOT), "shared", "devsets", "chrono"))
MIDNIGHT = re.compile(r"(?i)\b(?:midnight|minuit)\b")
KINDS = ["date", "+ time", "time", "instant", "text only", "negative"]
VALUE = re.compile(r"^(?P<y>-?[0-9]{4}|XXXX)?(?:-(?P<m>[0-9]{2}|XX))?(?:-(?P<d>[0-9]{2}|XX))?"
                   r"(?:T(?P<H>[0-9]{2})(?::(?P<M>[0-9]{2}))?)?")
TIME_WORDS = re.compile(r"(?i)\b(?:hours?|hrs?|minutes?|mins?|seconds?|secs?|heures?|h|tonight|noon|midnight|ce soir|"
                        r"[0-9]{1,2}\s*(?:[:h][0-9]{2}|am|pm|a\.m\.|p\.m\.))\b|[0-9]{1,2}:[0-9]{2}")


def parts(value):
    """The parts of a Glean Date value: year, month, day, hour, minute (None when absent or unknown)."""
    match = VALUE.match(str(value or ""))
    if not match:
        return {}
    def number(key):
        text = match.group(key)
        return int(text) if text and "X" not in text else None
    return {"year": number("y"), "month": number("m"), "day": number("d"), "hour": number("H"), "minute": number("M")}


def holds(fact, wanted):
    got = parts(fact["fields"].get("value"))
    if got.get("hour") is not None and got.get("minute") is None:
        got["minute"] = 0   # a value at the hour ("11 am": T11) is on the hour
    return all(got.get(key) == value for key, value in wanted.items())


def period(value):
    """The first and last day of a Glean value coarser than a day (`2016-W40`, `2016-W40-WE`, `2017-Q1`, `2012-09`, `2012`)."""
    text = str(value or "")
    try:
        week = re.fullmatch(r"([0-9]{4})-W([0-9]{2})(-WE)?", text)
        if week:
            monday = datetime.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
            if week.group(3):   # a weekend (TimeML `2024-W41-WE`): the week's Saturday and Sunday
                return monday + datetime.timedelta(days=5), monday + datetime.timedelta(days=6)
            return monday, monday + datetime.timedelta(days=6)
        quarter = re.fullmatch(r"([0-9]{4})-Q([1-4])", text)
        if quarter:
            year, q = int(quarter.group(1)), int(quarter.group(2))
            first = datetime.date(year, 3 * q - 2, 1)
            last = datetime.date(year + (q == 4), (3 * q) % 12 + 1, 1) - datetime.timedelta(days=1)
            return first, last
        month = re.fullmatch(r"([0-9]{4})-([0-9]{2})", text)
        if month:
            year, m = int(month.group(1)), int(month.group(2))
            return datetime.date(year, m, 1), datetime.date(year + (m == 12), m % 12 + 1, 1) - datetime.timedelta(days=1)
        year = re.fullmatch(r"([0-9]{4})", text)
        if year:
            return datetime.date(int(text), 1, 1), datetime.date(int(text), 12, 31)
    except ValueError:
        return None
    return None


def contains(fact, wanted):
    """A value coarser than the day the case asserts (a weekend, week, month, quarter, year) that holds that day."""
    if not all(k in wanted for k in ("year", "month", "day")):
        return False
    bounds = period(fact["fields"].get("value"))
    if bounds is None:
        return False
    try:
        day = datetime.date(wanted["year"], wanted["month"], wanted["day"])
    except ValueError:
        return False
    return bounds[0] <= day <= bounds[1]


def as_day(got):
    try:
        return datetime.date(got["year"], got["month"], got["day"])
    except (TypeError, ValueError, KeyError):
        return None


VAGUE = re.compile(r"(?i)\b(?:a\s+few|few|several|quelques|plusieurs)\b")


def expected_text(record):
    span = expected_span(record)
    return record["text"][span[0]:span[1]] if span else record["text"]


def duration_reading(record, durations, wanted):
    """A Duration fact that, counted from the reference, is the expected day (Chrono's reading of "for 5 minutes")."""
    reference = record.get("reference")
    if not reference or not all(k in wanted for k in ("year", "month", "day")):
        return False
    start = datetime.datetime.fromisoformat(reference[:19])
    for fact in durations:
        amount, unit = fact["fields"].get("value"), fact["fields"].get("unit")
        if not isinstance(amount, (int, float)) or unit is None:
            continue
        if unit in ("month", "year"):
            months = int(amount) * (12 if unit == "year" else 1) + start.month - 1
            year, month = start.year + months // 12, months % 12 + 1
            got = (year, month)
            if got == (wanted["year"], wanted["month"]):
                return True
            continue
        seconds = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800}.get(unit)
        if seconds is None:
            continue
        day = (start + datetime.timedelta(seconds=amount * seconds)).date()
        if (day.year, day.month, day.day) == (wanted["year"], wanted["month"], wanted["day"]):
            return True
    return False


def reading_options(record):
    """The JSON Lines keys that give Glean the reading the case's Chrono options ask for."""
    keys = {}
    if (record.get("options") or {}).get("forwardDate"):
        keys["forward_dates"] = True
    if record.get("parser") == "en.GB":
        keys["date_order"] = "dmy"
    return keys


SETTLED = {"forward_dates": {"weekday direction", "year of a yearless date", "reference time of day"},
           "date_order": {"day-first English (en.GB)"}}


def convention(record, facts, wanted, durations=()):
    """Which documented convention explains a wrong value, or None (nor one the options given to Glean settle)."""
    found = convention_of(record, facts, wanted, durations)
    if found and any(found in SETTLED[key] for key in record.get("given", {})):
        return None
    return found


def convention_of(record, facts, wanted, durations=()):
    if not facts and VAGUE.search(expected_text(record)):
        return "vague amount"
    if not facts and durations and duration_reading(record, durations, wanted):
        return "duration read as a date"
    for fact in facts:
        end = fact["fields"].get("end")
        if end and fact.get("rule", "").startswith("date.trailing") and all(parts(end).get(k) == v for k, v in wanted.items()):
            return "trailing period"
        if end and re.match(r"date\.(relative_units|units_relative)", fact.get("rule", "")) and all(parts(end).get(k) == v for k, v in wanted.items()):
            return "relative period"
    if "day" not in wanted and "month" in wanted and "year" in wanted:
        # A month alone ("in December"): the year only.
        for fact in facts:
            got = parts(fact["fields"].get("value"))
            if got.get("month") == wanted["month"] and got.get("year") in (wanted["year"] - 1, wanted["year"] + 1):
                return "year of a yearless date"
        return None
    if not all(k in wanted for k in ("year", "month", "day")):
        return None
    if wanted["year"] < 0:
        # Chrono numbers years before Christ as written (345 BC = -345); ISO 8601, and Glean, count 1 BC as year 0.
        return "ISO year of a BC date" if any(holds(f, dict(wanted, year=wanted["year"] + 1)) for f in facts) else None
    try:
        want = datetime.date(wanted["year"], wanted["month"], wanted["day"])
    except ValueError:
        return None
    reference = record.get("reference")
    reference_day = datetime.date.fromisoformat(reference[:10]) if reference else None
    for fact in facts:
        got_parts = parts(fact["fields"].get("value"))
        if got_parts.get("day") is None and got_parts.get("month") == want.month and got_parts.get("year") in (want.year - 1, want.year + 1):
            return "year of a yearless date"
        got = as_day(got_parts)
        if got is None:
            continue
        if record.get("parser") == "en.GB" and (got.year, got.month, got.day) == (want.year, want.day, want.month):
            return "day-first English (en.GB)"
        if (got - want).days == 1 and str(fact["fields"].get("value", "")).endswith("T00:00") and MIDNIGHT.search(record["text"]):
            return "midnight ending its day"
        if abs((got - want).days) == 7:
            return "weekday direction"
        if (got.month, got.day) == (want.month, want.day) and abs(got.year - want.year) == 1:
            return "year of a yearless date"
        if got == reference_day and abs((want - got).days) == 1 and TIME_WORDS.search(record["text"]):
            return "reference time of day"
    return None


def kind_of(record):
    expected = record["expected"]
    if expected is None:
        return "negative"
    start = expected.get("start") or {}
    if any(k in start for k in ("year", "month", "day")):
        return "date"
    if any(k in start for k in ("hour", "minute")):
        return "time"
    if "instant" in start:
        return "instant"
    return "text only"


def expected_span(record):
    expected = record["expected"]
    text = expected.get("text")
    index = expected.get("index")
    if text is not None:
        start = index if index is not None else record["text"].find(text)
        if start >= 0:
            return start, start + len(text)
    return None


def load(data, languages):
    records = []
    for lang in languages:
        with open(os.path.join(data, f"dates_{lang}.jsonl"), encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                record = json.loads(line)
                record["id"] = f"{lang}:{number}"
                record["half"] = "odd" if number % 2 else "even"
                record["lang"] = lang
                records.append(record)
    return records


def character_span(text, fact):
    """Glean spans count Unicode scalars (docs/facts.md, Spans), as Python strings and the records do."""
    return fact["span"]["start"], fact["span"]["end"]


def present(record, fact):
    """PRESENT_REF ("now") is the reference instant; other values as they are."""
    if fact["fields"].get("value") != "PRESENT_REF" or not record.get("reference"):
        return fact
    return dict(fact, fields=dict(fact["fields"], value=record["reference"][:16]))


def split(record, found):
    """The Date facts (PRESENT_REF as the reference instant) and the Duration facts of a record."""
    dates = [present(record, f) for f in found if f["type"] == "Date"]
    return dates, [f for f in found if f["type"] == "Duration"]


def overlapping(record, facts):
    span = expected_span(record)
    if span is None:
        return facts
    return [f for f in facts if character_span(record["text"], f)[0] < span[1] and span[0] < character_span(record["text"], f)[1]]


def judge(record, found):
    """(kind, outcome, date-with-time outcome) where outcome is right, convention or wrong."""
    facts, durations = split(record, found)
    kind = kind_of(record)
    if kind == "negative":
        return kind, ("right" if not facts else "wrong"), None
    candidates = overlapping(record, facts)
    start = record["expected"].get("start") or {}
    if kind == "text only":
        return kind, ("right" if candidates else "wrong"), None
    if kind == "instant":
        instant = datetime.datetime.fromisoformat(start["instant"])
        wanted = {"year": instant.year, "month": instant.month, "day": instant.day}
        return kind, ("right" if any(holds(f, wanted) for f in candidates) else "wrong"), None
    if kind == "time":
        wanted = {k: start[k] for k in ("hour", "minute") if k in start}
        return kind, ("right" if any(holds(f, wanted) for f in candidates) else "wrong"), None
    wanted = {k: start[k] for k in ("year", "month", "day") if k in start}
    timed = dict(wanted, **{k: start[k] for k in ("hour", "minute") if k in start})
    if any(holds(f, wanted) for f in candidates):
        outcome = "right"
    elif any(contains(f, wanted) for f in candidates):
        outcome = "coarser"
    else:
        outcome = convention(record, candidates, wanted, overlapping(record, durations)) and "convention" or "wrong"
    with_time = "right" if any(holds(f, timed) for f in candidates) else "wrong"
    return kind, outcome, with_time


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=os.environ.get("CHRONO_DATA", DEFAULT_DATA))
    parser.add_argument("--glean", default=None, help="the glean binary (default: .build/release/glean, else .build/debug/glean)")
    parser.add_argument("--lang", choices=["en", "fr"], action="append", help="only this language (repeatable)")
    parser.add_argument("--half", choices=["odd", "even"], help="list errors of this half only (rules are written from the odd half)")
    parser.add_argument("--show-errors", action="store_true", help="list the cases that are not right")
    parser.add_argument("--kind", action="append", help="with --show-errors: only these kinds (date, time, ...)")
    parser.add_argument("--day-only", action="store_true", help="give glean the reference's day only, not its time of day")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown (for the README)")
    parser.add_argument("--without-options", action="store_true",
                        help="run every case with Glean's default reading, not the options the case states (forwardDate, en.GB)")
    arguments = parser.parse_args()
    glean = arguments.glean or next((os.path.join(ROOT, c) for c in (".build/release/glean", ".build/debug/glean")
                                     if os.path.exists(os.path.join(ROOT, c))), None)
    if glean is None:
        sys.exit("no glean binary: run `swift build` first, or pass --glean PATH")
    languages = arguments.lang or ["en", "fr"]
    records = load(arguments.data, languages)
    for record in records:
        record["given"] = {} if arguments.without_options else reading_options(record)
    facts = run_glean(glean, records, "text", ["Date", "Duration"], time_of_day=not arguments.day_only,
                      document_keys=lambda record: record["given"])

    stats = defaultdict(lambda: {"cases": 0, "right": 0, "coarser": 0, "convention": 0})
    conventions = defaultdict(int)
    for record in records:
        found = facts.get(record["id"], [])
        kind, outcome, with_time = judge(record, found)
        for half in (record["half"], "all"):
            row = stats[(record["lang"], kind, half)]
            row["cases"] += 1
            row["right"] += outcome == "right"
            row["coarser"] += outcome == "coarser"
            row["convention"] += outcome == "convention"
            if with_time is not None:
                timed = stats[(record["lang"], "+ time", half)]
                timed["cases"] += 1
                timed["right"] += with_time == "right"
        dates, durations = split(record, found)
        if outcome == "convention":
            conventions[(record["lang"], convention(record, overlapping(record, dates),
                                                    {k: record["expected"]["start"][k] for k in ("year", "month", "day")
                                                     if k in record["expected"]["start"]}, overlapping(record, durations)))] += 1
        if arguments.show_errors and outcome not in ("right", "coarser") and (not arguments.half or record["half"] == arguments.half) \
                and (not arguments.kind or kind in arguments.kind):
            got = "; ".join(f'{f["text"]!r} {f["fields"].get("value")}' for f in dates) or "nothing"
            want = json.dumps(record["expected"] and record["expected"].get("start"))
            print(f'{record["id"]} [{kind} {outcome}] {record["text"]!r} ref {record.get("reference")} '
                  f'{record.get("options") or ""}{" " + record["parser"] if record.get("parser") == "en.GB" else ""}\n    want: {(record["expected"] or {}).get("text")!r} {want}\n    got:  {got}')

    def pct(a, b):
        return f"{100 * a / b:.1f}%" if b else "-"
    header = ["lang", "kind", "odd right", "even right", "cases", "exact", "coarser", "right", "right %", "convention", "wrong"]
    rows = []
    for lang in languages:
        for kind in KINDS:
            if (lang, kind, "all") not in stats:
                continue
            odd, even, full = (stats[(lang, kind, h)] for h in ("odd", "even", "all"))
            def good(row):
                return row["right"] + row["coarser"]
            rows.append([lang, kind + (" *" if kind == "date" else ""), f'{good(odd)}/{odd["cases"]} {pct(good(odd), odd["cases"])}',
                         f'{good(even)}/{even["cases"]} {pct(good(even), even["cases"])}', str(full["cases"]),
                         str(full["right"]), str(full["coarser"]), str(good(full)), pct(good(full), full["cases"]), str(full["convention"]),
                         str(full["cases"] - good(full) - full["convention"])])
    print_table(header, rows, arguments.markdown)
    print("* targeted (>= 90% right). right = exact + coarser (a weekend, week, month, quarter or year holding the expected day). "
          "convention: wrong by a documented convention difference, not counted as right: " +
          (", ".join(f"{lang} {name} {count}" for (lang, name), count in sorted(conventions.items())) or "none"))


if __name__ == "__main__":
    main()
