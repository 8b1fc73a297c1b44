import Testing
@testable import Glean

/// An English numeric date follows the order of the country the text is written in (its dateline line's city, as
/// for its own dollar): day first in Nigeria, Kenya, India, Britain; month first in the United States and when the
/// text says nowhere (the default), or with a world wire's dateline. The `date_order` option still wins.
@Suite("Numeric dates by the country written in")
struct HomeDateOrderTests {
    @Test(arguments: [
        ("LAGOS, Nigeria, 10 March 2025\nThe agreement was signed on 05/03/2025 in Abuja.", "05/03/2025", "2025-03-05"),
        ("NAIROBI, Kenya, 10 March 2025\nThe loan was approved on 04/03/2025.", "04/03/2025", "2025-03-04"),
        ("WASHINGTON, 10 March 2025\nThe deal was signed on 3/5/2025.", "3/5/2025", "2025-03-05"),
        ("The deal was signed on 3/5/2025.", "3/5/2025", "2025-03-05"),
        ("The agreement was signed on 05/03/2025 in Abuja.", "05/03/2025", "2025-05-03"),
    ])
    func numericDateByHome(_ text: String, _ expression: String, _ value: String) throws {
        let dates = ShippedPack.facts(text, .en, reference: "2025-03-10", type: "Date")
        let fact = try #require(dates.first { $0.text == expression }, "\(dates.map { "\($0.text) \($0.fields)" })")
        #expect(fact.field("value") == .string(value))
    }
}
