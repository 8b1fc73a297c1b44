import Testing
@testable import Glean

@Suite("PCRE2 wrapper")
struct RegexTests {
    let scratch = RegexMatchScratch()

    func matches(_ pattern: String, _ text: String, options: RegexOptions = []) throws -> [RegexMatch] {
        let regex = try CompiledRegex(pattern, options: options)
        var subject = text
        return try subject.withUTF8 { try scratch.allMatches(of: regex, in: $0) }
    }

    @Test func jitIsUsed() throws {
        #expect(try CompiledRegex("[0-9]+").isJITCompiled)
    }

    @Test func namedGroupsAndOffsetsAreInBytes() throws {
        let regex = try CompiledRegex("(?<day>\\d+) (?<month>août)")
        #expect(regex.groupNumber(named: "month") == 2)
        var text = "le 8 août"
        let match = try text.withUTF8 { try scratch.firstMatch(of: regex, in: $0) }
        #expect(match?.range == ByteSpan(start: 3, end: 10)) // "août" is 5 bytes
        #expect(match?.groups[2] == ByteSpan(start: 5, end: 10))
    }

    @Test func emptyMatchesAdvanceByWholeCharacters() throws {
        let found = try matches("x*", "éé")
        #expect(found.count == 3)
        #expect(found.map(\.range.start) == [0, 2, 4])
    }

    @Test func caselessOption() throws {
        #expect(try matches("maroc", "MAROC et Maroc", options: .caseless).count == 2)
    }

    @Test func compileErrorGivesOffset() {
        #expect(throws: RegexCompileError.self) { try CompiledRegex("ab(c") }
        do {
            _ = try CompiledRegex("a[b")
        } catch {
            #expect(error.patternOffset == 3)
            #expect(error.message.contains("missing terminating ]"))
        }
    }

    @Test func catastrophicPatternHitsTheMatchLimit() throws {
        let regex = try CompiledRegex("^(a+)+$")
        let limited = RegexMatchScratch(matchLimit: 10_000)
        var text = String(repeating: "a", count: 40) + "b"
        #expect(throws: RegexMatchError.self) {
            _ = try text.withUTF8 { try limited.firstMatch(of: regex, in: $0) }
        }
        do {
            _ = try text.withUTF8 { try limited.firstMatch(of: regex, in: $0) }
        } catch let error as RegexMatchError {
            #expect(error.isMatchLimit)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func anchoredFullMatchesWholeSubjectOnly() throws {
        let regex = try CompiledRegex("\\d{4}", options: .anchoredFull)
        var year = "2024", longer = "20245"
        #expect(try year.withUTF8 { try scratch.matches(regex, in: $0) })
        #expect(try !longer.withUTF8 { try scratch.matches(regex, in: $0) })
    }
}
