#!/usr/bin/env python3
"""Evaluates Glean's normalisation on Microsoft Recognizers-Text's English and French test specs.

    swift build && python3 scripts/eval_recognizers.py                 # table of found / correct per language and kind
    python3 scripts/eval_recognizers.py --show-errors date --lang fr   # also list what was missed or wrong
    python3 scripts/eval_recognizers.py --glean .build/release/glean --data DIR

Data: ../shared/devsets/recognizers_text/*.jsonl (override with --data or $RECOGNIZERS_DATA), one record per test
sentence with its expected results (offsets inclusive, as upstream) and, for dates, a reference time. Only usable
records count: the reference .NET implementation is expected to pass them (dotnet_supported) and, for dates, they
give a reference time (the others were computed against unknown dates).

Every record becomes one JSON Lines document (its reference date as "reference_date", its language as "lang") and
goes through `glean extract --input-format jsonl` once. An expected expression is *found* when a Glean fact of the
kind's type overlaps its span, and *correct* when an overlapping fact has the expected value:
  date kinds      Date `value` equals the expected TimeML value (`2016-11-07`, `XXXX-05-31`, `2016-12`) or one of the
                  resolved values (ambiguous expressions such as "friday" list the past and the future one);
                  ranges compare their `start`/`end` (end exclusive, as upstream) with Glean's `value`/`end` (its
                  first day and the day after its inclusive end) when Glean gives a range; a range written
                  with its two ends ("from 2 July to 10 July", "2014-2018", « du 3 au 5 juin ») ends, upstream,
                  where its named end begins (2018-01-01), Glean's `end` is inclusive (docs/facts.md): its first
                  day is compared. One Glean value coarser than a day (`2019-Q3`, `2016-12`, `2019-W10`,
                  `2016-W45-WE`, `199X`, `2014`; no modifier) is the range of its days;
                  A day and time at the hour or minute grain (`2019-08-23T04`) is the instant upstream resolves
                  with its seconds (`2019-08-23 04:00:00`);
                  A time Glean puts on the reference day (`2016-11-07T16:50`: times are anchored to the
                  document's date, as in TimeML) counts for an expected time without a day (`T16:50`);
                  One Date for a day and its time ("christmas eve at 6 p.m.", TimeML's one TIMEX) counts for the
                  day and for the time Recognizers-Text lists apart when its day or its time is the expected one;
                  A value with an unknown year (`XXXX-10-02`) accepts Glean's resolved one only when it is one
                  of the listed past/future values; a day that does not exist ("feb 30", expected value
                  "not resolved") stays a miss: Glean gives no Date for it by design;
  duration        Duration `value`/`unit` written as an ISO 8601 duration equals the expected one (`P2D`, `PT20M`);
  number          Number `value`, or the number a more specific fact holds: Glean gives no Number for the
                  digits of "$20", "70%" or "3 years" (the number model of Recognizers-Text does), but the
                  Money `amount`, Percent `value` or Duration `value` of that span, which is compared instead;
                  likewise no Number for the parts of a numeric date ("5/17/2018": 5, 17 and 2018 for
                  Recognizers-Text): a Date whose text shows the expected digits and whose value holds that
                  number as its year, month, day, hour or minute ("2018-05-17") counts for it;
  ordinal         Ordinal `value`; percent: Percent `value`;
  currency        Money `amount` and `currency` (the expected unit name mapped to ISO 4217 below; for units that
                  name no one currency, "franc", "cent", "pence", only the amount, in main units, is compared).
*spurious* counts facts of the kind's type that overlap no expected expression of the record (false alarms).
Not counted, as they are not facts of Glean's schema: relative ordinals ("last", "next", "antepenultimate"),
and currency or percent expressions without a value (a bare "dollar", "RMB", "a small percent": Money and
Percent facts are amounts); the table's last line says how many were left out.
"""
import argparse
import json
import math
import os
import re
import sys
from collections import defaultdict

from glean_facts import print_table, run_glean

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# ../shared/devsets/recognizers_text from the checkout (or from a worktree one level deeper).
DEFAULT_DATA = next((path for path in (os.path.join(base, "shared", "devsets", "recognizers_text")
                                       for base in (os.path.dirname(ROOT), os.path.dirname(os.path.dirname(ROOT))))
                     if os.path.isdir(path)), os.path.join(os.path.dirname(ROOT), "shared", "devsets", "recognizers_text"))

# Recognizers-Text unit names -> (ISO 4217 code, factor to the main unit). Plain "dollar" is USD and plain
# "pound"/"livre" GBP, Glean's reading of the ambiguous words (Gazetteers/vocab/currencies.yaml).
UNITS = {
    "dollar": ("USD", 1), "united states dollar": ("USD", 1), "dollar états-unis": ("USD", 1), "euro": ("EUR", 1),
    "chinese yuan": ("CNY", 1), "yuan chinois": ("CNY", 1), "pound": ("GBP", 1), "livre": ("GBP", 1),
    "british pound": ("GBP", 1), "canadian dollar": ("CAD", 1), "dollar canadien": ("CAD", 1),
    "japanese yen": ("JPY", 1), "yen japonais": ("JPY", 1), "australian dollar": ("AUD", 1),
    "dollar australien": ("AUD", 1), "turkish lira": ("TRY", 1), "rupee": ("INR", 1), "roupie": ("INR", 1),
    "roupie indienne": ("INR", 1), "mexican peso": ("MXN", 1), "hong kong dollar": ("HKD", 1),
    "dollar de hong kong": ("HKD", 1), "swiss franc": ("CHF", 1), "franc suisse": ("CHF", 1),
    "costa rican colón": ("CRC", 1), "georgian lari": ("GEL", 1), "lao kip": ("LAK", 1),
    "sri lankan rupee": ("LKR", 1), "new zealand dollar": ("NZD", 1), "dollar néo-zélandais": ("NZD", 1),
    "franc": (None, 1), "bitcoin": ("BTC", 1), "finnish markka": ("FIM", 1), "mark finlandais": ("FIM", 1),
    "peseta": ("ESP", 1), "netherlands guilder": ("NLG", 1), "florins néerlandais": ("NLG", 1),
    # Minor units: only the amount is compared (in main units), the currency is ambiguous.
    "cent": (None, 0.01), "centimes": (None, 0.01), "pence": (None, 0.01), "penny": (None, 0.01),
    "sen": (None, 0.01), "pesewa": (None, 0.01), "satoshi": (None, 1e-8),
}

FILES = ["datetime", "number", "ordinal", "percent", "currency"]
KIND_OF_TYPE = {
    "datetimeV2.date": "date", "datetimeV2.daterange": "date range", "datetimeV2.datetime": "date+time",
    "datetimeV2.time": "time", "datetimeV2.duration": "duration", "datetimeV2.set": "set",
    "datetimeV2.timerange": "time range", "datetimeV2.datetimerange": "date+time range",
    "number": "number", "ordinal": "ordinal", "percentage": "percent", "currency": "currency",
}
FACT_TYPE = {"duration": "Duration", "number": "Number", "ordinal": "Ordinal", "percent": "Percent", "currency": "Money"}
# Facts whose field holds the number of the span, for the number kind (see the header).
NUMBER_HOLDERS = {"Number": "value", "Money": "amount", "Percent": "value", "Duration": "value", "Date": "value"}
KIND_ORDER = ["date", "date range", "date+time", "time", "time range", "date+time range", "duration", "set",
              "number", "ordinal", "percent", "currency"]
TARGETED = {"date", "number", "percent", "currency"}


def fact_type(kind):
    return FACT_TYPE.get(kind, "Date")


def usable(record):
    return record.get("dotnet_supported") and (record["model"] != "datetime" or record.get("reference"))


def expected_span(result, text):
    if result.get("end") is None:  # a few records give no offsets: the first occurrence of the text
        start = text.lower().find(result["text"].lower())
        return (start, start + len(result["text"])) if start >= 0 else (0, len(text))
    end = result["end"] + 1
    start = result["start"] if result["start"] is not None else end - len(result["text"])
    return start, end


def number(text, lang):
    text = str(text).strip().rstrip("%").replace(" ", "")
    if lang == "fr":
        text = text.replace(".", "").replace(",", ".") if "," in text else text
    else:
        text = text.replace(",", "")
    try:
        return float(text)
    except ValueError:
        return None


def close(a, b):
    return a is not None and b is not None and math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def iso_duration(fields):
    value, unit = fields.get("value"), fields.get("unit")
    if value is None or unit is None:
        return None
    amount = ("%g" % value) if isinstance(value, float) and not value.is_integer() else str(int(value))
    letters = {"year": "Y", "month": "M", "week": "W", "day": "D", "quarter": None}
    if unit in letters and letters[unit]:
        return "P" + amount + letters[unit]
    if unit == "quarter":
        return "P" + str(int(value * 3)) + "M"
    time_letters = {"hour": "H", "minute": "M", "second": "S"}
    return "PT" + amount + time_letters[unit] if unit in time_letters else None


def date_holds(fact, result, lang):
    """Whether a Date holds the expected number as one of its parts, written as digits in its text."""
    expected = number((result.get("resolution") or {}).get("value"), lang)
    written = re.fullmatch(r"[0-9]+", result.get("text", "").strip())
    if expected is None or not written or written.group(0) not in re.findall(r"[0-9]+", fact["text"]):
        return False
    return any(close(float(part), expected) for part in re.findall(r"[0-9]+", str(fact["fields"].get("value", ""))))


def correct(kind, result, fact, lang, reference=None, span=None):
    resolution = result.get("resolution") or {}
    fields = fact["fields"]
    if kind == "number" and fact["type"] == "Date":
        return date_holds(fact, result, lang)
    if kind == "number":
        return close(number(fields.get(NUMBER_HOLDERS[fact["type"]]), "en"), number(resolution.get("value"), lang))
    if kind == "ordinal":
        return close(number(fields.get("value"), "en"), number(resolution.get("value"), lang))
    if kind == "percent":
        return close(number(fields.get("value"), "en"), number(resolution.get("value"), lang))
    if kind == "currency":
        unit = (resolution.get("unit") or "").lower()
        code, factor = UNITS.get(unit, (resolution.get("isoCurrency"), 1))
        code = resolution.get("isoCurrency") or code
        expected = number(resolution.get("value"), lang)
        if expected is None or not close(fields.get("amount"), expected * factor):
            return False
        return code is None or fields.get("currency") == code
    if kind == "duration":
        wanted = {v.get("timex") for v in resolution.get("values", [])}
        return iso_duration(fields) in wanted
    # Date kinds.
    values = resolution.get("values") or []
    accepted = set()
    ranges = set()
    for v in values:
        for key in ("timex", "value"):
            if v.get(key):
                accepted.add(v[key])
        if v.get("start") and v.get("end"):
            ranges.add((v["start"], v["end"]))
    value = fields.get("value")
    if value in accepted:
        return True
    # A time Glean puts on the reference day (2016-11-07T16:50, as TimeML anchors times to the document's date)
    # where the expected value leaves the day open (T16:50).
    if value and reference and value.startswith(reference[:10] + "T") and value[10:] in accepted:
        return True
    if value and value.replace(" ", "T") in accepted:
        return True
    # A day and its time at the hour or minute grain (`2019-08-23T04`, `2020-02-22T03:30`, docs/facts.md) is the
    # instant Recognizers-Text resolves with its seconds (`2019-08-23 04:00:00`).
    match = re.fullmatch(r"(\d{4}-\d{2}-\d{2})T(\d{2})(?::(\d{2}))?", value or "")
    if match and f"{match.group(1)} {match.group(2)}:{match.group(3) or '00'}:00" in accepted:
        return True
    # One Date for a day and its time ("christmas eve at 6 p.m.": 2019-12-24T18, TimeML's one TIMEX) where
    # Recognizers-Text lists the day and the time apart: the part is judged by the whole's day or its time.
    if value and "T" in value and span and (fact["span"]["start"], fact["span"]["end"]) != tuple(span):
        day, time = value.split("T", 1)
        if day in accepted or "T" + time in accepted:
            return True
    if "start" in fields and "end" in fields:
        return (fields["start"], fields["end"]) in ranges
    # A Glean range (`value` … `end`, inclusive, docs/facts.md) against an upstream one (`start` … `end`, end
    # exclusive): its first day and the day after its last.
    if value and fields.get("end") and ranges:
        bounds = glean_range(value, fields["end"])
        if bounds is not None and bounds in ranges:
            return True
        # A range written with its two ends ("from 2 July to 10 July", "2014-2018", "between August and October",
        # « du 3 au 5 juin »): docs/facts.md makes the end inclusive (`end` 2018 is the whole of 2018), Recognizers-Text
        # writes the same range as ending where the named end begins (2018-01-01, "P4Y"). Its first day is compared.
        if TWO_ENDS.search(fact["text"]):
            bounds = glean_range(value, fields["end"], end_first_day=True)
            return bounds is not None and bounds in ranges
        return False
    # One value at a grain coarser than a day (a year, half, quarter, month, ISO week, weekend or decade, docs/facts.md)
    # is the range of its days: `2019-Q3` is 2019-07-01 … 2019-10-01 (end exclusive), as Recognizers-Text's daterange.
    if value and ranges and not fields.get("modifier"):
        bounds = period_bounds(value)
        return bounds is not None and bounds in ranges
    return False


# The connector between the two ends of a written range (English and French).
TWO_ENDS = re.compile(r"\b(?:to|till|til|until|through|thru|and|au|à|et|jusqu)\b|\d\s*[-–~/]\s*\w|\w\.?\s*[-–~]\s*\w", re.I)


def period_bounds(value):
    """The first day of a Glean value at a coarser grain than a day and the day after its last, or None."""
    import datetime
    match = re.fullmatch(r"(\d{4})-(Q[1-4]|H[12])", value)
    if match:
        year, part = int(match.group(1)), match.group(2)
        months = 3 if part[0] == "Q" else 6
        first = (int(part[1]) - 1) * months + 1
        last = first + months
        stop = datetime.date(year + 1, 1, 1) if last > 12 else datetime.date(year, last, 1)
        return (datetime.date(year, first, 1).isoformat(), stop.isoformat())
    match = re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value)
    if match:
        try:
            monday = datetime.date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1)
        except ValueError:
            return None
        if match.group(3):
            return ((monday + datetime.timedelta(days=5)).isoformat(), (monday + datetime.timedelta(days=7)).isoformat())
        return (monday.isoformat(), (monday + datetime.timedelta(days=7)).isoformat())
    match = re.fullmatch(r"(\d{3})X", value)
    if match:
        decade = int(match.group(1)) * 10
        return (f"{decade:04d}-01-01", f"{decade + 10:04d}-01-01")
    if re.fullmatch(r"\d{4}(?:-\d{2})?", value):
        return glean_range(value, value)
    return None


def glean_range(value, end, end_first_day=False):
    """The first day of `value` and the day after the last day of `end` (YYYY, YYYY-MM or YYYY-MM-DD), or None;
    with end_first_day, the first day of `end` (Recognizers-Text's end of a range written with its two ends)."""
    import datetime

    def parse(text, last):
        match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text or "")
        if not match:
            return None
        year, month, day = int(match.group(1)), match.group(2), match.group(3)
        if day:
            date = datetime.date(year, int(month), int(day))
            return date + datetime.timedelta(days=1) if last else date
        if month:
            if not last:
                return datetime.date(year, int(month), 1)
            return datetime.date(year + 1, 1, 1) if int(month) == 12 else datetime.date(year, int(month) + 1, 1)
        return datetime.date(year + 1, 1, 1) if last else datetime.date(year, 1, 1)

    try:
        start, stop = parse(value, False), parse(end, not end_first_day)
    except ValueError:
        return None
    if start is None or stop is None:
        return None
    return (start.isoformat(), stop.isoformat())


def load(data, languages, half=None):
    records = []
    for model in FILES:
        for lang in languages:
            path = os.path.join(data, f"{model}_{lang}.jsonl")
            with open(path, encoding="utf-8") as handle:
                for line_number, line in enumerate(handle, 1):
                    record = json.loads(line)
                    if usable(record) and (half is None or (line_number % 2 == 1) == (half == "odd")):
                        record["id"] = f"{model}_{lang}:{line_number}"
                        records.append(record)
    return records


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=os.environ.get("RECOGNIZERS_DATA", DEFAULT_DATA))
    parser.add_argument("--glean", default=None, help="the glean binary (default: .build/debug/glean, else .build/release/glean)")
    parser.add_argument("--lang", choices=["en", "fr"], action="append", help="only this language (repeatable)")
    parser.add_argument("--show-errors", metavar="KIND", action="append", default=[],
                        help="list missed, wrong and spurious expressions of this kind (e.g. date, number, currency)")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown (for the README)")
    parser.add_argument("--half", choices=["odd", "even"],
                        help="only the records of this half (numbered by their line in the file, 1-based): rules are "
                             "written from the odd half and measured on the even half")
    arguments = parser.parse_args()
    glean = arguments.glean
    if glean is None:
        for candidate in (".build/debug/glean", ".build/release/glean"):
            if os.path.exists(os.path.join(ROOT, candidate)):
                glean = os.path.join(ROOT, candidate)
                break
    if glean is None:
        sys.exit("no glean binary: run `swift build` first, or pass --glean PATH")
    languages = arguments.lang or ["en", "fr"]
    records = load(arguments.data, languages, arguments.half)
    facts = run_glean(glean, records, "input", ["Date", "Duration", "Number", "Ordinal", "Percent", "Money"], jobs=2)

    stats = defaultdict(lambda: {"expected": 0, "found": 0, "correct": 0, "spurious": 0})
    errors = []
    skipped_relative = 0
    skipped_valueless = 0
    for record in records:
        lang = record["lang"]
        document_facts = facts.get(record["id"], [])
        spans_by_type = defaultdict(list)
        kinds_here = set()
        for result in record["results"]:
            if result.get("type") == "ordinal.relative":
                skipped_relative += 1
                continue
            kind = KIND_OF_TYPE.get(result.get("type"))
            if kind is None:
                continue
            if kind in ("currency", "percent") and number((result.get("resolution") or {}).get("value"), lang) is None:
                skipped_valueless += 1
                continue
            kinds_here.add(kind)
            start, end = expected_span(result, record["input"])
            wanted_type = fact_type(kind)
            spans_by_type[wanted_type].append((start, end))
            holders = NUMBER_HOLDERS if kind == "number" else {wanted_type: None}
            overlapping = [f for f in document_facts if f["type"] in holders and f["span"]["start"] < end and start < f["span"]["end"]]
            row = stats[(lang, kind)]
            row["expected"] += 1
            if overlapping:
                row["found"] += 1
            good = any(correct(kind, result, f, lang, record.get("reference"), (start, end)) for f in overlapping)
            if good:
                row["correct"] += 1
            elif kind in arguments.show_errors:
                got = "; ".join(f'{f["text"]!r} {json.dumps(f["fields"], ensure_ascii=False)}' for f in overlapping) or "nothing"
                want = json.dumps(result.get("resolution"), ensure_ascii=False)
                errors.append(f'{record["id"]} [{lang} {kind}] {result["text"]!r} ref {str(record.get("reference"))[:10]}\n'
                              f'    input: {record["input"]}\n    want: {want}\n    got:  {got}')
        # False alarms: facts of the record's model type that overlap nothing expected.
        model_kinds = {"datetime": ["date"], "number": ["number"], "ordinal": ["ordinal"], "percent": ["percent"], "currency": ["currency"]}[record["model"]]
        for kind in model_kinds:
            wanted_type = fact_type(kind)
            for fact in document_facts:
                if fact["type"] != wanted_type:
                    continue
                spans = [s for t, ss in spans_by_type.items() for s in ss] if record["model"] == "datetime" else spans_by_type[wanted_type]
                if not any(fact["span"]["start"] < e and s < fact["span"]["end"] for s, e in spans):
                    stats[(lang, kind)]["spurious"] += 1
                    if kind in arguments.show_errors:
                        errors.append(f'{record["id"]} [{lang} {kind}] spurious {fact["text"]!r} {json.dumps(fact["fields"], ensure_ascii=False)}\n    input: {record["input"]}')

    for error in errors:
        print(error)
    def pct(a, b):
        return f"{100 * a / b:.1f}%" if b else "-"
    header = ["lang", "kind", "expected", "found", "found %", "correct", "correct %", "spurious"]
    rows = []
    for lang in languages:
        for kind in KIND_ORDER:
            row = stats.get((lang, kind))
            if not row:
                continue
            rows.append([lang, kind + (" *" if kind in TARGETED else ""), str(row["expected"]), str(row["found"]),
                         pct(row["found"], row["expected"]), str(row["correct"]), pct(row["correct"], row["expected"]), str(row["spurious"])])
    print_table(header, rows, arguments.markdown)
    print(f"* targeted kinds (>= 90% correct). {len(records)} usable records; not counted: {skipped_relative} relative ordinals, "
          f"{skipped_valueless} currency/percent mentions without a value.")


if __name__ == "__main__":
    main()
