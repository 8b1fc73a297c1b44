import Foundation

/// Compares titles across languages: `Memorandum of Cooperation for a Reinforced Partnership` and `mémorandum de
/// coopération pour un partenariat renforcé` both become the concepts {memorandum, cooperation, reinforced,
/// partnership}. Words are folded (lower case, no diacritics), a plural `s` is dropped, stopwords are skipped and
/// the remaining words go through the lexicon (a data file, see docs/consolidation.md); words the lexicon does
/// not list stand for themselves, which covers cognates (`cooperation`, `coopération`).
public struct TitleLexicon: Sendable {
    public private(set) var stopwords: Set<String> = []
    /// Folded, singular form → concept.
    public private(set) var concepts: [String: String] = [:]

    public init() {}

    public mutating func addStopword(_ word: String) {
        stopwords.insert(TitleLexicon.normalize(word))
    }

    /// Every form, the concept's own name included, stands for the concept.
    public mutating func addConcept(_ concept: String, forms: [String]) {
        let name = TitleLexicon.normalize(concept)
        concepts[name] = name
        for form in forms { concepts[TitleLexicon.normalize(form)] = name }
    }

    /// The concept of each content word of a title, in order, without repeats.
    public func concepts(of title: String) -> [String] {
        var result: [String] = []
        var seen = Set<String>()
        for word in TitleLexicon.words(of: Folding.fold(title)) {
            let singular = TitleLexicon.singular(word)
            if stopwords.contains(singular) || stopwords.contains(word) { continue }
            let concept = concepts[singular] ?? concepts[word] ?? singular
            if seen.insert(concept).inserted { result.append(concept) }
        }
        return result
    }

    /// Dice coefficient of the two titles' concept sets: 1 for the same concepts, 0 for none in common.
    public func similarity(_ a: String, _ b: String) -> Double {
        TitleLexicon.dice(Set(concepts(of: a)), Set(concepts(of: b)))
    }

    static func dice(_ a: Set<String>, _ b: Set<String>) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 1 }
        return 2 * Double(a.intersection(b).count) / Double(a.count + b.count)
    }

    static func normalize(_ word: String) -> String {
        singular(Folding.fold(word).trimmingCharacters(in: .whitespaces))
    }

    /// Letters and digits; elisions (`l'`, `d'`) and hyphens separate words.
    static func words(of folded: String) -> [String] {
        folded.unicodeScalars.split { !($0.properties.isAlphabetic || ("0"..."9").contains($0)) }.map { String(String.UnicodeScalarView($0)) }
    }

    static func singular(_ word: String) -> String {
        word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") ? String(word.dropLast()) : word
    }
}
