#!/usr/bin/env python3
"""Generate Gazetteers/vocab/currencies.yaml from the Unicode CLDR data that PyPI `babel` ships, plus hand tables.

Inputs:
  CLDR (babel)                                  the currencies in use (legal tender in some territory today), their
                                                English and French names, singular and plural, their symbols in
                                                English and French and in the locales of the territories that use
                                                them ("RM" in Malaysia, "Rs" in Pakistan), and their minor units
  /usr/share/iso-codes/json/iso_4217.json       only the ISO 4217 numeric code (attribute `numeric`), when installed
  HAND below                                    common news forms CLDR lacks, and which reading of a shared word wins
  currency_local.tsv (beside this script)       local abbreviations and slang CLDR lacks ("DH", "LE", "FCFA",
                                                "bucks", "quid"), each with the countries where it is used

One entry per currency code (id currency-<CODE>); the ISO code is a case-sensitive acronym (acronyms.any). Words
that could name several currencies are attached to the most common reading in world news and say so in the output
comments (dollar -> USD, pound -> GBP, dirham -> MAD, riyal -> SAR, rupee -> INR, lira -> TRY, CFA franc -> XOF; the
plain words currency_local.tsv lists for several countries are shared entries, as the symbols below: "5 billion rupees"
in an article about Pakistan is PKR);
"dinar", "rial" and "peso" stay unattached (entries currency-dinar, currency-rial, currency-peso with a candidates
list and by_country pairs: a document about Tunisia reads "dinars" as TND), and so does "franc" (currency-franc). EXTRA adds bitcoin and the historical codes older reports quote.

A symbol that several currencies use ("$", "£", "Rs", "DH", "FCFA") is an entry of its own (currency-symbol-…) with
its default reading as `code` and `by_country`: "CC:CODE" pairs, the reading in documents about that country
(CLDR's territories of each currency that uses the symbol, and the countries of currency_local.tsv). The money
rules resolve it with country_currency(c.code, c.by_country): "$" stays USD unless the document is about Canada,
Australia, ... (see docs/facts.md, Money).
Usage: pip install babel; python3 Gazetteers/tools/gen_currencies.py
"""
import datetime
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gazyaml import dedupe, norm_key, write_file  # noqa: E402

ISO_JSON = "/usr/share/iso-codes/json/iso_4217.json"
LOCAL = os.path.join(HERE, "currency_local.tsv")
OUT = os.path.join(HERE, "..", "vocab", "currencies.yaml")
# Currencies in use on this day (a fixed day keeps the output reproducible; move it forward when regenerating).
IN_USE_ON = datetime.date(2026, 1, 1)

SKIP = {
    "XAG", "XAU", "XPD", "XPT",  # precious metals ("Or"/"Argent" are French words)
    "XBA", "XBB", "XBC", "XBD", "XTS", "XXX", "XSU", "XUA",  # bond units, test, no currency
    "BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "UYI", "UYW",  # funds / accounting units
}
# iso-codes names that are ordinary words (or too ambiguous) on their own; qualified forms are in HAND.
STOP_EN = {"Won", "Sol", "Dong", "Real", "Kip", "Leone", "Gourde", "Dram"}
STOP_FR = {"Gourde", "Sol", "Dong", "Leone", "Kip", "Won", "Real", "Or", "Argent"}
# Bare currency nouns that are ordinary words (or too ambiguous) on their own; the qualified names stay.
STOP_NOUNS = {"won", "sol", "soles", "dong", "real", "reals", "kip", "leone", "leones", "gourde", "gourdes", "dram", "drams",
              "mark", "marks", "sum", "som", "soms", "lev", "leva", "leu", "lei", "pula", "kina", "tala", "vatu", "loti",
              "balboa", "dobra", "lari", "new", "nouveau", "rial", "rials", "dollar", "dollars", "pound", "pounds", "livre",
              "livres", "franc", "francs", "peso", "pesos", "dinar", "dinars", "shilling", "shillings", "rupee", "rupees",
              "roupie", "roupies", "krona", "kronor", "krone", "kroner", "couronne", "couronnes", "manat", "manats",
              "kwacha", "kwachas", "escudo", "escudos", "riyal", "riyals", "dirham", "dirhams", "ruble", "rubles",
              "rouble", "roubles", "lira", "liras", "livre", "florin", "florins", "guilder", "guilders", "birr", "cedi"}
STOP_SYMBOLS = {"Le", "Ar", "den", "Db", "Nu.", "Bs", "Gs.", "So", "Sh"}
# Codes that are also common upper-case words ("ALL 5 solutions", "TOP 10", "WORLD CUP"): not listed as forms.
WORD_CODES = {"ALL", "TOP", "CUP"}
# Currencies a shared symbol is never read as from a document's countries, whose countries read it as its default:
# "$" for the pesos of Latin America (CLDR gives them "$"). In English and French news "$" beside Mexico, Chile,
# Colombia, Argentina, Uruguay or Cuba is the US dollar (and beside Chile and Canada it stays USD: two readings) ("Trade between Mexico and China reached $100 billion", "Chile's exports to Korea totalled $6 billion": their
# customs report in dollars); their press writes pesos as words or codes ("90 billion pesos", "MXN 1.2 trillion").
NOT_READ_BY_COUNTRY = {"$": {"ARS", "CLP", "COP", "CUP", "MXN", "UYU"}}
# Codes whose iso-codes names are shared with another code; the names go to the code in use.
NAMES_ONLY_ON = {"VED": "VES", "SLL": "SLE"}

ZERO = {"BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF"}
THREE = {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"}

# code: dict(en=[...], fr=[...], any=[...], acr=[...] (any language), acr_en, acr_fr, comment)
HAND = {
    "USD": dict(en=["US dollar", "US dollars", "U.S. dollar", "U.S. dollars", "American dollar",
                    "American dollars", "greenback", "greenbacks"],
                fr=["dollar américain", "dollars américains", "dollar US", "dollars US",
                    "dollar des États-Unis", "dollars des États-Unis", "$ US", "$US"],
                any=["USD", "US$", "USD$", "U.S.$"], acr=["USD", "US$", "$"],
                comment="$ is attached to USD, the most common reading in world news; plain dollar(s): currency-word-dollar"),
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
    "CNY": dict(any=["yuan", "yuans", "renminbi", "renminbis", "RMB", "CNY"], en=["Chinese yuan"], fr=["yuan chinois", "yuans chinois"],
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

# Plain "dollar(s)" is USD, as in world news, except in a text written in a country whose own currency is a dollar
# (a Canadian release's "56 milliards de dollars" is CAD): `by_home` pairs, the CLDR territories of every currency
# called a dollar, read by country_currency(home:, home_pairs:) with the country of the text's dateline. The
# countries a sentence names do not change it ("trade between Russia and Canada reached 5 billion dollars" is USD).
HOME_WORDS = [
    dict(id="currency-word-dollar", name="dollar", names={"en": ["dollar", "dollars"], "fr": ["dollar", "dollars"]},
         attributes={"code": "USD", "minor_unit": 2, "home_name": "Dollar"},
         comment="plain dollar(s) is USD unless the text was written in a country whose currency is a dollar"),
]

PLURAL_EN = {"Dollar", "Pound", "Franc", "Peso", "Rupee", "Dinar", "Rial", "Riyal", "Shilling", "Dirham", "Ruble",
             "Florin", "Guilder", "Escudo", "Kwacha", "Manat", "Mark", "Krona", "Krone", "Koruna", "Real"}
PLURAL_FR = {"Dollar": "Dollars", "Livre": "Livres", "Franc": "Francs", "Peso": "Pesos", "Roupie": "Roupies", "Dinar": "Dinars",
             "Rial": "Rials", "Riyal": "Riyals", "Shilling": "Shillings", "Dirham": "Dirhams", "Rouble": "Roubles",
             "Couronne": "Couronnes", "Florin": "Florins", "Escudo": "Escudos", "Kwacha": "Kwachas", "Manat": "Manats",
             "Leu": "Lei", "Lev": "Leva", "Peso": "Pesos"}


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


def read_local():
    """currency_local.tsv: form, kind (acronym or name), language (en, fr, any), code, countries, comment."""
    rows = []
    with open(LOCAL, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 6 or fields[1] not in ("acronym", "name") or fields[2] not in ("en", "fr", "any"):
                sys.exit(f"{LOCAL}:{number}: expected form, acronym|name, en|fr|any, code, countries, # comment")
            form, kind, lang, code, countries, comment = fields[:6]
            if not comment.startswith("#"):
                sys.exit(f"{LOCAL}:{number}: the last column is a comment saying where the form is used")
            rows.append(dict(form=form, kind=kind, lang=lang, code=code, countries=[c for c in countries.split(",") if c]))
    return rows


def clean_symbol(symbol):
    """A CLDR symbol usable as a form: Latin letters, digits, dots and currency signs, at most 5 characters."""
    symbol = symbol.replace("\u200f", "").replace("\u200e", "").strip()
    # One letter ("M", "K", "L") is a scale, an initial or a size far more often than a currency; a few symbols are
    # English or French words ("Le 29" is a date in French, not 29 Sierra Leone leones).
    if not symbol or len(symbol) > 5 or (len(symbol) == 1 and symbol.isalpha()) or symbol in STOP_SYMBOLS:
        return None
    if not all(c.isascii() and (c.isalnum() or c in ".$") or unicodedata.category(c) == "Sc" for c in symbol):
        return None
    return symbol


def main():
    try:
        import babel
        from babel import Locale
        from babel.core import get_global
        from babel.localedata import locale_identifiers
        from babel.numbers import get_currency_precision, get_territory_currencies
    except ImportError:
        sys.exit("needs babel (the CLDR data): pip install babel")
    en, fr = Locale("en"), Locale("fr")
    territories = {}
    for territory in get_global("territory_currencies"):
        for code in get_territory_currencies(territory, IN_USE_ON, tender=True):
            territories.setdefault(code, []).append(territory)
    # Units that are no territory's tender but that news quote (the IMF's SDR): HAND names them.
    for code in HAND:
        if code not in territories and code in en.currencies:
            territories[code] = []
    numeric, iso_names = {}, {}
    if os.path.exists(ISO_JSON):
        for c in json.load(open(ISO_JSON, encoding="utf-8"))["4217"]:
            numeric[c["alpha_3"]] = c["numeric"]
            iso_names[c["alpha_3"]] = c["name"]
    locales_of = {}
    for identifier in locale_identifiers():
        parts = identifier.split("_")
        if len(parts) >= 2 and parts[-1].isupper() and len(parts[-1]) == 2:
            locales_of.setdefault(parts[-1], []).append(identifier)

    entries = {}
    symbol_owners = {}  # symbol -> {code: set(countries)}
    for code in sorted(territories):
        if code in SKIP:
            continue
        h = HAND.get(code, {})
        en_forms, fr_forms = [], []
        for locale, forms in ((en, en_forms), (fr, fr_forms)):
            for form in [locale.currencies.get(code)] + list((locale._data["currency_names_plural"].get(code) or {}).values()):  # noqa: SLF001
                if form and form != code:
                    forms.extend(variants(form))
                    # The bare noun of a qualified name ("Hungarian forint" -> forint, "forint hongrois" -> forint),
                    # unless it is an ordinary word; a noun two currencies share is dropped below.
                    words = re.sub(r"\s*\([^)]*\)", "", form).split()
                    if len(words) == 2:
                        noun = words[-1] if locale is en else words[0]
                        if noun.lower() not in STOP_NOUNS:
                            forms.append(noun)
        # ISO 4217's English name, where it differs from CLDR's ("Sri Lanka Rupee", "Rial Omani").
        if code in iso_names and iso_names[code] not in STOP_EN:
            for form in variants(iso_names[code]):
                en_forms += [form] + plural_en(form)
        symbols = []
        for locale in (en, fr):
            symbol = clean_symbol(locale.currency_symbols.get(code, code))
            if symbol and symbol != code:
                symbols.append(symbol)
        for territory in territories[code]:
            for identifier in locales_of.get(territory, []):
                symbol = clean_symbol(Locale.parse(identifier).currency_symbols.get(code, code))
                if symbol and symbol != code and not symbol.isdigit():
                    symbols.append(symbol)
                    symbol_owners.setdefault(symbol, {}).setdefault(code, set()).add(territory)
        for symbol in symbols:
            symbol_owners.setdefault(symbol, {}).setdefault(code, set())
        entries[code] = dict(
            id=f"currency-{code}", name=en.currencies.get(code, code),
            names={"en": dedupe(h.get("en", []) + en_forms), "fr": dedupe(h.get("fr", []) + fr_forms), "any": h.get("any", [])},
            acronyms={"any": dedupe(([] if code in WORD_CODES else [code]) + h.get("acr", []) + symbols, case_sensitive=True),
                      "en": h.get("acr_en", []), "fr": h.get("acr_fr", [])},
            attributes=dict({"code": code}, **({"numeric": numeric[code]} if code in numeric else {}),
                            minor_unit=get_currency_precision(code)),
            comment=h.get("comment"))
    for code in HAND:
        if code not in entries and code not in SKIP:
            print(f"  HAND code {code} is not a currency in use in CLDR: left out", file=sys.stderr)
            continue
        # A symbol HAND gives shares the reading by country with the CLDR currencies using it ("C$": CAD, NIO).
        for symbol in HAND[code].get("acr", []):
            if symbol != code and code in entries:
                symbol_owners.setdefault(symbol, {}).setdefault(code, set()).update(territories.get(code, []))

    # Local abbreviations and slang (currency_local.tsv). A form given for one code is a form of that code; a form
    # given for several is a symbol entry of its own, read by the document's countries.
    local = read_local()
    local_by_form = {}
    for row in local:
        local_by_form.setdefault(row["form"], []).append(row)
    symbol_entries = []
    local_default = {}
    for form, rows in local_by_form.items():
        codes = {row["code"] for row in rows} | set(symbol_owners.get(form, {}))
        if len(codes) == 1:
            for row in rows:  # one row per language ("birr" en and fr)
                group = "acronyms" if row["kind"] == "acronym" else "names"
                entries[row["code"]][group][row["lang"]] = dedupe(entries[row["code"]][group][row["lang"]] + [form], case_sensitive=group == "acronyms")
            continue
        local_default[form] = (rows[0]["code"], rows[0])
        for row in rows:
            symbol_owners.setdefault(form, {}).setdefault(row["code"], set()).update(row["countries"])

    # A form several currencies use (CLDR symbols, local forms) stays only where HAND or the local file gives its
    # default reading, as an entry read by the document's countries.
    hand_symbols = {s: code for code, h in HAND.items() for s in h.get("acr", [])}
    dropped = []
    for symbol, owners in sorted(symbol_owners.items()):
        if len(owners) < 2:
            continue
        default, row = local_default.get(symbol, (hand_symbols.get(symbol), dict(kind="acronym", lang="any")))
        moved = []  # the groups the default reading listed the symbol in ("C$" is also a name: "c $ 16.4 million")
        for code in owners:
            for group in ("acronyms", "names"):
                for lang in ("en", "fr", "any"):
                    if symbol in entries[code][group][lang] and code == default:
                        moved.append((group, lang))
                    entries[code][group][lang] = [a for a in entries[code][group][lang] if a != symbol]
        if default:
            pairs = [(t, default if code in NOT_READ_BY_COUNTRY.get(symbol, ()) else code)
                     for code in sorted(owners, key=lambda c: (c != default, c)) for t in sorted(owners[code])]
            entry = symbol_entry(symbol, default, pairs, row)
            # A local form listed in several languages ("kwacha" en and fr) is a form of each.
            for other in local_by_form.get(symbol, []):
                group = "acronyms" if other["kind"] == "acronym" else "names"
                forms = entry.setdefault(group, {}).setdefault(other["lang"], [])
                if symbol not in forms:
                    forms.append(symbol)
            for group, lang in moved:
                entry.setdefault(group, {}).setdefault(lang, [])
                if symbol not in entry[group][lang]:
                    entry[group][lang].append(symbol)
            symbol_entries.append(entry)
        else:
            dropped.append((symbol, sorted(owners)))

    # A case-insensitive name shared by two codes is dropped from both (ambiguous), unless given in HAND.
    owners = {}
    for code, e in entries.items():
        for lang in ("en", "fr", "any"):
            for f in e["names"][lang]:
                owners.setdefault((lang, norm_key(f)), set()).add(code)
    for code, e in entries.items():
        hand = {norm_key(f) for lang in ("en", "fr", "any") for f in HAND.get(code, {}).get(lang, [])}
        for lang in ("en", "fr", "any"):
            keep = []
            for f in e["names"][lang]:
                k = norm_key(f)
                if len(owners[(lang, k)]) > 1 and k not in hand:
                    dropped.append((f, sorted(owners[(lang, k)])))
                    continue
                keep.append(f)
            e["names"][lang] = keep
    symbol_entries.sort(key=lambda e: (e["id"], e["name"]))
    seen_ids = {}
    for entry in symbol_entries:  # "DH" and "Dh", "Rs" and "Rs.": one id each
        count = seen_ids[entry["id"]] = seen_ids.get(entry["id"], 0) + 1
        if count > 1:
            entry["id"] += f"-{count}"
    # An unattached word ("dinar", "rial", "peso", "franc") has no default, but the countries a document is about may
    # still say which one it is ("1,5 milliard de dinars" in an article about Tunisia is TND): `by_country` pairs from
    # CLDR's territories of each candidate, read by country_currency() with a null code.
    for entry in AMBIGUOUS:
        pairs = []
        for code in entry["attributes"]["candidates"]:
            pairs += [f"{territory}:{code}" for territory in sorted(territories.get(code, []))]
        entry["attributes"]["by_country"] = pairs
    for entry in HOME_WORDS:
        name = entry["attributes"].pop("home_name")
        codes = sorted((c for c in territories if c not in SKIP and en.currencies.get(c, "").endswith(" " + name)),
                       key=lambda c: (c != entry["attributes"]["code"], c))
        entry["attributes"]["by_home"] = [f"{territory}:{code}" for code in codes for territory in sorted(territories[code])]
    out = [entries[c] for c in sorted(entries)] + symbol_entries + EXTRA + AMBIGUOUS + HOME_WORDS
    header = (
        f"Currencies in use ({len(entries)} codes), {len(symbol_entries)} symbols shared by several currencies, {len(EXTRA)} more\n"
        f"(bitcoin, historical codes), {len(AMBIGUOUS)} deliberately unattached words (franc, dinar, rial, peso) and plain dollar.\n"
        f"generated by Gazetteers/tools/gen_currencies.py from Unicode CLDR (babel {babel.__version__}), currencies in use on\n"
        f"{IN_USE_ON.isoformat()}, and Gazetteers/tools/currency_local.tsv; do not edit by hand (edit the HAND table or the\n"
        "local file and regenerate: python3 Gazetteers/tools/gen_currencies.py)\n"
        "Codes and symbols are case-sensitive acronyms. Attributes: code (ISO 4217), numeric, minor_unit; shared symbols:\n"
        "by_country, CC:CODE pairs (the reading in a document about that country; country_currency() in the money rules).\n"
        "Ambiguous plain words are attached to the most common reading in world news: dollar(s)/$ -> USD (by_home: the\n"
        "reading in a text written in that country, country_currency(home:)),\n"
        "pound(s)/£ -> GBP, dirham(s)/DH -> MAD, riyal(s) -> SAR, rupee(s)/Rs -> INR, lira -> TRY, yen/¥ -> JPY,\n"
        "CFA franc/franc CFA/FCFA -> XOF; those of them the local file lists for several countries (pound, dirham, riyal,\n"
        "rupee, CFA franc) are shared entries read by the document's countries, as symbols. franc(s), dinar(s), rial(s),\n"
        "peso(s) stay unattached (attribute candidates)."
    )
    write_file(OUT, header, "Currency", out)
    print(f"wrote {os.path.normpath(OUT)}: {len(out)} entries", file=sys.stderr)
    for d in dropped:
        print("  dropped shared form", d, file=sys.stderr)


def minor_unit(code):
    from babel.numbers import get_currency_precision
    return get_currency_precision(code)


def symbol_entry(form, default, pairs, row):
    """An entry for a form several currencies use: `code` its default reading, `by_country` the reading by country."""
    seen, by_country = set(), []
    for country, code in pairs:
        if country not in seen:
            seen.add(country)
            by_country.append(f"{country}:{code}")
    slug = "-".join(c.lower() if c.isascii() and c.isalnum() else unicodedata.name(c, "sign").lower().replace(" ", "-")
                    for c in form if not c.isspace() and c != ".")
    slug = re.sub(r"(?<=[a-z0-9])-(?=[a-z0-9](?:-|$))", "", slug)  # "r-s" -> "rs", letters stay together
    group = "acronyms" if row["kind"] == "acronym" else "names"
    return {"id": f"currency-symbol-{slug}", "name": form, group: {row["lang"]: [form]},
            "attributes": {"code": default, "by_country": by_country, "minor_unit": minor_unit(default), "shared": True},
            "comment": f"{form} is read as {default} unless the document's countries say otherwise"}


if __name__ == "__main__":
    main()
