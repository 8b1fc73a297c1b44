"""checklist_grid2.py — the second construction grid (`python3 scripts/checklist.py --grid 2`, seed 24,
Evaluation/checklist24/).

Other templates than the first grid's, written from EN and FR news language (not from the pack's vocabularies):
events told over two sentences (the participant named in the second, a pronoun, "the two leaders"), datelines,
quoted speech, headlines in the historic present over a body that tells the event again, present-tense ledes,
lists of bullets, relative clauses, nominalisations, passives with an agent and an insertion, parentheses and
dashes between verb and object, organisations as participants, planned meetings with a date, earlier meetings
recalled, agreements named by subject, groups of instruments, status verbs (initialled, ratified, entered into
force, concluded), and near misses that must give no fact. The slots (countries, officials, dates, places) are the
first grid's; the words and constructions are new. Each template gives (sentences, facts, cell); a fact carries
the index of the sentence that states it first (its evidence).
"""
import datetime as dt

import checklist as g1
from checklist import C, EN_MONTHS, FR_MONTHS, EN_DAYS, FR_DAYS, Person, cap, de, sorted_iso

# Organisations: EN phrase for a head, FR phrase, seat city (EN), FR "à" form of the seat
ORGS = [("African Union Commission Chairperson", "le président de la Commission de l'Union africaine", "Addis Ababa", "Addis-Abeba", "m"),
        ("ASEAN Secretary-General", "le secrétaire général de l'ASEAN", "Jakarta", "Jakarta", "m"),
        ("European Commission President", "la présidente de la Commission européenne", "Brussels", "Bruxelles", "f"),
        ("OECD Secretary-General", "le secrétaire général de l'OCDE", "Paris", "Paris", "m"),
        ("Commonwealth Secretary-General", "la secrétaire générale du Commonwealth", "London", "Londres", "f")]
ORG_NAMES = ["Moussa Faki Mahamat", "Kao Kim Hourn", "Ursula von der Leyen", "Mathias Cormann", "Patricia Scotland"]

# Instruments named by their subject: EN, FR, kind, FR gender
SUBJECT_INSTRUMENTS = [("air services agreement", "accord sur les services aériens", "agreement", "m"),
                       ("headquarters agreement", "accord de siège", "agreement", "m"),
                       ("extradition treaty", "traité d'extradition", "treaty", "m"),
                       ("double taxation convention", "convention fiscale", "convention", "f"),
                       ("social security agreement", "accord de sécurité sociale", "agreement", "m"),
                       ("mutual legal assistance treaty", "traité d'entraide judiciaire", "treaty", "m"),
                       ("readmission agreement", "accord de réadmission", "agreement", "m"),
                       ("visa waiver agreement", "accord d'exemption de visas", "agreement", "m")]
TOPICS_EN = ["trade, energy and security", "investment and infrastructure", "the situation in the region", "climate and water",
             "port cooperation and shipping", "education and health"]
TOPICS_FR = ["le commerce, l'énergie et la sécurité", "l'investissement et les infrastructures", "la situation régionale",
             "le climat et l'eau", "la coopération portuaire", "l'éducation et la santé"]
AGENCY = ["Grid News", "Agence Grille", "Wire Service"]


def day(d, lang):
    return (f"{d.day} {EN_MONTHS[d.month-1]}" if lang == "en" else f"{'1er' if d.day == 1 else d.day} {FR_MONTHS[d.month-1]}")


def past_day(rnd, ref, lo=2, hi=20):
    return ref - dt.timedelta(days=rnd.randint(lo, hi))


def en_dt(d, ref):
    """"on 3 March" or "on March 3" (with the year when it is not the reference year)."""
    y = f" {d.year}" if d.year != ref.year else ""
    return f"on {day(d, 'en')}{y}"


def fr_dt(d, ref):
    y = f" {d.year}" if d.year != ref.year else ""
    return f"le {day(d, 'fr')}{y}"


def pair(rnd, title=None):
    a, b = rnd.sample(list(C), 2)
    t = title or rnd.choice(list(g1.T))
    return Person(rnd, a, t), Person(rnd, b, t)


def subj(p, lang):
    """a subject: "Kenyan Foreign Minister Ana Velkari" / « Le ministre kényan des Affaires étrangères, Ana Velkari, »"""
    return p.en_subject("demonym_title") if lang == "en" else p.fr_subject("demonym_title")


def obj(p, other, lang, form="demonym_title"):
    return p.en_object(form, other) if lang == "en" else p.fr_object(form, other)


def pron(p, lang):
    return (p.fe("He", "She") if lang == "en" else p.fe("Il", "Elle"))


def where(p, lang, kind):
    """(text, location) in a city of p's country: capital or second city"""
    c = p.c
    if kind == "capital":
        return (f"in {c['cap']}" if lang == "en" else f"à {c['cap_fr']}"), c["cap"]
    return (f"in {c['city2']}" if lang == "en" else f"à {c['city2_fr']}"), c["city2"]


def M(kind, countries, status="held", date=None, location=None, ev=0):
    f = dict(kind=kind, countries=sorted_iso(*countries), status=status)
    if date: f["date"] = date
    if location: f["location"] = location
    return ("Meeting", f, ev)


def A(kind, status, parties, date=None, ev=0):
    f = dict(kind=kind, status=status, parties=sorted_iso(*parties))
    if date and status != "planned": f["date"] = date
    return ("Agreement", f, ev)


def fix(s):
    s = " ".join(s.replace(",,", ",").replace(", ,", ",").split())
    s = s.replace(" ,", ",").replace(",.", ".").replace(", .", ".")
    return s[0].upper() + s[1:]


# ---- Meetings ----------------------------------------------------------------------------------------------
def meetings(rnd, lang, ref):
    en = lang == "en"
    pa, pb = pair(rnd)
    ca, cb = pa.c, pb.c
    d = past_day(rnd, ref, 1, 6)
    wd = EN_DAYS[d.weekday()] if en else FR_DAYS[d.weekday()]
    dabs = past_day(rnd, ref)
    date_abs = en_dt(dabs, ref) if en else fr_dt(dabs, ref)
    ckind = rnd.choice(["capital", "second"])
    place, loc = where(pb, lang, ckind)
    place_a, loc_a = where(pa, lang, ckind)       # the host's city, for "X received Y"
    topic = rnd.choice(TOPICS_EN if en else TOPICS_FR)
    variant = rnd.choice(["named_second", "pronoun_visit", "two_leaders", "dateline", "quoted", "headline_present", "present_lede",
                          "bullets", "relative", "nominal", "nominal_fr_rencontre", "passive_agent", "parenthesis", "dash",
                          "organisation", "planned_date", "planned_expected", "recalled", "recalled_last_met"])
    sents, facts, head = [], [], None
    e = pa.fe("", "e")
    if variant == "named_second":
        # the first sentence tells the talks, the second names the other side
        sents = [f"{subj(pa, lang)} held talks {place} on {wd}." if en else f"{subj(pa, lang)} a eu des entretiens {place} {wd}.",
                 f"{pron(pa, lang)} met {obj(pb, pa, lang)} at the foreign ministry." if en else
                 f"{pron(pa, lang)} a rencontré {obj(pb, pa, lang)} au ministère des Affaires étrangères."]
        facts = [M("talks", [pa.iso, pb.iso], date=d.isoformat(), location=loc)]
    elif variant == "pronoun_visit":
        # an arrival, then the talks of that visit told with a pronoun: one visit
        cap_b = pb.c["cap"] if en else pb.c["cap_fr"]
        sents = [f"{subj(pa, lang)} arrived in {cap_b} {date_abs} for a two-day official visit." if en else
                 f"{subj(pa, lang)} est arrivé{e} à {cap_b} {date_abs} pour une visite officielle de deux jours.",
                 f"{pron(pa, lang)} held talks with {obj(pb, pa, lang, 'counterpart')} on {topic}." if en else
                 f"{pron(pa, lang)} s'est entretenu{e} avec {obj(pb, pa, lang, 'counterpart')} sur {topic}."]
        facts = [M("visit", [pa.iso, pb.iso], date=dabs.isoformat(), location=pb.c["cap"])]
    elif variant == "two_leaders":
        # "the two leaders" names the pair of the sentence before: no second fact
        sents = [f"{subj(pa, lang)} received {obj(pb, pa, lang)} {place_a} {date_abs}." if en else
                 f"{subj(pa, lang)} a reçu {obj(pb, pa, lang)} {place_a} {date_abs}.",
                 f"The two leaders discussed {topic}." if en else
                 f"Les deux responsables ont évoqué {topic}."]
        facts = [M("talks", [pa.iso, pb.iso], date=dabs.isoformat(), location=loc_a)]
    elif variant == "dateline":
        # a wire dateline: city in capitals, day, agency, dash; the body's weekday is read from the dateline's day
        city = (pb.c["cap"] if en else pb.c["cap_fr"]).upper()
        line = f"{city}, {day(ref, lang)} ({rnd.choice(AGENCY)}) — "
        sents = [line + (f"{subj(pa, lang)} held talks with {obj(pb, pa, lang)} on {wd}." if en else
                         f"{subj(pa, lang)} a eu {wd} des entretiens avec {obj(pb, pa, lang)}.")]
        facts = [M("talks", [pa.iso, pb.iso], date=d.isoformat())]
    elif variant == "quoted":
        sents = [(f"\"We had good and frank talks,\" {subj(pa, lang).rstrip(',')} said after meeting {obj(pb, pa, lang)} {place} {date_abs}." if en else
                  f"« Nous avons eu des échanges francs et utiles », a déclaré {subj(pa, lang)[0].lower() + subj(pa, lang)[1:]} après avoir rencontré {obj(pb, pa, lang)} {place} {date_abs}.")]
        facts = [M("talks", [pa.iso, pb.iso], date=dabs.isoformat(), location=loc)]
    elif variant == "headline_present":
        # a headline in the historic present over a body that tells the same talks with its date: one fact
        head = (f"{ca['dem']} and {cb['dem']} ministers meet in {loc}" if en else
                f"{cap(pa.fr_title(dem=False, art=False))}s {pa.c['dem_m']} et {pb.c['dem_m']} se rencontrent à {place[2:]}")
        sents = [f"{subj(pa, lang)} met {obj(pb, pa, lang, 'counterpart')} {place} {date_abs}." if en else
                 f"{subj(pa, lang)} a rencontré {obj(pb, pa, lang, 'counterpart')} {place} {date_abs}."]
        facts = [M("talks", [pa.iso, pb.iso], date=dabs.isoformat(), location=loc)]
    elif variant == "present_lede":
        # the body's first sentence in the present: "X meets Y in Lima today"
        sents = [f"{subj(pa, lang)} meets {obj(pb, pa, lang)} {place} today for talks on {topic}." if en else
                 f"{subj(pa, lang)} rencontre aujourd'hui {place} {obj(pb, pa, lang)} pour des entretiens sur {topic}."]
        facts = [M("talks", [pa.iso, pb.iso], date=ref.isoformat(), location=loc)]
    elif variant == "bullets":
        pc, pd = pair(rnd)
        d2 = past_day(rnd, ref)
        p2, loc2 = where(pc, lang, "capital")
        intro = "The week in brief:" if en else "La semaine en bref :"
        b1 = (f"- {subj(pa, lang)} held talks with {obj(pb, pa, lang)} {place} {date_abs}" if en else
              f"- {subj(pa, lang)} a eu des entretiens avec {obj(pb, pa, lang)} {place} {date_abs}")
        b2 = (f"- {subj(pc, lang)} received {obj(pd, pc, lang)} {p2} {en_dt(d2, ref)}" if en else
              f"- {subj(pc, lang)} a reçu {obj(pd, pc, lang)} {p2} {fr_dt(d2, ref)}")
        sents = [intro, b1.replace(",,", ",").rstrip(","), b2.replace(",,", ",").rstrip(",")]
        facts = [M("talks", [pa.iso, pb.iso], date=dabs.isoformat(), location=loc, ev=1),
                 M("talks", [pc.iso, pd.iso], date=d2.isoformat(), location=loc2, ev=2)]
    elif variant == "relative":
        # the meeting told in a relative clause on the other side's name
        eb = pb.fe("", "e")
        sents = [f"{pb.name}, {cb['dem']} {pb.en_title.lower()}, whom {subj(pa, lang).rstrip(',')} received {place_a} {date_abs}, said trade would double." if en else
                 f"{pb.name}, {pb.fr_title(art=False)}, que {subj(pa, lang)[0].lower() + subj(pa, lang)[1:]} a reçu{eb} {place_a} {date_abs}, a dit que les échanges doubleraient."]
        facts = [M("talks", [pa.iso, pb.iso], date=dabs.isoformat(), location=loc_a)]
    elif variant in ("nominal", "nominal_fr_rencontre"):
        # a noun of meeting with its participants: "X's talks with Y", « la rencontre entre X et Y »
        if en and variant == "nominal":
            s = f"{ca['dem']} {pa.en_title} {pa.name}'s talks with {obj(pb, pa, lang)} {place} {date_abs} focused on {topic}."
        elif en:
            s = f"The meeting between {subj(pa, lang)} and {obj(pb, pa, lang)} {place} {date_abs} focused on {topic}."
        elif variant == "nominal":
            s = f"Les entretiens {de(pa.fr_title())}, {pa.name}, avec {obj(pb, pa, lang)} {place} {date_abs} ont porté sur {topic}."
        else:
            s = f"La rencontre entre {pa.fr_title()}, {pa.name}, et {obj(pb, pa, lang)} {place} {date_abs} a porté sur {topic}."
        sents = [s.replace(" de le ", " du ")]
        facts = [M("talks", [pa.iso, pb.iso], date=dabs.isoformat(), location=loc)]
    elif variant == "passive_agent":
        # the visitor as subject of a passive with an agent, the date between verb and agent
        eb = pb.fe("", "e")
        sents = [f"{subj(pb, lang)} was received {date_abs} {place_a} by {obj(pa, pb, lang)}." if en else
                 f"{subj(pb, lang)} a été reçu{eb} {date_abs} {place_a} par {obj(pa, pb, lang)}."]
        facts = [M("talks", [pa.iso, pb.iso], date=dabs.isoformat(), location=loc_a)]
    elif variant == "parenthesis":
        sents = [f"{subj(pa, lang)} met (for the second time this year) {obj(pb, pa, lang)} {place} {date_abs}." if en else
                 f"{subj(pa, lang)} a rencontré (pour la deuxième fois cette année) {obj(pb, pa, lang)} {place} {date_abs}."]
        facts = [M("talks", [pa.iso, pb.iso], date=dabs.isoformat(), location=loc)]
    elif variant == "dash":
        sents = [f"{subj(pa, lang)} {date_abs} held talks — the first since the elections — with {obj(pb, pa, lang)} {place}." if en else
                 f"{subj(pa, lang)} s'est entretenu{e} {date_abs} — une première depuis les élections — avec {obj(pb, pa, lang)} {place}."]
        facts = [M("talks", [pa.iso, pb.iso], date=dabs.isoformat(), location=loc)]
    elif variant == "organisation":
        k = rnd.randrange(len(ORGS))
        oen, ofr, seat, seat_fr, og = ORGS[k]
        sents = [f"{subj(pa, lang)} met {oen} {ORG_NAMES[k]} in {seat} {date_abs}." if en else
                 f"{subj(pa, lang)} a rencontré {ofr}, {ORG_NAMES[k]}, à {seat_fr} {date_abs}."]
        facts = [M("talks", [pa.iso], date=dabs.isoformat(), location=seat)]
    elif variant in ("planned_date", "planned_expected"):
        df = ref + dt.timedelta(days=rnd.randint(3, 30))
        when = en_dt(df, ref) if en else fr_dt(df, ref)
        if variant == "planned_date":
            sents = [f"{subj(pa, lang)} is due to travel to {cb['en']} {when} for talks on {topic}." if en else
                     f"{subj(pa, lang)} doit se rendre {cb['fr_in']} {when} pour des entretiens sur {topic}."]
            facts = [M("visit", [pa.iso, pb.iso], status="planned", date=df.isoformat())]
        else:
            cap_b = pb.c["cap"] if en else pb.c["cap_fr"]
            sents = [f"{subj(pa, lang)} is expected in {cap_b} {when}, where {pa.fe('he', 'she')} will meet {obj(pb, pa, lang, 'counterpart')}." if en else
                     f"{subj(pa, lang)} est attendu{e} à {cap_b} {when}, où {pa.fe('il', 'elle')} rencontrera {obj(pb, pa, lang, 'counterpart')}."]
            facts = [M("visit", [pa.iso, pb.iso], status="planned", date=df.isoformat(), location=pb.c["cap"])]
    else:
        # an earlier meeting recalled: month and year
        year = ref.year - rnd.randint(1, 3)
        mo = rnd.randint(1, 12)
        when = f"in {EN_MONTHS[mo-1]} {year}" if en else f"en {FR_MONTHS[mo-1]} {year}"
        if variant == "recalled":
            sents = [f"{subj(pa, lang)} spoke of trade with {cb['en']}." if en else f"{subj(pa, lang)} a parlé des échanges avec {cb['fr']}.",
                     f"{pron(pa, lang)} had already met {obj(pb, pa, lang)} {place} {when}." if en else
                     f"{pron(pa, lang)} avait déjà rencontré {obj(pb, pa, lang)} {place} {when}."]
            facts = [M("talks", [pa.iso, pb.iso], date=f"{year}-{mo:02d}", location=loc, ev=1)]
        else:
            sents = [f"{subj(pa, lang)} and {obj(pb, pa, lang)} last met {place} {when}." if en else
                     f"{cap(pa.fr_title())}, {pa.name}, et {obj(pb, pa, lang)} s'étaient rencontrés pour la dernière fois {place} {when}."]
            facts = [M("talks", [pa.iso, pb.iso], date=f"{year}-{mo:02d}", location=loc)]
    return head, sents, facts, variant


# ---- Agreements ----------------------------------------------------------------------------------------------
def agreements(rnd, lang, ref):
    en = lang == "en"
    pa, pb = pair(rnd, rnd.choice(["fm", "trade", "pm"]))
    ca, cb = pa.c, pb.c
    dd = past_day(rnd, ref)
    when = en_dt(dd, ref) if en else fr_dt(dd, ref)
    place, _ = where(rnd.choice([pa, pb]), lang, rnd.choice(["capital", "second"]))
    sen, sfr, skind, sg = rnd.choice(SUBJECT_INSTRUMENTS)
    e = "e" if sg == "f" else ""
    le = ("l'" if sfr[0] in "aeiouéè" else "la " if sg == "f" else "le ") + sfr
    un = ("une " if sg == "f" else "un ") + sfr
    both = f"{ca['en']} and {cb['en']}" if en else f"{ca['fr']} et {cb['fr']}"
    variant = rnd.choice(["by_subject", "by_subject_passive", "group_number", "group_kinds", "two_fields", "initialled", "ratified",
                          "entered_force", "concluded_negotiations", "headline_sign", "quoted_sign", "on_behalf", "capitals_between",
                          "date_inside", "exchanged_instruments", "planned_sign"])
    head, sents, facts = None, [], []
    parties = [pa.iso, pb.iso]
    if variant == "by_subject":
        sents = [f"{cap(both)} signed an {sen} {place} {when}." if en and sen[0] in "aeiou" else
                 f"{cap(both)} signed a {sen} {place} {when}." if en else f"{cap(both)} ont signé {un} {place} {when}."]
        facts = [A(skind, "signed", parties, dd.isoformat())]
    elif variant == "by_subject_passive":
        sents = [f"The {sen} between {both} was signed {when} {place}." if en else
                 f"{cap(le)} entre {both} a été signé{e} {when} {place}."]
        facts = [A(skind, "signed", parties, dd.isoformat())]
    elif variant == "group_number":
        n = rnd.randint(4, 15)
        sents = [f"{subj(pa, lang)} and {obj(pb, pa, lang)} signed {n} agreements {place} {when}." if en else
                 f"{subj(pa, lang)} et {obj(pb, pa, lang)} ont signé {n} accords {place} {when}."]
        facts = [A("agreement", "signed", parties, dd.isoformat())]
    elif variant == "group_kinds":
        n = rnd.randint(4, 15)
        sents = [f"The two sides signed {n} agreements and memoranda of understanding {when}." if en else
                 f"Les deux parties ont signé {n} accords et mémorandums d'entente {when}."]
        head_s = (f"{subj(pa, lang)} held talks with {obj(pb, pa, lang)}." if en else
                  f"{subj(pa, lang)} a eu des entretiens avec {obj(pb, pa, lang)}.")
        sents = [head_s] + sents
        # the talks' day is not stated: the signing's date is the agreement's only
        facts = [M("talks", parties, ev=0), A("agreement", "signed", parties, dd.isoformat(), ev=1)]
    elif variant == "two_fields":
        # "agreements on energy and transport": two instruments
        f2 = rnd.sample(g1.FIELDS, 2)
        sents = [f"{cap(both)} signed agreements on {f2[0][0]} and {f2[1][0]} {when}." if en else
                 f"{cap(both)} ont signé des accords sur {f2[0][1]} et {f2[1][1]} {when}."]
        facts = [A("agreement", "signed", parties, dd.isoformat()), A("agreement", "signed", parties, dd.isoformat())]
    elif variant == "initialled":
        sents = [f"Negotiators from {both} initialled the {sen} {when}." if en else
                 f"Les négociateurs {de(ca['fr'])} et {de(cb['fr'])} ont paraphé {le} {when}."]
        facts = [A(skind, "adopted", parties, dd.isoformat())]
    elif variant == "ratified":
        sents = [f"The parliament of {ca['en']} {when} ratified the {sen} signed with {cb['en']} last year." if en else
                 f"Le parlement {de(ca['fr'])} a ratifié {when} {le} signé{e} l'an dernier avec {cb['fr']}."]
        facts = [A(skind, "ratification", parties, dd.isoformat())]
    elif variant == "entered_force":
        sents = [f"The {sen} between {both}, signed two years ago, entered into force {when}." if en else
                 f"{cap(le)} entre {both}, signé{e} il y a deux ans, est entré{e} en vigueur {when}."]
        facts = [A(skind, "in_force", parties, dd.isoformat())]
    elif variant == "concluded_negotiations":
        sents = [f"{cap(both)} concluded negotiations on a {sen} {when}." if en else
                 f"{cap(both)} ont conclu {when} les négociations sur {un}."]
        facts = [A(skind, "adopted", parties, dd.isoformat())]
    elif variant == "headline_sign":
        head = (f"{ca['en'].replace('the ', '')} and {cb['en'].replace('the ', '')} sign {sen}" if en else
                f"{cap(ca['fr'])} et {cb['fr']} signent {un}")
        sents = [f"The {sen} was signed {place} {when} by {subj(pa, lang).rstrip(',')} and {obj(pb, pa, lang)}." if en else
                 f"{cap(le)} a été signé{e} {place} {when} par {pa.fr_title()}, {pa.name}, et {obj(pb, pa, lang)}."]
        facts = [A(skind, "signed", parties, dd.isoformat())]
    elif variant == "quoted_sign":
        sents = [f"\"This opens a new chapter,\" {subj(pa, lang).rstrip(',')} said after signing a {sen} with {obj(pb, pa, lang)} {when}." if en else
                 f"« C'est un nouveau chapitre », a déclaré {subj(pa, lang)[0].lower() + subj(pa, lang)[1:]} après avoir signé {un} avec {obj(pb, pa, lang)} {when}."]
        facts = [A(skind, "signed", parties, dd.isoformat())]
    elif variant == "on_behalf":
        sents = [f"The {sen} was signed {when} by {pa.name} and {pb.name} on behalf of {both}." if en else
                 f"{cap(le)} a été signé{e} {when} par {pa.name} et {pb.name} au nom {de(ca['fr'])} et {de(cb['fr'])}."]
        facts = [A(skind, "signed", parties, dd.isoformat())]
    elif variant == "capitals_between":
        sents = [f"A {sen} between {ca['cap']} and {cb['cap']} was signed {when}." if en else
                 f"{cap(un)} entre {ca['cap_fr']} et {cb['cap_fr']} a été signé{e} {when}."]
        facts = [A(skind, "signed", parties, dd.isoformat())]
    elif variant == "date_inside":
        # the date inside a verb of several words: "agreed on 2 July on", « se sont entendus le 2 juillet sur »
        sents = [f"{cap(both)} agreed {when} on the text of a {sen}." if en else
                 f"{cap(both)} se sont entendus {when} sur le texte {de(le)}."]
        facts = [A(skind, "adopted", parties, dd.isoformat())]
    elif variant == "exchanged_instruments":
        sents = [f"{cap(both)} exchanged the instruments of ratification of the {sen} {when}." if en else
                 f"{cap(both)} ont échangé {when} les instruments de ratification {de(le)}."]
        facts = [A(skind, "ratification", parties, dd.isoformat())]
    else:
        df = ref + dt.timedelta(days=rnd.randint(3, 30))
        sents = [f"{cap(both)} are expected to sign a {sen} {en_dt(df, ref)}." if en else
                 f"{cap(both)} doivent signer {un} {fr_dt(df, ref)}."]
        facts = [A(skind, "planned", parties)]
    sents = [s.replace(" de l'", " de l'").replace("de le ", "du ") for s in sents]
    return head, sents, facts, variant


# ---- Near misses: no fact ------------------------------------------------------------------------------------
def near_misses(rnd, lang, ref):
    en = lang == "en"
    pa, pb = pair(rnd)
    ca, cb = pa.c, pb.c
    sen, sfr, skind, sg = rnd.choice(SUBJECT_INSTRUMENTS)
    le = ("l'" if sfr[0] in "aeiouéè" else "la " if sg == "f" else "le ") + sfr
    variant = rnd.choice(["hopes_meet", "denied_meeting", "no_date_yet", "press", "condolence_book", "decree", "not_signed",
                          "postponed", "meeting_room", "anniversary", "declined"])
    s = {
        "hopes_meet": (f"{subj(pa, lang)} said {pa.fe('he', 'she')} hoped to meet {obj(pb, pa, lang)} soon.",
                       f"{subj(pa, lang)} a dit espérer rencontrer bientôt {obj(pb, pa, lang)}."),
        "denied_meeting": (f"The ministry denied reports that {subj(pa, lang).rstrip(',')} had met {obj(pb, pa, lang)}.",
                           f"Le ministère a démenti que {subj(pa, lang)[0].lower() + subj(pa, lang)[1:]} ait rencontré {obj(pb, pa, lang)}."),
        "no_date_yet": (f"No date has been set for a visit by {subj(pa, lang).rstrip(',')} to {cb['en']}.",
                        f"Aucune date n'a été fixée pour une visite {de(pa.fr_title())}, {pa.name}, {cb['fr_in']}."),
        "press": (f"{subj(pa, lang)} met reporters in {ca['cap']} after a cabinet meeting.",
                  f"{subj(pa, lang)} a rencontré la presse à {ca['cap_fr']} après le conseil des ministres."),
        "condolence_book": (f"{subj(pa, lang)} signed the book of condolences at the embassy of {cb['en']}.",
                            f"{subj(pa, lang)} a signé le livre de condoléances à l'ambassade {de(cb['fr'])}."),
        "decree": (f"{subj(pa, lang)} signed a decree on the reform of the diplomatic service.",
                   f"{subj(pa, lang)} a signé un décret sur la réforme du service diplomatique."),
        "not_signed": (f"{ca['en']} and {cb['en']} did not sign the {sen}, officials said.",
                       f"{cap(ca['fr'])} et {cb['fr']} n'ont pas signé {le}, selon des responsables."),
        "postponed": (f"The visit of {subj(pa, lang).rstrip(',')} to {cb['en']} has been postponed indefinitely.",
                      f"La visite {de(pa.fr_title())}, {pa.name}, {cb['fr_in']} a été reportée sine die."),
        "meeting_room": (f"The hall where leaders of {ca['en']} and {cb['en']} meet is being renovated.",
                         f"La salle où se réunissent les dirigeants {de(ca['fr'])} et {de(cb['fr'])} est en travaux."),
        "anniversary": (f"{ca['en']} and {cb['en']} mark thirty years of diplomatic relations this year.",
                        f"{cap(ca['fr'])} et {cb['fr']} célèbrent cette année trente ans de relations diplomatiques."),
        "declined": (f"{subj(pa, lang)} declined an invitation to meet {obj(pb, pa, lang)}.",
                     f"{subj(pa, lang)} a décliné l'invitation à rencontrer {obj(pb, pa, lang)}."),
    }[variant][0 if en else 1]
    return None, [s.replace("de le ", "du ").replace(" à le ", " au ")], [], variant


GENERATORS = [(meetings, 10), (agreements, 8), (near_misses, 4)]
HEADS_EN = ["Diplomacy", "World briefing", "Foreign news", "Around the region"]
HEADS_FR = ["Diplomatie", "International", "En bref", "Monde"]
FILL_EN = "Both sides described the exchanges as constructive."
FILL_FR = "Les deux parties ont qualifié les échanges de constructifs."


def make_doc(rnd, lang, ref):
    gens = [gfn for gfn, w in GENERATORS for _ in range(w)]
    gen = rnd.choice(gens)
    head, sents, facts, variant = gen(rnd, lang, ref)
    sents = [fix(s) if not s.startswith("- ") else "- " + fix(s[2:]) for s in sents]
    if gen is not near_misses and rnd.random() < 0.5:
        sents.append(FILL_EN if lang == "en" else FILL_FR)
    head = head or rnd.choice(HEADS_EN if lang == "en" else HEADS_FR)
    bullets = any(s.startswith("- ") for s in sents)
    body = "\n".join(sents) if bullets else " ".join(sents)
    text = head + "\n\n" + body + "\n"
    gold = []
    for t, f, ev in facts:
        f = {k: v for k, v in f.items() if v is not None}
        evd = sents[ev][2:] if sents[ev].startswith("- ") else sents[ev]
        gold.append(dict(type=t, evidence=evd[:250], fields=f))
    construction = {meetings: "meeting", agreements: "agreement", near_misses: "near_miss"}[gen]
    cell = dict(construction=construction, word=variant, kind=(facts[0][1]["kind"] if facts else "-"))
    return text, gold, cell
