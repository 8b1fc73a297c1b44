import Testing
@testable import Glean

@Suite("interval(): periods as ISO intervals")
struct IntervalFunctionTests {
    @Test func aRangeBecomesAnIntervalAndASingleDateStaysItself() throws {
        let rules = """
        rule months {
          pattern: "from" s:/[0-9]{4}/ "to" e:/[0-9]{4}/
          emit Period { value: interval(s, e) }
        }
        rule one {
          pattern: "in" s:/[0-9]{4}/ e:"alone"?
          emit Period { value: interval(s, e), same: interval(s, s) }
        }
        """
        let facts = try extract(rules, "Trade from 2021 to 2023 grew; in 2020 alone it fell; in 2019 it rose.")
        let values = facts.compactMap { $0.fields.first { $0.key == "value" }?.value }
        #expect(values.contains(.string("2021/2023")))
        #expect(values.contains(.string("2020/alone")))
        #expect(values.contains(.string("2019")))
        #expect(facts.allSatisfy { $0.fields.first { $0.key == "same" }.map { $0.value == .string("2019") || $0.value == .string("2020") } ?? true })
    }

    @Test func noStartNoValue() throws {
        let rules = """
        rule none {
          pattern: "trade" e:"alone"?
          emit Period { value: interval(e, "2021") }
        }
        """
        let facts = try extract(rules, "Trade grew.")
        #expect(facts.first?.fields.contains { $0.key == "value" } == false)
    }

    @Test func aDateRecordWithAnEndGivesItsInterval() throws {
        let rules = """
        rule nine {
          pattern: "first" "nine" "months" "of" y:/[0-9]{4}/
          emit Period { value: interval(date(month: 1, year: y, end_month: 9, end_year: y)) }
        }
        rule year {
          pattern: "in" y:/[0-9]{4}/
          emit Year { value: interval(date(year: y)) }
        }
        """
        let facts = try extract(rules, "Exports grew in the first nine months of 2021, and in 2020.")
        #expect(facts.first { $0.type == "Period" }?.fields.first { $0.key == "value" }?.value == .string("2021-01/2021-09"))
        #expect(facts.first { $0.type == "Year" }?.fields.first { $0.key == "value" }?.value == .string("2020"))
    }
}
