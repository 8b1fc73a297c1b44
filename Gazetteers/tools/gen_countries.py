#!/usr/bin/env python3
"""Generate Gazetteers/countries.yaml from Debian iso-codes (ISO 3166-1).

Inputs:
  /usr/share/iso-codes/json/iso_3166-1.json       English names and codes
  gettext domain iso_3166-1 (locale fr)           French names
  Gazetteers/tools/demonyms.tsv                   EN/FR demonyms (hand-written)
  EXTRA below                                     well-known short forms and acronyms

Usage: python3 Gazetteers/tools/gen_countries.py   (writes Gazetteers/countries.yaml)
Output is deterministic (entries sorted by alpha-2 code).
"""
import gettext
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gazyaml import dedupe, norm_key, write_file  # noqa: E402

ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
ISO2_JSON = "/usr/share/iso-codes/json/iso_3166-2.json"

# `sovereign`: the state a dependent territory belongs to (data22, issue #14). From iso-codes' ISO 3166-2, a territory
# that has its own ISO 3166-1 code and is also listed as a subdivision of a state with one of these types (FR-NC New
# Caledonia, FR-RE La Réunion, US-PR Puerto Rico, NL-AW Aruba, CN-HK Hong Kong …); Taiwan, listed as a province of China
# (CN-TW), is not of these types and gets none. ISO 3166-2 does not list the territories below as subdivisions of
# their state, so they are given by hand. Left out: Western Sahara (EH), Palestine, and the Cook Islands and Niue (in
# free association with New Zealand, with their own foreign relations).
SOVEREIGN_TYPES = {"Overseas region", "Overseas collectivity", "Overseas collectivity with special status",
                   "Overseas territory", "Outlying area", "Special administrative region", "Country"}
SOVEREIGN_HAND = {
    "GL": "DK", "FO": "DK",
    "BQ": "NL",
    "AX": "FI",
    "SJ": "NO", "BV": "NO",
    "CX": "AU", "CC": "AU", "NF": "AU", "HM": "AU",
    "TK": "NZ",
    "AI": "GB", "BM": "GB", "IO": "GB", "KY": "GB", "FK": "GB", "GI": "GB", "MS": "GB", "PN": "GB", "SH": "GB",
    "TC": "GB", "VG": "GB", "GS": "GB", "GG": "GB", "JE": "GB", "IM": "GB",
}


def sovereigns(codes):
    """alpha-2 of a dependent territory -> alpha-2 of its state (ISO 3166-2 subdivisions, then SOVEREIGN_HAND)."""
    out = {}
    for sub in json.load(open(ISO2_JSON, encoding="utf-8"))["3166-2"]:
        state, part = sub["code"].split("-", 1)
        if part in codes and part != state and sub.get("type") in SOVEREIGN_TYPES:
            out[part] = state
    for code, state in SOVEREIGN_HAND.items():
        if out.get(code, state) != state:
            sys.exit(f"sovereign of {code}: iso-codes says {out[code]}, SOVEREIGN_HAND {state}")
        out[code] = state
    return out
OUT = os.path.join(HERE, "..", "countries.yaml")

# Names that are also ordinary lower-case words ("une réunion" is a meeting, "turkey" a bird, "china" porcelain):
# only their capitalised spelling names the country, so they become case-sensitive exact forms.
COMMON_WORD_NAMES = {"RE": ["Réunion", "La Réunion"], "TR": ["Turkey"], "CN": ["China"], "TD": ["Chad"], "JE": ["Jersey"],
                     # « l'Hexagone » (France) and « la Grande Île » (Madagascar) only capitalised: « un hexagone »,
                     # « la grande île de Luçon » are no country.
                     "FR": ["Hexagone"], "MG": ["Grande Île", "Grande-Île"]}

# Well-known extra forms. en/fr: surface forms (case-insensitive); acr_*: case-sensitive acronyms;
# fr_main: preferred French name (attribute name_fr); en_main: override of the canonical name.
EXTRA = {
    # Periphrases the press uses for a country it has just named (« l'Hexagone », « l'État hébreu », "the Islamic
    # Republic"), each naming one country only (data22, issue #14): the bare "Islamic Republic" and "People's Republic" are read after the longer forms of Pakistan, Afghanistan,
    # Mauritania, Bangladesh and North Korea (leftmost-longest); the Donetsk and Luhansk "People's Republics" are
    # Subregion forms (vocab/subnational_regions.yaml), so they never name China. Left out as ambiguous: "the Kingdom",
    # « le Royaume », « la Confédération » (football and trade-union confederations), "the Sultanate".
    "AE": dict(en=["the Emirates"], fr=["Émirats arabes unis", "Émirats"], acr_en=["UAE", "U.A.E."], acr_fr=["EAU"]),
    "AQ": dict(fr=["Antarctique"]),
    "AX": dict(en=["Åland", "Aland Islands"], fr=["Îles Åland", "Åland"], fr_main="Îles Åland"),
    "BA": dict(en=["Bosnia", "Bosnia-Herzegovina", "Bosnia and Herzegovina"], fr=["Bosnie", "Bosnie-Herzégovine"], acr_en=["BiH"]),
    "BD": dict(fr=["République populaire du Bangladesh"]),
    # "Burkina" alone is the usual short form in West African and French news (« le Burkina », "Burkina's junta").
    "BF": dict(en=["Burkina"], fr=["Burkina", "pays des Hommes intègres"]),
    "BN": dict(en=["Brunei"], fr=["Brunei", "Brunéi"], fr_main="Brunei"),
    "BO": dict(en=["Bolivia"], fr=["Bolivie", "État plurinational de Bolivie"], fr_main="Bolivie"),
    "BQ": dict(en=["Caribbean Netherlands"], fr=["Pays-Bas caribéens"]),
    "BS": dict(en=["The Bahamas"]),
    "BY": dict(en=["Belarus"], fr=["Biélorussie", "Bélarus"], fr_main="Biélorussie"),
    "CC": dict(en=["Cocos (Keeling) Islands", "Keeling Islands"], fr=["Îles Cocos", "Îles Cocos (Keeling)"], fr_main="Îles Cocos"),
    "CD": dict(
        en=["Democratic Republic of the Congo", "Democratic Republic of Congo", "DR Congo", "Congo-Kinshasa"],
        fr=["République démocratique du Congo", "RD Congo", "Congo-Kinshasa"],
        acr_en=["DRC"], acr_fr=["RDC"], en_main="Democratic Republic of the Congo",
        fr_main="République démocratique du Congo"),
    "CG": dict(en=["Republic of the Congo", "Republic of Congo", "Congo-Brazzaville"],
               fr=["République du Congo", "Congo-Brazzaville", "Congo"], fr_main="République du Congo",
               en_main="Republic of the Congo"),
    "CH": dict(fr=["Confédération suisse"]),
    "CI": dict(en=["Ivory Coast", "Côte d'Ivoire"], fr=["Côte d'Ivoire"]),
    "CN": dict(en=["People's Republic of China", "Mainland China", "People's Republic"],
               fr=["Chine", "Chine populaire", "République populaire de Chine", "République populaire", "Empire du Milieu"],
               acr_en=["PRC"], acr_fr=["RPC"]),
    # « le Cap-Vert » whole: else leftmost-longest reads « Le Cap » (Cape Town, cities.yaml) and loses the country.
    "CV": dict(en=["Cape Verde", "Cabo Verde"], fr=["Cap-Vert", "Cabo Verde", "le Cap-Vert"]),
    "CX": dict(fr=["Île Christmas"], fr_main="Île Christmas"),
    "CZ": dict(en=["Czechia", "Czech Republic"], fr=["Tchéquie", "République tchèque"]),
    "FK": dict(en=["Falklands", "Falkland Islands", "Malvinas"], fr=["Îles Malouines", "Malouines", "Îles Falkland", "Falkland"], fr_main="Îles Malouines"),
    "FM": dict(en=["Micronesia"], fr=["Micronésie"], fr_main="Micronésie"),
    "FR": dict(fr=["Hexagone"]),
    # "Northern Ireland" is the United Kingdom's: without its own form, "Ireland" inside it named IE.
    "GB": dict(en=["United Kingdom", "Britain", "Great Britain", "Northern Ireland"], fr=["Royaume-Uni", "Grande-Bretagne", "Irlande du Nord"], acr_en=["UK", "U.K."]),
    "GL": dict(fr=["Groenland"], fr_main="Groenland"),
    "GM": dict(en=["The Gambia"]),
    "GQ": dict(fr=["Guinée équatoriale"], fr_main="Guinée équatoriale"),
    "HK": dict(fr=["Hong Kong", "Hong-Kong"], fr_main="Hong Kong"),
    "IE": dict(en=["Republic of Ireland"]),
    "IL": dict(en=["Jewish State"], fr=["État hébreu", "État juif"]),
    "IQ": dict(fr=["Irak", "Iraq"]),
    "IR": dict(en=["Iran", "Islamic Republic"], fr=["Iran", "République islamique d'Iran", "République islamique"], fr_main="Iran"),
    "JO": dict(en=["Hashemite Kingdom"], fr=["Royaume hachémite"]),
    "JP": dict(en=["Land of the Rising Sun"], fr=["pays du Soleil-Levant", "pays du Soleil levant", "Empire du Soleil-Levant", "Empire du Soleil levant"]),
    "KG": dict(en=["Kyrgyz Republic", "Kirghizia"], fr=["Kirghizistan", "Kirghizstan"]),
    "KN": dict(en=["St Kitts and Nevis", "St. Kitts and Nevis"], fr=["Saint-Kitts-et-Nevis"]),
    # The bare "Democratic People's Republic" is the North's: read whole, so its "People's Republic" never names China.
    "KP": dict(en=["North Korea", "Democratic People's Republic of Korea", "Democratic People's Republic"],
               fr=["Corée du Nord", "République populaire démocratique de Corée", "République populaire démocratique"], acr_en=["DPRK"], acr_fr=["RPDC"],
               fr_main="Corée du Nord"),
    # "Korea" alone is South Korea in news usage ("Korea's exports", "the Korea-US alliance"); the North is always
    # named as such, and leftmost-longest matching reads "North Korea" whole. So is « Corée » alone in French
    # (« l'Accord de libre-échange Canada-Corée », « les exportations vers la Corée »): « Corée du Nord » is read whole.
    "KR": dict(en=["South Korea", "Republic of Korea", "Korea"], fr=["Corée du Sud", "République de Corée", "Corée"], acr_en=["ROK"],
               fr_main="Corée du Sud"),
    "KZ": dict(fr=["République du Kazakhstan"]),
    "LA": dict(en=["Laos", "Lao PDR"], fr=["Laos", "République démocratique populaire lao"], fr_main="Laos"),
    "LB": dict(fr=["pays du Cèdre", "pays des Cèdres"]),
    "LC": dict(en=["St Lucia", "St. Lucia"]),
    "MA": dict(fr=["Royaume chérifien"]),
    "MD": dict(en=["Moldova"], fr=["Moldavie", "Moldova", "République de Moldavie"], fr_main="Moldavie"),
    "MF": dict(en=["Saint Martin", "Saint-Martin"], fr=["Saint-Martin"], fr_main="Saint-Martin"),
    "MG": dict(fr=["Grande Île", "Grande-Île"]),
    "MM": dict(en=["Myanmar", "Burma"], fr=["Birmanie", "Myanmar"]),
    "MO": dict(en=["Macao", "Macau"], fr=["Macao", "Macau"], fr_main="Macao"),
    "MU": dict(fr=["Maurice", "Île Maurice"]),
    # French "Hollande" is left out: in French news it is far more often the surname of François Hollande.
    "NL": dict(en=["Netherlands", "the Netherlands", "Holland"], fr=["Pays-Bas"]),
    "PN": dict(en=["Pitcairn Islands"], fr=["Îles Pitcairn"]),
    "PS": dict(en=["Palestine", "State of Palestine"], fr=["Palestine", "État de Palestine"], fr_main="Palestine"),
    "RE": dict(en=["Réunion", "La Réunion"], fr=["La Réunion", "Réunion", "Île de la Réunion"], fr_main="La Réunion"),
    "RU": dict(en=["Russia", "Russian Federation"], fr=["Russie", "Fédération de Russie", "Fédération russe"], en_main="Russia", fr_main="Russie"),
    "RW": dict(fr=["pays des Mille Collines"]),
    "SA": dict(fr=["Arabie saoudite", "Royaume d'Arabie saoudite", "Royaume wahhabite"], acr_en=["KSA"]),
    "SB": dict(fr=["Îles Salomon"], fr_main="Îles Salomon"),
    "SH": dict(en=["Saint Helena"], fr=["Sainte-Hélène"]),
    "SN": dict(fr=["pays de la Teranga"]),
    "SR": dict(en=["Surinam"], fr=["Suriname", "Surinam"]),
    "ST": dict(en=["São Tomé and Príncipe"], fr=["Sao Tomé-et-Principe", "São Tomé-et-Príncipe"]),
    "SV": dict(fr=["Salvador", "El Salvador"]),
    "SX": dict(en=["Sint Maarten"], fr=["Sint Maarten"], fr_main="Sint Maarten"),
    "SY": dict(en=["Syria", "Syrian Arab Republic"], fr=["Syrie", "République arabe syrienne"], fr_main="Syrie"),
    "SZ": dict(en=["Eswatini", "Swaziland"], fr=["Eswatini", "Swaziland"]),
    "TF": dict(en=["French Southern and Antarctic Lands"], fr=["Terres australes et antarctiques françaises"]),
    "TL": dict(en=["Timor-Leste", "East Timor"], fr=["Timor oriental", "Timor-Leste"]),
    "TR": dict(en=["Türkiye", "Turkey", "Republic of Türkiye", "Republic of Turkey"], fr=["Turquie", "Türkiye", "République de Turquie"],
               fr_main="Turquie"),
    "TW": dict(en=["Taiwan"], fr=["Taïwan"], fr_main="Taïwan"),
    "TZ": dict(en=["Tanzania"], fr=["Tanzanie", "République unie de Tanzanie"], fr_main="Tanzanie"),
    "US": dict(en=["United States", "United States of America"], fr=["États-Unis", "États-Unis d'Amérique"],
               acr_any=["US", "USA", "U.S.", "U.S.A."]),
    # The Holy See's sovereign named by his office ("the Holy Father received in audience …"), as the Kremlin names
    # Moscow's presidency: his country is the Holy See.
    "VA": dict(en=["Holy See", "Vatican", "Vatican City", "Vatican City State", "Holy Father", "Supreme Pontiff", "Pontiff", "the Pope"],
               fr=["Saint-Siège", "Vatican", "Cité du Vatican", "État de la Cité du Vatican", "Saint-Père", "Souverain Pontife", "le pape", "le Pape"], en_main="Holy See",
               fr_main="Saint-Siège"),
    "VE": dict(en=["Venezuela"], fr=["Venezuela", "République bolivarienne du Venezuela"], fr_main="Venezuela"),
    "VG": dict(fr=["Îles Vierges britanniques"]),
    "VI": dict(en=["US Virgin Islands", "U.S. Virgin Islands"], fr=["Îles Vierges des États-Unis", "Îles Vierges américaines"],
               fr_main="Îles Vierges des États-Unis"),
    "VN": dict(en=["Vietnam", "Viet Nam"], fr=["Viêt Nam", "Vietnam", "Viêtnam"], fr_main="Viêt Nam"),
    "WF": dict(fr=["Wallis-et-Futuna"]),
}

# Parts before a comma in inverted iso-codes names that must NOT become forms on their own.
NO_DERIVE = {"Syrienne", "Lao", "Salomon", "Christmas", "Îles Vierges", "Virgin Islands", "Korea", "Corée", "Congo"}


def iso_codes_version():
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "iso-codes"], capture_output=True, text=True)
        if out.returncode == 0 and out.stdout.strip():
            return out.stdout.strip()
    except OSError:
        pass
    return "unknown"


def strip_article(s):
    s = re.sub(r"^(the|The) ", "", s)
    s = re.sub(r"^l['’]", "", s)
    return s[0].upper() + s[1:] if s else s


def strip_parens(s):
    return re.sub(r"\s+", " ", re.sub(r"\s*\([^)]*\)", "", s)).strip()


def derived(form):
    """Plain variants of an iso-codes form: without parenthesised qualifier, and the part before
    the comma of an inverted name ("Bolivie, état plurinational de" -> "Bolivie")."""
    out = []
    p = strip_parens(form)
    if p != form:
        out.append(p)
    if "," in p:
        head = p.split(",")[0].strip()
        if head and head not in NO_DERIVE:
            out.append(head)
    return out


def load_demonyms():
    table = {}
    with open(os.path.join(HERE, "demonyms.tsv"), encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            code = cols[0]
            en = [x for x in (cols[1].split("|") if len(cols) > 1 else []) if x]
            fr = [x for x in (cols[2].split("|") if len(cols) > 2 else []) if x]
            table[code] = (en, fr)
    return table


def main():
    data = json.load(open(ISO_JSON, encoding="utf-8"))["3166-1"]
    tr = gettext.translation("iso_3166-1", "/usr/share/locale", ["fr"])
    catalog = tr._catalog  # noqa: SLF001 - to tell translated msgids from missing ones
    demonyms = load_demonyms()

    def fr_of(msgid):
        t = tr.gettext(msgid)
        return t

    entries = {}
    explicit = {}  # code -> set of norm keys given explicitly (iso full names + EXTRA)
    derived_forms = {}  # code -> {"en": [...], "fr": [...]}
    for c in data:
        code = c["alpha_2"]
        x = EXTRA.get(code, {})
        iso_en = [c["name"]] + [c[k] for k in ("official_name", "common_name") if k in c]
        iso_en = [strip_article(f) for f in iso_en]
        en = dedupe(iso_en + x.get("en", []))
        fr_iso = [fr_of(c["name"])]
        for k in ("official_name", "common_name"):
            if k in c:
                t = fr_of(c[k])
                if t != c[k] or (c[k] in catalog and norm_key(t) not in {norm_key(f) for f in iso_en}):
                    fr_iso.append(t)
        fr_iso = [strip_article(f) for f in fr_iso]
        fr = dedupe(x.get("fr", []) + fr_iso)
        der_en, der_fr = [], []
        for f in en:
            der_en += derived(f)
        for f in fr:
            der_fr += derived(f)
        derived_forms[code] = {"en": der_en, "fr": der_fr}
        explicit[code] = {"en": en, "fr": fr}
        name = x.get("en_main") or c.get("common_name") or c["name"]
        entries[code] = dict(iso=c, extra=x, name=name)

    # Drop derived forms that collide with a form of another country (explicit or derived).
    owners = {}
    for code in entries:
        for lang in ("en", "fr"):
            for f in explicit[code][lang]:
                owners.setdefault((lang, norm_key(f)), set()).add(code)
    dcount = {}
    for code in entries:
        for lang in ("en", "fr"):
            for f in set(norm_key(f) for f in derived_forms[code][lang]):
                dcount[(lang, f)] = dcount.get((lang, f), 0) + 1
    dropped = []
    for code in entries:
        for lang in ("en", "fr"):
            keep = []
            for f in derived_forms[code][lang]:
                k = (lang, norm_key(f))
                if owners.get(k, {code}) - {code} or dcount[k] > 1:
                    dropped.append((code, lang, f))
                    continue
                keep.append(f)
            explicit[code][lang] = dedupe(explicit[code][lang] + keep)

    # Explicit collisions are errors (ambiguous surface forms must be resolved by hand).
    owners = {}
    for code in entries:
        for lang in ("en", "fr"):
            for f in explicit[code][lang]:
                owners.setdefault((lang, norm_key(f)), set()).add(code)
    clashes = {k: v for k, v in owners.items() if len(v) > 1}
    if clashes:
        for k, v in sorted(clashes.items()):
            print(f"ambiguous form {k}: {sorted(v)}", file=sys.stderr)
        sys.exit(1)

    sovereign = sovereigns(set(entries))
    out = []
    for code in sorted(entries):
        c, x = entries[code]["iso"], entries[code]["extra"]
        en, fr = explicit[code]["en"], explicit[code]["fr"]
        den, dfr = demonyms.get(code, ([], []))
        # A demonym equal to a name of the same language is left to the name; across languages both stay (English
        # "Argentine" is a demonym, French « Argentine » the country's name).
        den = [d for d in dedupe(den) if norm_key(d) not in {norm_key(f) for f in en}]
        dfr = [d for d in dedupe(dfr) if norm_key(d) not in {norm_key(f) for f in fr}]
        acr = {"en": x.get("acr_en", []), "fr": x.get("acr_fr", []), "any": x.get("acr_any", [])}
        fr_main = x.get("fr_main") or strip_parens(fr_of(c.get("common_name") or c["name"]))
        if "," in fr_main:
            fr_main = fr[0]
        common = {norm_key(f) for f in COMMON_WORD_NAMES.get(code, [])}
        exact = {lang: [f for f in forms if norm_key(f) in common] for lang, forms in (("en", en), ("fr", fr))}
        en = [f for f in en if norm_key(f) not in common]
        fr = [f for f in fr if norm_key(f) not in common]
        out.append(dict(
            id=code,
            name=entries[code]["name"],
            names={"en": en, "fr": fr},
            demonyms={"en": den, "fr": dfr},
            acronyms=acr,
            exact=exact,
            attributes={"alpha2": code, "alpha3": c["alpha_3"], "numeric": c["numeric"], "name_fr": fr_main,
                        **({"sovereign": sovereign[code]} if code in sovereign else {})},
        ))

    header = (
        f"Countries and territories (ISO 3166-1, {len(out)} entries).\n"
        f"generated by Gazetteers/tools/gen_countries.py from Debian iso-codes {iso_codes_version()}; do not edit by hand\n"
        "(edit Gazetteers/tools/gen_countries.py or Gazetteers/tools/demonyms.tsv and regenerate:\n"
        " python3 Gazetteers/tools/gen_countries.py)\n"
        "Countries get no 2-letter acronyms; only well-known uppercase abbreviations (US, UK, UAE, DRC, ...).\n"
        "Note: bare \"Congo\" is the Republic of the Congo (CG), as in ISO 3166-1; the DRC is CD.\n"
        "sovereign: the state a dependent territory belongs to (New Caledonia: FR), from ISO 3166-2 and a hand table."
    )
    write_file(OUT, header, "Country", out)
    print(f"wrote {os.path.normpath(OUT)}: {len(out)} entries; dropped {len(dropped)} ambiguous derived forms",
          file=sys.stderr)
    for d in dropped:
        print("  dropped", d, file=sys.stderr)


if __name__ == "__main__":
    main()
