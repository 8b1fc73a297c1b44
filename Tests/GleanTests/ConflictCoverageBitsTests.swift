import Testing
@testable import Glean

/// Conflict resolution's byte coverage (`Extractor.anyBit`, `Extractor.setBits`) a word at a time: the same answers
/// as a bit at a time, for ranges inside one word, across words and on their edges.
@Suite("Conflict coverage bits")
struct ConflictCoverageBitsTests {
    @Test func wordsAnswerAsBitsDo() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let length = Int.random(in: 1...300, using: &generator)
            var words = [UInt64](repeating: 0, count: length / 64 + 1)
            var flags = [Bool](repeating: false, count: length)
            for _ in 0..<6 {
                let start = Int.random(in: 0..<length, using: &generator)
                let end = Int.random(in: start...min(length, start + 130), using: &generator)
                let answer = flags[start..<end].contains(true)
                #expect(Extractor.anyBit(words, start..<end) == answer)
                if Bool.random(using: &generator) {
                    Extractor.setBits(&words, start..<end)
                    for index in start..<end { flags[index] = true }
                }
                let same = (0..<length).allSatisfy { index in ((words[index >> 6] >> UInt64(index & 63)) & 1 == 1) == flags[index] }
                #expect(same)
            }
        }
    }
}
