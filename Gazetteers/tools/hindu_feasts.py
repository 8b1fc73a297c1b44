#!/usr/bin/env python3
"""Prints the `rule: "table:…"` lines of the Hindu lunisolar feasts in Gazetteers/vocab/holidays.yaml (Diwali, Holi)
from the PyPI package `holidays` (MIT licence; its India calendar lists the Government of India's dates), or with
--check compares the tables in holidays.yaml with it and exits 1 on a difference.

    python3 -m venv /tmp/h && /tmp/h/bin/pip install holidays==0.109
    /tmp/h/bin/python Gazetteers/tools/hindu_feasts.py --check

Foundation has no Hindu calendar, so these feasts are tables, not rules; years the package leaves out (Holi 2002,
2011) are left out too.
"""
import argparse
import os
import re
import sys

import holidays

FEASTS = {"holiday-diwali": ("diwali", "deepavali"), "holiday-holi": ("holi",)}
YEARS = range(2001, 2036)
HERE = os.path.dirname(os.path.abspath(__file__))
YAML = os.path.join(HERE, "..", "vocab", "holidays.yaml")


def tables():
    india = holidays.India(years=YEARS)
    result = {}
    for entry, names in FEASTS.items():
        days = sorted(str(day) for day, name in india.items()
                      if any(re.search(rf"\b{n}\b", name.lower()) for n in names))
        result[entry] = days
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with Gazetteers/vocab/holidays.yaml")
    arguments = parser.parse_args()
    wanted = tables()
    if not arguments.check:
        for entry, days in wanted.items():
            print(f'{entry}: rule: "table:{",".join(days)}"')
        return
    text = open(YAML, encoding="utf-8").read()
    status = 0
    for entry, days in wanted.items():
        match = re.search(rf"id: {entry}\n(?:.*\n)*?\s+rule: \"table:([^\"]*)\"", text)
        listed = match.group(1).split(",") if match else []
        if listed != days:
            status = 1
            print(f"{entry}: holidays.yaml {len(listed)} days, package {len(days)}; differ: "
                  f"{sorted(set(listed) ^ set(days))}")
        else:
            print(f"{entry}: {len(days)} days, same as holidays {holidays.__version__}")
    sys.exit(status)


if __name__ == "__main__":
    main()
