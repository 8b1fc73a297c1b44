/// Reading numbers as English and French write them.
public enum NumberParsing {
    /// Parses digits with thousands and decimal separators: `274`, `1,000.5`, `1 000,5`, `2,5`, `1.000`, `70`.
    /// A comma followed by exactly three digits is a thousands separator in English and a decimal comma in
    /// French; a lone dot followed by three digits is a thousands separator in French.
    public static func parseDigits(_ raw: String, language: Language) -> Double? {
        // Plain digits (most calls: every number a rule reads), as the general path reads them, without its
        // Character-by-Character passes (about 10,000 instructions a call): 15 digits at most stay exact.
        let utf8 = raw.utf8
        if (1...15).contains(utf8.count) && utf8.allSatisfy({ $0 &- 0x30 < 10 }) {
            return Double(utf8.reduce(0) { $0 * 10 + Int($1 &- 0x30) })
        }
        var text = raw.filter { !$0.isWhitespace && $0 != "\u{00A0}" && $0 != "\u{202F}" && $0 != "'" }
        if text.hasPrefix("+") { text.removeFirst() }
        var negative = false
        if text.hasPrefix("-") || text.hasPrefix("−") { negative = true; text.removeFirst() }
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "," || $0 == ".") }), text.first!.isNumber else { return nil }
        let commas = text.filter { $0 == "," }.count
        let dots = text.filter { $0 == "." }.count
        var normalized = text
        func groupsOfThree(after separator: Character) -> Bool {
            let parts = text.split(separator: separator, omittingEmptySubsequences: false)
            return parts.count > 1 && parts.dropFirst().allSatisfy { $0.count == 3 } && (1...3).contains(parts[0].count)
        }
        if commas > 0 && dots > 0 {
            // The later separator is the decimal one.
            let lastComma = text.lastIndex(of: ",")!, lastDot = text.lastIndex(of: ".")!
            if lastDot > lastComma { normalized = text.replacingOccurrences(",", "") }
            else { normalized = text.replacingOccurrences(".", "").replacingOccurrences(",", ".") }
        } else if commas > 0 {
            if commas > 1 || (language != .fr && groupsOfThree(after: ",")) { normalized = text.replacingOccurrences(",", "") }
            else { normalized = text.replacingOccurrences(",", ".") }
        } else if dots > 1 {
            guard groupsOfThree(after: ".") else { return nil } // 3.11.7 is a version, 08.08.2024 a date
            normalized = text.replacingOccurrences(".", "")
        } else if dots == 1 && language == .fr && groupsOfThree(after: ".") {
            normalized = text.replacingOccurrences(".", "")
        }
        guard let value = Double(normalized) else { return nil }
        return negative ? -value : value
    }

    /// Parses an ordinal numeral: `1st`, `93e`, `1er`, `1re`, `5ème`, `2nd`, `7th`, `5°`.
    public static func parseOrdinal(_ text: String) -> Int? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let value = Int(digits) else { return nil }
        let suffix = text.dropFirst(digits.count).lowercased()
        let known: Set<String> = ["", "st", "nd", "rd", "th", "e", "è", "ème", "eme", "er", "re", "ère", "ere", "°", "o", "ᵉ", "ᵉʳ", "de", "nd", "d"]
        return known.contains(suffix) ? value : nil
    }
}

extension String {
    func replacingOccurrences(_ target: Character, _ replacement: String) -> String {
        var result = ""
        result.reserveCapacity(count)
        for character in self { if character == target { result += replacement } else { result.append(character) } }
        return result
    }
}
