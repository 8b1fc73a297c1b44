import Foundation

/// Writes expected facts as YAML the way a person would, and rewrites a fixture's `facts:` from what the rules
/// produce now (`glean test --update`), touching only the items that changed so `git diff` shows exactly that.
public enum FixtureWriter {
    /// The fixture's text with its facts brought up to date with `outcome`, or nil when nothing changes.
    ///
    /// Kept verbatim: everything outside `facts:` (document, lang, reference_date, checks, comments) and every item
    /// that paired correctly. Wrong items are rewritten with the produced values of the fields they list; missing
    /// items are dropped; unexpected facts are added (all their fields) in document order.
    ///
    /// With `selectedRules`, only facts of those rules change; every other item stays as written.
    public static func updatedText(_ outcome: FixtureOutcome, selectedRules: ((String) -> Bool)? = nil) -> String? {
        let fixture = outcome.fixture
        var actual = outcome.actual
        var unexpected = outcome.unexpected
        if fixture.checkedTypes.isEmpty {
            // A new fixture with no facts and no `checks:` is being filled in: take every type.
            actual = outcome.allFacts
            unexpected = Array(actual.indices)
        } else if outcome.passed {
            return nil
        }

        let source = fixture.source
        let layout = fixture.layout
        let indent = layout.itemIndent
        var lines = (1...max(1, source.lineCount)).map { source.lineText($0) }
        if source.lineCount == 0 { lines = [] }

        // Items: (position in the document for ordering, text lines).
        var items: [(order: Int, lines: [String])] = []
        let canKeepVerbatim = layout.itemStartLines != nil && layout.factsKeyLine != nil
        let selected = selectedRules ?? { _ in true }
        for (index, expected) in fixture.facts.enumerated() {
            var verdict = outcome.verdicts[index]
            let paired: Int?
            switch verdict {
            case .correct(let a), .wrong(let a, _): paired = a
            case .missing: paired = nil
            }
            if !selected(expected.rule ?? paired.map { actual[$0].rule } ?? "") {
                // Not a fact of the selected rules: it stays as written, whatever its verdict.
                if canKeepVerbatim {
                    items.append((paired.map { actual[$0].byteSpan.start } ?? items.last?.order ?? 0, verbatimItem(index, fixture: fixture, lines: lines)))
                    continue
                }
                verdict = paired.map { .correct(actual: $0) } ?? verdict
            }
            switch verdict {
            case .correct(let a):
                let block = canKeepVerbatim ? verbatimItem(index, fixture: fixture, lines: lines) : itemLines(expected, indent: indent)
                items.append((actual[a].byteSpan.start, block))
            case .wrong(let a, let differences):
                let patched = canKeepVerbatim ? patchedItem(index, differences: differences, fixture: fixture, lines: lines) : nil
                items.append((actual[a].byteSpan.start, patched ?? itemLines(updated(expected, with: actual[a]), indent: indent)))
            case .missing:
                continue
            }
        }
        for a in unexpected where selected(actual[a].rule) {
            let fact = actual[a]
            let expected = ExpectedFact(type: fact.type, text: fact.text, line: outcome.documentLine(of: fact), rule: fact.rule,
                                        fields: fact.fields, location: SourceLocation(file: fixture.path, line: 1, column: 1), fieldLocations: [:])
            // New items go before the first kept item that starts later in the document (a stable merge).
            let position = items.firstIndex { $0.order > fact.byteSpan.start } ?? items.count
            items.insert((fact.byteSpan.start, itemLines(expected, indent: indent)), at: position)
        }

        var output: [String]
        var trailing: [String] = []
        if let keyLine = layout.factsKeyLine {
            output = Array(lines[0..<(keyLine - 1)])
            // Blank lines and comments that close the region belong to what follows, not to the last item.
            var end = layout.factsEndLine
            while end > keyLine, let last = lines[safe: end - 1], last.trimmingCharacters(in: .whitespaces).isEmpty || (last.hasPrefix("#")) {
                end -= 1
            }
            trailing = Array(lines[end..<lines.count])
            let keyText = lines[keyLine - 1]
            // Comments between `facts:` and its first item stay.
            var preamble: [String] = []
            if let firstItem = layout.itemStartLines?.first, canKeepVerbatim {
                preamble = Array(lines[keyLine..<(firstItem - 1)])
            }
            output.append(items.isEmpty ? "facts: []" : (keyText.hasPrefix("facts:") && !keyText.contains("[") ? keyText : "facts:"))
            output += preamble
        } else {
            output = lines
            while let last = output.last, last.trimmingCharacters(in: .whitespaces).isEmpty { output.removeLast() }
            output.append(items.isEmpty ? "facts: []" : "facts:")
        }
        for item in items { output += item.lines }
        output += trailing
        let text = output.joined(separator: "\n") + "\n"
        return text == String(decoding: source.bytes, as: UTF8.self) ? nil : text
    }

    /// The lines of item `index` as written, without the blank lines and comments that end the region.
    private static func verbatimItem(_ index: Int, fixture: Fixture, lines: [String]) -> [String] {
        let starts = fixture.layout.itemStartLines!
        let first = starts[index]
        var last = index + 1 < starts.count ? starts[index + 1] - 1 : fixture.layout.factsEndLine
        if index + 1 == starts.count {
            while last > first, let text = lines[safe: last - 1], text.trimmingCharacters(in: .whitespaces).isEmpty || text.hasPrefix("#") { last -= 1 }
        }
        return Array(lines[(first - 1)..<min(last, lines.count)])
    }

    /// The item as written with only the lines of its differing fields (and rule) rewritten; nil when a differing
    /// value does not sit alone on its line (flow style, several lines), and the item must be written anew.
    private static func patchedItem(_ index: Int, differences: [FieldDifference], fixture: Fixture, lines: [String]) -> [String]? {
        var block = verbatimItem(index, fixture: fixture, lines: lines)
        let expected = fixture.facts[index]
        let first = fixture.layout.itemStartLines![index]
        let keyLines = Array(expected.fieldLocations.values.map(\.line)) + [expected.ruleLocation?.line].compactMap { $0 }
        for difference in differences {
            let location = difference.isRule ? expected.ruleLocation : expected.fieldLocations[difference.key]
            guard let line = location?.line, keyLines.filter({ $0 == line }).count == 1 else { return nil }
            let offset = line - first
            guard block.indices.contains(offset) else { return nil }
            let text = block[offset]
            let indentation = String(text.prefix { $0 == " " })
            let name = difference.isRule ? "rule" : key(difference.key)
            guard text.dropFirst(indentation.count).hasPrefix(name + ":") else { return nil }
            // A value continued on the next lines (a block list) cannot be replaced line for line.
            if block.indices.contains(offset + 1) {
                let next = block[offset + 1]
                let nextIndentation = next.prefix { $0 == " " }.count
                if !next.trimmingCharacters(in: .whitespaces).isEmpty && nextIndentation > indentation.count && !next.dropFirst(nextIndentation).hasPrefix("#") { return nil }
            }
            block[offset] = indentation + name + ": " + flow(difference.actual ?? .null)
        }
        return block
    }

    /// The expectation with the produced values of the fields it lists (and the produced rule, if it names one).
    static func updated(_ expected: ExpectedFact, with fact: Fact) -> ExpectedFact {
        var result = expected
        if result.rule != nil { result.rule = fact.rule }
        result.fields = expected.fields.map { FieldEntry($0.key, fact.field($0.key) ?? .null) }
        return result
    }

    /// An expected fact as a YAML sequence item.
    public static func itemLines(_ fact: ExpectedFact, indent: String = "  ") -> [String] {
        var lines = [indent + "- type: " + scalar(.string(fact.type))]
        let inner = indent + "  "
        if let text = fact.text { lines.append(inner + "text: " + scalar(.string(FixtureMatcher.collapseSpaces(text)))) }
        if let line = fact.line { lines.append(inner + "line: \(line)") }
        if let rule = fact.rule { lines.append(inner + "rule: " + scalar(.string(rule))) }
        if !fact.fields.isEmpty {
            lines.append(inner + "fields:")
            for field in fact.fields { lines.append(inner + "  " + fieldLine(field)) }
        }
        return lines
    }

    /// `key: value` in YAML, values in flow style on one line.
    public static func fieldLine(_ field: FieldEntry) -> String {
        key(field.key) + ": " + flow(field.value)
    }

    static func key(_ name: String) -> String { isPlainSafe(name) ? name : quoted(name) }

    /// A value in YAML flow style that `FixtureLoader` reads back as the same value.
    public static func flow(_ value: FieldValue) -> String {
        switch value {
        case .list(let items): "[" + items.map(flow).joined(separator: ", ") + "]"
        case .object(let entries): "{" + entries.map { key($0.key) + ": " + flow($0.value) }.joined(separator: ", ") + "}"
        default: scalar(value)
        }
    }

    static func scalar(_ value: FieldValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .double(let number):
            if number == number.rounded() && abs(number) < 9.0e15 { return String(Int(number)) }
            return number.isFinite ? String(number) : "null"
        case .string(let text):
            return isPlainSafe(text) && FixtureLoader.plainValue(text) == .string(text) ? text : quoted(text)
        case .list, .object:
            return flow(value)
        }
    }

    /// Plain scalars that mean the same in block and flow context: letters, digits and a few inner punctuation marks.
    static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if !(first.properties.isAlphabetic || ("0"..."9").contains(first) || first == "_") { return false }
        if last == " " { return false }
        let inner: Set<Unicode.Scalar> = [" ", "_", "-", ".", "'", "(", ")", "/", "+"]
        return text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil || inner.contains($0) }
            && !text.contains("  ")
    }

    /// A YAML double-quoted string.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { result += String(format: "\\x%02X", scalar.value) } else { result.unicodeScalars.append(scalar) }
            }
        }
        return result + "\""
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
