"""money28: amounts of money as news writes them, English and French (session 28, money28).

Every row is one amount form (a currency symbol, code or name, EN or FR, singular/plural) with a scale word
(thousand … trillion, m/mn/M/bn/b/tn, crore, lakh, millier(s)/million(s)/milliard(s), Md/Mds/Mrd, k€/M€/Md€) and a
number format (1,234.5 / 1.234,5 / 1 234,5 with a space, a no-break space U+00A0 or a narrow one U+202F /
1.5bn / words). Each form is put in a money context (a loan of, worth, valued at, some, nearly, more than,
près de, plus de, environ …) and, one row in three, in a trade figure sentence ("Bilateral trade between X and Y
reached … in 2023", « Les échanges … ont atteint … en 2023 »); near misses (a phone number, a year, "the 2 million
people", a percentage, a share price, which is money but no trade figure) must give no fact or only the
planned one. Gold: Money {amount, currency[, end]} on the amount's text, TradeFigure in the dev set's format on
the sentence. Writes docs/, index.jsonl, gold.jsonl (`glean eval gold.jsonl --types Money,TradeFigure`) and one
fixture per document that holds (HOLDS, from a run of the pack: python3 make.py --check).
Run from anywhere: python3 make.py [--check] [--all DIR]; PACK=DIR scores another checkout's Rules/ and Gazetteers/."""
import json, os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import matrixlib

REF = "2025-03-10"
NB, NN = "\u00a0", "\u202f"   # no-break space, narrow no-break space (French thousands)
B, M, T = 10**9, 10**6, 10**12

# (text, amount, currency or None, trade pair or None). Trade pair: (EN subject, FR subject) whose countries
# do not change the currency's reading.
KE_IN = ("Bilateral trade between Kenya and India", "Les échanges commerciaux entre le Kenya et l'Inde")
def P(en, fr): return (en, fr)
PAIR = {
    "USD": P("Bilateral trade between Kenya and India", "Les échanges commerciaux entre le Kenya et l'Inde"),
    "EUR": P("Trade between Germany and Morocco", "Les échanges entre l'Allemagne et le Maroc"),
    "GBP": P("Trade between Britain and Ireland", "Le commerce entre le Royaume-Uni et l'Irlande"),
    "JPY": P("Trade between Japan and Thailand", "Les échanges entre le Japon et la Thaïlande"),
    "CNY": P("Trade between China and Russia", "Les échanges entre la Chine et la Russie"),
    "INR": P("Bilateral trade between India and Nepal", "Les échanges entre l'Inde et le Népal"),
    "NGN": P("Trade between Nigeria and Ghana", "Les échanges entre le Nigeria et le Ghana"),
    "ZAR": P("Trade between South Africa and Botswana", "Les échanges entre l'Afrique du Sud et le Botswana"),
    "KES": P("Trade between Kenya and Uganda", "Les échanges entre le Kenya et l'Ouganda"),
    "XOF": P("Trade between Senegal and Mali", "Les échanges entre le Sénégal et le Mali"),
    "XAF": P("Trade between Cameroon and Gabon", "Les échanges entre le Cameroun et le Gabon"),
    "MAD": P("Trade between Morocco and Spain", "Les échanges entre le Maroc et l'Espagne"),
    "AED": P("Trade between the UAE and India", "Les échanges entre les Émirats arabes unis et l'Inde"),
    "SAR": P("Trade between Saudi Arabia and Egypt", "Les échanges entre l'Arabie saoudite et l'Égypte"),
    "QAR": P("Trade between Qatar and Turkey", "Les échanges entre le Qatar et la Turquie"),
    "EGP": P("Trade between Egypt and Sudan", "Les échanges entre l'Égypte et le Soudan"),
    "TRY": P("Trade between Turkey and Iraq", "Les échanges entre la Turquie et l'Irak"),
    "RUB": P("Trade between Russia and Belarus", "Les échanges entre la Russie et la Biélorussie"),
    "BRL": P("Trade between Brazil and Argentina", "Les échanges entre le Brésil et l'Argentine"),
    "MXN": P("Trade between Mexico and Guatemala", "Les échanges entre le Mexique et le Guatemala"),
    "IDR": P("Trade between Indonesia and Malaysia", "Les échanges entre l'Indonésie et la Malaisie"),
    "PHP": P("Trade between the Philippines and Vietnam", "Les échanges entre les Philippines et le Vietnam"),
    "VND": P("Trade between Vietnam and Laos", "Les échanges entre le Vietnam et le Laos"),
    "KRW": P("Trade between South Korea and Japan", "Les échanges entre la Corée du Sud et le Japon"),
    "ILS": P("Trade between Israel and Cyprus", "Les échanges entre Israël et Chypre"),
    "AUD": P("Two-way trade between Australia and Indonesia", "Les échanges entre l'Australie et l'Indonésie"),
    "CAD": P("Trade between Canada and Mexico", "Les échanges entre le Canada et le Mexique"),
    "HKD": P("Trade between Hong Kong and Vietnam", "Les échanges entre Hong Kong et le Vietnam"),
    "SGD": P("Trade between Singapore and Indonesia", "Les échanges entre Singapour et l'Indonésie"),
    "NZD": P("Two-way trade between New Zealand and China", "Les échanges entre la Nouvelle-Zélande et la Chine"),
    "ZMW": P("Trade between Zambia and Tanzania", "Les échanges entre la Zambie et la Tanzanie"),
    "GHS": P("Trade between Ghana and Togo", "Les échanges entre le Ghana et le Togo"),
    "ETB": P("Trade between Ethiopia and Djibouti", "Les échanges entre l'Éthiopie et Djibouti"),
    None: P("Trade between Tunisia and Libya", "Les échanges entre la Tunisie et la Libye"),
}
EN = [  # text, amount, currency, end
    ("$4.5 billion", 4.5*B, "USD"), ("US$ 4.5bn", 4.5*B, "USD"), ("US$1,234.5 million", 1234.5*M, "USD"),
    ("$1.5bn", 1.5*B, "USD"), ("$750m", 750*M, "USD"), ("$750mn", 750*M, "USD"), ("$3.2M", 3.2*M, "USD"),
    ("$2b", 2*B, "USD"), ("$1.2 trillion", 1.2*T, "USD"), ("$1.2tn", 1.2*T, "USD"), ("$450,000", 450000, "USD"),
    ("$250 thousand", 250000, "USD"), ("$12k", 12000, "USD"),
    ("A$2.3bn", 2.3*B, "AUD"), ("C$750 million", 750*M, "CAD"), ("HK$12 billion", 12*B, "HKD"),
    ("S$3.2 billion", 3.2*B, "SGD"), ("NZ$1.1 billion", 1.1*B, "NZD"), ("R$15 billion", 15*B, "BRL"),
    ("€2.5 billion", 2.5*B, "EUR"), ("€300m", 300*M, "EUR"), ("€1.2bn", 1.2*B, "EUR"), ("£40m", 40*M, "GBP"),
    ("£2.1bn", 2.1*B, "GBP"), ("¥300 billion", 300*B, "JPY"), ("₹5,000 crore", 50*B, "INR"),
    ("₹50 lakh", 5*M, "INR"), ("₦2.5 trillion", 2.5*T, "NGN"), ("₩1.2 trillion", 1.2*T, "KRW"),
    ("₺50 billion", 50*B, "TRY"), ("₽300 billion", 300*B, "RUB"), ("₱20 billion", 20*B, "PHP"),
    ("₫500 billion", 500*B, "VND"), ("₪3 billion", 3*B, "ILS"), ("R100 billion", 100*B, "ZAR"),
    ("R2.5bn", 2.5*B, "ZAR"), ("KSh 50 billion", 50*B, "KES"), ("KSh1.2bn", 1.2*B, "KES"),
    ("Sh50 billion", 50*B, "KES"), ("FCFA 300 billion", 300*B, "XOF"),
    ("USD 1.2 billion", 1.2*B, "USD"), ("EUR 300m", 300*M, "EUR"), ("GBP 2bn", 2*B, "GBP"),
    ("JPY 500 billion", 500*B, "JPY"), ("CNY 3 trillion", 3*T, "CNY"), ("RMB 50 billion", 50*B, "CNY"),
    ("INR 10,000 crore", 100*B, "INR"), ("NGN 1.5 trillion", 1.5*T, "NGN"), ("ZAR 20 billion", 20*B, "ZAR"),
    ("KES 30 billion", 30*B, "KES"), ("XOF 100 billion", 100*B, "XOF"), ("XAF 50 billion", 50*B, "XAF"),
    ("MAD 5 billion", 5*B, "MAD"), ("AED 10 billion", 10*B, "AED"), ("SAR 40 billion", 40*B, "SAR"),
    ("QAR 6 billion", 6*B, "QAR"), ("EGP 100 billion", 100*B, "EGP"), ("TRY 20 billion", 20*B, "TRY"),
    ("RUB 500 billion", 500*B, "RUB"), ("BRL 10 billion", 10*B, "BRL"), ("MXN 40 billion", 40*B, "MXN"),
    ("IDR 5 trillion", 5*T, "IDR"), ("PHP 30 billion", 30*B, "PHP"), ("VND 200 trillion", 200*T, "VND"),
    ("1.5 billion USD", 1.5*B, "USD"), ("300 million EUR", 300*M, "EUR"),
    ("2 billion US dollars", 2*B, "USD"), ("50 billion yuan", 50*B, "CNY"), ("30 billion renminbi", 30*B, "CNY"),
    ("5,000 crore rupees", 50*B, "INR"), ("2 trillion naira", 2*T, "NGN"), ("40 billion rand", 40*B, "ZAR"),
    ("100 billion Kenyan shillings", 100*B, "KES"), ("200 billion CFA francs", 200*B, "XOF"),
    ("5 billion dirhams", 5*B, "MAD"), ("20 billion riyals", 20*B, "SAR"), ("3 billion dinars", 3*B, None),
    ("2 billion pounds sterling", 2*B, "GBP"), ("15 billion pesos", 15*B, None), ("10 billion reais", 10*B, "BRL"),
    ("300 billion roubles", 300*B, "RUB"), ("300 billion rubles", 300*B, "RUB"), ("1.2 trillion won", 1.2*T, "KRW"),
    ("40 billion Turkish lira", 40*B, "TRY"), ("5 billion kwacha", 5*B, "ZMW"), ("3 billion cedis", 3*B, "GHS"),
    ("20 billion birr", 20*B, "ETB"), ("8 billion Brazilian reais", 8*B, "BRL"), ("2 billion euros", 2*B, "EUR"),
    ("twelve million dollars", 12*M, "USD"), ("half a billion dollars", 0.5*B, "USD"),
    ("a quarter of a trillion dollars", 0.25*T, "USD"), ("two and a half billion euros", 2.5*B, "EUR"),
    ("1.5 million euros", 1.5*M, "EUR"), ("€1.234,5 million", 1234.5*M, "EUR"),
]
FR = [
    ("2,5 milliards d'euros", 2.5*B, "EUR"), ("1 milliard de dollars", 1*B, "USD"),
    ("1 234,5 millions de dollars", 1234.5*M, "USD"), ("1" + NB + "234,5 millions de dollars", 1234.5*M, "USD"),
    ("1" + NN + "234,5 millions de dollars", 1234.5*M, "USD"), ("1.234,5 millions d'euros", 1234.5*M, "EUR"),
    ("3,2 Mds €", 3.2*B, "EUR"), ("3,2 Md€", 3.2*B, "EUR"), ("3,2 Mds d'euros", 3.2*B, "EUR"),
    ("450 M€", 450*M, "EUR"), ("15 k€", 15000, "EUR"), ("2 Mrd EUR", 2*B, "EUR"), ("1,2 Md$", 1.2*B, "USD"),
    ("1,5 milliard d'€", 1.5*B, "EUR"), ("deux milliards et demi d'euros", 2.5*B, "EUR"),
    ("12 millions d'euros", 12*M, "EUR"), ("300 millions de dollars américains", 300*M, "USD"),
    ("50 milliards de yuans", 50*B, "CNY"), ("20 milliards de renminbi", 20*B, "CNY"),
    ("5 000 crores de roupies", 50*B, "INR"), ("2 000 milliards de nairas", 2*T, "NGN"),
    ("40 milliards de rands", 40*B, "ZAR"), ("100 milliards de shillings kényans", 100*B, "KES"),
    ("200 milliards de francs CFA", 200*B, "XOF"), ("300 milliards de FCFA", 300*B, "XOF"),
    ("300 milliards F CFA", 300*B, "XOF"), ("5 milliards de dirhams", 5*B, "MAD"),
    ("20 milliards de riyals", 20*B, "SAR"), ("3 milliards de dinars", 3*B, None),
    ("2 milliards de livres sterling", 2*B, "GBP"), ("10 milliards de réaux", 10*B, "BRL"),
    ("10 milliards de reais", 10*B, "BRL"), ("300 milliards de roubles", 300*B, "RUB"),
    ("1 200 milliards de wons", 1.2*T, "KRW"), ("40 milliards de livres turques", 40*B, "TRY"),
    ("5 milliards de kwachas", 5*B, "ZMW"), ("3 milliards de cedis", 3*B, "GHS"),
    ("20 milliards de birr", 20*B, "ETB"), ("15 milliards de pesos", 15*B, None),
    ("4,5 milliards de dollars US", 4.5*B, "USD"), ("2 milliards USD", 2*B, "USD"), ("500 millions EUR", 500*M, "EUR"),
    ("80 milliards de FCFA", 80*B, "XOF"), ("3 millions de francs CFA", 3*M, "XOF"),
    ("deux millions d'euros", 2*M, "EUR"), ("un demi-milliard de dollars", 0.5*B, "USD"),
    ("5 milliers d'euros", 5000, "EUR"), ("2 millions d'euros", 2*M, "EUR"), ("1,2 million de livres sterling", 1.2*M, "GBP"),
    ("200 millions de dollars canadiens", 200*M, "CAD"), ("7 milliards de dollars australiens", 7*B, "AUD"),
    ("1,5 Md€", 1.5*B, "EUR"), ("25 M$", 25*M, "USD"), ("3 milliards de yens", 3*B, "JPY"),
    ("2 milliards de dollars de Hong Kong", 2*B, "HKD"), ("30 millions de livres égyptiennes", 30*M, "EGP"),
]

EN += [  # more symbols, codes, local abbreviations, names and plurals, scale abbreviations
    ("$3B", 3*B, "USD"), ("$2.5b", 2.5*B, "USD"), ("$2 bln", 2*B, "USD"), ("€2,5bn", 2.5*B, "EUR"), ("£250k", 250000, "GBP"),
    ("£3.5m", 3.5*M, "GBP"), ("CN¥2.5 trillion", 2.5*T, "CNY"), ("Rmb2.5bn", 2.5*B, "CNY"), ("Rs 2,500 crore", 25*B, "INR"),
    ("Rs 25 lakh crore", 25*T, "INR"), ("₹2.5 lakh crore", 2.5*T, "INR"), ("25 crore rupees", 250*M, "INR"),
    ("₦2.5trn", 2.5*T, "NGN"), ("GH¢2.5 billion", 2.5*B, "GHS"), ("Br2.5 billion", 2.5*B, "ETB"), ("TSh 2.5 billion", 2.5*B, "TZS"),
    ("USh 2.5 billion", 2.5*B, "UGX"), ("Kshs 2.5 billion", 2.5*B, "KES"), ("2.5 billion Kenya shillings", 2.5*B, "KES"),
    ("2.5 billion Ugandan shillings", 2.5*B, "UGX"), ("CFA 2.5 billion", 2.5*B, "XOF"), ("2.5 billion CFA", 2.5*B, "XOF"),
    ("2.5 billion FCFA", 2.5*B, "XOF"), ("2.5 billion West African francs", 2.5*B, "XOF"), ("Dh2.5 billion", 2.5*B, "MAD"),
    ("Dhs2.5 billion", 2.5*B, "AED"), ("SR2.5 billion", 2.5*B, "SAR"), ("QR2.5 billion", 2.5*B, "QAR"), ("E£2.5 billion", 2.5*B, "EGP"),
    ("LE2.5 billion", 2.5*B, "EGP"), ("2.5 billion Egyptian pounds", 2.5*B, "EGP"), ("TL 2.5 billion", 2.5*B, "TRY"),
    ("TL200 billion", 200*B, "TRY"), ("2.5 billion liras", 2.5*B, "TRY"), ("Mex$2.5 billion", 2.5*B, "MXN"),
    ("2.5 billion Mexican pesos", 2.5*B, "MXN"), ("Rp2.5 trillion", 2.5*T, "IDR"), ("2.5 trillion rupiah", 2.5*T, "IDR"),
    ("2.5 trillion Vietnamese dong", 2.5*T, "VND"), ("KRW2.5 trillion", 2.5*T, "KRW"), ("2.5 billion Swiss francs", 2.5*B, "CHF"),
    ("SFr2.5 billion", 2.5*B, "CHF"), ("2.5 billion Iraqi dinars", 2.5*B, "IQD"), ("KD2.5 billion", 2.5*B, "KWD"),
    ("NIS2.5 billion", 2.5*B, "ILS"), ("Tk2.5 billion", 2.5*B, "BDT"), ("RM2.5 billion", 2.5*B, "MYR"), ("Bt2.5 billion", 2.5*B, "THB"),
    ("2.5 billion tenge", 2.5*B, "KZT"), ("2.5 billion hryvnias", 2.5*B, "UAH"), ("2.5 billion zlotys", 2.5*B, "PLN"),
    ("2.5 billion Singapore dollars", 2.5*B, "SGD"), ("2.5 billion Hong Kong dollars", 2.5*B, "HKD"),
    ("2.5 billion Canadian dollars", 2.5*B, "CAD"), ("2.5 billion U.S. dollars", 2.5*B, "USD"), ("2.5 billion sterling", 2.5*B, "GBP"),
    ("2.5 billion meticals", 2.5*B, "MZN"), ("2.5 billion bitcoin", 2.5*B, "BTC"), ("1,234.5 million dollars", 1234.5*M, "USD"),
    ("a half billion dollars", 0.5*B, "USD"), ("half a trillion dollars", 0.5*T, "USD"), ("a quarter-trillion dollars", 0.25*T, "USD"),
    ("three-quarters of a billion dollars", 0.75*B, "USD"), ("one and a half billion dollars", 1.5*B, "USD"),
    ("a billion dollars", 1*B, "USD"), ("2.5bn euros", 2.5*B, "EUR"), ("2.5mn dollars", 2.5*M, "USD"), ("2.5 mln dollars", 2.5*M, "USD"),
    ("$2.5trn", 2.5*T, "USD"), ("$2.5 tln", 2.5*T, "USD"), ("$2 500", 2500, "USD"), ("€2 500", 2500, "EUR"),
]

FR += [
    ("2 milliards d'€", 2*B, "EUR"), ("3 millions de $", 3*M, "USD"), ("10 milliards de réals", 10*B, "BRL"),
    ("5 milliards de kwacha", 5*B, "ZMW"), ("20 milliards de birrs", 20*B, "ETB"), ("2 milliards de shillings", 2*B, "KES"),
    ("2 milliards de shillings ougandais", 2*B, "UGX"), ("2 milliards de shillings tanzaniens", 2*B, "TZS"),
    ("2 milliards de naira", 2*B, "NGN"), ("3 milliards de francs suisses", 3*B, "CHF"), ("3 milliards de francs guinéens", 3*B, "GNF"),
    ("30 milliards de yuan", 30*B, "CNY"), ("30 milliards de roupies indiennes", 30*B, "INR"),
    ("30 milliards de roupies pakistanaises", 30*B, "PKR"), ("2 milliards de pesos mexicains", 2*B, "MXN"),
    ("2 milliards de riyals qataris", 2*B, "QAR"), ("2 milliards de dinars tunisiens", 2*B, "TND"), ("2 milliards de wons", 2*B, "KRW"),
    ("2 milliards de dongs", 2*B, "VND"), ("2 milliards de couronnes suédoises", 2*B, "SEK"), ("2 milliards de zlotys", 2*B, "PLN"),
    ("2 milliards de dirhams émiratis", 2*B, "AED"), ("2 milliards de lires turques", 2*B, "TRY"), ("2 milliards de yens", 2*B, "JPY"),
    ("2 milliards d'ariary", 2*B, "MGA"), ("2 milliards de francs congolais", 2*B, "CDF"), ("2 milliards de meticals", 2*B, "MZN"),
    ("2 milliards de laris", 2*B, "GEL"), ("2 milliards d'ouguiyas", 2*B, "MRU"), ("2 milliards de shekels", 2*B, "ILS"),
    ("2 milliards de livres libanaises", 2*B, "LBP"), ("2 Mds$", 2*B, "USD"), ("2 Md$ US", 2*B, "USD"), ("2 G$", 2*B, "USD"),
    ("2 MdsFCFA", 2*B, "XOF"), ("2 M$ CAN", 2*M, "CAD"), ("2 MUSD", 2*M, "USD"), ("2 MEUR", 2*M, "EUR"), ("2 M EUR", 2*M, "EUR"),
    ("2 Mrds €", 2*B, "EUR"), ("2 mds d'euros", 2*B, "EUR"), ("200 000 €", 200000, "EUR"), ("200" + NB + "000 €", 200000, "EUR"),
    ("1,2 million €", 1.2*M, "EUR"), ("1,2 G€", 1.2*B, "EUR"), ("1,2 K€", 1200, "EUR"), ("1,2 Md €", 1.2*B, "EUR"),
    ("trois millions et demi d'euros", 3.5*M, "EUR"), ("un million et demi d'euros", 1.5*M, "EUR"),
    ("1 million et demi d'euros", 1.5*M, "EUR"), ("un demi-million d'euros", 0.5*M, "EUR"), ("1,5 milliards d'euros", 1.5*B, "EUR"),
    ("1 500 000 000 euros", 1.5*B, "EUR"), ("1" + NN + "500" + NN + "000" + NN + "000 €", 1.5*B, "EUR"), ("€ 1,5 milliard", 1.5*B, "EUR"),
    ("$ 1,5 milliard", 1.5*B, "USD"), ("USD 1,5 milliard", 1.5*B, "USD"), ("1,5 milliard $", 1.5*B, "USD"),
    ("1,5 milliard de USD", 1.5*B, "USD"), ("1,5 milliard de dollars de Hong Kong", 1.5*B, "HKD"),
    ("1,5 milliard de dollars singapouriens", 1.5*B, "SGD"), ("1,5 milliard de dollars néo-zélandais", 1.5*B, "NZD"),
    ("deux milliers d'euros", 2000, "EUR"), ("3 Mds USD", 3*B, "USD"), ("3 Md USD", 3*B, "USD"), ("120 MMDH", 120*B, "MAD"),
    ("600 milliards de francs CFA", 600*B, "XOF"), ("1,2 Md€", 1.2*B, "EUR"),
]
EN_CTX = ["The development bank approved a loan of {A} for the project.", "The port deal is worth {A}, the minister said.",
          "The stake was valued at {A} in the filing.", "The government plans to spend some {A} on roads.",
          "The fund now holds nearly {A} in assets.", "The new railway will cost more than {A}, officials said.",
          "The two governments signed a financing agreement of {A}.", "The company raised about {A} from investors."]
FR_CTX = ["La banque a accordé un prêt de {A} au pays.", "L'accord est évalué à {A}, selon le ministre.",
          "Le projet coûtera près de {A}.", "Le fonds détient plus de {A} d'actifs.",
          "Le gouvernement prévoit d'investir environ {A} dans les routes.", "Le contrat porte sur {A}."]
rows = []   # (id, lang, text, [(type, evidence, fields)])
def money(ev, amt, cur, end=None, per=None):
    f = {"amount": round(amt, 6) if amt != int(amt) else int(amt), "currency": cur}
    if end is not None: f["end"] = int(end)
    if per: f["per"] = per
    return ("Money", ev, f)
def trade(ev, ind, amt, cur, period="2023"):  # a fixed-period row of the form cells
    f = {"indicator": ind, "amount": int(amt)}
    if cur: f["currency"] = cur
    f["period"] = period
    return ("TradeFigure", ev, f)
for lang, forms, ctx in (("en", EN, EN_CTX), ("fr", FR, FR_CTX)):
    for i, (a, amt, cur) in enumerate(forms):
        text = ctx[i % len(ctx)].replace("{A}", a)
        rows.append((f"{lang}_m{i:03d}", lang, text, [money(a, amt, cur)]))
        if i % 3 == 0:
            subj = PAIR.get(cur, PAIR["USD"])[0 if lang == "en" else 1]
            text = (f"{subj} reached {a} in 2023, officials said." if lang == "en" else
                    f"{subj} ont atteint {a} en 2023, selon les douanes.")
            ev = text[:text.index(" in 2023") + 8] if lang == "en" else text[:text.index(" en 2023") + 8]
            rows.append((f"{lang}_t{i:03d}", lang, text, [trade(ev, "trade", amt, cur), money(a, amt, cur)]))
# ranges and word numbers in trade sentences, near misses
EXTRA = [
    ("en_r00", "en", "The plan will cost between $2bn and $3bn, the minister said.", [money("between $2bn and $3bn", 2*B, "USD", 3*B)]),
    ("en_r01", "en", "The project will cost $3-4 billion over five years.", [money("$3-4 billion", 3*B, "USD", 4*B)]),
    ("en_r02", "en", "The loan is expected to reach between €1 and €2 billion.", [money("between €1 and €2 billion", 1*B, "EUR", 2*B)]),
    ("fr_r00", "fr", "Le projet coûtera entre 2 et 3 milliards de dollars.", [money("entre 2 et 3 milliards de dollars", 2*B, "USD", 3*B)]),
    ("fr_r01", "fr", "Le budget est compris entre 2 M€ et 3 M€.", [money("entre 2 M€ et 3 M€", 2*M, "EUR", 3*M)]),
    ("en_r03", "en", "The new line will cost $2bn-3bn, the ministry said.", [money("$2bn-3bn", 2*B, "USD", 3*B)]),
    ("en_r04", "en", "Bids of €1.5bn–2bn are expected for the port.", [money("€1.5bn–2bn", 1.5*B, "EUR", 2*B)]),
    ("en_r05", "en", "The grant is worth £3m-5m a year.", [money("£3m-5m", 3*M, "GBP", 5*M, per="year")]),
    ("en_r06", "en", "Mining investment of A$2bn-3bn is planned.", [money("A$2bn-3bn", 2*B, "AUD", 3*B)]),
    ("en_r07", "en", "Repairs will cost between 2 and 3 billion dollars.", [money("between 2 and 3 billion dollars", 2*B, "USD", 3*B)]),
    ("fr_r02", "fr", "Le chantier coûtera entre 500 millions et 1 milliard d'euros.", [money("entre 500 millions et 1 milliard d'euros", 500*M, "EUR", 1*B)]),
    ("en_t905", "en", "Trade between Zambia and Malawi reached K2.5 billion in 2023, officials said.", [("TradeFigure", "Trade between Zambia and Malawi reached K2.5 billion in 2023", {"indicator": "trade", "amount": 2500000000, "period": "2023"}), money("K2.5 billion", 2.5*B, None)]),
    ("en_t900", "en", "Trade between Zambia and Tanzania reached K2.5 billion in 2023, officials said.", [("TradeFigure", "Trade between Zambia and Tanzania reached K2.5 billion in 2023", {"indicator": "trade", "amount": 2500000000, "currency": "ZMW", "period": "2023"}), money("K2.5 billion", 2.5*B, "ZMW")]),
    ("en_t901", "en", "Trade between China and Russia reached Rmb1.6tn in 2023, officials said.", [("TradeFigure", "Trade between China and Russia reached Rmb1.6tn in 2023", {"indicator": "trade", "amount": 1600000000000, "currency": "CNY", "period": "2023"}), money("Rmb1.6tn", 1.6*T, "CNY")]),
    ("en_t902", "en", "Trade between Australia and Japan reached more than A$2.3bn in March, officials said.", [("TradeFigure", "Trade between Australia and Japan reached more than A$2.3bn in March", {"indicator": "trade", "amount": 2300000000, "currency": "AUD", "period": "2025-03"}), money("A$2.3bn", 2.3*B, "AUD")]),
    ("en_t903", "en", "Trade between Senegal and Mali reached CFA 600 billion in 2023, officials said.", [("TradeFigure", "Trade between Senegal and Mali reached CFA 600 billion in 2023", {"indicator": "trade", "amount": 600000000000, "currency": "XOF", "period": "2023"}), money("CFA 600 billion", 600*B, "XOF")]),
    ("en_t904", "en", "South Africa's exports to Botswana reached R100 billion in 2023, officials said.", [("TradeFigure", "South Africa's exports to Botswana reached R100 billion in 2023", {"indicator": "exports", "amount": 100000000000, "currency": "ZAR", "period": "2023"}), money("R100 billion", 100*B, "ZAR")]),
    ("fr_t900", "fr", "Les échanges entre le Maroc et l'Espagne ont atteint 1,5 milliard d'€ en 2023, selon les douanes.", [("TradeFigure", "Les échanges entre le Maroc et l'Espagne ont atteint 1,5 milliard d'€ en 2023", {"indicator": "trade", "amount": 1500000000, "currency": "EUR", "period": "2023"}), money("1,5 milliard d'€", 1.5*B, "EUR")]),
    ("en_n06", "en", "Climbers from Pakistan reached K2 in 2023 and the R100 road reopened.", []),
    ("en_n07", "en", "The TL200 printer and Phase 2b trials were delayed in 2024.", []),
    ("en_n08", "en", "Some 16 percent more than a year earlier came to vote, or 3 million people.", []),
    ("en_n09", "en", "Shares of the Kenyan lender traded at $12 a share on Friday.", [money("$12", 12, "USD", per="share")]),
    ("en_n10", "en", "Kenya's oil exports fetched $80 a barrel in 2023.", [money("$80", 80, "USD", per="barrel")]),
    ("en_n11", "en", "India's tea exports to Egypt fetched an average of $3 per kilogram in 2023.", [money("$3", 3, "USD", per="kilogram")]),
    ("en_n12", "en", "The rupee traded at 83 to the dollar on Friday.", []),
    ("en_t906", "en", "Trade between Egypt and Sudan is worth about $1 billion a year, officials said.", [("TradeFigure", "Trade between Egypt and Sudan is worth about $1 billion a year", {"indicator": "trade", "amount": 1000000000, "currency": "USD"}), money("$1 billion", 1*B, "USD", per="year")]),
    ("en_t907", "en", "Trade between Kenya and India reached $4.5 billion, or $3 per capita, in 2023.", [("TradeFigure", "Trade between Kenya and India reached $4.5 billion, or $3 per capita, in 2023", {"indicator": "trade", "amount": 4500000000, "currency": "USD", "period": "2023"}), money("$4.5 billion", 4.5*B, "USD"), money("$3", 3, "USD", per="capita")]),
    ("fr_n07", "fr", "Les exportations de thé du Kenya ont rapporté 3 dollars le kilo en 2023.", [money("3 dollars", 3, "USD", per="kilogram")]),
    ("fr_x00", "fr", "Le billet coûte 1'234 francs suisses à Genève.", [money("1'234 francs suisses", 1234, "CHF")]),
    ("en_x00", "en", "The bill came to CHF 1'250'000 in 2023.", [money("CHF 1'250'000", 1250000, "CHF")]),
    ("fr_x01", "fr", "Le contrat australien porte sur 12 M$ AU.", [money("12 M$ AU", 12*M, "AUD")]),
    ("fr_x02", "fr", "Le chantier coûtera 1,2 G$ AUS.", [money("1,2 G$ AUS", 1.2*B, "AUD")]),
    ("fr_x03", "fr", "Ça ne coûte que treize euros et quarante-cinq cents.", [money("treize euros et quarante-cinq cents", 13.45, "EUR")]),
    ("fr_x04", "fr", "Le ticket vaut 2 dollars et vingt cents.", [money("2 dollars et vingt cents", 2.2, "USD")]),
    ("en_x01", "en", "The ticket costs 3 dollars 50 cents.", [money("3 dollars 50 cents", 3.5, "USD")]),
    ("en_x02", "en", "It costs only 15 dollars 50.", [money("15 dollars 50", 15.5, "USD")]),
    ("en_t908", "en", "Trade between Peru and Chile reached R2.5 billion in 2023, officials said.", [("TradeFigure", "Trade between Peru and Chile reached R2.5 billion in 2023", {"indicator": "trade", "amount": 2500000000, "period": "2023"})]),
    ("en_t909", "en", "Exports from Honduras to Guatemala reached L2.5 billion in 2023, officials said.", [("TradeFigure", "Exports from Honduras to Guatemala reached L2.5 billion in 2023", {"indicator": "exports", "amount": 2500000000, "period": "2023"})]),
    ("en_x03", "en", "The filing shows annual revenues of MUSD 12.5 for the unit.", [money("MUSD 12.5", 12.5*M, "USD")]),
    ("fr_x05", "fr", "Le chiffre d'affaires de la filiale atteint MEUR 250.", [money("MEUR 250", 250*M, "EUR")]),
    ("fr_n08", "fr", "Le budget MEUR 2024 a été voté par le conseil.", []),
    ("en_n00", "en", "For details, call +254 20 123 4567 before 2024.", []),
    ("en_n01", "en", "The 2 million people of the region voted in 2023.", []),
    ("en_n02", "en", "Bilateral trade between Kenya and India rose by 12% in 2023.", [("TradeFigure", "Bilateral trade between Kenya and India rose by 12% in 2023", {"indicator": "trade", "change_percent": 12, "direction": "increase", "period": "2023"})]),
    ("en_n03", "en", "Shares of the Kenyan lender closed at $12 a share on Friday.", [money("$12 a share", 12, "USD", per="share")]),
    ("en_n04", "en", "The city has 3 million residents and 1,200 schools.", []),
    ("en_n05", "en", "Some 2,000 troops arrived in 2019, the ministry said.", []),
    ("fr_n00", "fr", "Pour plus d'informations, appelez le 01 23 45 67 89.", []),
    ("fr_n01", "fr", "Les 2 millions d'habitants de la région ont voté en 2023.", []),
    ("fr_n02", "fr", "Le chômage a reculé de 5 % en 2023, selon l'institut.", []),
    ("fr_n03", "fr", "L'action de la banque a clôturé à 12 euros par action vendredi.", [money("12 euros par action", 12, "EUR", per="share")]),
    ("fr_n04", "fr", "La ville compte 3 millions d'habitants et 1 200 écoles.", []),
    ("fr_n05", "fr", "Près de 2 000 soldats sont arrivés en 2019.", []),
    ("fr_n06", "fr", "Il a vendu 361 millions de livres depuis 1997.", []),
]
rows += EXTRA

def run_pack():
    """Money and TradeFigure facts the pack gives for each row, by id."""
    root = os.environ.get("PACK") or os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(HERE))))
    glean = os.environ.get("GLEAN", "/work/bin/glean")
    inp = "".join(json.dumps({"id": r[0], "text": r[2], "lang": r[1], "reference_date": REF}, ensure_ascii=False) + "\n" for r in rows)
    out = subprocess.run([glean, "extract", "--rules", os.path.join(root, "Rules"), "--gazetteers", os.path.join(root, "Gazetteers"),
                          "--input-format", "jsonl", "--types", "Money,TradeFigure", "-"], input=inp, capture_output=True, text=True).stdout
    got = {}
    for line in out.splitlines():
        f = json.loads(line); got.setdefault(f["doc"], []).append(f)
    return got

def holds(row, got):
    facts = got.get(row[0], [])
    want = row[3]
    if len(facts) != len(want): return False
    for typ, ev, fl in want:
        ok = False
        for f in facts:
            if f["type"] != typ: continue
            ff = f["fields"]
            if typ == "Money":
                if ff.get("amount") != fl["amount"] or ff.get("currency") != fl["currency"] or ff.get("end") != fl.get("end"): continue
                if fl.get("per") and ff.get("per") != fl["per"]: continue
            else:
                a = ff.get("amount") or {}
                if ff.get("indicator") not in (fl["indicator"], "trade_turnover") or a.get("amount") != fl.get("amount") \
                   or a.get("currency") != fl.get("currency") or ff.get("period") != fl.get("period") \
                   or ff.get("change_percent") != fl.get("change_percent"): continue
            ok = True
        if not ok: return False
    return True

def fixture_facts(want):
    out = []
    for typ, ev, fl in want:
        if typ == "Money":
            out.append(("Money", {k: fl.get(k) for k in ("amount", "currency", "end", "per") if k in fl or k in ("currency", "end")}))
        else:
            f = {"indicator": fl["indicator"]}
            if "amount" in fl: f["amount"] = {"amount": fl["amount"], "currency": fl.get("currency")}
            for k in ("change_percent", "direction", "period"):
                if k in fl: f[k] = fl[k]
            out.append(("TradeFigure", f))
    return out

if __name__ == "__main__":
    check = "--check" in sys.argv
    alldir = sys.argv[sys.argv.index("--all") + 1] if "--all" in sys.argv else None
    got = run_pack()
    n_hold = 0
    with matrixlib.Matrix(HERE, clear_fixtures="money28_") as mx:
        for did, lang, text, want in rows:
            mx.document(did, text, {"lang": lang, "reference_date": REF})
            for typ, ev, fl in want:
                assert ev in text, (did, ev)
                mx.gold(did, typ, ev, {k: v for k, v in fl.items() if v is not None})
            h = holds((did, lang, text, want), got)
            n_hold += h
            if check and not h:
                print(did, text, "\n   want:", [w[2] for w in want], "\n   got: ", [(f["text"], f["fields"]) for f in got.get(did, [])])
            lines = matrixlib.fixture_lines("money28 matrix (make.py): one money form in context", did, lang, REF,
                                            ["Money", "TradeFigure"], fixture_facts(want))
            mx.fixture("money28_" + did, lines, h, alldir)
    print(f"{len(rows)} documents, {n_hold} hold", file=sys.stderr)
