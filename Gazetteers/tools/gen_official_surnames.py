#!/usr/bin/env python3
"""Generate Gazetteers/vocab/official_surnames.yaml from Gazetteers/officials.yaml.

"le président Faye", "President Ruto", "Prime Minister Sonko": a title followed by a surname names the one listed
official of that office whose name ends with the surname (Rules/officials.glean: official.title_surname). This file
lists, per office (head_of_state, head_of_government, foreign_minister, vice_president: "Vice President Harris"), each surname that exactly one listed
official who held that office ends a name with, with the span of the terms in that office (the rule keeps only
those in office at the reference date). Left out: surnames of two officials of one office (ambiguous), surnames
that are already a form of some gazetteer entry (an official's distinctive surname form, a city, a country: those
are read already, and a second entry would tag every mention twice), words of one or two letters and Roman
numerals (Mohammed VI), and regnal names (the name a form puts right before a Roman numeral as its first word or
after a title: "Pope Leo XIV", « pape Léon XIV », "Mohammed VI"): "Léon" or "Charles" in an unrelated person's full name
("Kacou Houadja Léon Adom") is no pope or king, and the title forms ("King Charles", « pape Léon ») are the entry's own
forms already. East Asian canonical names are family name first; their other-order forms give the same
surname. Run after editing officials.yaml:  python3 Gazetteers/tools/gen_official_surnames.py
"""
import os
import re
import sys

import yaml

sys.path.insert(0, os.path.dirname(__file__))
from gazyaml import entry_lines, norm_key, FORM_KEYS  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OFFICIALS = os.path.join(ROOT, "officials.yaml")
OUT = os.path.join(ROOT, "vocab", "official_surnames.yaml")
OFFICES = ("head_of_state", "head_of_government", "foreign_minister", "vice_president")
FAMILY_FIRST = {"CN", "JP", "KR", "KP", "TW"}
ROMAN = re.compile(r"^[IVXLC]+$")
PARTICLES = {"bin", "ben", "ibn", "al", "el", "de", "da", "du", "van", "von", "der", "le", "la", "ould"}
# Surnames kept although a vocabulary word has the same letters: the form here is exact (case-sensitive) and read only
# after a title ("Foreign Minister Tax"), where the lower-case word of vocab/agreement_domains.yaml ("tax") never is.
# The hand-edited entries the file once had beyond this script's output are all either here or a form of their
# official already (Mirzoïan, Baïramov: officials.yaml).
KEEP = {"Tax"}
REGNAL_TITLES = {"king", "queen", "pope", "prince", "princess", "sultan", "emir", "roi", "reine", "pape", "émir"}


def forms_of(entry):
    out = []
    for key in FORM_KEYS:
        for lang, forms in (entry.get(key) or {}).items():
            out.extend(forms or [])
    return out


def regnal_names(entry):
    """Names a form gives right before a Roman numeral, first or after a title ("Pope Leo XIV" → Leo)."""
    names = set()
    for full in [entry["name"]] + forms_of(entry):
        words = full.split()
        if len(words) >= 2 and ROMAN.match(words[-1]):
            if len(words) == 2 or (len(words) == 3 and words[0].lower() in REGNAL_TITLES):
                names.add(words[-2])
    return names


def surnames(entry, country):
    """The surnames an official's full names end with (begin with, for family-name-first names)."""
    result = []
    regnal = regnal_names(entry)
    for full in [entry["name"]] + forms_of(entry):
        words = full.split()
        if len(words) < 2:
            continue
        candidates = [words[-1]]
        if country in FAMILY_FIRST:
            candidates.append(words[0])
        for w in candidates:
            w = w.strip(".,")
            if len(w) <= 2 or ROMAN.match(w) or w.lower() in PARTICLES or not w[0].isupper() or w in regnal:
                continue
            if w not in result:
                result.append(w)
    return result


def offices(entry):
    """(office, start, end) spans of an official's terms in the offices read here; end None while in office."""
    a = entry.get("attributes") or {}
    spans = []
    terms = a.get("terms") or entry.get("terms") or []
    for t in terms:
        if t.get("role") in OFFICES:
            spans.append((t["role"], t.get("start"), t.get("end"), t.get("country") or a.get("country")))
    if a.get("role") in OFFICES:
        spans.append((a["role"], a.get("term_start"), a.get("term_end"), a.get("country")))
    merged = {}
    for role, start, end, country in spans:
        s0, e0, c0 = merged.get(role, (start, end, country))
        starts = [x for x in (s0, start) if x]
        s1 = min(starts) if starts else None
        e1 = None if (e0 is None or end is None) else max(str(e0), str(end))
        merged[role] = (s1, e1, c0 or country)
    return merged


def all_gazetteer_forms():
    keys = set()
    for dirpath, _, files in os.walk(ROOT):
        if os.path.join(ROOT, "tools") in dirpath:
            continue
        for f in files:
            path = os.path.join(dirpath, f)
            if not f.endswith(".yaml") or path == OUT:
                continue
            with open(path, encoding="utf-8") as h:
                doc = yaml.safe_load(h)
            if not isinstance(doc, dict):
                continue
            for e in doc.get("entries") or []:
                for form in forms_of(e):
                    keys.add(norm_key(str(form)))
    return keys


def main():
    with open(OFFICIALS, encoding="utf-8") as h:
        doc = yaml.safe_load(h)
    taken = all_gazetteer_forms()
    by_key = {}
    for e in doc["entries"]:
        a = e.get("attributes") or {}
        for role, (start, end, country) in offices(e).items():
            for s in surnames(e, a.get("country")):
                by_key.setdefault((role, s), []).append((e, start, end, country))
    lines = [
        "# Generated by Gazetteers/tools/gen_official_surnames.py from officials.yaml: do not edit by hand.",
        "# A surname that exactly one listed official of an office ends a name with (official.title_surname: \"le",
        "# président Faye\", \"Prime Minister Sonko\"). attributes: official (its id in officials.yaml), role, country,",
        "# term_start, term_end (the span of its terms in that office; absent while in office).",
        "type: OfficialSurname",
        "entries:",
    ]
    chosen = {}
    for (role, s), holders in sorted(by_key.items(), key=lambda kv: (kv[0][0], kv[0][1])):
        ids = {h[0]["id"] for h in holders}
        if len(ids) != 1 or (norm_key(s) in taken and s not in KEEP):
            continue
        e, start, end, country = holders[0]
        chosen.setdefault((role, e["id"]), (e, start, end, country, []))[4].append(s)
    count = 0
    for (role, _), (e, start, end, country, forms) in sorted(chosen.items()):
        attributes = {"official": e["id"], "role": role, "country": country}
        if start:
            attributes["term_start"] = str(start)
        if end:
            attributes["term_end"] = str(end)
        entry = {"id": f"surname-{role}-{e['id']}", "name": e["name"], "exact": {"any": forms}, "attributes": attributes}
        lines.extend(entry_lines(entry))
        count += len(forms)
    with open(OUT, "w", encoding="utf-8") as h:
        h.write("\n".join(lines) + "\n")
    print(f"{OUT}: {count} surnames")


if __name__ == "__main__":
    main()
