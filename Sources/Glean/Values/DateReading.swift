/// How a document's dates are read where its text leaves the choice open: which way an undirected date lies from the
/// reference date, and which number of a numeric date is the month. The defaults read news: undirected dates
/// backward or nearest, English slashes month first. Given per document (`Document.dateReading`, the JSON Lines keys
/// `forward_dates` and `date_order`) or for a whole run (`glean extract --forward-dates --date-order dmy`); see
/// docs/facts.md, "Reading options".
public struct DateReading: Sendable, Hashable {
    /// The order of the day and the month in a numeric date that does not start with its year.
    public enum Order: String, Sendable, CaseIterable {
        /// Day first (`6/10/2018` is 6 October): British and most other English outside the United States.
        case dmy
        /// Month first (`6/10/2018` is 10 June): the United States.
        case mdy
    }

    /// Scheduling text (invitations, calendars, plans): an undirected weekday, a day and month without a year, a
    /// month alone, a day of the month alone, a holiday without a year and a clock time alone are the next one on
    /// or after the reference instead of the nearest or latest one. nil: not said (read as false).
    public var forwardDates: Bool?
    /// The order of numeric dates in English text. nil: not said (slashes and a bare day and month month first,
    /// dots and dashes with a year day first). French is always read day first.
    public var dateOrder: Order?

    public init(forwardDates: Bool? = nil, dateOrder: Order? = nil) {
        self.forwardDates = forwardDates
        self.dateOrder = dateOrder
    }

    /// Whether undirected dates are read forward.
    public var readsForward: Bool { forwardDates ?? false }

    /// These options, with what they leave unsaid taken from `defaults` (a document's own keys win over a run's flags).
    public func filled(from defaults: DateReading) -> DateReading {
        DateReading(forwardDates: forwardDates ?? defaults.forwardDates, dateOrder: dateOrder ?? defaults.dateOrder)
    }
}
