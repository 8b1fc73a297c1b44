#!/usr/bin/env python3
"""The English meeting matrix (session 27, grid27en, issue #14/#16): our own one- or two-sentence items crossing the
English triggers of Gazetteers/vocab/meetings.yaml (meet, hold talks, receive, host, visit, travel, arrive, call,
speak by phone, video call, summit, joint commission, consultations) with verb forms (present, past, present perfect,
past perfect, progressive, passive, participle and absolute clauses, headline style, nominal, future and plans), with
the forms of the two sides (bare surname, title + name, demonym + title + name, "his Kenyan counterpart", the country
as actor, a possessive "Japan's Ishiba", a delegation, "the two leaders"), places and dates, and near misses that must
give no meeting (negation, a cancelled visit, a habit, a hypothetical, an invitation, "meets the requirements", a
sports meeting, a company's visit, an institution named in passing).
Real officials, invented events; no sentence is copied from a dev or evaluation set. Gold follows
/work/shared/devsets/diplomatic_news/README.md and docs/facts.md (a planned meeting needs a stated date or place;
Meeting gold here carries `status`). Reference date: Wednesday 12 March 2025.
Writes docs/, index.jsonl, gold.jsonl (`glean eval gold.jsonl`) and one fixture per document that holds.
Run from anywhere: python3 make.py"""
import os, sys, itertools
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import matrixlib

REF = "2025-03-12"  # a Wednesday
M = "Meeting"

# Officials: country -> (surname as used alone, full name, title, demonym, country name, capital, possessive country)
LEAD = {
    "IN": ("Modi", "Narendra Modi", "Prime Minister", "Indian", "India", "New Delhi"),
    "AU": ("Albanese", "Anthony Albanese", "Prime Minister", "Australian", "Australia", "Canberra"),
    "JP": ("Ishiba", "Shigeru Ishiba", "Prime Minister", "Japanese", "Japan", "Tokyo"),
    "KE": ("Ruto", "William Ruto", "President", "Kenyan", "Kenya", "Nairobi"),
    "CN": ("Xi", "Xi Jinping", "President", "Chinese", "China", "Beijing"),
    "FR": ("Macron", "Emmanuel Macron", "President", "French", "France", "Paris"),
    "BR": ("Lula", "Luiz Inácio Lula da Silva", "President", "Brazilian", "Brazil", "Brasília"),
    "ZA": ("Ramaphosa", "Cyril Ramaphosa", "President", "South African", "South Africa", "Pretoria"),
    "TR": ("Erdogan", "Recep Tayyip Erdogan", "President", "Turkish", "Turkey", "Ankara"),
    "ID": ("Prabowo", "Prabowo Subianto", "President", "Indonesian", "Indonesia", "Jakarta"),
    "MY": ("Anwar", "Anwar Ibrahim", "Prime Minister", "Malaysian", "Malaysia", "Kuala Lumpur"),
    "IT": ("Meloni", "Giorgia Meloni", "Prime Minister", "Italian", "Italy", "Rome"),
    "GB": ("Starmer", "Keir Starmer", "Prime Minister", "British", "Britain", "London"),
    "NG": ("Tinubu", "Bola Tinubu", "President", "Nigerian", "Nigeria", "Abuja"),
    "MX": ("Sheinbaum", "Claudia Sheinbaum", "President", "Mexican", "Mexico", "Mexico City"),
}
FM = {
    "CN": ("Wang", "Wang Yi", "Foreign Minister", "Chinese", "China", "Beijing"),
    "IN": ("Jaishankar", "S. Jaishankar", "External Affairs Minister", "Indian", "India", "New Delhi"),
    "AU": ("Wong", "Penny Wong", "Foreign Minister", "Australian", "Australia", "Canberra"),
    "JP": ("Iwaya", "Takeshi Iwaya", "Foreign Minister", "Japanese", "Japan", "Tokyo"),
    "FR": ("Barrot", "Jean-Noël Barrot", "Foreign Minister", "French", "France", "Paris"),
    "DE": ("Baerbock", "Annalena Baerbock", "Foreign Minister", "German", "Germany", "Berlin"),
    "BR": ("Vieira", "Mauro Vieira", "Foreign Minister", "Brazilian", "Brazil", "Brasília"),
    "ZA": ("Lamola", "Ronald Lamola", "Foreign Minister", "South African", "South Africa", "Pretoria"),
    "TR": ("Fidan", "Hakan Fidan", "Foreign Minister", "Turkish", "Turkey", "Ankara"),
    "RU": ("Lavrov", "Sergey Lavrov", "Foreign Minister", "Russian", "Russia", "Moscow"),
    "KE": ("Mudavadi", "Musalia Mudavadi", "Foreign Minister", "Kenyan", "Kenya", "Nairobi"),
    "GB": ("Lammy", "David Lammy", "Foreign Secretary", "British", "Britain", "London"),
}

# Dates: phrase -> value (reference Wednesday 12 March 2025)
PAST = [(" on Tuesday", "2025-03-11"), (" on 10 March", "2025-03-10"), (" last week", "2025-03"), ("", None),
        (" on Monday", "2025-03-10"), (" yesterday", "2025-03-11")]
FUT = [(" on Friday", "2025-03-14"), (" on 20 March", "2025-03-20"), (" next month", "2025-04"), (" next week", "2025-03")]

def name(p, form):
    sur, full, title, dem, country, cap = p
    return {"bare": sur if sur not in ("Wang", "Xi", "Wong", "Anwar") else full, "title": f"{title} {full}",
            "dem": f"{dem} {title} {full}", "poss": f"{country}'s {sur if sur not in ('Wang', 'Xi', 'Wong', 'Anwar') else full}",
            "counterpart": f"his {dem} counterpart", "country": country}[form]
FEMALE = {"Wong", "Meloni", "Sheinbaum", "Baerbock"}

DOCS = []  # (id, construction, text, facts)
def m(ev, kind, countries, date=None, location=None, status="held"):
    f = {"kind": kind, "countries": sorted(set(countries))}
    if date: f["date"] = date
    if location: f["location"] = location
    f["status"] = status
    return (ev, f)
def doc(id, construction, text, facts):
    DOCS.append((id, construction, text, facts))

# ---------------------------------------------------------------------------------------------------------------
# A. Verb forms × sides. Each template: (id, construction, text, kind, host side, with place?, tense)
#    {A} subject, {B} object, {city} the host's capital, {Bc} the object's country, {date} a date phrase.
#    host: "A" (the meeting is in A's capital), "B" (in B's: a visit by A), None (no place).
HELD = [
    # simple past
    ("pa01", "past met", "{A} met {B} in {city}{date}.", "talks", "A"),
    ("pa02", "past met with", "{A} met with {B} in {city}{date}.", "talks", "B"),
    ("pa03", "past held talks", "{A} held talks with {B} in {city}{date}.", "talks", "A"),
    ("pa04", "past had talks", "{A} had talks with {B}{date}.", "talks", None),
    ("pa05", "past received", "{A} received {B} in {city}{date}.", "talks", "A"),
    ("pa06", "past hosted", "{A} hosted {B} for talks in {city}{date}.", "talks", "A"),
    ("pa07", "past visited country", "{A} visited {Bc}{date}.", "visit", "B-"),
    ("pa08", "past visited city", "{A} visited {city}{date} for talks with {B}.", "visit", "B"),
    ("pa09", "past paid official visit", "{A} paid an official visit to {Bc}{date}.", "visit", "B-"),
    ("pa10", "past made state visit", "{A} made a state visit to {Bc}{date}.", "visit", "B-"),
    ("pa11", "past travelled", "{A} travelled to {city}{date} for talks with {B}.", "visit", "B"),
    ("pa12", "past spoke by phone", "{A} spoke by phone with {B}{date}.", "phone_call", None),
    ("pa13", "past held phone call", "{A} held a phone call with {B}{date}.", "phone_call", None),
    ("pa14", "past telephoned", "{A} telephoned {B}{date} to discuss the crisis.", "phone_call", None),
    ("pa15", "past had telephone conversation", "{A} had a telephone conversation with {B}{date}.", "phone_call", None),
    ("pa16", "past video call", "{A} held a video call with {B}{date}.", "videoconference", None),
    ("pa17", "past talked with", "{A} talked with {B} in {city}{date}.", "talks", "A"),
    ("pa18", "past conferred", "{A} conferred with {B} in {city}{date}.", "talks", "A"),
    ("pa19", "past sat down with", "{A} sat down with {B} in {city}{date}.", "talks", "A"),
    ("pa20", "past welcomed to city", "{A} welcomed {B} to {city}{date}.", "visit", "A"),
    ("pa21", "past A and B met", "{A} and {B} met in {city}{date}.", "talks", "A"),
    ("pa22", "past A and B held talks", "{A} and {B} held talks in {city}{date}.", "talks", "A"),
    ("pa23", "past discussed with", "{A} discussed trade with {B} in {city}{date}.", "talks", "A"),
    ("pa24", "past called", "{A} called {B}{date} to discuss the ceasefire.", "phone_call", None),
    ("pa25", "past received phone call", "{A} received a phone call from {B}{date}.", "phone_call", None),
    ("pa26", "past arrived", "{A} arrived in {city}{date} on a two-day visit.", "visit", "B"),
    ("pa27", "past toured", "{A} toured {Bc}{date}, meeting business leaders.", "visit", "B-"),
    ("pa28", "past went to", "{A} went to {city}{date} for talks with {B}.", "visit", "B"),
    ("pa29", "past flew to", "{A} flew to {city}{date} for talks with {B}.", "visit", "B"),
    ("pa30", "past held a meeting", "{A} held a meeting with {B} in {city}{date}.", "talks", "A"),
    ("pa31", "past had a meeting", "{A} had a meeting with {B}{date}.", "talks", None),
    ("pa32", "past held bilateral talks", "{A} held bilateral talks with {B} in {city}{date}.", "talks", "A"),
    ("pa33", "past held consultations", "{A} held consultations with {B} in {city}{date}.", "consultations", "A"),
    ("pa34", "past greeted", "{A} greeted {B} at the airport in {city}{date} at the start of a state visit.", "visit", "A"),
    ("pa35", "past hosted dinner", "{A} hosted a dinner for {B} in {city}{date}.", "talks", "A"),
    ("pa36", "past paid a visit city", "{A} paid a working visit to {city}{date}.", "visit", "B"),
    # present (lede / headline style, held)
    ("pr01", "present meets", "{A} meets {B} in {city}.", "talks", "A"),
    ("pr02", "present holds talks", "{A} holds talks with {B} in {city}.", "talks", "A"),
    ("pr03", "present receives", "{A} receives {B} in {city}.", "talks", "A"),
    ("pr04", "present hosts", "{A} hosts {B} in {city}.", "talks", "A"),
    ("pr05", "present visits", "{A} visits {Bc} to boost trade ties.", "visit", "B-"),
    ("pr06", "present arrives", "{A} arrives in {city} for talks with {B}.", "visit", "B"),
    ("pr07", "present speaks by phone", "{A} speaks by phone with {B}.", "phone_call", None),
    ("pr08", "present A, B hold talks", "{A}, {B} hold talks in {city}.", "talks", "A"),
    ("pr09", "present A and B meet", "{A} and {B} meet in {city}.", "talks", "A"),
    ("pr10", "present welcomes", "{A} welcomes {B} to {city}.", "visit", "A"),
    ("pr11", "present meets today", "{A} meets {B} in {city} today.", "talks", "A"),
    ("pr12", "present in city for talks", "{A} in {city} for talks with {B}.", "visit", "B"),
    ("pr13", "present travels (talks ahead: planned)", "{A} travels to {city} for talks with {B}.", "visit", "B+"),
    ("pr14", "present holds phone talks", "{A} holds phone talks with {B}.", "phone_call", None),
    # present perfect
    ("pp01", "perfect has met", "{A} has met {B} in {city}.", "talks", "A"),
    ("pp02", "perfect has held talks", "{A} has held talks with {B} in {city}.", "talks", "A"),
    ("pp03", "perfect has received", "{A} has received {B} in {city}.", "talks", "A"),
    ("pp04", "perfect has visited", "{A} has visited {Bc} for the first time.", "visit", "B-"),
    ("pp05", "perfect has arrived", "{A} has arrived in {city} on an official visit.", "visit", "B"),
    ("pp06", "perfect has spoken by phone", "{A} has spoken by phone with {B}.", "phone_call", None),
    ("pp07", "perfect have held talks", "{A} and {B} have held talks in {city}.", "talks", "A"),
    ("pp08", "perfect has hosted", "{A} has hosted {B} in {city}.", "talks", "A"),
    # past perfect
    ("pq01", "pluperfect had met", "{A} had met {B} in {city}{date}, officials said.", "talks", "A"),
    ("pq02", "pluperfect had held talks", "{A} had held talks with {B} in {city}{date}.", "talks", "A"),
    ("pq03", "pluperfect had visited", "{A} had visited {Bc}{date}, before flying home.", "visit", "B-"),
    ("pq04", "pluperfect had spoken by phone", "{A} had spoken by phone with {B}{date}.", "phone_call", None),
    # progressive
    ("pg01", "progressive is visiting", "{A} is visiting {Bc} this week.", "visit", "B-w"),
    ("pg02", "progressive was visiting", "{A} was visiting {city}{date} when the talks took place.", "visit", "B"),
    ("pg03", "progressive is holding talks", "{A} is holding talks with {B} in {city}.", "talks", "A"),
    ("pg04", "progressive was holding talks", "{A} was holding talks with {B} in {city}{date}.", "talks", "A"),
    ("pg05", "progressive is on a visit", "{A} is on an official visit to {Bc}.", "visit", "B-"),
    ("pg06", "progressive was on a state visit", "{A} was on a state visit to {Bc}{date}.", "visit", "B-"),
    ("pg07", "progressive are meeting", "{A} and {B} are meeting in {city} today.", "talks", "A"),
    ("pg08", "progressive is hosting", "{A} is hosting {B} in {city} this week.", "talks", "A-w"),
    # passive
    ("ps01", "passive was received by", "{B} was received by {A} in {city}{date}.", "talks", "A"),
    ("ps02", "passive was hosted by", "{B} was hosted by {A} in {city}{date}.", "talks", "A"),
    ("ps03", "passive is being hosted", "{B} is being hosted by {A} in {city}.", "talks", "A"),
    ("ps04", "passive was welcomed by", "{B} was welcomed by {A} in {city}{date}.", "talks", "A"),
    ("ps05", "passive talks were held", "Talks between {A} and {B} were held in {city}{date}.", "talks", "A"),
    ("ps06", "passive a phone call was held", "A phone call between {A} and {B} was held{date}.", "phone_call", None),
    ("ps07", "passive was met by", "{B} was met by {A} in {city}{date}.", "talks", "A"),
    ("ps08", "passive were held between", "Consultations were held between {A} and {B} in {city}{date}.", "consultations", "A"),
    # participle and absolute clauses
    ("pt01", "participle meeting with", "Meeting with {B} in {city}{date}, {A} said the two countries would expand trade.", "talks", "A"),
    ("pt02", "participle received by", "Received by {A} in {city}{date}, {B} said relations were strong.", "talks", "A"),
    ("pt03", "participle during talks with", "During talks with {B} in {city}{date}, {A} raised the issue of fisheries.", "talks", "A"),
    ("pt04", "participle after talks with", "After talks with {B} in {city}{date}, {A} announced new scholarships.", "talks", "A"),
    ("pt05", "participle ahead of talks with", "Ahead of talks with {B} in {city}{date}, {A} laid a wreath.", "talks", "A"),
    ("pt06", "participle after meeting", "After meeting {B} in {city}{date}, {A} told reporters that ties were improving.", "talks", "A"),
    ("pt07", "participle following a meeting", "Following a meeting with {B} in {city}{date}, {A} praised the partnership.", "talks", "A"),
    ("pt08", "participle while visiting", "While visiting {city}{date}, {A} opened a trade fair.", "visit", "B"),
    ("pt09", "participle during his visit", "During a visit to {city}{date}, {A} laid the foundation stone of a new embassy.", "visit", "B"),
    ("pt10", "participle speaking by phone", "Speaking by phone with {B}{date}, {A} stressed the need for a ceasefire.", "phone_call", None),
    ("pt11", "participle on a visit to", "On a visit to {city}{date}, {A} announced a new credit line.", "visit", "B"),
    ("pt12", "participle visiting", "Visiting {city}{date}, {A} urged closer energy ties.", "visit", "B"),
    # nominal
    ("no01", "nominal talks between", "The talks between {A} and {B} in {city}{date} focused on trade.", "talks", "A"),
    ("no02", "nominal possessive visit", "{A}'s visit to {city}{date} produced four agreements.", "visit", "B"),
    ("no03", "nominal a meeting of", "A meeting of {A} and {B} in {city}{date} ended without a statement.", "talks", "A"),
    ("no04", "nominal possessive talks with", "{A}'s talks with {B} in {city}{date} lasted two hours.", "talks", "A"),
    ("no05", "nominal phone call between", "The phone call between {A} and {B}{date} lasted an hour.", "phone_call", None),
    ("no06", "nominal meeting between", "The meeting between {A} and {B} in {city}{date} was their first.", "talks", "A"),
    ("no07", "nominal state visit of", "The state visit of {A} to {Bc}{date} was the first in a decade.", "visit", "B-"),
    ("no08", "nominal possessive trip", "{A}'s trip to {city}{date} was cut short by the storm.", "visit", "B"),
    # second batch: irregular and phrasal verbs, headline verbs, participles, nominal compounds
    ("pb01", "past rang", "{A} rang {B}{date} to discuss the crisis.", "phone_call", None),
    ("pb02", "past phoned", "{A} phoned {B}{date}.", "phone_call", None),
    ("pb03", "past saw", "{A} saw {B} in {city}{date} for the first time in a year.", "talks", "A"),
    ("pb04", "past met virtually", "{A} met {B} virtually{date}.", "videoconference", None),
    ("pb06", "past held talks by phone", "{A} held talks by phone with {B}{date}.", "phone_call", None),
    ("pb07", "past landed in", "{A} landed in {city}{date} for talks with {B}.", "visit", "B"),
    ("pb08", "past began a visit", "{A} began a three-day visit to {Bc}{date}.", "visit", "B-"),
    ("pb09", "past wrapped up a visit", "{A} wrapped up a visit to {city}{date}.", "visit", "B"),
    ("pb10", "past concluded a visit", "{A} concluded an official visit to {Bc}{date}.", "visit", "B-"),
    ("pb11", "past embarked on a visit", "{A} embarked on a state visit to {Bc}{date}.", "visit", "B-"),
    ("pb12", "past called on", "{A} called on {B} in {city}{date}.", "talks", "B"),
    ("pb13", "past paid a courtesy call", "{A} paid a courtesy call on {B} in {city}{date}.", "talks", "B"),
    ("pb14", "past hosted talks", "{A} hosted talks with {B} in {city}{date}.", "talks", "A"),
    ("pb15", "past reached", "{A} reached {city}{date} on a two-day official visit.", "visit", "B"),
    ("pb16", "past left for", "{A} left for {city}{date} on an official visit.", "visit", "B"),
    ("pb17", "past held a teleconference", "{A} held a teleconference with {B}{date}.", "videoconference", None),
    ("pb18", "past met in person", "{A} met {B} in person in {city}{date}.", "talks", "A"),
    ("pb19", "past had a phone conversation", "{A} had a phone conversation with {B}{date}.", "phone_call", None),
    ("pb20", "past exchanged views", "{A} exchanged views with {B} in {city}{date}.", "talks", "A"),
    ("pc01", "present calls on", "{A} calls on {B} in {city}.", "talks", "B"),
    ("pc02", "present heads to (talks ahead: planned)", "{A} heads to {city} for talks with {B}.", "visit", "B+"),
    ("pc03", "present lands in", "{A} lands in {city} on a two-day visit.", "visit", "B"),
    ("pc04", "present begins visit", "{A} begins visit to {Bc}.", "visit", "B-"),
    ("pc05", "present wraps up visit", "{A} wraps up visit to {Bc}.", "visit", "B-"),
    ("pc06", "present A, B meet", "{A}, {B} meet in {city}.", "talks", "A"),
    ("pc07", "present talks by phone", "{A} talks by phone with {B}.", "phone_call", None),
    ("pc08", "present dials", "{A} dials {B} as tensions rise.", "phone_call", None),
    ("pc09", "present in city on visit", "{A} in {city} on a state visit.", "visit", "B"),
    ("pc10", "present on visit to", "{A} on official visit to {Bc}.", "visit", "B-"),
    ("pd01", "participle having met", "Having met {B} in {city}{date}, {A} flew on to Singapore.", "talks", "A"),
    ("pd02", "participle after holding talks", "After holding talks with {B} in {city}{date}, {A} visited a temple.", "talks", "A"),
    ("pd03", "participle upon arrival", "Upon arrival in {city}{date}, {A} was greeted by the foreign minister.", "visit", "B"),
    ("pd04", "participle before meeting", "Before meeting {B} in {city}{date}, {A} spoke to students.", "talks", "A"),
    ("pd05", "participle hosted by", "Hosted by {A} in {city}{date}, {B} toured a factory.", "talks", "A"),
    ("pd06", "passive had been received", "{B} had been received by {A} in {city}{date}.", "talks", "A"),
    ("pd07", "passive was greeted by", "{B} was greeted by {A} on arrival in {city}{date}.", "visit", "A"),
    ("pe01", "nominal hyphen pair talks", "The {Ad}-{Bd} talks in {city}{date} ended with a joint statement.", "talks", "A"),
    ("pe02", "nominal three-day visit", "{A}'s three-day visit to {Bc}{date} ended with a press conference.", "visit", "B-"),
    ("pe03", "nominal phone call with", "{A}'s phone call with {B}{date} lasted forty minutes.", "phone_call", None),
    ("pe04", "nominal visit by", "The visit by {A} to {city}{date} was the first in years.", "visit", "B"),
    ("pe06", "nominal conversation", "In a telephone conversation{date}, {A} and {B} discussed the war.", "phone_call", None),
    # third batch: more verbs of trips and talks, plural presents, summits and sessions attended
    ("pf01", "past undertook a visit", "{A} undertook an official visit to {Bc}{date}.", "visit", "B-"),
    ("pf02", "past conducted a visit", "{A} conducted a working visit to {city}{date}.", "visit", "B"),
    ("pf03", "past kicked off a visit", "{A} kicked off a state visit to {Bc}{date}.", "visit", "B-"),
    ("pf04", "past ended his visit", "{A} ended a visit to {city}{date}.", "visit", "B"),
    ("pf05", "past set off for", "{A} set off for {city}{date} on an official visit.", "visit", "B"),
    ("pf06", "past departed for", "{A} departed for {city}{date} for talks with {B}.", "visit", "B"),
    ("pf07", "past paid a visit to", "{A} paid a visit to {city}{date}.", "visit", "B"),
    ("pf08", "past was in city for talks", "{A} was in {city}{date} for talks with {B}.", "visit", "B"),
    ("pf09", "past talked by phone", "{A} talked by phone with {B}{date}.", "phone_call", None),
    ("pf10", "past had a call", "{A} had a call with {B}{date}.", "phone_call", None),
    ("pf11", "past held a telephone call", "{A} held a telephone call with {B}{date}.", "phone_call", None),
    ("pf12", "past spoke over the phone", "{A} spoke over the phone with {B}{date}.", "phone_call", None),
    ("pf13", "past had a video conference", "{A} had a video conference with {B}{date}.", "videoconference", None),
    ("pf15", "past hosted a visit", "{A} hosted a visit by {B} to {city}{date}.", "visit", "A"),
    ("pf16", "past held a working lunch", "{A} held a working lunch with {B} in {city}{date}.", "talks", "A"),
    ("pf17", "past met separately", "{A} also met {B} in {city}{date}.", "talks", "A"),
    ("pf18", "past held a bilateral meeting", "{A} held a bilateral meeting with {B} in {city}{date}.", "talks", "A"),
    ("pf19", "past were received", "{A} and his delegation were received by {B} in {city}{date}.", "talks", "B"),
    ("pf20", "past paid a state visit", "{A} paid a state visit to {city}{date}.", "visit", "B"),
    ("ph01", "present plural hold talks", "{A} and {B} hold talks in {city}.", "talks", "A"),
    ("ph02", "present plural speak by phone", "{A} and {B} speak by phone.", "phone_call", None),
    ("ph03", "present pays a visit", "{A} pays an official visit to {Bc}.", "visit", "B-"),
    ("ph04", "present is on a visit", "{A} is in {city} on a working visit.", "visit", "B"),
    ("ph05", "present receives phone call", "{A} receives a phone call from {B}.", "phone_call", None),
    ("ph06", "present holds a meeting", "{A} holds a meeting with {B} in {city}.", "talks", "A"),
    ("ph07", "present has talks", "{A} has talks with {B} in {city}.", "talks", "A"),
    ("ph08", "present is paying a visit", "{A} is paying a state visit to {Bc}.", "visit", "B-"),
    ("ph09", "perfect have spoken by phone", "{A} and {B} have spoken by phone.", "phone_call", None),
    ("ph10", "perfect has paid a visit", "{A} has paid an official visit to {Bc}.", "visit", "B-"),
]

FUTURE = [
    ("fu01", "future will visit", "{A} will visit {Bc}{date}.", "visit", "B-"),
    ("fu02", "future is due to visit", "{A} is due to visit {city}{date}.", "visit", "B"),
    ("fu03", "future is expected to visit", "{A} is expected to visit {Bc}{date}.", "visit", "B-"),
    ("fu04", "future plans to visit", "{A} plans to visit {city}{date}.", "visit", "B"),
    ("fu05", "future is set to visit", "{A} is set to visit {Bc}{date}.", "visit", "B-"),
    ("fu06", "future visit scheduled for", "{A}'s visit to {city} is scheduled for{date2}.", "visit", "B"),
    ("fu07", "future will hold talks", "{A} will hold talks with {B} in {city}{date}.", "talks", "A"),
    ("fu08", "future will travel", "{A} will travel to {city}{date} for talks with {B}.", "visit", "B"),
    ("fu09", "future is to visit", "{A} is to visit {Bc}{date}.", "visit", "B-"),
    ("fu10", "future will host", "{A} will host {B} in {city}{date}.", "talks", "A"),
    ("fu11", "future will receive", "{A} will receive {B} in {city}{date}.", "talks", "A"),
    ("fu12", "future will meet", "{A} will meet {B} in {city}{date}.", "talks", "A"),
    ("fu13", "future headline to visit", "{A} to visit {Bc}{date}.", "visit", "B-"),
    ("fu14", "future is meeting (progressive plan)", "{A} is meeting {B} in {city}{date}.", "talks", "A"),
    ("fu15", "future will speak by phone", "{A} will speak by phone with {B}{date}.", "phone_call", None),
    ("fu16", "future is scheduled to meet", "{A} is scheduled to meet {B} in {city}{date}.", "talks", "A"),
    ("fu17", "future is expected to hold talks", "{A} is expected to hold talks with {B} in {city}{date}.", "talks", "A"),
    ("fu18", "future is going to visit", "{A} is going to visit {city}{date}.", "visit", "B"),
    ("fu19", "future will pay a state visit", "{A} will pay a state visit to {Bc}{date}.", "visit", "B-"),
    ("fu20", "future upcoming visit", "{A}'s upcoming visit to {city}{date} will focus on energy.", "visit", "B"),
    ("fu21", "future will arrive", "{A} will arrive in {city}{date} for a three-day visit.", "visit", "B"),
    ("fu22", "future will fly", "{A} will fly to {city}{date} for talks with {B}.", "visit", "B"),
    ("fv01", "future leaves for", "{A} leaves for {city}{date} on an official visit.", "visit", "B"),
    ("fv02", "future will embark", "{A} will embark on a state visit to {Bc}{date}.", "visit", "B-"),
    ("fv03", "future is slated to visit", "{A} is slated to visit {city}{date}.", "visit", "B"),
    ("fv04", "future will be in", "{A} will be in {city}{date} for talks with {B}.", "visit", "B"),
    ("fv05", "future heads to next", "{A} heads to {city}{date} for talks with {B}.", "visit", "B"),
    ("fv06", "future to host", "{A} to host {B} in {city}{date}.", "talks", "A"),
    ("fv07", "future planned visit nominal", "{A}'s planned visit to {city}{date} is expected to yield agreements.", "visit", "B"),
    ("fv08", "future is travelling", "{A} is travelling to {city}{date} for talks with {B}.", "visit", "B"),
    ("fv09", "future to meet headline", "{A} to meet {B} in {city}{date}.", "talks", "A"),
    ("fv10", "future will call", "{A} will hold a phone call with {B}{date}.", "phone_call", None),
    ("fv11", "future talks will be held", "Talks between {A} and {B} will be held in {city}{date}.", "talks", "A"),
    ("fv12", "future is poised to visit", "{A} is poised to visit {Bc}{date}.", "visit", "B-"),
    ("fv13", "future will be received", "{B} will be received by {A} in {city}{date}.", "talks", "A"),
    ("fv14", "future would visit (reported plan)", "{A} would visit {city}{date}, the ministry said.", "visit", "B"),
    ("fw01", "future will undertake", "{A} will undertake a state visit to {Bc}{date}.", "visit", "B-"),
    ("fw02", "future will hold a meeting", "{A} will hold a meeting with {B} in {city}{date}.", "talks", "A"),
    ("fw03", "future is due to meet", "{A} is due to meet {B} in {city}{date}.", "talks", "A"),
    ("fw04", "future is expected to meet", "{A} is expected to meet {B} in {city}{date}.", "talks", "A"),
    ("fw05", "future is set to meet", "{A} is set to meet {B} in {city}{date}.", "talks", "A"),
    ("fw06", "future plans to meet", "{A} plans to meet {B} in {city}{date}.", "talks", "A"),
    ("fw07", "future will pay an official visit", "{A} will pay an official visit to {city}{date}.", "visit", "B"),
    ("fw08", "future will be visiting", "{A} will be visiting {Bc}{date}.", "visit", "B-"),
    ("fw09", "future will go to", "{A} will go to {city}{date} for talks with {B}.", "visit", "B"),
    ("fw10", "future will head to", "{A} will head to {city}{date} for talks with {B}.", "visit", "B"),
    ("fw11", "future is scheduled to visit", "{A} is scheduled to visit {Bc}{date}.", "visit", "B-"),
    ("fw12", "future the visit will take place", "{A}'s visit to {city} will take place{date}.", "visit", "B"),
    ("fw13", "future are to meet", "{A} and {B} are to meet in {city}{date}.", "talks", "A"),
    ("fw14", "future will talk by phone", "{A} will talk by phone with {B}{date}.", "phone_call", None),
    ("fw15", "future will hold a video call", "{A} will hold a video call with {B}{date}.", "videoconference", None),
    ("fw16", "future will host talks", "{A} will host talks with {B} in {city}{date}.", "talks", "A"),
]

PAIRS_LEAD = [("IN", "AU"), ("JP", "KE"), ("FR", "BR"), ("ZA", "CN"), ("TR", "ID"), ("MY", "IT"), ("GB", "NG"),
              ("MX", "JP"), ("KE", "IN"), ("BR", "ZA"), ("AU", "MY"), ("ID", "FR"), ("NG", "TR"), ("IT", "MX")]
PAIRS_FM = [("CN", "KE"), ("IN", "RU"), ("AU", "JP"), ("FR", "DE"), ("BR", "ZA"), ("TR", "GB"), ("RU", "TR"),
            ("DE", "IN"), ("KE", "FR"), ("JP", "BR"), ("ZA", "AU"), ("GB", "CN")]
FORMS = [("title", "dem"), ("bare", "bare"), ("dem", "counterpart"), ("poss", "title"), ("title", "bare"),
         ("bare", "counterpart"), ("dem", "dem"), ("poss", "bare")]

def build(templates, dates, status, start):
    n = start
    for i, (id, cons, tpl, kind, host) in enumerate(templates):
        table, pairs = (LEAD, PAIRS_LEAD) if i % 3 != 2 else (FM, PAIRS_FM)
        ca, cb = pairs[i % len(pairs)]
        fa, fb = FORMS[i % len(FORMS)]
        A, B = table[ca], table[cb]
        # visits: B is the host country; talks: the host is A (A's capital); no counterpart when roles differ
        if fb == "counterpart" and "{B}" not in tpl: fb = "title"
        dphrase, dval = dates[i % len(dates)]
        if "{date}" not in tpl and "{date2}" not in tpl: dphrase, dval = "", None
        if host and host.startswith("A"): city = A[5]
        elif host and host.startswith("B"): city = B[5]
        else: city = None
        st = status
        if host == "B+": host, st = "B", "planned"
        if "{A}'s" in tpl and fa == "poss": fa = "dem"
        if tpl.startswith("{A}, {B}") and fb == "counterpart": fb = "bare"
        if tpl.startswith("{B}") and fb == "counterpart": fb = "title"
        sa, sb = name(A, fa), name(B, fb)
        if fb == "counterpart": sb = sb.replace("his ", "her ") if A[0] in FEMALE else sb
        text = tpl.format(A=sa, B=sb, city=city or "", Bc=B[4], date=dphrase, Ad=A[4], Bd=B[4],
                          date2=(dphrase.replace(" on ", " ") if dphrase else " 20 March"))
        text = text[0].upper() + text[1:]
        if "{date2}" in tpl and not dphrase: dval = "2025-03-20"
        if host and host.endswith("w"): dval = "2025-03"
        loc = city if host in ("A", "B", "A-w") else None
        loc = {"Brasília": "Brasilia"}.get(loc, loc)
        if kind == "visit" and host in ("B-", "B-w"): loc = None
        if "{B}" not in tpl and "{Bc}" not in tpl and "{city}" in tpl:
            pass
        if "today" in tpl: dval = REF
        ev = text if len(text) <= 250 else text[:250]
        countries = [ca, cb]
        doc(id, cons, text, [m(ev, kind, countries, dval, loc, st)])

build(HELD, PAST, "held", 0)
build(FUTURE, FUT, "planned", 0)

# ---------------------------------------------------------------------------------------------------------------
# B. Sweep of the sides' forms on two triggers ("held talks with", "met") with place and day fixed.
SIDES = [("title", "title"), ("dem", "dem"), ("bare", "bare"), ("poss", "poss"), ("title", "counterpart"),
         ("dem", "counterpart"), ("country", "country")]
for j, (fa, fb) in enumerate(SIDES):
    ca, cb = [("KE", "CN"), ("IN", "JP"), ("FR", "ZA"), ("BR", "TR"), ("AU", "ID"), ("IT", "GB"), ("CN", "BR")][j]
    A, B = LEAD[ca], LEAD[cb]
    sa, sb = name(A, fa), name(B, fb)
    if fb == "counterpart" and A[0] in FEMALE: sb = sb.replace("his ", "her ")
    if fa == "country":
        t1 = f"{sa} and {sb} held talks in {A[5]} on Tuesday."
        t2 = f"{sa} and {sb} met in {A[5]} on 10 March to review their partnership."
    else:
        t1 = f"{sa} held talks with {sb} in {A[5]} on Tuesday."
        t2 = f"{sa} met {sb} in {A[5]} on 10 March to review their partnership."
    loc = {"Brasília": "Brasilia"}.get(A[5], A[5])
    doc(f"sa{j+1:02d}", f"sides {fa}/{fb} held talks", t1, [m(t1, "talks", [ca, cb], "2025-03-11", loc)])
    doc(f"sb{j+1:02d}", f"sides {fa}/{fb} met", t2, [m(t2, "talks", [ca, cb], "2025-03-10", loc)])

# ---------------------------------------------------------------------------------------------------------------
# C. Hand-written items: delegations, "the two leaders", venues, kinds (summit, conference, joint commission,
#    consultations, videoconference), two events in one sentence, and near misses.
def h(id, cons, text, facts): doc(id, cons, text, facts)

h("hd01", "delegation led by", "A Kenyan delegation led by Foreign Minister Musalia Mudavadi held talks with Wang Yi in Beijing on Tuesday.",
  [m("A Kenyan delegation led by Foreign Minister Musalia Mudavadi held talks with Wang Yi in Beijing on Tuesday", "talks", ["CN", "KE"], "2025-03-11", "Beijing")])
h("hd02", "delegation received", "Ramaphosa received a Chinese trade delegation in Pretoria on Monday.",
  [m("Ramaphosa received a Chinese trade delegation in Pretoria on Monday", "talks", ["CN", "ZA"], "2025-03-10", "Pretoria")])
h("hd03", "the two leaders", "Modi welcomed Albanese to New Delhi on Tuesday. The two leaders held talks on trade and defence.",
  [m("Modi welcomed Albanese to New Delhi on Tuesday", "visit", ["AU", "IN"], "2025-03-11", "New Delhi")])
h("hd04", "the two ministers next sentence", "Lavrov flew to Ankara on Monday. The two ministers discussed Syria and the grain corridor.",
  [m("Lavrov flew to Ankara on Monday", "visit", ["RU", "TR"], "2025-03-10", "Ankara")])
h("hd05", "venue Élysée", "Macron received Lula at the Élysée Palace on Tuesday.",
  [m("Macron received Lula at the Élysée Palace on Tuesday", "talks", ["BR", "FR"], "2025-03-11", "Paris")])
h("hd06", "venue Kremlin", "Putin met Indonesian President Prabowo Subianto at the Kremlin on Monday.",
  [m("Putin met Indonesian President Prabowo Subianto at the Kremlin on Monday", "talks", ["ID", "RU"], "2025-03-10", "Moscow")])
h("hd07", "visiting + counterpart", "Xi Jinping held talks with visiting Brazilian President Lula in Beijing on Tuesday.",
  [m("Xi Jinping held talks with visiting Brazilian President Lula in Beijing on Tuesday", "visit", ["BR", "CN"], "2025-03-11", "Beijing")])
h("hd08", "on a visit relative", "Albanese, who is on a visit to Japan, met Ishiba in Tokyo on Monday.",
  [m("Albanese, who is on a visit to Japan, met Ishiba in Tokyo on Monday", "visit", ["AU", "JP"], "2025-03-10", "Tokyo")])
# summits, conferences, joint commissions, consultations, videoconferences
h("ks01", "summit attended", "Modi attended the BRICS summit in Rio de Janeiro on Monday.",
  [m("Modi attended the BRICS summit in Rio de Janeiro on Monday", "summit", ["IN"], "2025-03-10", "Rio de Janeiro")])
h("ks02", "summit hosted", "Ramaphosa hosted the G20 summit in Johannesburg last week.",
  [m("Ramaphosa hosted the G20 summit in Johannesburg last week", "summit", ["ZA"], "2025-03", "Johannesburg")])
h("ks03", "summit planned", "Commonwealth leaders will gather in Apia, Samoa, for their summit on 20 March.",
  [m("Commonwealth leaders will gather in Apia, Samoa, for their summit on 20 March", "summit", ["WS"], "2025-03-20", "Apia", "planned")])
h("ks04", "summit nominal held", "The EU-Japan summit in Tokyo on Tuesday ended with a joint statement on security.",
  [m("The EU-Japan summit in Tokyo on Tuesday", "summit", ["JP"], "2025-03-11", "Tokyo")])
h("ks05", "summit margins two facts", "Ishiba met Albanese on the sidelines of the G20 summit in Johannesburg on Monday.",
  [m("Ishiba met Albanese on the sidelines", "talks", ["AU", "JP"], "2025-03-10", "Johannesburg"),
   m("the G20 summit in Johannesburg on Monday", "summit", ["AU", "JP"], "2025-03-10", "Johannesburg")])
h("kc01", "conference ministers' meeting", "Penny Wong attended the ASEAN foreign ministers' meeting in Kuala Lumpur on Tuesday.",
  [m("Penny Wong attended the ASEAN foreign ministers' meeting in Kuala Lumpur on Tuesday", "conference", ["AU"], "2025-03-11", "Kuala Lumpur")])
h("kc02", "conference session", "Lammy addressed the session of the UN Human Rights Council in Geneva on Monday.",
  [m("Lammy addressed the session of the UN Human Rights Council in Geneva on Monday", "conference", ["GB"], "2025-03-10", "Geneva")])
h("kj01", "joint commission held", "India and Kenya held the fourth session of their Joint Commission in Nairobi on Tuesday.",
  [m("India and Kenya held the fourth session of their Joint Commission in Nairobi on Tuesday", "joint_commission", ["IN", "KE"], "2025-03-11", "Nairobi")])
h("kj02", "joint commission co-chaired", "Jaishankar and Mudavadi co-chaired the India-Kenya Joint Commission in New Delhi on Monday.",
  [m("Jaishankar and Mudavadi co-chaired the India-Kenya Joint Commission in New Delhi on Monday", "joint_commission", ["IN", "KE"], "2025-03-10", "New Delhi")])
h("kj03", "joint commission planned", "The next session of the Turkey-Indonesia Joint Commission will be held in Jakarta on 20 March.",
  [m("The next session of the Turkey-Indonesia Joint Commission will be held in Jakarta on 20 March", "joint_commission", ["ID", "TR"], "2025-03-20", "Jakarta", "planned")])
h("kq01", "consultations political", "Russia and Brazil held political consultations in Moscow on Monday.",
  [m("Russia and Brazil held political consultations in Moscow on Monday", "consultations", ["BR", "RU"], "2025-03-10", "Moscow")])
h("kq02", "strategic dialogue", "Japan and Australia held their strategic dialogue in Canberra on Tuesday.",
  [m("Japan and Australia held their strategic dialogue in Canberra on Tuesday", "consultations", ["AU", "JP"], "2025-03-11", "Canberra")])
h("kv01", "videoconference", "Scholz and Modi held talks by videoconference on Tuesday.",
  [m("Scholz and Modi held talks by videoconference on Tuesday", "videoconference", ["DE", "IN"], "2025-03-11")])
h("kv02", "virtual meeting", "Anwar Ibrahim held a virtual meeting with Albanese on Monday.",
  [m("Anwar Ibrahim held a virtual meeting with Albanese on Monday", "videoconference", ["AU", "MY"], "2025-03-10")])


# Fourth batch: dates written otherwise, pronoun and "the two" subjects in a second sentence, datelines.
h("dt01", "date US style", "Modi met Albanese in New Delhi on March 10.",
  [m("Modi met Albanese in New Delhi on March 10", "talks", ["AU", "IN"], "2025-03-10", "New Delhi")])
h("dt02", "date bare US style", "Ruto held talks with Xi Jinping in Beijing March 10.",
  [m("Ruto held talks with Xi Jinping in Beijing March 10", "talks", ["CN", "KE"], "2025-03-10", "Beijing")])
h("dt03", "date this morning", "Lammy spoke by phone with Wang Yi this morning.",
  [m("Lammy spoke by phone with Wang Yi this morning", "phone_call", ["CN", "GB"], "2025-03-12")])
h("dt04", "date earlier today", "Fidan met Lavrov in Ankara earlier today.",
  [m("Fidan met Lavrov in Ankara earlier today", "talks", ["RU", "TR"], "2025-03-12", "Ankara")])
h("dt05", "date Tuesday evening", "Macron hosted Lula for dinner at the Élysée Palace on Tuesday evening.",
  [m("Macron hosted Lula for dinner at the Élysée Palace on Tuesday evening", "talks", ["BR", "FR"], "2025-03-11", "Paris")])
h("dt06", "date range visit", "Ishiba will pay an official visit to Kenya from 20 to 22 March.",
  [m("Ishiba will pay an official visit to Kenya from 20 to 22 March", "visit", ["JP", "KE"], "2025-03-20", None, "planned")])
h("dt07", "date weekday and day", "Prabowo received Erdogan in Jakarta on Monday, 10 March.",
  [m("Prabowo received Erdogan in Jakarta on Monday, 10 March", "talks", ["ID", "TR"], "2025-03-10", "Jakarta")])
h("dt08", "dateline city", "NAIROBI, March 11 - Kenyan President William Ruto met Indian Prime Minister Narendra Modi here on Tuesday.",
  [m("Kenyan President William Ruto met Indian Prime Minister Narendra Modi here on Tuesday", "talks", ["IN", "KE"], "2025-03-11", "Nairobi")])
h("sp01", "pronoun second sentence", "Indian Prime Minister Narendra Modi arrived in Tokyo on Monday. He held talks with Ishiba on Tuesday.",
  [m("Indian Prime Minister Narendra Modi arrived in Tokyo on Monday", "visit", ["IN", "JP"], "2025-03-10", "Tokyo")])
h("sp02", "the two sides second sentence", "Wang Yi received Jaishankar in Beijing on Tuesday. The two sides discussed the border.",
  [m("Wang Yi received Jaishankar in Beijing on Tuesday", "talks", ["CN", "IN"], "2025-03-11", "Beijing")])
h("sp03", "the visiting", "Ramaphosa held talks with the visiting Brazilian president in Pretoria on Monday.",
  [m("Ramaphosa held talks with the visiting Brazilian president in Pretoria on Monday", "visit", ["BR", "ZA"], "2025-03-10", "Pretoria")])
h("sp04", "she subject", "Penny Wong flew to Jakarta on Monday. There she met Foreign Minister Sugiono.",
  [m("Penny Wong flew to Jakarta on Monday", "visit", ["AU", "ID"], "2025-03-10", "Jakarta")])
h("sp05", "two calls one doc", "Starmer spoke by phone with Tinubu on Monday. On Tuesday he called Ramaphosa.",
  [m("Starmer spoke by phone with Tinubu on Monday", "phone_call", ["GB", "NG"], "2025-03-10"),
   m("On Tuesday he called Ramaphosa", "phone_call", ["GB", "ZA"], "2025-03-11")])
h("sp06", "visit then talks one fact", "Lula paid a state visit to Japan last week. In Tokyo, he held talks with Ishiba.",
  [m("Lula paid a state visit to Japan last week", "visit", ["BR", "JP"], "2025-03", "Tokyo")])

# planned without date or place: no fact; invitations, hopes, negations, habits, hypotheticals, other senses
NEAR = [
    ("nm01", "plan no date no place", "Modi will meet Albanese to discuss trade, his office said."),
    ("nm02", "hope to meet", "Ruto said he hoped to meet Xi Jinping at some point."),
    ("nm03", "negation did not meet", "Scholz did not meet Modi in Berlin on Tuesday."),
    ("nm04", "cancelled visit", "Lula cancelled his visit to Japan planned for next week."),
    ("nm05", "postponed trip", "Erdogan postponed his trip to Jakarta indefinitely."),
    ("nm06", "habit every month", "Lavrov meets his Turkish counterpart every month."),
    ("nm07", "habit regularly", "The two foreign ministers meet regularly to review the partnership."),
    ("nm08", "hypothetical would meet", "Starmer would meet Tinubu if the summit went ahead, officials said."),
    ("nm09", "invitation no date", "Ishiba invited Ruto to pay a state visit to Japan."),
    ("nm10", "invitation accepted no date", "Prabowo accepted an invitation to visit Turkey."),
    ("nm11", "criterion meets requirements", "Kenya meets the requirements of the IMF programme, the minister said."),
    ("nm12", "criterion meets targets", "India meets its climate targets ahead of schedule, Modi said."),
    ("nm13", "sports meeting", "The athletics meeting in Doha on Friday drew runners from Kenya and Ethiopia."),
    ("nm14", "company visit", "A Toyota delegation visited a battery plant in Jakarta on Tuesday."),
    ("nm15", "institution in passing", "Forums such as the G20 summit give Indonesia a voice in global affairs."),
    ("nm16", "meeting the press", "Macron met the press in Paris on Tuesday after the cabinet meeting."),
    ("nm17", "called for", "Ramaphosa called for a ceasefire in Sudan on Tuesday."),
    ("nm18", "called on", "Lammy called on Russia to withdraw its troops."),
    ("nm19", "hosts the World Cup", "Brazil hosts the World Cup final in Rio de Janeiro next year."),
    ("nm20", "receives funding", "Kenya receives funding from the World Bank for its railway."),
    ("nm21", "visited by tourists", "Tokyo was visited by 30 million tourists last year."),
    ("nm22", "no date set", "A visit by Ruto to India is planned, but no date has been set."),
    ("nm23", "will not attend", "Xi Jinping will not travel to South Africa next month, the ministry said."),
    ("nm24", "declined invitation", "Sheinbaum declined an invitation to visit Spain."),
    ("nm25", "unlikely meeting", "A meeting between Erdogan and Lula is unlikely before the election."),
    ("nm26", "meeting of minds", "The deal showed a meeting of minds between the two economies."),
    ("nm27", "meets demand", "Nigeria's new refinery meets domestic demand for petrol."),
    ("nm28", "visit website", "Visitors can visit the embassy's website for visa information."),
    ("nm29", "hosted a webinar company", "Siemens hosted a webinar for investors on Tuesday."),
    ("nm30", "never visited", "Meloni has never visited Kenya."),
    ("nm31", "refused to meet", "Lula refused to meet Erdogan in Brasília on Tuesday."),
    ("nm32", "call off", "Modi called off his visit to Australia because of the floods."),
    ("nm33", "would visit if", "Starmer would visit Nigeria if invited, his spokesman said."),
    ("nm34", "annual meeting shareholders", "The bank's annual general meeting of shareholders will be held in Tokyo on 20 March."),
]
for id, cons, text in NEAR: h(id, cons, text, [])
# "soon" is a time to come the pack reads as a plan's time (meeting.destination, MeetingSoon): planned, with no date.
h("fs01", "plan soon (a time to come)", "Modi will meet Albanese soon to discuss trade.",
  [m("Modi will meet Albanese soon to discuss trade", "talks", ["AU", "IN"], None, None, "planned")])

# ---------------------------------------------------------------------------------------------------------------
# Documents the pack does not read yet (left as gold only; every other document is a fixture).
NOT_YET = set("""nm10 nm22 pb03 pd04 pg08 sp05""".split())
HOLDS = set(d[0] for d in DOCS) - NOT_YET

def fixture_fields(fields):
    f = dict(fields)
    if f.get("countries") == []: f["countries"] = None
    return f

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    ids = [d[0] for d in DOCS]; assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]
    with matrixlib.Matrix(here, clear_fixtures="grid_en_") as mx:
        for id, cons, text, facts in DOCS:
            did = f"grid_en_{id}"
            mx.document(did, text, {"lang": "en", "reference_date": REF, "construction": cons})
            for ev, fields in facts:
                assert ev in text, (id, ev)
                assert 20 <= len(ev) <= 250, (id, ev)
                mx.gold(did, M, ev, fields)
            comment = f"English meeting matrix (grid27en, issue #14): {did}, {cons}; own sentence, gold in gold.jsonl (make.py)."
            mx.fixture(did, matrixlib.fixture_lines(comment, did, "en", REF, [M], [(M, fixture_fields(f)) for _, f in facts]), id in HOLDS)
    print(len(DOCS), "documents,", sum(len(d[3]) for d in DOCS), "facts,", sum(1 for d in DOCS if not d[3]), "near misses")
