#!/usr/bin/env python3
"""Generate Gazetteers/vocab/currencies.yaml from Debian iso-codes (ISO 4217) plus a hand table.

Inputs:
  /usr/share/iso-codes/json/iso_4217.json      codes and English names
  gettext domain iso_4217 (locale fr)          French names
  HAND below                                   common news forms, symbols and minor units

One entry per currency code (id currency-<CODE>); the ISO code is a case-sensitive acronym
(acronyms.any). Precious metals, bond units, fund codes and test codes are left out.
Words that could name several currencies are attached to the most common reading in world
news and say so in the output comments (dollar -> USD, pound -> GBP, dirham -> MAD, riyal -> SAR,
rupee -> INR, lira -> TRY, CFA franc -> XOF, yen/¥ -> JPY, $ -> USD); "dinar", "rial" and "peso"
stay unattached (entries currency-dinar, currency-rial, currency-peso with a candidates list), and so
does "franc" (currency-franc). EXTRA adds bitcoin and the historical codes older reports quote.
Usage: python3 Gazetteers/tools/gen_currencies.py
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

ISO_JSON = "/usr/share/iso-codes/json/iso_4217.json"
OUT = os.path.join(HERE, "..", "vocab", "currencies.yaml")

SKIP = {
    "XAG", "XAU", "XPD", "XPT",  # precious metals ("Or"/"Argent" are French words)
    "XBA", "XBB", "XBC", "XBD", "XTS", "XXX", "XSU", "XUA",  # bond units, test, no currency
    "BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "UYI", "UYW",  # funds / accounting units
}
# iso-codes names that are ordinary words (or too ambiguous) on their own; qualified forms are in HAND.
STOP_EN = {"Won", "Sol", "Dong", "Real", "Kip", "Leone", "Gourde", "Dram"}
STOP_FR = {"Gourde", "Sol", "Dong", "Leone", "Kip", "Won", "Real", "Or", "Argent"}
# Codes that are also common upper-case words ("ALL 5 solutions", "TOP 10", "WORLD CUP"): not listed as forms.
WORD_CODES = {"ALL", "TOP", "CUP"}
# Codes whose iso-codes names are shared with another code; the names go to the code in use.
NAMES_ONLY_ON = {"VED": "VES", "SLL": "SLE"}

ZERO = {"BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF"}
THREE = {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"}

# code: dict(en=[...], fr=[...], any=[...], acr=[...] (any language), acr_en, acr_fr, comment)
HAND = {
    "USD": dict(en=["dollar", "dollars", "US dollar", "US dollars", "U.S. dollar", "U.S. dollars", "American dollar",
                    "American dollars", "greenback", "greenbacks"],
                fr=["dollar", "dollars", "dollar américain", "dollars américains", "dollar US", "dollars US",
                    "dollar des États-Unis", "dollars des États-Unis", "$ US", "$US"],
                any=["USD", "US$", "USD$", "U.S.$"], acr=["USD", "US$", "$"],
                comment="plain dollar(s) and $ are attached to USD, the most common reading in world news"),
    "EUR": dict(any=["euro", "euros", "EUR"], acr=["EUR", "€"]),
    "MAD": dict(en=["dirham", "dirhams", "Moroccan dirham", "Moroccan dirhams"],
                fr=["dirham", "dirhams", "dirham marocain", "dirhams marocains"],
                acr=["MAD", "DH", "Dh", "dh", "DHS", "Dhs"],
                comment="plain dirham(s) and DH are attached to MAD (Moroccan dirham); the UAE dirham is AED"),
    "AED": dict(en=["UAE dirham", "UAE dirhams", "Emirati dirham", "Emirati dirhams"],
                fr=["dirham émirati", "dirhams émiratis", "dirham des Émirats"], acr=["AED"]),
    "KZT": dict(any=["tenge", "tenges"], en=["Kazakh tenge", "Kazakhstani tenge"], fr=["tenge kazakh", "tenges kazakhs"],
                acr=["KZT", "₸"]),
    "JPY": dict(any=["yen", "yens"], en=["Japanese yen"], fr=["yen japonais", "yens japonais"], acr=["JPY", "¥", "円"],
                comment="¥ is attached to JPY (also used for the yuan)"),
    "CNY": dict(any=["yuan", "yuans", "renminbi", "RMB", "CNY"], en=["Chinese yuan"], fr=["yuan chinois", "yuans chinois"],
                acr=["CNY", "RMB", "元"]),
    "GBP": dict(en=["pound", "pounds", "pound sterling", "pounds sterling", "sterling", "British pound", "British pounds"],
                fr=["livre sterling", "livres sterling", "livre britannique", "livres britanniques"], acr=["GBP", "£"], any=["GBP"],
                comment="plain pound(s) is attached to GBP"),
    "RUB": dict(en=["ruble", "rubles", "rouble", "roubles", "Russian ruble", "Russian rubles", "Russian rouble", "Russian roubles"],
                fr=["rouble", "roubles", "rouble russe", "roubles russes"], acr=["RUB", "₽"]),
    "XOF": dict(en=["CFA franc", "CFA francs", "West African CFA franc", "West African CFA francs"],
                fr=["franc CFA", "francs CFA", "franc CFA BCEAO", "francs CFA BCEAO", "franc CFA ouest-africain"],
                acr=["XOF", "FCFA"],
                comment="plain CFA franc / franc CFA / FCFA are attached to XOF (BCEAO, West Africa); BEAC is XAF"),
    "XAF": dict(en=["Central African CFA franc", "Central African CFA francs"],
                fr=["franc CFA BEAC", "francs CFA BEAC", "franc CFA d'Afrique centrale"], acr=["XAF"]),
    "INR": dict(en=["rupee", "rupees", "Indian rupee", "Indian rupees"], fr=["roupie", "roupies", "roupie indienne", "roupies indiennes"],
                acr=["INR", "₹"], comment="plain rupee(s) is attached to INR"),
    "SAR": dict(en=["riyal", "riyals", "Saudi riyal", "Saudi riyals"], fr=["riyal", "riyals", "riyal saoudien", "riyals saoudiens"],
                acr=["SAR"], comment="plain riyal(s) is attached to SAR"),
    "QAR": dict(en=["Qatari riyal", "Qatari riyals"], fr=["riyal qatari"]),
    "KRW": dict(en=["South Korean won", "Korean won"], fr=["won sud-coréen", "wons sud-coréens"], acr=["KRW", "₩"]),
    "KPW": dict(fr=["won nord-coréen"]),
    "TRY": dict(en=["lira", "liras", "Turkish lira", "Turkish liras"], fr=["livre turque", "livres turques"], acr=["TRY", "₺"],
                comment="plain lira is attached to TRY"),
    "BRL": dict(en=["Brazilian real", "Brazilian reais", "reais"], fr=["réal brésilien", "réals brésiliens", "réais"], acr=["BRL", "R$"]),
    "ZAR": dict(en=["rand", "rands", "South African rand"], fr=["rand", "rands", "rand sud-africain"], acr=["ZAR"]),
    "CAD": dict(en=["Canadian dollar", "Canadian dollars"], fr=["dollar canadien", "dollars canadiens", "$ CA", "$ C", "$CAD", "$ CAN"],
                any=["C$", "CA$", "CAD$", "Can$"], acr=["CAD", "C$", "CA$"]),
    "AUD": dict(en=["Australian dollar", "Australian dollars"], fr=["dollar australien", "dollars australiens", "$ AU", "$ AUS"],
                any=["AU$", "AUD$"], acr=["AUD", "A$", "AU$"]),
    "HKD": dict(en=["Hong Kong dollar", "Hong Kong dollars"], fr=["dollar de Hong Kong", "dollars de Hong Kong", "$ HK"],
                any=["HK$", "HKD$"], acr=["HKD", "HK$"]),
    "NZD": dict(en=["New Zealand dollar", "New Zealand dollars"], fr=["dollar néo-zélandais", "dollars néo-zélandais", "$ NZ"],
                any=["NZ$", "NZD$"], acr=["NZD"]),
    "SGD": dict(en=["Singapore dollar", "Singapore dollars"], fr=["dollar de Singapour", "dollars de Singapour", "$ SG"],
                any=["SGD$"], acr=["SGD", "S$"]),
    "TWD": dict(acr=["TWD", "NT$"]),
    "CRC": dict(acr=["CRC", "₡"]),
    "GEL": dict(acr=["GEL", "₾"]),
    "LKR": dict(en=["Sri Lankan rupee", "Sri Lankan rupees"], fr=["roupie srilankaise", "roupies srilankaises"], acr=["LKR", "ரூ", "රු"]),
    "PHP": dict(en=["Philippine peso", "Philippine pesos"], fr=["peso philippin", "pesos philippins"], acr=["PHP", "₱"]),
    "AZN": dict(acr=["AZN", "₼"]),
    "MNT": dict(acr=["MNT", "₮"]),
    "PYG": dict(acr=["PYG", "₲"]),
    "GHS": dict(en=["cedi", "cedis", "Ghanaian cedi", "Ghana cedi"], fr=["cedi", "cedis", "cedi ghanéen"], acr=["GHS", "₵"]),
    "CHF": dict(en=["Swiss franc", "Swiss francs"], fr=["franc suisse", "francs suisses"], acr=["CHF"]),
    "DZD": dict(en=["Algerian dinar", "Algerian dinars"], fr=["dinar algérien", "dinars algériens"]),
    "TND": dict(en=["Tunisian dinar", "Tunisian dinars"], fr=["dinar tunisien", "dinars tunisiens"]),
    "EGP": dict(en=["Egyptian pound", "Egyptian pounds"], fr=["livre égyptienne", "livres égyptiennes"]),
    "NGN": dict(any=["naira"], acr=["NGN", "₦"]),
    "VND": dict(en=["Vietnamese dong"], fr=["dong vietnamien", "dongs vietnamiens"], acr=["VND", "₫"]),
    "PEN": dict(en=["Peruvian sol", "Peruvian soles"], fr=["sol péruvien", "sols péruviens"]),
    "SLE": dict(en=["Sierra Leonean leone", "Sierra Leonean leones"], fr=["leone sierra-léonais"]),
    "HTG": dict(en=["Haitian gourde", "Haitian gourdes"], fr=["gourde haïtienne", "gourdes haïtiennes"]),
    "AMD": dict(en=["Armenian dram", "Armenian drams"]),
    "LAK": dict(en=["Lao kip", "Laotian kip"], fr=["kip laotien"], acr=["LAK", "₭"]),
    "UAH": dict(any=["hryvnia", "hryvnias", "hryvnas"], en=["Ukrainian hryvnia"], fr=["hryvnia ukrainienne"], acr=["UAH", "₴"]),
    "ILS": dict(en=["shekel", "shekels", "new shekel", "new shekels", "Israeli shekel", "Israeli shekels"],
                fr=["shekel", "shekels", "nouveau shekel", "nouveaux shekels", "shekel israélien"], acr=["ILS", "NIS", "₪"]),
    "MXN": dict(en=["Mexican peso", "Mexican pesos"], fr=["peso mexicain", "pesos mexicains"], any=["MX$", "MXN$", "Mex$"], acr=["MXN"]),
    "ARS": dict(en=["Argentine peso", "Argentine pesos", "Argentinian peso"], fr=["peso argentin", "pesos argentins"]),
    "IDR": dict(any=["rupiah", "rupiahs"], en=["Indonesian rupiah"], fr=["roupie indonésienne", "roupies indonésiennes"]),
    "PKR": dict(en=["Pakistani rupee", "Pakistani rupees"], fr=["roupie pakistanaise", "roupies pakistanaises"]),
    "XDR": dict(en=["Special Drawing Rights", "special drawing right", "special drawing rights"], fr=["droits de tirage spéciaux"],
                acr_en=["SDR", "SDRs"], acr_fr=["DTS"]),
    "VES": dict(en=["bolívar", "bolívares", "bolivar", "bolivars", "Venezuelan bolivar"], fr=["bolivar vénézuélien", "bolivars"]),
    "KWD": dict(en=["Kuwaiti dinar", "Kuwaiti dinars"], fr=["dinar koweïtien", "dinars koweïtiens"]),
    "IQD": dict(en=["Iraqi dinar", "Iraqi dinars"], fr=["dinar irakien", "dinars irakiens"]),
    "IRR": dict(en=["Iranian rial", "Iranian rials"], fr=["rial iranien", "rials iraniens"]),
}

# Currencies outside today's ISO 4217 list that news still names: bitcoin (no ISO code; BTC by convention) and
# the national currencies the euro replaced (historical codes), which older reports quote.
EXTRA = [
    dict(id="currency-BTC", name="Bitcoin", names={"en": [], "fr": [], "any": ["bitcoin", "bitcoins", "BTC", "XBT"]},
         acronyms={"any": ["BTC", "XBT", "₿"]}, attributes={"code": "BTC", "minor_unit": 8}),
    dict(id="currency-ESP", name="Spanish Peseta", names={"en": ["peseta", "pesetas", "Spanish peseta", "Spanish pesetas"],
         "fr": ["peseta", "pesetas", "peseta espagnole", "pesetas espagnoles"]}, acronyms={"any": ["ESP"]},
         attributes={"code": "ESP", "minor_unit": 0, "historical": True}),
    dict(id="currency-FIM", name="Finnish Markka", names={"en": ["markka", "markkaa", "Finnish markka", "Finnish markkaa", "Finnish mark",
         "Finnish marks"], "fr": ["mark finlandais", "marks finlandais", "markka"]}, acronyms={"any": ["FIM"]},
         attributes={"code": "FIM", "minor_unit": 2, "historical": True}),
    dict(id="currency-NLG", name="Netherlands Guilder", names={"en": ["guilder", "guilders", "Dutch guilder", "Dutch guilders",
         "Netherlands guilder", "Netherlands guilders"], "fr": ["florin néerlandais", "florins néerlandais", "florin hollandais",
         "florins hollandais"]}, acronyms={"any": ["NLG"]}, attributes={"code": "NLG", "minor_unit": 2, "historical": True}),
    dict(id="currency-DEM", name="Deutsche Mark", names={"en": ["Deutsche mark", "Deutsche marks", "Deutschmark", "Deutschmarks",
         "D-mark", "D-marks"], "fr": ["mark allemand", "marks allemands", "deutsche mark", "deutschemark"]},
         acronyms={"any": ["DEM", "DM"]}, attributes={"code": "DEM", "minor_unit": 2, "historical": True}),
    dict(id="currency-FRF", name="French Franc", names={"en": ["French franc", "French francs"], "fr": ["franc français",
         "francs français"]}, acronyms={"any": ["FRF"]}, attributes={"code": "FRF", "minor_unit": 2, "historical": True}),
    dict(id="currency-BEF", name="Belgian Franc", names={"en": ["Belgian franc", "Belgian francs"], "fr": ["franc belge",
         "francs belges"]}, acronyms={"any": ["BEF"]}, attributes={"code": "BEF", "minor_unit": 0, "historical": True}),
    dict(id="currency-ITL", name="Italian Lira", names={"en": ["Italian lira", "Italian lire", "lire"], "fr": ["lire italienne",
         "lires italiennes"]}, acronyms={"any": ["ITL"]}, attributes={"code": "ITL", "minor_unit": 0, "historical": True}),
]

AMBIGUOUS = [
    dict(id="currency-franc", name="franc", names={"en": ["franc", "francs"], "fr": ["franc", "francs"]},
         attributes={"ambiguous": True, "candidates": ["XOF", "XAF", "CHF", "RWF", "BIF", "CDF", "GNF", "DJF", "KMF", "FRF"]}),
    dict(id="currency-dinar", name="dinar", names={"en": ["dinar", "dinars"], "fr": ["dinar", "dinars"]},
         attributes={"ambiguous": True, "candidates": ["DZD", "TND", "LYD", "IQD", "KWD", "BHD", "JOD", "RSD", "MKD"]}),
    dict(id="currency-rial", name="rial", names={"en": ["rial", "rials"], "fr": ["rial", "rials"]},
         attributes={"ambiguous": True, "candidates": ["IRR", "OMR", "YER"]}),
    dict(id="currency-peso", name="peso", names={"en": ["peso", "pesos"], "fr": ["peso", "pesos"]},
         attributes={"ambiguous": True, "candidates": ["MXN", "ARS", "CLP", "COP", "PHP", "CUP", "DOP", "UYU"]}),
]

PLURAL_EN = {"Dollar", "Pound", "Franc", "Peso", "Rupee", "Dinar", "Rial", "Riyal", "Shilling", "Dirham", "Ruble",
             "Florin", "Guilder", "Escudo", "Kwacha", "Manat", "Mark", "Krona", "Krone", "Koruna", "Real"}
PLURAL_FR = {"Dollar": "Dollars", "Livre": "Livres", "Franc": "Francs", "Peso": "Pesos", "Roupie": "Roupies", "Dinar": "Dinars",
             "Rial": "Rials", "Riyal": "Riyals", "Shilling": "Shillings", "Dirham": "Dirhams", "Rouble": "Roubles",
             "Couronne": "Couronnes", "Florin": "Florins", "Escudo": "Escudos", "Kwacha": "Kwachas", "Manat": "Manats",
             "Leu": "Lei", "Lev": "Leva", "Peso": "Pesos"}


def iso_codes_version():
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "iso-codes"], capture_output=True, text=True)
        return out.stdout.strip() or "unknown"
    except OSError:
        return "unknown"


def variants(form):
    """The iso-codes form, without its parenthesised qualifier, and with the qualifier unbracketed."""
    out = [form]
    if "(" in form:
        out.append(re.sub(r"\s+", " ", re.sub(r"\s*\([^)]*\)", "", form)).strip())
        out.append(re.sub(r"\s+", " ", form.replace("(", " ").replace(")", " ")).strip())
    return out


def plural_en(form):
    words = form.split()
    if words and words[-1] in PLURAL_EN:
        return [" ".join(words[:-1] + [words[-1] + "s"])]
    return []


def plural_fr(form):
    words = form.split()
    if not words or words[0] not in PLURAL_FR:
        return []
    out = [PLURAL_FR[words[0]]]
    rest = words[1:]
    if rest and rest[0][:1].islower() and rest[0] not in ("de", "du", "des", "d'", "nouveau") and not rest[0].startswith("d'"):
        adj = rest[0]
        if not adj.endswith(("s", "x")):
            adj += "s"
        out.append(adj)
        rest = rest[1:]
    return [" ".join(out + rest)]


def main():
    data = json.load(open(ISO_JSON, encoding="utf-8"))["4217"]
    tr = gettext.translation("iso_4217", "/usr/share/locale", ["fr"])
    entries = {}
    for c in data:
        code = c["alpha_3"]
        if code in SKIP:
            continue
        h = HAND.get(code, {})
        en, fr = [], []
        if code not in NAMES_ONLY_ON:
            for f in variants(c["name"]):
                if f not in STOP_EN:
                    en += [f] + plural_en(f)
            if c["name"] in tr._catalog:  # noqa: SLF001 - only real translations
                for f in variants(tr.gettext(c["name"])):
                    if f not in STOP_FR:
                        fr += [f] + plural_fr(f)
        en = dedupe(h.get("en", []) + en)
        fr = dedupe(h.get("fr", []) + fr)
        attrs = {"code": code, "numeric": c["numeric"], "minor_unit": 0 if code in ZERO else 3 if code in THREE else 2}
        entries[code] = dict(
            id=f"currency-{code}", name=c["name"],
            names={"en": en, "fr": fr, "any": h.get("any", [])},
            acronyms={"any": dedupe(([] if code in WORD_CODES else [code]) + h.get("acr", []), case_sensitive=True),
                      "en": h.get("acr_en", []), "fr": h.get("acr_fr", [])},
            attributes=attrs, comment=h.get("comment"))
    # A case-insensitive form shared by two codes is dropped from both (ambiguous), unless given in HAND.
    owners = {}
    for code, e in entries.items():
        for lang in ("en", "fr", "any"):
            for f in e["names"][lang]:
                owners.setdefault((lang, norm_key(f)), set()).add(code)
    dropped = []
    for code, e in entries.items():
        hand = {norm_key(f) for lang in ("en", "fr", "any") for f in HAND.get(code, {}).get(lang, [])}
        for lang in ("en", "fr", "any"):
            keep = []
            for f in e["names"][lang]:
                k = norm_key(f)
                if len(owners[(lang, k)]) > 1 and k not in hand:
                    dropped.append((code, lang, f))
                    continue
                keep.append(f)
            e["names"][lang] = keep
    out = [entries[c] for c in sorted(entries)] + EXTRA + AMBIGUOUS
    header = (
        f"Currencies (ISO 4217, {len(entries)} codes), {len(EXTRA)} more (bitcoin, historical codes) and {len(AMBIGUOUS)} deliberately\n"
        "unattached words (franc, dinar, rial, peso).\n"
        f"generated by Gazetteers/tools/gen_currencies.py from Debian iso-codes {iso_codes_version()}; do not edit by hand\n"
        "(edit the HAND table in the script and regenerate: python3 Gazetteers/tools/gen_currencies.py)\n"
        "Codes and symbols are case-sensitive acronyms. Attributes: code (ISO 4217), numeric, minor_unit.\n"
        "Ambiguous plain words are attached to the most common reading in world news: dollar(s)/$ -> USD,\n"
        "pound(s) -> GBP, dirham(s)/DH -> MAD, riyal(s) -> SAR, rupee(s) -> INR, lira -> TRY, yen/¥ -> JPY,\n"
        "CFA franc/franc CFA/FCFA -> XOF. franc(s), dinar(s), rial(s), peso(s) stay unattached (attribute candidates)."
    )
    write_file(OUT, header, "Currency", out)
    print(f"wrote {os.path.normpath(OUT)}: {len(out)} entries", file=sys.stderr)
    for d in dropped:
        print("  dropped shared form", d, file=sys.stderr)


if __name__ == "__main__":
    main()
