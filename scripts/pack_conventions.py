#!/usr/bin/env python3
"""Checks (or, with --fix, applies) two conventions of the shipped pack's fact rules:
  - every rule emitting Meeting or Agreement gives its `date` through event_date(...) (a date at the grain news
    annotates: no clock time, a week as its month);
  - every rule emitting Agreement or TradeFigure gives `parties`, and every Meeting rule `countries`, through
    sorted(...) (ISO codes in alphabetical order, as docs/facts.md says).
Usage: python3 scripts/pack_conventions.py [--fix] [RULES_DIR]   (default Rules/); exit 1 when a rule breaks one."""
import glob, re, sys

WRAPS = [("event_date", "date", {"Meeting", "Agreement"}),
         ("sorted", "parties", {"Agreement", "TradeFigure"}),
         ("sorted", "countries", {"Meeting"})]


def main():
    args = [a for a in sys.argv[1:] if a != "--fix"]
    fix = "--fix" in sys.argv[1:]
    root = args[0] if args else "Rules"
    problems = 0
    for path in sorted(glob.glob(f"{root}/*.glean")):
        lines = open(path, encoding="utf-8").read().split("\n")
        emitted, rule, changed = None, None, False
        for i, line in enumerate(lines):
            if m := re.match(r"^rule (\S+)", line):
                rule = m.group(1)
            if m := re.match(r"\s*emit (\w+)", line):
                emitted = m.group(1)
            if line.startswith("}"):
                emitted = None
            for function, field, types in WRAPS:
                m = re.match(rf"^(    {field}: )(.*)$", line)
                if emitted not in types or not m or m.group(2).startswith(function + "("):
                    continue
                expression = m.group(2).rstrip()
                if fix and expression.count("(") == expression.count(")"):
                    lines[i] = f"{m.group(1)}{function}({expression})"
                    changed = True
                else:
                    problems += 1
                    print(f"{path}:{i + 1}: rule {rule}: {field} of {emitted} is not given through {function}(...)")
        if changed:
            open(path, "w", encoding="utf-8").write("\n".join(lines))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
