"""Tiny deterministic YAML writer shared by the Gazetteers/tools generators (stdlib only).

Strings are written plain when that is unambiguous in YAML 1.1 and 1.2, otherwise
double-quoted (JSON escaping is valid YAML double-quoted syntax).
"""
import json
import re
import unicodedata

_RESERVED = {
    "y", "n", "yes", "no", "on", "off", "true", "false", "null", "~", "nan", ".nan", ".inf", "-.inf",
}
_PLAIN = re.compile(r"^[^\W\d_][\w .'’\-()/&]*$")


def scalar(value):
    """Render a scalar (str/int/float/bool) as a YAML flow scalar."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    s = str(value)
    if (
        _PLAIN.match(s)
        and s.lower() not in _RESERVED
        and not s.endswith(" ")
        and "  " not in s
        and not s.endswith(":")
    ):
        return s
    return json.dumps(s, ensure_ascii=False)


def flow_list(values):
    return "[" + ", ".join(scalar(v) for v in values) + "]"


def norm_key(form):
    """Case- and diacritic-insensitive key (mirrors the matcher's normalisation closely enough
    for duplicate detection)."""
    s = unicodedata.normalize("NFKD", form)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("’", "'").casefold()
    return re.sub(r"\s+", " ", s).strip()


def dedupe(forms, case_sensitive=False):
    seen, out = set(), []
    for f in forms:
        f = re.sub(r"\s+", " ", f).strip()
        if not f:
            continue
        k = f if case_sensitive else norm_key(f)
        if k in seen:
            continue
        seen.add(k)
        out.append(f)
    return out


FORM_KEYS = ("names", "demonyms", "acronyms", "exact")
LANGS = ("en", "fr", "any")


def entry_lines(e, indent="  "):
    """Render one entry dict as YAML lines.

    e: {id, name, type?, names?, demonyms?, acronyms?, exact?, attributes?, terms?}
    where the form groups are {lang: [forms]}.
    """
    lines = [f"{indent}- id: {scalar(e['id'])}", f"{indent}  name: {scalar(e['name'])}"]
    if e.get("type"):
        lines.append(f"{indent}  type: {scalar(e['type'])}")
    for key in FORM_KEYS:
        group = e.get(key) or {}
        group = {k: v for k, v in group.items() if v}
        if not group:
            continue
        lines.append(f"{indent}  {key}:")
        for lang in LANGS:
            if group.get(lang):
                lines.append(f"{indent}    {lang}: {flow_list(group[lang])}")
    if e.get("comment"):
        lines.insert(0, f"{indent}# {e['comment']}")
    attrs = e.get("attributes") or {}
    if attrs:
        lines.append(f"{indent}  attributes:")
        for k, v in attrs.items():
            if isinstance(v, (list, tuple)):
                lines.append(f"{indent}    {k}: {flow_list(v)}")
            else:
                lines.append(f"{indent}    {k}: {scalar(v)}")
    terms = e.get("terms") or []
    if terms:
        lines.append(f"{indent}  terms:")
        for t in terms:
            body = ", ".join(f"{k}: {scalar(v)}" for k, v in t.items() if v is not None)
            lines.append(f"{indent}    - {{{body}}}")
    return lines


def write_file(path, header_comment, type_name, entries):
    out = [f"# {line}" if line else "#" for line in header_comment.strip().splitlines()]
    out.append(f"type: {type_name}")
    out.append("entries:")
    for e in entries:
        out.extend(entry_lines(e))
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")
