import Testing
@testable import Glean

/// The reading options (`DateReading`): scheduling text read forward, and the order of numeric dates, through the
/// shipped pack. The reference is Thursday 8 August 2024 at 15:00.
@Suite("Date reading options")
struct DateReadingTests {
    static let reference = "2024-08-08T15:00"

    static func value(_ expression: String, in text: String, _ language: Language, reading: DateReading, reference: String = reference) -> String? {
        let parsed = CalendarDate.reference(reference)
        var document = Document(id: "t", text: text, language: language, referenceDate: parsed?.date, referenceTime: parsed?.minuteOfDay)
        document.dateReading = reading
        let facts = Extractor(pack: ShippedPack.pack).extract(document).facts.filter { $0.type == "Date" }
        return facts.first { $0.text == expression }?.field("value")?.stringValue
    }

    /// (text, expression, language, value by default, value read forward)
    @Test(arguments: [
        ("Lunch with the team on Tuesday.", "Tuesday", Language.en, "2024-08-06", "2024-08-13"),
        ("Dentist Thursday.", "Thursday", .en, "2024-08-08", "2024-08-08"),
        ("Réunion du bureau mardi.", "mardi", .fr, "2024-08-06", "2024-08-13"),
        ("Board retreat on 2 March.", "2 March", .en, "2024-03-02", "2025-03-02"),
        ("Assemblée générale le 2 mars.", "2 mars", .fr, "2024-03-02", "2025-03-02"),
        ("Book fair in April.", "April", .en, "2024-04", "2025-04"),
        ("Salon du livre en avril.", "avril", .fr, "2024-04", "2025-04"),
        ("Summer sale in August.", "August", .en, "2024-08", "2024-08"),
        ("Call the bank at 9am.", "9am", .en, "2024-08-08T09", "2024-08-09T09"),
        ("Call the bank at 5pm.", "5pm", .en, "2024-08-08T17", "2024-08-08T17"),
        ("Appeler la banque à 9h30.", "9h30", .fr, "2024-08-08T09:30", "2024-08-09T09:30"),
        ("Haircut on the 5th.", "5th", .en, "2024-08-05", "2024-09-05"),
        // A part of the day over at the reference time (15:00) is next week's, read forward (ninth pass).
        ("Brunch Thursday morning.", "Thursday morning", .en, "2024-08-08", "2024-08-15"),
        ("Réunion jeudi matin.", "jeudi matin", .fr, "2024-08-08", "2024-08-15"),
        ("Yoga Thursday afternoon.", "Thursday afternoon", .en, "2024-08-08", "2024-08-08"),
        ("Apéritif jeudi soir.", "jeudi soir", .fr, "2024-08-08", "2024-08-08"),
    ])
    func forward(_ text: String, _ expression: String, _ language: Language, _ usual: String, _ ahead: String) {
        #expect(Self.value(expression, in: text, language, reading: DateReading()) == usual)
        #expect(Self.value(expression, in: text, language, reading: DateReading(forwardDates: true)) == ahead)
        #expect(Self.value(expression, in: text, language, reading: DateReading(forwardDates: false)) == usual)
    }

    /// A clause in the past keeps its date behind the reference, read forward or not.
    @Test(arguments: [
        ("The ministers met on Tuesday.", "Tuesday", Language.en, "2024-08-06"),
        ("Les ministres se sont réunis mardi.", "mardi", .fr, "2024-08-06"),
    ])
    func aPastClauseStaysBehind(_ text: String, _ expression: String, _ language: Language, _ value: String) {
        #expect(Self.value(expression, in: text, language, reading: DateReading(forwardDates: true)) == value)
    }

    @Test func aHolidayWithoutItsYearIsTheNextOne() {
        let text = "Office party at Christmas."
        #expect(Self.value("Christmas", in: text, .en, reading: DateReading(), reference: "2024-12-28") == "2024-12-25")
        #expect(Self.value("Christmas", in: text, .en, reading: DateReading(forwardDates: true), reference: "2024-12-28") == "2025-12-25")
    }

    /// (text, expression, language, order, value)
    @Test(arguments: [
        ("Filed on 6/10/2018.", "6/10/2018", Language.en, nil, "2018-06-10"),
        ("Filed on 6/10/2018.", "6/10/2018", .en, DateReading.Order.dmy, "2018-10-06"),
        ("Filed on 6/10/2018.", "6/10/2018", .en, .mdy, "2018-06-10"),
        ("Filed on 10.06.2018.", "10.06.2018", .en, nil, "2018-06-10"),
        ("Filed on 10.06.2018.", "10.06.2018", .en, .mdy, "2018-10-06"),
        // A first number that cannot be a month is the day, whatever the order.
        ("Filed on 13/06/2018.", "13/06/2018", .en, .mdy, "2018-06-13"),
        ("Filed on 06/13/2018.", "06/13/2018", .en, .dmy, "2018-06-13"),
        // French is read day first.
        ("Déposé le 6/10/2018.", "6/10/2018", .fr, nil, "2018-10-06"),
        ("Déposé le 6/10/2018.", "6/10/2018", .fr, .mdy, "2018-10-06"),
    ])
    func order(_ text: String, _ expression: String, _ language: Language, _ order: DateReading.Order?, _ value: String) {
        #expect(Self.value(expression, in: text, language, reading: DateReading(dateOrder: order)) == value)
    }

    @Test func aDocumentsOwnKeysWinOverTheRunsDefaults() {
        let run = DateReading(forwardDates: true, dateOrder: .dmy)
        #expect(DateReading(forwardDates: false).filled(from: run) == DateReading(forwardDates: false, dateOrder: .dmy))
        #expect(DateReading().filled(from: run) == run)
    }

    @Test func jsonLinesKeys() throws {
        let line = #"{"id": "a", "text": "Lunch on Tuesday.", "reference_date": "2024-08-08", "forward_dates": true, "date_order": "DMY"}"#
        let (document, diagnostics) = DocumentSource.parseJSONLine(Array(line.utf8), source: "in.jsonl", line: 1, language: nil, referenceDate: nil)
        #expect(diagnostics.isEmpty)
        #expect(try #require(document).dateReading == DateReading(forwardDates: true, dateOrder: .dmy))
        let plain = DocumentSource.parseJSONLine(Array(#"{"text": "Tuesday."}"#.utf8), source: "in.jsonl", line: 2, language: nil, referenceDate: nil)
        #expect(try #require(plain.document).dateReading == DateReading())
    }

    @Test func unreadableKeysAreLeftOutWithAWarning() throws {
        let line = #"{"text": "Lunch on Tuesday.", "forward_dates": 1, "date_order": "ymd"}"#
        let (document, diagnostics) = DocumentSource.parseJSONLine(Array(line.utf8), source: "in.jsonl", line: 3, language: nil, referenceDate: nil)
        #expect(try #require(document).dateReading == DateReading())
        #expect(diagnostics.count == 2)
        #expect(diagnostics.allSatisfy { $0.location?.line == 3 })
        #expect(diagnostics.contains { $0.message.contains("forward_dates") } && diagnostics.contains { $0.message.contains("date_order") })
    }
}
