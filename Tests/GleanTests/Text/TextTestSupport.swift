import Foundation
@testable import Glean

/// Shared helpers for the Text layer tests.
enum TextFixtures {
    /// `seeds/` at the package root, relative to this file (Tests/GleanTests/Text/).
    static let seedsDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().appendingPathComponent("../../../seeds").standardized

    static let wikinewsDirectory = URL(fileURLWithPath: "/work/shared/devsets/wikinews_fr")

    static func seed(_ number: String) -> [UInt8] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: seedsDirectory.path)) ?? []
        guard let name = names.sorted().first(where: { $0.hasPrefix(number + "_") }),
              let data = FileManager.default.contents(atPath: seedsDirectory.appendingPathComponent(name).path)
        else { return [] }
        return Array(data)
    }

    static let seedNumbers = ["000", "001", "002", "003", "004"]
}

struct TokenView: Equatable, CustomStringConvertible {
    var text: String
    var kind: TokenKind
    var flags: TokenFlags
    var description: String { "\(text)/\(kind)" }
}

func tokenTexts(_ input: String, language: Language = .unknown) -> [String] {
    tokenViews(input, language: language).map(\.text)
}

func tokenViews(_ input: String, language: Language = .unknown) -> [TokenView] {
    let prepared = PreparedText(string: input)
    let tokens = Tokenizer(language: language).tokenize(prepared.normalized)
    return tokens.map { token in
        TokenView(text: String(decoding: prepared.normalized[Int(token.start)..<Int(token.end)], as: UTF8.self),
                  kind: token.kind, flags: token.flags)
    }
}

func normalizedString(_ input: String) -> String {
    String(decoding: PreparedText(string: input).normalized, as: UTF8.self)
}
