import Testing
@testable import Glean

/// Composed dates (an anchor with an offset or a selector), holidays of other calendars, compact numeric forms, and
/// money with glued codes, local abbreviations and shared symbols, through the shipped pack.
@Suite("Composed dates, calendars, compact forms")
struct ComposedDateTests {
    @Test(arguments: [
        // An anchor with a selector: the nth weekday or day of a month, of a relative month or week.
        ("We meet on the first Monday of next month.", "first Monday of next month", Language.en, "2024-08-08", "2024-09-02"),
        ("Elections are held the last Sunday of this month.", "last Sunday of this month", .en, "2024-08-08", "2024-08-25"),
        ("Le sommet se tiendra le premier lundi du mois prochain.", "premier lundi du mois prochain", .fr, "2024-08-08", "2024-09-02"),
        ("The vote is on the second Tuesday of March 2025.", "second Tuesday of March 2025", .en, "2024-08-08", "2025-03-11"),
        ("Il partira le dernier vendredi de juin 2015.", "dernier vendredi de juin 2015", .fr, "2014-01-01", "2015-06-26"),
        ("le dernier jour de juin 2015", "dernier jour de juin 2015", .fr, "2020-01-01", "2015-06-30"),
        ("It ends on the last day of February 2024.", "last day of February 2024", .en, "2020-01-01", "2024-02-29"),
        ("Payment is due the first day of next month.", "the first day of next month", .en, "2024-12-15", "2025-01-01"),
        ("They came back on the 3rd day of October.", "3rd day of October", .en, "2024-08-08", "2024-10-03"),
        ("We met on Thursday of next week.", "Thursday of next week", .en, "2024-08-08", "2024-08-15"),
        ("Rendez-vous jeudi de la semaine prochaine.", "jeudi de la semaine prochaine", .fr, "2024-08-08", "2024-08-15"),
        // An anchor with an offset.
        ("On se voit mardi en huit.", "mardi en huit", .fr, "2024-08-08", "2024-08-20"),
        ("Il revient lundi en quinze.", "lundi en quinze", .fr, "2024-08-08", "2024-08-26"),
        ("The shipment arrives three Tuesdays from now.", "three Tuesdays from now", .en, "2024-08-08", "2024-08-27"),
        ("Il est arrivé le lendemain du 4 mars.", "le lendemain du 4 mars", .fr, "2024-08-08", "2024-03-05"),
        ("They left the day after 31 December 2023.", "the day after 31 December 2023", .en, "2024-08-08", "2024-01-01"),
        ("Les magasins ferment la veille de Noël.", "veille de Noël", .fr, "2024-08-08", "2024-12-24"),
        ("They signed the day before 1 March 2024.", "the day before 1 March 2024", .en, "2024-08-08", "2024-02-29"),
        ("We fly the day after tomorrow.", "the day after tomorrow", .en, "2024-12-30", "2025-01-01"),
        ("The talks resumed the following day.", "the following day", .en, "2024-02-28", "2024-02-29"),
        ("It will be ready two weeks from now.", "two weeks from now", .en, "2024-12-25", "2025-01-08"),
        // A span counted ahead is a range of days from the day after the reference date (its end, 2017-06-02, is the
        // range's `end`), as Recognizers-Text reads "the next three weeks".
        ("La réponse viendra dans les trois prochaines semaines.", "trois prochaines semaines", .fr, "2017-05-12", "2017-05-13"),
        ("The report came out two days earlier.", "two days earlier", .en, "2024-03-01", "2024-02-28"),
        // Hours and minutes move the day only by whole days; a time lands on the reference day (or on its day).
        ("The car leaves in 5 minutes.", "in 5 minutes", .en, "2012-08-10", "2012-08-10"),
        ("It happened 36 hours ago.", "36 hours ago", .en, "2012-08-10", "2012-08-09"),
        ("il y a 15 minutes", "il y a 15 minutes", .fr, "2012-08-10", "2012-08-10"),
        ("We meet tomorrow at 5pm.", "tomorrow at 5pm", .en, "2024-08-08", "2024-08-09T17"),
        ("La permanence ouvre vendredi 9h-13h.", "vendredi 9h", .fr, "2024-05-10", "2024-05-10T09"),
        ("Rendez-vous à 8h10.", "8h10", .fr, "2012-08-10", "2012-08-10T08:10"),
        ("It ends at midnight.", "midnight", .en, "2012-08-10", "2012-08-10T00:00"),
        ("Come at 6 in the afternoon.", "6 in the afternoon", .en, "2016-10-01", "2016-10-01T18"),
        // With the reference's time of day, hours and minutes count from it and cross midnight.
        ("The car leaves in 5 minutes.", "in 5 minutes", .en, "2012-08-10T12:14", "2012-08-10T12:19"),
        ("The ship docks 12 hours from now.", "12 hours from now", .en, "2012-08-10T12:14", "2012-08-11T00:14"),
        ("il y a 3 heures", "il y a 3 heures", .fr, "2012-08-10T01:30", "2012-08-09T22:30"),
        ("We land in 2 days.", "in 2 days", .en, "2012-08-10T12:14", "2012-08-12"),
        // Durations of several or abbreviated units.
        ("Posted 3m 49s ago by the desk.", "3m 49s ago", .en, "2012-08-10T22:30", "2012-08-10T22:26"),
        ("Updated 1d 21 h 25m ago.", "1d 21 h 25m ago", .en, "2012-08-10T22:30", "2012-08-09T01:05"),
        ("Posted 2 hours and 30 minutes ago.", "2 hours and 30 minutes ago", .en, "2012-08-10T01:00", "2012-08-09T22:30"),
        ("The parts ship 3w later.", "3w later", .en, "2012-07-10", "2012-07-31"),
        ("Reminder: 2 weeks 3 days from now.", "2 weeks 3 days from now", .en, "2012-07-10", "2012-07-27"),
        ("Deadline moved +1 day 2 hour", "+1 day 2 hour", .en, "2012-07-10T12:14", "2012-07-11T14:14"),
        ("Deadline moved +2d", "+2d", .en, "2012-07-10", "2012-07-12"),
        ("Backdated -3y", "-3y", .en, "2015-07-10", "2012-07-10"),
        ("The bus leaves in 1d 2hr 5min.", "in 1d 2hr 5min", .en, "2012-08-10T12:40", "2012-08-11T14:45"),
        ("The food arrives 15 minute out.", "15 minute out", .en, "2012-08-10T12:14", "2012-08-10T12:29"),
        ("She called a min before.", "a min before", .en, "2012-08-10T12:14", "2012-08-10T12:13"),
        ("He rang an hour after.", "an hour after", .en, "2012-08-10T23:30", "2012-08-11T00:30"),
        ("We reviewed it after a year.", "after a year", .en, "2016-10-01", "2017-10-01"),
        ("Help arrives within half an hour.", "within half an hour", .en, "2012-08-10T12:14", "2012-08-10T12:44"),
        // Working days.
        ("We reply the next business day.", "next business day", .en, "2024-10-18", "2024-10-21"),
        ("Delivery on the next working day.", "next working day", .en, "2024-10-16", "2024-10-17"),
        ("Réponse le jour ouvrable suivant.", "jour ouvrable suivant", .fr, "2024-10-19", "2024-10-21"),
        ("Refunds arrive in 3 business days.", "in 3 business days", .en, "2024-10-17", "2024-10-22"),
        // A day and a month in single digits before a clock time; the nearest year.
        ("Book it for 1/8 at 12pm please.", "1/8 at 12pm", .en, "2021-09-25", "2022-01-08T12"),
        // A day and month without a year: the year that puts it nearest the reference date.
        ("The fire started on Dec. 21.", "Dec. 21", .en, "2024-01-10", "2023-12-21"),
        ("Elections are set for February 3.", "February 3", .en, "2024-11-20", "2025-02-03"),
        ("The deal was signed on 31 May.", "31 May", .en, "2024-08-08", "2024-05-31"),
        ("Le sommet aura lieu le 10 janvier.", "10 janvier", .fr, "2012-08-10", "2013-01-10"),
    ])
    func composed(_ text: String, _ expression: String, _ language: Language, _ reference: String, _ value: String) throws {
        let fact = try #require(ShippedPack.fact(expression, in: text, language, reference: reference, type: "Date"),
                                "\(ShippedPack.facts(text, language, reference: reference, type: "Date").map { "\($0.text) \($0.fields)" })")
        #expect(fact.field("value") == .string(value))
    }

    /// A day and its time are one Date, as one TIMEX of TimeML: the day and the time inside are not facts of their own
    /// (the time alone would be put on the reference day). A shift in hours ("10 hours ago") is an instant, not a time
    /// to put on a day.
    @Test(arguments: [
        ("We meet tomorrow at 5pm.", Language.en, "2024-05-10", ["tomorrow at 5pm 2024-05-11T17"]),
        ("Nous partons lundi à 10h30.", .fr, "2024-05-10", ["lundi à 10h30 2024-05-06T10:30"]),
        ("It starts March 3, 2024 at 9 a.m. sharp.", .en, "2024-05-10", ["March 3, 2024 at 9 a.m. 2024-03-03T09"]),
        ("It happened at 2:00 AM on 3 March.", .en, "2024-05-10", ["2:00 AM on 3 March 2024-03-03T02:00"]),
        ("The meeting was yesterday, 10 hours ago.", .en, "2024-05-10T13:00", ["yesterday 2024-05-09", "10 hours ago 2024-05-10T03:00"]),
        // A day with its part of the day, "at" / "à" and an hour: the part says am or pm, one Date on that day.
        ("The convoy departs tonight at 10 from the port.", .en, "2024-05-10", ["tonight at 10 2024-05-10T22"]),
        ("Voting reopens tomorrow morning at 7 sharp.", .en, "2024-05-10", ["tomorrow morning at 7 2024-05-11T07"]),
        ("Le convoi part ce soir à 22h du port.", .fr, "2024-05-10", ["ce soir à 22h 2024-05-10T22"]),
        ("Le scrutin rouvre demain matin à 7h.", .fr, "2024-05-10", ["demain matin à 7h 2024-05-11T07"]),
        // The midnight of tonight ends the reference day: the next day's 00:00 (ISO 8601's 24:00 of the day).
        ("Registration closes at midnight tonight, officials said.", .en, "2024-05-10", ["midnight tonight 2024-05-11T00:00"]),
        ("Les inscriptions ferment ce soir à minuit.", .fr, "2024-05-10", ["ce soir à minuit 2024-05-11T00:00"]),
        // A number glued to a meridiem is a time, never the day of the weekday before it (the tokens "10", "am-12pm").
        ("The clinic opens Friday 9am-1pm for visitors.", .en, "2024-05-10", ["Friday 9am-1pm 2024-05-10T09"]),
        // A holiday named before its written date is that date, once (alone it would be the reference year's).
        ("Pour Noël, le 25 décembre 2021, il était à Rome.", .fr, "2024-05-10", ["Noël, le 25 décembre 2021 2021-12-25"]),
        ("On Christmas Day, 25 December 2021, he was in Rome.", .en, "2024-05-10", ["Christmas Day, 25 December 2021 2021-12-25"]),
        ("For Eid al-Fitr on 2 May 2022 the markets closed.", .en, "2024-05-10", ["Eid al-Fitr on 2 May 2022 2022-05-02"]),
        // Not a holiday: a day and a written date side by side stay two (date.holiday_dated needs the holiday's name).
        ("We leave tomorrow, 5 June 2024, for Rome.", .en, "2024-05-10", ["tomorrow 2024-05-11", "5 June 2024 2024-06-05"]),
    ])
    func oneDatePerExpression(_ text: String, _ language: Language, _ reference: String, _ expected: [String]) {
        let dates = ShippedPack.facts(text, language, reference: reference, type: "Date")
        #expect(dates.map { "\($0.text) \($0.field("value")?.stringValue ?? "-")" } == expected)
    }

    /// Not durations counted from the reference: a decade, a duration that counts from an event, a duration alone.
    @Test(arguments: [
        ("Prices rose in the 1990s.", Language.en),
        ("Two days after the vote, they met.", .en),
        ("The talks lasted 3 hours.", .en),
    ])
    func notCountedFromReference(_ text: String, _ language: Language) {
        let dates = ShippedPack.facts(text, language, reference: "2012-08-10T12:14", type: "Date")
        #expect(dates.allSatisfy { !($0.field("value")?.stringValue ?? "").hasPrefix("2012-08") }, "\(dates.map { "\($0.text) \($0.fields)" })")
    }

    @Test(arguments: [
        // Years with their era (ISO 8601: 1 BC is year 0), month-year and short-year forms, glued date-times, compact
        // clock times.
        ("The city was founded in 753 BC.", "753 BC", Language.en, "2020-01-01", "-0752"),
        ("He died on 10 August 88 AD in Rome.", "10 August 88 AD", .en, "2020-01-01", "0088-08-10"),
        ("Il est né le 3 mars 52 av. J.-C. à Rome.", "3 mars 52 av. J.-C.", .fr, "2020-01-01", "-0051-03-03"),
        ("The reform dates from June 14, 1204 CE.", "June 14, 1204 CE", .en, "2020-01-01", "1204-06-14"),
        ("Records begin 1066 AD March.", "1066 AD March", .en, "2020-01-01", "1066-03"),
        ("The account closed Mar-2015 after audit.", "Mar-2015", .en, "2020-01-01", "2015-03"),
        ("Member since Feb 98", "Feb 98", .en, "2012-08-10", "1998-02"),
        ("Issued Mar 4, 97", "Mar 4, 97", .en, "2012-08-10", "1997-03-04"),
        ("Logged 12/24/2019-08:30 by the clerk.", "12/24/2019-08:30", .en, "2020-01-01", "2019-12-24T08:30"),
        ("Logged 24.12.2019.08:30 par le greffier.", "24.12.2019.08:30", .fr, "2020-01-01", "2019-12-24T08:30"),
        ("Lunch is at 1145am today.", "1145am today", .en, "2012-08-10", "2012-08-10T11:45"),
        ("Départ à 7.05 PM.", "7.05 PM", .fr, "2012-08-10", "2012-08-10T19:05"),
        ("The bar is open 10pm-3.", "10pm-3", .en, "2012-08-10", "2012-08-10T22"),
        // An abbreviated weekday with its dot does not end the sentence.
        ("Rendez-vous lun. 5 mars à Rabat.", "lun. 5 mars", .fr, "2016-01-10", "2016-03-05"),
        ("Le vote a lieu ven. 8 juillet.", "ven. 8 juillet", .fr, "2016-07-01", "2016-07-08"),
        ("We meet Thu. 5 March in Oslo.", "Thu. 5 March", .en, "2016-01-10", "2016-03-05"),
        // A month with a modifier; hours and minutes after "dans"; clock phrases.
        ("Talks resume in mid-July 2025.", "mid-July 2025", .en, "2024-10-16", "2025-07"),
        ("The harvest starts late March.", "late March", .en, "2024-02-10", "2024-03"),
        ("Les travaux reprennent début mars.", "début mars", .fr, "2024-02-10", "2024-03"),
        ("Il revient à la mi-juillet.", "mi-juillet", .fr, "2024-06-01", "2024-07"),
        ("Le train part dans 2 h 30.", "dans 2 h 30", .fr, "2024-10-16T22:00", "2024-10-17T00:30"),
        ("Meet me at 9 o'clock.", "9 o'clock", .en, "2024-10-16", "2024-10-16T09"),
        ("The shop opens at half past nine.", "half past nine", .en, "2024-10-16", "2024-10-16T09:30"),
        ("The vote closes at a quarter to ten.", "a quarter to ten", .en, "2024-10-16", "2024-10-16T09:45"),
        ("Rendez-vous à 9 heures et demie.", "9 heures et demie", .fr, "2024-10-16", "2024-10-16T09:30"),
        ("Départ à 10 h moins le quart.", "10 h moins le quart", .fr, "2024-10-16", "2024-10-16T09:45"),
        // Quarters counted from the reference date.
        ("Sales should recover over the next two quarters.", "next two quarters", .en, "2021-01-22", "2021-07-22"),
    ])
    func eraAndCompact(_ text: String, _ expression: String, _ language: Language, _ reference: String, _ value: String) throws {
        let fact = try #require(ShippedPack.fact(expression, in: text, language, reference: reference, type: "Date"),
                                "\(ShippedPack.facts(text, language, reference: reference, type: "Date").map { "\($0.text) \($0.fields)" })")
        #expect(fact.field("value") == .string(value))
    }

    @Test(arguments: [
        // Compact numeric and abbreviated forms, two-digit years.
        ("Filed on 4/7/16.", "4/7/16", Language.en, "2020-01-01", "2016-04-07"),
        ("Filed on 2016-4-7.", "2016-4-7", .en, "2020-01-01", "2016-04-07"),
        ("Born 15-Mar-82 in Leeds.", "15-Mar-82", .en, "2020-01-01", "1982-03-15"),
        ("Rendez-vous le 12/5/18.", "12/5/18", .fr, "2020-01-01", "2018-05-12"),
        ("Il est venu le 24 03.", "24 03", .fr, "2020-06-01", "2020-03-24"),
        ("In March 50 people died.", "March", .en, "2020-06-01", "2020-03"),
        ("Due 12-30-16.", "12-30-16", .en, "2020-01-01", "2016-12-30"),
        ("Posted 2015/05/25.", "2015/05/25", .en, "2020-01-01", "2015-05-25"),
        ("Born 3 Aug 96.", "3 Aug 96", .en, "2012-08-10", "1996-08-03"),
        ("Since Aug 96.", "Aug 96", .en, "2012-08-10", "1996-08"),
        ("Since Aug 9, 96.", "Aug 9, 96", .en, "2012-08-10", "1996-08-09"),
        ("Le rendez-vous est à midi.", "midi", .fr, "2012-08-10", "2012-08-10T12:00"),
        ("Published: 06/2004", "06/2004", .en, "2012-08-10", "2004-06"),
        ("The deadline is 2018 March 18.", "2018 March 18", .en, "2012-08-10", "2018-03-18"),
        ("due Tuesday, 10 January 2017", "Tuesday, 10 January 2017", .en, "2012-08-10", "2017-01-10"),
        ("Réunion le lun 12 août", "lun 12 août", .fr, "2024-08-01", "2024-08-12"),
        ("Réunion jeu 15 août", "jeu 15 août", .fr, "2024-08-01", "2024-08-15"),
        ("Ouverture le 14 juil. 2024", "14 juil. 2024", .fr, "2020-01-01", "2024-07-14"),
        ("Opening on Sept 14, 2024", "Sept 14, 2024", .en, "2020-01-01", "2024-09-14"),
        ("Thu Oct 26 11:00:09 2023", "Oct 26 11:00:09 2023", .en, "2020-01-01", "2023-10-26T11:00"),
        ("Annual report\n2019\n", "2019", .en, "2020-01-01", "2019"),
        ("from December to May 2020", "December to May 2020", .en, "2023-04-09", "2019-12"),
    ])
    func compact(_ text: String, _ expression: String, _ language: Language, _ reference: String, _ value: String) throws {
        let facts = ShippedPack.facts(text, language, reference: reference, type: "Date")
        let fact = try #require(facts.first { $0.text.hasSuffix(expression) || $0.text == expression },
                                "\(facts.map { "\($0.text) \($0.fields)" })")
        #expect(fact.field("value") == .string(value))
    }

    @Test(arguments: [
        // Holidays by rule: other calendars converted with Foundation, Easter offsets, national days, a table.
        ("Eid al-Fitr 2019", "Eid al-Fitr 2019", Language.en, "2016-01-01", "2019-06-04"),
        ("l'Aïd el-Fitr 2023", "Aïd el-Fitr 2023", .fr, "2016-01-01", "2023-04-21"),
        ("Eid al-Adha 2019", "Eid al-Adha 2019", .en, "2016-01-01", "2019-08-11"),
        ("Rosh Hashanah 2019", "Rosh Hashanah 2019", .en, "2016-01-01", "2019-09-30"),
        ("Yom Kippour 2023", "Yom Kippour 2023", .fr, "2016-01-01", "2023-09-25"),
        ("Chinese New Year 2024", "Chinese New Year 2024", .en, "2016-01-01", "2024-02-10"),
        ("le Nouvel An chinois 2019", "Nouvel An chinois 2019", .fr, "2016-01-01", "2019-02-05"),
        ("Diwali 2023", "Diwali 2023", .en, "2016-01-01", "2023-11-12"),
        ("Holi 2005 fell on a Saturday.", "Holi 2005", .en, "2016-01-01", "2005-03-26"),
        ("Diwali 2031 will be on a Friday.", "Diwali 2031", .en, "2016-01-01", "2031-11-14"),
        ("Palm Sunday 2024", "Palm Sunday 2024", .en, "2016-01-01", "2024-03-24"),
        ("Throne Day 2024", "Throne Day 2024", .en, "2016-01-01", "2024-07-30"),
        ("Kazakhstan's Independence Day 2023", "Kazakhstan's Independence Day 2023", .en, "2016-01-01", "2023-12-16"),
        ("Celebrations marked the Islamic New Year 2023.", "Islamic New Year 2023", .en, "2016-01-01", "2023-07-19"),
        ("Crowds gathered for Mawlid 2022.", "Mawlid 2022", .en, "2016-01-01", "2022-10-08"),
        ("Le Mouloud 2022 a été fêté.", "Mouloud 2022", .fr, "2016-01-01", "2022-10-08"),
        ("Ramadan 2024 began early.", "Ramadan 2024", .en, "2016-01-01", "2024-03-11"),
        ("Le ramadan 2024 a commencé tôt.", "ramadan 2024", .fr, "2016-01-01", "2024-03-11"),
        ("Yom Kippur 2023 fell on a Monday.", "Yom Kippur 2023", .en, "2016-01-01", "2023-09-25"),
        ("Hanukkah 2022 started late.", "Hanukkah 2022", .en, "2016-01-01", "2022-12-19"),
        ("Maundy Thursday 2024 was cold.", "Maundy Thursday 2024", .en, "2016-01-01", "2024-03-28"),
        ("Le jeudi saint 2024 était froid.", "jeudi saint 2024", .fr, "2016-01-01", "2024-03-28"),
        ("Pentecost 2025 is late.", "Pentecost 2025", .en, "2016-01-01", "2025-06-08"),
        ("Whit Monday 2025 is a holiday.", "Whit Monday 2025", .en, "2016-01-01", "2025-06-09"),
        ("Le lundi de Pentecôte 2025 est férié.", "lundi de Pentecôte 2025", .fr, "2016-01-01", "2025-06-09"),
        ("Ascension Day 2024 was sunny.", "Ascension Day 2024", .en, "2016-01-01", "2024-05-09"),
        ("Armistice Day 2018 marked a century.", "Armistice Day 2018", .en, "2016-01-01", "2018-11-11"),
        ("Bastille Day 2019 was hot.", "Bastille Day 2019", .en, "2016-01-01", "2019-07-14"),
        ("Le défilé du 14 Juillet a eu lieu.", "14 Juillet", .fr, "2024-08-08", "2024-07-14"),
        ("Labour Day 2024 parades were held.", "Labour Day 2024", .en, "2016-01-01", "2024-05-01"),
        ("La fête du Travail 2024 a été calme.", "fête du Travail 2024", .fr, "2016-01-01", "2024-05-01"),
        ("Stores are closed for Yom Kippur.", "Yom Kippur", .en, "2024-08-08", "2024-10-12"),
        // Without a year: the last or the next one from the reference date.
        ("since the last Eid al-Fitr", "last Eid al-Fitr", .en, "2024-05-01", "2024-04-10"),
        ("before the next Rosh Hashanah", "next Rosh Hashanah", .en, "2024-05-01", "2024-10-03"),
    ])
    func holidays(_ text: String, _ expression: String, _ language: Language, _ reference: String, _ value: String) throws {
        let facts = ShippedPack.facts(text, language, reference: reference, type: "Date")
        let fact = try #require(facts.first { $0.text == expression }, "\(facts.map { "\($0.text) \($0.fields)" })")
        #expect(fact.field("value") == .string(value))
    }

    /// Known dates of each calendar conversion, two years each (Umm al-Qura, Hebrew and Chinese calendars, as the
    /// Saudi, Israeli and Chinese authorities publish them).
    @Test(arguments: [
        ("islamic:10-01", 2019, "2019-06-04"), ("islamic:10-01", 2024, "2024-04-10"),
        ("islamic:12-10", 2023, "2023-06-28"),
        ("hebrew:01-01", 2019, "2019-09-30"), ("hebrew:01-01", 2023, "2023-09-16"),
        ("hebrew:08-15", 2024, "2024-04-23"),
        ("chinese:01-01", 2019, "2019-02-05"), ("chinese:01-01", 2023, "2023-01-22"),
        ("table:2023-11-12,2024-10-31", 2024, "2024-10-31"),
        ("easter-7", 2024, "2024-03-24"),
    ])
    func calendarConversion(_ rule: String, _ year: Int, _ expected: String) {
        #expect(HolidayCalendar.date(rule: rule, year: year)?.iso == expected)
    }

    @Test func aTableWithoutTheYearGivesNothing() {
        #expect(HolidayCalendar.date(rule: "table:2023-11-12", year: 2030) == nil)
        #expect(HolidayCalendar.date(rule: "lunar:01-01", year: 2024) == nil)
    }
}

@Suite("Money: glued codes, local abbreviations, shared symbols")
struct LocalMoneyTests {
    @Test(arguments: [
        ("A ticket costs USD7.25 now.", "USD7.25", Language.en, 7.25, "USD"),
        ("Le menu est à EUR12,50.", "EUR12,50", .fr, 12.5, "EUR"),
        ("Noodles cost only RM15 in Kuala Lumpur.", "RM15", .en, 15, "MYR"),
        ("The stall sells it for Rs 150.", "Rs 150", .en, 150, "INR"),
        ("A taxi in Cairo costs 250 LE.", "250 LE", .en, 250, "EGP"),
        ("Le billet coûte MAD 500.", "MAD 500", .fr, 500, "MAD"),
        ("Le repas coûte 500 DH à Rabat, au Maroc.", "500 DH", .fr, 500, "MAD"),
        ("A night in Dubai, UAE, costs Dh 500.", "Dh 500", .en, 500, "AED"),
        ("Le sac coûte 5 000 FCFA à Dakar, au Sénégal.", "5 000 FCFA", .fr, 5000, "XOF"),
        ("Le pain coûte 50 DA en Algérie.", "50 DA", .fr, 50, "DZD"),
        ("Le loyer est de 800 TND.", "800 TND", .fr, 800, "TND"),
        ("It sold for 40 million Egyptian pounds.", "40 million Egyptian pounds", .en, 40_000_000, "EGP"),
        ("Un prêt de 3 millions de livres égyptiennes.", "3 millions de livres égyptiennes", .fr, 3_000_000, "EGP"),
        ("Un contrat de 20 millions de dirhams émiratis.", "20 millions de dirhams émiratis", .fr, 20_000_000, "AED"),
        ("A flat in Almaty costs 30 million tenge.", "30 million tenge", .en, 30_000_000, "KZT"),
        ("He paid fifty bucks for it.", "fifty bucks", .en, 50, "USD"),
        ("It was $15 and 20c at the door.", "$15 and 20c", .en, 15.2, "USD"),
        ("It costs only 12 dollars 60.", "12 dollars 60", .en, 12.6, "USD"),
        ("The firm raised $5 million.", "$5 million", .en, 5_000_000, "USD"),
        ("Ottawa, Canada: the Canadian province will spend $5 million on roads.", "$5 million", .en, 5_000_000, "CAD"),
    ])
    func money(_ text: String, _ expression: String, _ language: Language, _ amount: Double, _ currency: String) throws {
        let facts = ShippedPack.facts(text, language, type: "Money")
        let fact = try #require(facts.first { $0.text == expression }, "\(facts.map { "\($0.text) \($0.fields)" })")
        #expect(fact.field("amount")?.doubleValue == amount)
        #expect(fact.field("currency") == .string(currency))
    }

    @Test func gluedLettersThatAreNoCurrencyAreNoMoney() {
        #expect(ShippedPack.facts("The G20 summit and a COVID19 test.", .en, type: "Money").isEmpty)
        // CLDR symbols that are words ("Le" for the leone) and slang that is a word ("balles") are not listed.
        #expect(ShippedPack.facts("Le 29 juin, trois balles ont été tirées.", .fr, type: "Money").isEmpty)
    }
}
