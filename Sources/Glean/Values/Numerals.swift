import Foundation

/// Numbers written with digits and signs beyond plain separators: `-5`, `−9.23`, `.08` (`,08` in French),
/// `3/4`, `2 1/4`, `-4/5`, `½`, `2½`, `1e10`, `-12e-1`, `1.3x10^6`, `6.23×10^-4`, `1.1^23`, `2.5^-1`.
/// The rules find them (regex rules of Rules/numbers.glean); this reads their value.
public enum Numerals {
    /// Unicode vulgar fractions (a closed set: Unicode's Number Forms block and Latin-1).
    static let vulgarFractions: [Character: Double] = [
        "½": 1.0 / 2, "⅓": 1.0 / 3, "⅔": 2.0 / 3, "¼": 1.0 / 4, "¾": 3.0 / 4, "⅕": 1.0 / 5, "⅖": 2.0 / 5,
        "⅗": 3.0 / 5, "⅘": 4.0 / 5, "⅙": 1.0 / 6, "⅚": 5.0 / 6, "⅐": 1.0 / 7, "⅛": 1.0 / 8, "⅜": 3.0 / 8,
        "⅝": 5.0 / 8, "⅞": 7.0 / 8, "⅑": 1.0 / 9, "⅒": 1.0 / 10,
    ]

    /// The value of a numeral, or nil when the text is not one of the forms above.
    public static func parse(_ raw: String, language: Language) -> Double? {
        var text = Substring(raw.trimmingCharacters(in: .whitespaces))
        var sign = 1.0
        if let first = text.first, first == "-" || first == "−" || first == "+" {
            if first != "+" { sign = -1 }
            text = text.dropFirst().drop { $0 == " " }
        }
        guard !text.isEmpty else { return nil }
        // A power: "1.1^23", "2.5^-1", "1.3x10^6", "6.23×10^-4".
        if let caret = text.firstIndex(of: "^") {
            guard let exponent = signedInteger(text[text.index(after: caret)...]) else { return nil }
            let baseText = text[..<caret]
            for times in ["x10", "X10", "×10", "*10"] where baseText.hasSuffix(times) {
                guard let mantissa = plain(baseText.dropLast(times.count), language: language) else { return nil }
                return finite(sign * scaled(mantissa, exponent))
            }
            guard let base = plain(baseText, language: language) else { return nil }
            return finite(sign * pow(base, Double(exponent)))
        }
        // Scientific notation: "1e10", "12.32e+14", "-127.32e13".
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            guard let mantissa = plain(text[..<e], language: language), let exponent = signedInteger(text[text.index(after: e)...]) else { return nil }
            return finite(sign * scaled(mantissa, exponent))
        }
        // A vulgar fraction, maybe after a whole number: "½", "2½", "2 ½".
        if let last = text.last, let fraction = vulgarFractions[last] {
            let whole = text.dropLast().trimmingCharacters(in: .whitespaces)
            if whole.isEmpty { return sign * fraction }
            guard let value = plain(Substring(whole), language: language) else { return nil }
            return sign * (value + fraction)
        }
        // A fraction, maybe after a whole number: "3/4", "2 1/4".
        if let slash = text.firstIndex(of: "/") {
            let before = text[..<slash], after = text[text.index(after: slash)...]
            guard let denominator = integer(after), denominator > 0 else { return nil }
            let pieces = before.split(separator: " ")
            // Proper fractions of tenths at most: "24/7", "9/11", "3/11" and "50/50" are names and dates, not divisions.
            guard (1...2).contains(pieces.count), let numerator = integer(pieces.last!), numerator < denominator, denominator <= 10 else { return nil }
            var whole = 0.0
            if pieces.count == 2 {
                guard let value = integer(pieces[0]) else { return nil }
                whole = value
            }
            return sign * (whole + numerator / denominator)
        }
        guard let value = plain(text, language: language) else { return nil }
        return sign * value
    }

    /// Digits with separators, or a decimal with no whole part: ".08" (English), ",08" (French).
    static func plain(_ text: Substring, language: Language) -> Double? {
        if let first = text.first, first == "." || first == ",", text.count > 1, text.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }) {
            guard first == "." || language == .fr else { return nil }
            return Double("0." + text.dropFirst())
        }
        return NumberParsing.parseDigits(String(text), language: language)
    }

    static func integer(_ text: Substring) -> Double? {
        guard !text.isEmpty, text.count <= 15, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Double(text)
    }

    /// An exponent with any number of signs ("--23" is 23, "-1" is -1).
    static func signedInteger(_ text: Substring) -> Int? {
        var negative = false
        var rest = text
        while let first = rest.first, first == "-" || first == "+" || first == "−" {
            if first != "+" { negative.toggle() }
            rest = rest.dropFirst()
        }
        guard !rest.isEmpty, rest.count <= 3, rest.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(rest) else { return nil }
        return negative ? -value : value
    }

    /// 10ⁿ, exact for the powers a double holds exactly (a product of approximate powers drifts).
    static func pow10(_ exponent: Int) -> Double {
        exponent >= 0 ? Double("1e\(exponent)")! : 1 / Double("1e\(-exponent)")!
    }

    /// m × 10ⁿ, dividing for negative n (12 × 0.1 is 1.2000000000000002, 12 / 10 is 1.2).
    static func scaled(_ mantissa: Double, _ exponent: Int) -> Double {
        exponent >= 0 ? mantissa * pow10(exponent) : mantissa / pow10(-exponent)
    }

    static func finite(_ value: Double) -> Double? { value.isFinite ? value : nil }
}
