#!/usr/bin/env python3
"""Writes SIZE megabytes of dense news-like text on ONE line with no sentence punctuation (a scraped table, a
minified page): the input that made matching cost grow faster than the text (issue #16).
Usage: make_dense.py SIZE_MB OUT.txt   (deterministic: the same size gives the same bytes)"""
import random, sys

size_mb, out = float(sys.argv[1]), sys.argv[2]
rng = random.Random(16)
subjects = ["the minister", "the president", "Morocco", "France", "the foreign minister of Japan", "the delegation",
            "Senegal", "the European Union", "the prime minister", "Nigeria", "the ambassador", "Egypt"]
verbs = ["said", "signed", "met", "announced", "received", "visited", "welcomed", "reached"]
objects = ["trade reached {n} million US dollars in {y}", "exports rose {p} percent in {m} {y}",
           "an agreement on fisheries on {d} {m} {y}", "talks in Rabat on {d} {m}", "a loan of {n} billion euros",
           "imports of {n} tonnes of wheat", "a summit in Addis Ababa", "the joint commission in {y}"]
months = ["January", "March", "May", "June", "September", "November", "juin", "octobre"]
joins = ["and", "while", "as", "after", "when", "but"]
target = int(size_mb * 1_000_000)
parts, written = [], 0
while written < target:
    phrase = "{} {} {} {}".format(rng.choice(subjects), rng.choice(verbs), rng.choice(objects), rng.choice(joins)).format(
        n=rng.randint(2, 999), y=rng.randint(1990, 2025), p=rng.randint(1, 40), m=rng.choice(months), d=rng.randint(1, 28))
    parts.append(phrase)
    written += len(phrase) + 1
text = " ".join(parts)[:target]
text = text[: text.rfind(" ")] + "\n"
with open(out, "w", encoding="utf-8") as f:
    f.write(text)
print(f"{out}: {len(text.encode()) / 1e6:.2f} MB on one line")
