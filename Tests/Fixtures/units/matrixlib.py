"""The writer shared by the matrix fixture generators (Tests/Fixtures/units/*/make.py).

A matrix folder is written in the dev set's format (/work/shared/devsets/diplomatic_news/README.md), plus fixtures:
- `docs/<id>.txt`: one document a file, the text and a final newline (UTF-8);
- `index.jsonl`: one line a document, `{"id", ...}`: `id` first, then the row the generator gives (`lang`,
  `reference_date` where there is one, and its own keys such as `source`, `construction` or `cell`);
- `gold.jsonl`: one line a fact, `{"id", "type", "evidence", "fields"}` (`glean eval gold.jsonl` scores it); the
  generator checks its evidence (an exact substring of the document; the dev set's 20-250 characters);
- both JSON Lines files keep non-ASCII characters as they are (UTF-8, no \\u escapes);
- `<id>.fixture.yaml`: one a document that holds (the engine gives exactly these facts); a document that does not
  hold yet has none (an old one is removed).

A generator keeps its own data, its ids, its fixture comment and its own field transforms (what a fixture says
where the gold differs from what the pack writes); it hands the transformed fields to `fixture_lines`.

    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    import matrixlib
    with matrixlib.Matrix(here, clear_fixtures="") as mx:
        mx.document(did, text, {"lang": "en", "reference_date": REF})
        mx.gold(did, "Meeting", evidence, fields)
        mx.fixture(did, matrixlib.fixture_lines(comment, did, "en", REF, ["Meeting"], [("Meeting", shown)]), holds)
"""
import json, os


def yaml_value(v):
    """One YAML flow value: a list as `[a, b]` (items unquoted: ISO codes, check names); anything else as JSON
    (strings quoted, numbers, `null` for None, a dict as a JSON object)."""
    if isinstance(v, list): return "[" + ", ".join(v) + "]"
    return json.dumps(v, ensure_ascii=False)


def fixture_value(v):
    """A field's value in a fixture: a dict (a TradeFigure's `amount: {amount: ..., currency: ...}`) as a nested
    flow map, anything else as `yaml_value`."""
    if isinstance(v, dict): return flow_map(v)
    return yaml_value(v)


def flow_map(fields, value=fixture_value):
    """A fixture's `fields:` map on one line, `{key: value, ...}` in the dict's order, each value rendered by `value`."""
    return "{" + ", ".join(f"{k}: {value(v)}" for k, v in fields.items()) + "}"


def fixture_lines(comment, did, lang, ref, checks, facts, value=fixture_value):
    """The lines of `<did>.fixture.yaml`: `# comment`, `document: docs/<did>.txt`, `lang`, `reference_date` (left out
    when `ref` is empty), `checks: [...]`, then `facts: []` or `facts:` and one item a fact. A fact is
    `(type, fields)` or `(type, fields, text)`: `  - type: T`, `    text: "..."` where a text is given (the span
    the fact must have), `    fields: {...}` (the fields as the fixture states them, by `flow_map` with `value`)."""
    lines = [f"# {comment}", f"document: docs/{did}.txt", f"lang: {lang}"]
    if ref: lines.append(f"reference_date: {ref}")
    lines.append(f"checks: {yaml_value(list(checks))}")
    lines.append("facts:" if facts else "facts: []")
    for fact in facts:
        type, fields = fact[0], fact[1]
        lines.append(f"  - type: {type}")
        if len(fact) > 2: lines.append(f"    text: {yaml_value(fact[2])}")
        lines.append("    fields: " + flow_map(fields, value))
    return lines


class Matrix:
    """Writes one matrix folder `here` (the folder of make.py). Opening it makes `docs/`, removes every file in it
    (so a document taken out of the matrix leaves nothing behind; `clear_docs=False` keeps them) and, with
    `clear_fixtures` a prefix ("" for all), every `<prefix>*.fixture.yaml` of the folder (hand-written fixtures
    that live beside the generated ones are kept by naming no prefix); then it opens index.jsonl and gold.jsonl
    afresh. Use it as `with Matrix(here) as mx:`; the two files are closed at the end of the block."""

    def __init__(self, here, clear_docs=True, clear_fixtures=None):
        self.here = here
        self.docs = os.path.join(here, "docs")
        os.makedirs(self.docs, exist_ok=True)
        if clear_docs:
            for name in os.listdir(self.docs): os.remove(os.path.join(self.docs, name))
        if clear_fixtures is not None:
            for name in os.listdir(here):
                if name.startswith(clear_fixtures) and name.endswith(".fixture.yaml"): os.remove(os.path.join(here, name))
        self.index = open(os.path.join(here, "index.jsonl"), "w")
        self.golds = open(os.path.join(here, "gold.jsonl"), "w")

    def __enter__(self): return self

    def __exit__(self, *exc):
        self.index.close(); self.golds.close()

    def document(self, did, text, row):
        """Writes `docs/<did>.txt` (the text and a newline) and the index line `{"id": did, **row}`."""
        with open(os.path.join(self.docs, did + ".txt"), "w") as f: f.write(text + "\n")
        self.index.write(json.dumps({"id": did, **row}, ensure_ascii=False) + "\n")

    def gold(self, did, type, evidence, fields):
        """Writes the gold line `{"id", "type", "evidence", "fields"}` of one fact (the fields as the dev set has them)."""
        self.golds.write(json.dumps({"id": did, "type": type, "evidence": evidence, "fields": fields}, ensure_ascii=False) + "\n")

    def fixture(self, did, lines, holds, alldir=None):
        """Writes `<did>.fixture.yaml` (the lines, each ending in a newline) where the document holds, else removes an
        old one. With `alldir` (make.py --all DIR) it also writes every document's fixture, holding or not, into DIR,
        its `document:` an absolute path, to run the whole matrix at once."""
        fixture = os.path.join(self.here, did + ".fixture.yaml")
        if holds:
            with open(fixture, "w") as f: f.write("\n".join(lines) + "\n")
        elif os.path.exists(fixture):
            os.remove(fixture)
        if alldir:
            os.makedirs(alldir, exist_ok=True)
            with open(os.path.join(alldir, did + ".fixture.yaml"), "w") as f:
                f.write("\n".join(l.replace("document: docs/", f"document: {self.here}/docs/") for l in lines) + "\n")


def meeting_fact(ev, kind, countries, date=None, location=None, status=None):
    """A Meeting gold fact as the French matrices write it: (type, evidence, fields in the dev set's form, extra
    fixture fields); countries sorted and left out when none, the status only in the fixture."""
    f = {"kind": kind}
    if countries: f["countries"] = sorted(countries)
    if date: f["date"] = date
    if location: f["location"] = location
    return ("Meeting", ev, f, {"status": status} if status else {})


# The gold builders of the retold sets (para28/, para29en/, para29fr/ retellings.py): `(type, fields)` in the dev
# set's field order, lists sorted, absent values left out.
def M(kind, countries, date=None, location=None):
    f = {'kind': kind, 'countries': sorted(countries)}
    if date: f['date'] = date
    if location: f['location'] = location
    return ('Meeting', f)


def A(kind, status, parties, date=None, title=None):
    f = {'kind': kind, 'status': status, 'parties': sorted(parties)}
    if date: f['date'] = date
    if title: f['title'] = title
    return ('Agreement', f)


def T(ind, amount=None, cur=None, chg=None, direction=None, period=None):
    f = {'indicator': ind}
    if amount is not None: f['amount'] = amount; f['currency'] = cur
    if chg is not None: f['change_percent'] = chg
    if direction: f['direction'] = direction
    if period: f['period'] = period
    return ('TradeFigure', f)
