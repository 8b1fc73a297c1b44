import Foundation

/// Composes numbers written in words (and mixed with digits) from the parts a rule captured, in text order:
/// "deux cent soixante-quatorze", "twenty-one trillion three hundred", "3 hundred and 21", "two thirds",
/// "five and a half million", "two hundred point zero three", "minus one over three".
///
/// The words and their roles are data (Gazetteers/vocab/number_words.yaml and scales.yaml): each part is a record
/// with the word's `kind` and `value` (a capture's `.item`); a part without `kind` is read as digits. Kinds:
/// `cardinal` (value), `scale` (multiplier: hundred is 100, thousand 1000 …), `ordinal` and `fraction`
/// (a denominator: "fifths", "tiers", "half"), `article` ("a", "an": one), `connector` ("and", "et", "-"),
/// `point` ("point", "virgule"), `minus` ("minus", "moins"), `over` ("over", "sur"), `out_of` ("out of": a
/// part of a whole, never more than the whole: "12 out of 10" is no number).
public enum NumberWords {
    public struct Part: Equatable, Sendable {
        public enum Kind: String, Sendable { case digits, cardinal, scale, ordinal, fraction, article, connector, hyphen, point, minus, over
            case outOf = "out_of"
        }
        public var kind: Kind
        public var value: Double

        public init(_ kind: Kind, _ value: Double = 0) {
            self.kind = kind
            self.value = value
        }
    }

    /// Parts from capture items (`p.item`): records with `text` and, for vocabulary words, `kind` and `value`.
    public static func parts(_ items: FieldValue, language: Language) -> [Part]? {
        let records: [FieldValue] = if case .list(let list) = items { list } else { [items] }
        var parts: [Part] = []
        for record in records {
            if let kindName = record["kind"]?.stringValue {
                guard let kind = Part.Kind(rawValue: kindName) else { return nil }
                parts.append(Part(kind, record["value"]?.doubleValue ?? 0))
            } else if let value = record["value"]?.doubleValue {
                parts.append(Part(.digits, value)) // an annotation with a value: a Numeral ("-5", "3/4", "1e10")
            } else if let text = record["text"]?.stringValue ?? record.stringValue {
                if text == "-" || text == "‐" || text == "–" { parts.append(Part(.hyphen)); continue }
                guard let value = NumberParsing.parseDigits(text, language: language) else { return nil }
                parts.append(Part(.digits, value))
            } else if let value = record.doubleValue {
                parts.append(Part(.digits, value))
            } else {
                return nil
            }
        }
        return parts
    }

    /// The value of a cardinal number, or nil when the parts do not form one number.
    public static func cardinal(_ input: [Part], language: Language) -> Double? {
        var parts = input
        while parts.first?.kind == .connector || parts.first?.kind == .hyphen { parts.removeFirst() }
        while parts.last?.kind == .connector || parts.last?.kind == .hyphen { parts.removeLast() }
        guard !parts.isEmpty else { return nil }
        var sign = 1.0
        if parts.first?.kind == .minus { sign = -1; parts.removeFirst() }
        if let over = parts.firstIndex(where: { $0.kind == .over || $0.kind == .outOf }) {
            guard let numerator = cardinal(Array(parts[..<over]), language: language),
                  let denominator = cardinal(Array(parts[(over + 1)...]), language: language), denominator != 0 else { return nil }
            if parts[over].kind == .outOf && abs(numerator) > abs(denominator) { return nil }
            return sign * numerator / denominator
        }
        if let point = parts.firstIndex(where: { $0.kind == .point }) {
            guard let whole = integer(Array(parts[..<point]), language: language),
                  let decimals = decimalDigits(Array(parts[(point + 1)...])), let fraction = Double("0." + decimals) else { return nil }
            return sign * (whole + fraction)
        }
        guard let value = sum(parts, language: language) ?? spokenYear(parts, language: language).map(Double.init) else { return nil }
        return sign * tidy(value)
    }

    /// Removes the binary noise of decimal scaling (16.4 × 10⁶ = 16399999.999999998): rounds values of 1 and
    /// more that are not whole numbers to 15 significant digits.
    static func tidy(_ value: Double) -> Double {
        guard value.isFinite, abs(value) >= 1, value != value.rounded() else { return value }
        // 15 significant digits: a double holds 15.9, so this only drops the last ulps of noise.
        let digits = 14 - Int(floor(log10(abs(value))))
        guard digits > -300, digits < 300 else { return value }
        let factor = digits >= 0 ? Numerals.pow10(digits) : 1 / Numerals.pow10(-digits)
        let rounded = (value * factor).rounded() / factor
        return rounded.isFinite ? rounded : value
    }

    /// Whole numbers and fractions, with the scale arithmetic: a scale multiplies everything since the last larger
    /// scale ("two hundred and two thousand" = 202000). "and" inside a number is only filler when what follows can
    /// continue the group ("one hundred and thirty" = 130) and is not a fraction's numerator ("cent et trois
    /// quarts" = 100.75); otherwise it starts a fraction whose numerator is what was said since ("twenty-three fifths" = 23/5, "one hundred and three and two thirds" = 103 + 2/3,
    /// "two and fifty-four hundredths" = 2.54). In English, a tens word right before a unit denominator makes one
    /// denominator when a numerator precedes ("three twenty-firsts" = 3/21, "one hundred thirty-fifths" = 100/35). Right
    /// after a scale and "and", a fraction is a fraction of that scale ("one million and a half" = 1500000),
    /// or of the smaller scale that follows ("one billion and a half million" = 1000500000); a scale after a
    /// fraction multiplies it ("five and a half million", "two thirds of a million"). A dozen multiplies the
    /// units before it ("three hundred and two dozen" = 324).
    static func sum(_ input: [Part], language: Language) -> Double? {
        let parts = input.filter { $0.kind != .hyphen }
        var total = 0.0          // finished groups (multiplied by scales of 1000 and more)
        var current = 0.0        // the group being read
        var lastScale = 1.0
        var andBase = 0.0        // the value when the last "and" was read
        var afterAnd = false
        var afterFraction = false
        var openAnd = false      // an "and" that started a fraction part which has not come yet ("two and three" is no number)
        var index = 0
        var sawValue = false
        func isDenominator(_ part: Part?) -> Bool { part?.kind == .ordinal || part?.kind == .fraction }
        func fraction(numerator: Double, denominator: Double, following: Part?) -> Bool {
            guard denominator > 0 else { return false }
            openAnd = false
            if afterAnd && current == 0 && total != 0 && lastScale > 1 {
                if let following, following.kind == .scale, following.value < lastScale {
                    current = numerator / denominator // "one billion and a half million": half of the million that follows
                } else {
                    total += lastScale * numerator / denominator // "one million and a half", "cinq milliards et trois quarts"
                }
            } else {
                let whole = total + current + numerator
                total = andBase + (whole - andBase) / denominator
                current = 0
            }
            return true
        }
        while index < parts.count {
            let part = parts[index]
            let next = index + 1 < parts.count ? parts[index + 1] : nil
            let afterNext = index + 2 < parts.count ? parts[index + 2] : nil
            switch part.kind {
            case .cardinal where part.value == 100 && next?.kind != .ordinal:
                // Not after hundreds: "3 hundred and 2 hundred" is two numbers.
                guard current < 100 else { return nil }
                current = (current == 0 ? 1 : current) * part.value
            case .scale where part.value < 100:
                // A dozen: of the units since the hundreds ("three hundred and two dozen"), or of a fraction ("half a dozen").
                if current == 0 && total != 0 {
                    total *= part.value
                } else {
                    let units = current.truncatingRemainder(dividingBy: 100)
                    current += (units == 0 ? 1 : units) * part.value - units
                }
            case .scale where part.value < 1000:
                current = (current == 0 ? 1 : current) * part.value
            case .cardinal where part.value >= 20 && part.value < 100 && part.value.truncatingRemainder(dividingBy: 10) == 0
                    && (language == .en || (total == 0 && current == 1)) && sawValue && !afterAnd && !afterFraction
                    && ((isDenominator(next) && next!.value < 10) || (next?.kind == .connector && afterNext?.kind == .ordinal && afterNext?.value == 1)):
                // "three twenty-firsts", "one hundred thirty-fifths", "une vingt et unième": a numerator, then tens and a
                // unit denominator (in French only after "un"/"une": "cent trente cinquièmes" is 130/5).
                let unit = next!.kind == .connector ? afterNext! : next!
                let numerator = total + current - andBase
                guard numerator != 0 else { return nil }
                total = andBase + numerator / (part.value + unit.value)
                current = 0
                openAnd = false
                index += next!.kind == .connector ? 3 : 2
                afterFraction = true
                continue
            case .digits, .cardinal, .article:
                let value = part.kind == .article ? 1 : part.value
                if afterFraction && value == 1 && next?.kind == .scale {
                    break // "two thirds of a million", "deux tiers d'un million": the article is not a number
                }
                if let next, isDenominator(next) {
                    // The numerator of a fraction: "two thirds", "a half", "trois cinquièmes".
                    if part.kind != .article && !afterAnd && !canAdd(value, to: current) { return nil }
                    guard fraction(numerator: value, denominator: next.value, following: afterNext) else { return nil }
                    index += 2
                    sawValue = true
                    afterAnd = false
                    afterFraction = true
                    continue
                }
                if part.kind == .article {
                    // "a hundred", "a dozen", "a million": one of the scale that follows.
                    guard let next, next.kind == .scale || (next.kind == .cardinal && next.value == 100)
                            || (next.kind == .cardinal && next.value >= 20 && next.value < 100 && isDenominator(afterNext)) else { return nil }
                    current += 1
                    break
                }
                if language == .fr && value == 20 && current.truncatingRemainder(dividingBy: 100) == 4 && isFreshGroup(current) {
                    current += 76 // quatre vingt = 80
                } else if !canAdd(value, to: current) {
                    return nil
                } else {
                    current += value
                }
            case .fraction:
                // No numerator word: "half million", "et demi", "five eighths" read as "five - eighths", "a hundred trillionths".
                let group = total + current - andBase
                if afterAnd || group == 0 {
                    guard fraction(numerator: 1, denominator: part.value, following: next) else { return nil }
                } else {
                    total = andBase + group / part.value
                    current = 0
                    openAnd = false
                }
                afterFraction = true
                sawValue = true
                afterAnd = false
                index += 1
                continue
            case .ordinal:
                return nil
            case .scale:
                let multiplier = part.value
                let group = current == 0 ? (total != 0 ? 0 : 1) : current
                // Scales fall: "3 thousand and 2 thousand" is two numbers ("one thousand million" multiplies, below).
                if group != 0 && total != 0 && lastScale > 1 && multiplier >= lastScale { return nil }
                if group == 0 { total *= multiplier } else { total += group * multiplier }
                current = 0
                lastScale = multiplier
            case .connector:
                // Filler inside one number ("one hundred and six", "vingt et un", "deux mille et un"), or the start of
                // a fraction part ("and a half", "and two thirds", "and fifty-four hundredths").
                // Never before a zero: "3 hundred and 0" is two numbers.
                if let next, next.kind == .cardinal || next.kind == .digits, next.value != 0, canAdd(next.value, to: current),
                   !(current == 0 && total == 0), !isDenominator(afterNext) {
                    index += 1
                    continue
                }
                total += current
                current = 0
                andBase = total
                afterAnd = true
                openAnd = true
                index += 1
                continue
            case .hyphen:
                index += 1
                continue
            case .point, .minus, .over, .outOf:
                return nil
            }
            sawValue = true
            afterAnd = false
            afterFraction = false
            index += 1
        }
        return sawValue && !openAnd ? total + current : nil
    }

    /// A group that has no units yet beyond the hundreds: 4 in "quatre vingt", 304 in "trois cent quatre vingt".
    private static func isFreshGroup(_ current: Double) -> Bool { current.truncatingRemainder(dividingBy: 10) == 4 && current.truncatingRemainder(dividingBy: 100) < 10 }

    /// Whether a word of value `value` can follow a group standing at `current`: units after tens (twenty-one),
    /// anything below 100 after hundreds or nothing, ten to nineteen after the French 60 and 80 (soixante-douze).
    private static func canAdd(_ value: Double, to current: Double) -> Bool {
        let rest = current.truncatingRemainder(dividingBy: 100)
        if rest == 0 { return value < 100 || current == 0 }
        if value >= 100 { return false }
        if rest == 10 && value < 10 && value > 0 { return true } // dix sept
        if rest.truncatingRemainder(dividingBy: 10) == 0 && rest >= 20 {
            if value < 10 { return true }
            if (rest == 60 || rest == 80) && value < 20 { return true }
        }
        return false
    }

    static func integer(_ parts: [Part], language: Language) -> Double? {
        guard !parts.contains(where: { [.ordinal, .fraction].contains($0.kind) }) else { return nil }
        return sum(parts, language: language)
    }

    /// Digits after "point": each word is its digits ("zero three" = 03, "seventy-one" = 71, "eleven" = 11).
    static func decimalDigits(_ parts: [Part]) -> String? {
        var digits = ""
        var index = 0
        let words = parts.filter { $0.kind != .connector && $0.kind != .hyphen }
        guard !words.isEmpty else { return nil }
        while index < words.count {
            let part = words[index]
            guard part.kind == .cardinal || part.kind == .digits, part.value >= 0, part.value == part.value.rounded() else { return nil }
            var value = Int(part.value)
            if value >= 20 && value < 100 && value % 10 == 0, index + 1 < words.count, words[index + 1].kind == .cardinal, words[index + 1].value < 10, words[index + 1].value > 0 {
                value += Int(words[index + 1].value)
                index += 1
            }
            digits += String(value)
            index += 1
        }
        return digits
    }

    /// The value of an ordinal written in words: "fifth", "twenty-first", "vingt et unième", "cent trente-cinquième".
    public static func ordinal(_ input: [Part], language: Language) -> Int? {
        let parts = input.filter { $0.kind != .connector && $0.kind != .hyphen }
        guard let last = parts.last, last.kind == .ordinal || last.kind == .digits else { return nil }
        let prefix = Array(parts.dropLast())
        let lastValue = last.value
        if prefix.isEmpty { return lastValue == lastValue.rounded() ? Int(lastValue) : nil }
        guard let head = sum(prefix, language: language) else { return nil }
        // "one hundredth", "thousandth": a scale ordinal multiplies; others add ("twenty-first").
        let value = lastValue >= 100 && lastValue.truncatingRemainder(dividingBy: 100) == 0 && head < lastValue ? head * lastValue : head + lastValue
        guard value == value.rounded(), value > 0 else { return nil }
        return Int(value)
    }

    /// A year read in two halves, as English speaks years: "nineteen eighty-six" = 1986, "twenty twenty" = 2020.
    public static func spokenYear(_ input: [Part], language: Language) -> Int? {
        let parts = input.filter { $0.kind != .connector && $0.kind != .hyphen }
        guard parts.count >= 2, parts.allSatisfy({ $0.kind == .cardinal }) else { return nil }
        guard let split = (1..<max(1, parts.count)).first(where: { index in
            parts[index - 1].kind == .cardinal && parts[index - 1].value >= 10 && parts[index - 1].value < 100 && parts[index].value >= 10
        }) else { return nil }
        guard let century = sum(Array(parts[..<split]), language: language), let rest = sum(Array(parts[split...]), language: language),
              century >= 10, century < 100, rest < 100 else { return nil }
        return Int(century) * 100 + Int(rest)
    }
}
