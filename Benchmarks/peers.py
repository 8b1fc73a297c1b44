#!/usr/bin/env python3
"""Times one phrase-matching tool a user might pick instead of Glean's gazetteer matcher, on the same corpus and
the same phrase list (exported from the gazetteers with `glean bench phrases`).

Usage: peers.py TOOL CORPUS.jsonl PHRASES.txt RUNS     TOOL: spacy | pyahocorasick | hyperscan
Prints one line: `TOOL: X MB/s (median of RUNS: S s, M matches)`. Building the matcher is not timed; reading the
corpus is not timed. Run with Benchmarks/.venv/bin/python (Benchmarks/run.sh installs the packages there)."""
import json, statistics, sys, time

tool, corpus_path, phrases_path, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
texts = [json.loads(line)["text"] for line in open(corpus_path, encoding="utf-8") if line.strip()]
phrases = [line.rstrip("\n") for line in open(phrases_path, encoding="utf-8") if line.strip()]
megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6


def spacy_matcher():
    import spacy
    from spacy.matcher import PhraseMatcher
    nlp = spacy.blank("en")
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    matcher.add("GAZ", list(nlp.tokenizer.pipe(phrases)))

    def run():
        return sum(len(matcher(doc)) for doc in nlp.tokenizer.pipe(texts, batch_size=256))
    return run


def aho_corasick_matcher():
    import ahocorasick
    automaton = ahocorasick.Automaton()
    for index, phrase in enumerate(phrases):
        automaton.add_word(phrase.lower(), index)
    automaton.make_automaton()

    def run():
        # Leftmost-longest, non-overlapping, like the gazetteer; over lowercased text (the usual way to ignore case).
        return sum(sum(1 for _ in automaton.iter_long(text.lower())) for text in texts)
    return run


def hyperscan_matcher():
    import hyperscan
    database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    expressions = [phrase.encode("utf-8") for phrase in phrases]
    database.compile(expressions=expressions, ids=list(range(len(expressions))),
                     elements=len(expressions), flags=[hyperscan.HS_FLAG_CASELESS] * len(expressions), literal=True)
    encoded = [text.encode("utf-8") for text in texts]
    count = [0]

    def on_match(identifier, start, end, flags, context):
        count[0] += 1
        return None

    def run():
        count[0] = 0
        for data in encoded:
            database.scan(data, match_event_handler=on_match)
        return count[0]
    return run


run = {"spacy": spacy_matcher, "pyahocorasick": aho_corasick_matcher, "hyperscan": hyperscan_matcher}[tool]()
seconds, matches = [], 0
for _ in range(runs):
    start = time.perf_counter()
    matches = run()
    seconds.append(time.perf_counter() - start)
median = statistics.median(seconds)
print(f"{tool}: {megabytes / median:.1f} MB/s (median of {runs}: {median:.2f} s for {megabytes:.1f} MB, {matches} matches, {len(phrases)} phrases)")
