#!/usr/bin/env python3
"""Sanity checks for every gazetteer file under Gazetteers/ (needs PyYAML).

Checks: YAML parses; top-level `type` + `entries`; every entry has id, name and at least one
surface form (its `compose:` templates expanded with the file's `parts:`, each part known); ids unique per type across all files; language keys only en/fr/any; form lists are lists of
strings; attributes are scalars or lists of scalars; `country` attributes are ISO 3166-1 alpha-2
codes (or EU / UN); term dates look like ISO dates. Reports forms shared by several entries of the
same type (warnings only).
Usage: python3 Gazetteers/tools/validate.py
"""
import glob
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
ISO = {c["alpha_2"] for c in json.load(open("/usr/share/iso-codes/json/iso_3166-1.json"))["3166-1"]}
ISO |= {"EU", "UN"}
FORM_KEYS = ("names", "demonyms", "acronyms", "exact")
LANGS = {"en", "fr", "any"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
ENTRY_KEYS = {"id", "name", "type", "attributes", "terms", "layer", "compose", *FORM_KEYS}
PART = re.compile(r"\{([^{}]*)\}")


def composed(template, parts):
    """The forms of a `compose:` template (docs/gazetteers.md "Composed forms"), or the name of an unknown part."""
    forms = [""]
    rest = template
    while rest:
        m = PART.search(rest)
        if not m:
            forms = [f + rest for f in forms]
            break
        name = m.group(1)
        if name not in parts:
            return None, name
        forms = [f + rest[:m.start()] + w for f in forms for w in parts[name]]
        rest = rest[m.end():]
    return forms, None


def nk(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


def main():
    errors, warnings = [], []
    ids = {}
    counts = {}
    forms_by_type = defaultdict(lambda: defaultdict(set))
    seat_holders = []
    files = sorted(glob.glob(os.path.join(ROOT, "**", "*.yaml"), recursive=True))
    for path in files:
        rel = os.path.relpath(path, ROOT)
        try:
            doc = yaml.safe_load(open(path, encoding="utf-8"))
        except yaml.YAMLError as e:
            errors.append(f"{rel}: YAML error {e}")
            continue
        if not isinstance(doc, dict) or "entries" not in doc or not isinstance(doc.get("type"), str):
            errors.append(f"{rel}: needs top-level type (string) and entries")
            continue
        ftype = doc["type"]
        parts = doc.get("parts") or {}
        if not isinstance(parts, dict) or not all(isinstance(v, list) and all(isinstance(x, str) and x.strip() for x in v) for v in parts.values()):
            errors.append(f"{rel}: parts must map names to lists of non-empty strings")
            parts = {}
        counts[rel] = len(doc["entries"])
        for i, e in enumerate(doc["entries"]):
            where = f"{rel}[{i}]"
            if not isinstance(e, dict):
                errors.append(f"{where}: not a mapping")
                continue
            for k in e:
                if k not in ENTRY_KEYS:
                    errors.append(f"{where}: unknown key {k}")
            eid, name = e.get("id"), e.get("name")
            if not isinstance(eid, str) or not eid:
                errors.append(f"{where}: missing/invalid id {eid!r}")
            if not isinstance(name, str) or not name:
                errors.append(f"{where}: missing/invalid name {name!r}")
            etype = e.get("type", ftype)
            if (etype, eid) in ids:
                errors.append(f"{where}: duplicate id {eid} for type {etype} (also {ids[(etype, eid)]})")
            ids[(etype, eid)] = where
            nforms = 0
            for fk in FORM_KEYS:
                g = e.get(fk)
                if g is None:
                    continue
                if not isinstance(g, dict):
                    errors.append(f"{where}: {fk} must be a mapping")
                    continue
                for lang, lst in g.items():
                    if lang not in LANGS:
                        errors.append(f"{where}: bad language key {lang!r} in {fk}")
                    if not isinstance(lst, list) or not all(isinstance(x, str) and x.strip() for x in lst):
                        errors.append(f"{where}: {fk}.{lang} must be a list of non-empty strings: {lst!r}")
                        continue
                    nforms += len(lst)
                    for x in lst:
                        key = x if fk in ("acronyms", "exact") else nk(x)
                        forms_by_type[(etype, fk in ("acronyms", "exact"))][(lang, key)].add(eid)
            compose = e.get("compose")
            if compose is not None:
                if not isinstance(compose, dict):
                    errors.append(f"{where}: compose must be a mapping")
                    compose = {}
                for lang, templates in compose.items():
                    if lang not in LANGS:
                        errors.append(f"{where}: bad language key {lang!r} in compose")
                    for template in templates if isinstance(templates, list) else [templates]:
                        forms, unknown = composed(str(template), parts)
                        if unknown is not None:
                            errors.append(f"{where}: compose template {template!r} names unknown part {{{unknown}}}")
                            continue
                        nforms += len(forms)
                        for x in forms:
                            forms_by_type[(etype, False)][(lang, nk(x))].add(eid)
            if nforms == 0:
                errors.append(f"{where} ({eid}): no surface form")
            attrs = e.get("attributes", {}) or {}
            if not isinstance(attrs, dict):
                errors.append(f"{where}: attributes must be a mapping")
                attrs = {}
            for k, v in attrs.items():
                vals = v if isinstance(v, list) else [v]
                if not all(isinstance(x, (str, int, float, bool)) for x in vals):
                    errors.append(f"{where}: attribute {k} not scalar/list of scalars: {v!r}")
                if k in ("country", "alpha2", "sovereign") and any(x not in ISO for x in vals):
                    errors.append(f"{where}: {k}={v!r} is not an ISO alpha-2 code")
                if k in ("term_start", "term_end", "founded") and not (isinstance(v, str) and DATE.match(v)):
                    errors.append(f"{where}: {k}={v!r} must be a quoted date string")
            for t in e.get("terms", []) or []:
                # An official's term names the role held and its country; a seat's term names the official who
                # held the seat (its `role` is that Official's id, checked once every file is read).
                if etype == "SeatOfGovernment":
                    if not isinstance(t, dict) or not isinstance(t.get("role"), str):
                        errors.append(f"{where}: bad seat term {t!r} (needs role: an Official id)")
                        continue
                    seat_holders.append((where, t["role"]))
                elif not isinstance(t, dict) or "role" not in t or "country" not in t:
                    errors.append(f"{where}: bad term {t!r} (needs role and country)")
                    continue
                elif t["country"] not in ISO:
                    errors.append(f"{where}: term country {t['country']!r} invalid")
                for k in ("start", "end"):
                    if k in t and not (isinstance(t[k], str) and DATE.match(t[k])):
                        errors.append(f"{where}: term {k}={t[k]!r} must be a quoted date string")
    for where, holder in seat_holders:
        if ("Official", holder) not in ids:
            errors.append(f"{where}: seat term names {holder!r}, which is no Official id in officials.yaml")
    for (etype, cs), table in forms_by_type.items():
        for (lang, key), owners in sorted(table.items()):
            if len(owners) > 1:
                warnings.append(f"{etype}: form {key!r} ({lang}) shared by {sorted(owners)}")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    for rel, n in sorted(counts.items()):
        print(f"{n:6d}  {rel}")
    print(f"{len(ids)} entries, {len(errors)} errors, {len(warnings)} warnings")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
