import Testing
@testable import Glean

/// Date expressions common in news, EN and FR, through the shipped pack: parts of a year, seasons and decades in
/// TimeML's notation (2024-Q3, 2025-H1, 2023-SU, 199X), and a relative year or month with its modifier.
@Suite("News dates")
struct NewsDateTests {
    @Test(arguments: [
        ("Sales rose in Q3 2024.", "Q3 2024", Language.en, "2024-08-08", "2024-Q3", "quarter"),
        ("Growth slowed in the first half of 2025.", "first half of 2025", .en, "2024-08-08", "2025-H1", "half"),
        ("Les ventes ont progressé au 1er trimestre 2024.", "1er trimestre 2024", .fr, "2024-08-08", "2024-Q1", "quarter"),
        ("Le déficit a baissé au second semestre 2023.", "second semestre 2023", .fr, "2024-08-08", "2023-H2", "half"),
        ("Prices rose last summer.", "last summer", .en, "2024-08-08", "2023-SU", "season"),
        ("Prices rose last summer.", "last summer", .en, "2024-10-02", "2024-SU", "season"),
        ("Il viendra cet été.", "cet été", .fr, "2024-08-08", "2024-SU", "season"),
        ("Le froid de l'hiver dernier a coûté cher.", "hiver dernier", .fr, "2024-08-08", "2023-WI", "season"),
        ("The talks resume next spring.", "next spring", .en, "2024-08-08", "2025-SP", "season"),
        ("Prices rose last fall.", "last fall", .en, "2024-08-08", "2023-FA", "season"),
        ("It rained in the fall of 2019.", "the fall of 2019", .en, "2024-08-08", "2019-FA", "season"),
        ("The plant opened in the summer of 2019.", "summer of 2019", .en, "2024-08-08", "2019-SU", "season"),
        ("The company was founded in the 1990s.", "the 1990s", .en, "2024-08-08", "199X", "decade"),
        ("L'entreprise a été fondée dans les années 1990.", "années 1990", .fr, "2024-08-08", "199X", "decade"),
        ("Revenue fell in fiscal 2023.", "fiscal 2023", .en, "2024-08-08", "2023", "year"),
        ("The deal should close by the end of the year.", "the end of the year", .en, "2024-08-08", "2024", "year"),
        ("Elections are planned for early next year.", "early next year", .en, "2024-08-08", "2025", "year"),
        ("Les élections auront lieu en début d'année prochaine.", "en début d'année prochaine", .fr, "2024-08-08", "2025", "year"),
        ("L'accord sera signé d'ici la fin de l'année.", "la fin de l'année", .fr, "2024-08-08", "2024", "year"),
        ("The report was due at the end of March.", "the end of March", .en, "2024-08-08", "2024-03", "month"),
        ("The report is due at the end of March.", "the end of March", .en, "2024-08-08", "2025-03", "month"),
        ("She resigned two weeks ago.", "two weeks ago", .en, "2024-08-08", "2024-07-25", "day"),
        // « quinze jours » is two weeks, as « huit jours » is one and « une quinzaine » is read (dates22).
        ("Ils se reverront dans quinze jours.", "dans quinze jours", .fr, "2024-08-08", "2024-08-22", "day"),
        ("Il a démissionné la semaine dernière.", "semaine dernière", .fr, "2024-08-08", "2024-W31", "week"),
        ("Les prix ont monté le mois dernier.", "mois dernier", .fr, "2024-08-08", "2024-07", "month"),
        ("The minister spoke this past Monday.", "this past Monday", .en, "2024-08-08", "2024-08-05", "day"),
        ("Il a parlé hier soir.", "hier soir", .fr, "2024-08-08", "2024-08-07", "day"),
        ("Le surlendemain, il est reparti.", "Le surlendemain", .fr, "2024-08-08", "2024-08-10", "day"),
        ("L'avant-veille, il pleuvait.", "L'avant-veille", .fr, "2024-03-01", "2024-02-28", "day"),
        ("Il est arrivé le surlendemain du 4 mars.", "le surlendemain du 4 mars", .fr, "2024-08-08", "2024-03-06", "day"),
        ("They will meet again in a fortnight.", "in a fortnight", .en, "2024-12-25", "2025-01-08", "day"),
        ("He left a fortnight ago.", "a fortnight ago", .en, "2024-08-08", "2024-07-25", "day"),
        ("They married in June of 2010.", "June of 2010", .en, "2024-08-08", "2010-06", "month"),
        ("We met the night before.", "the night before", .en, "2024-08-08", "2024-08-07", "day"),
        ("See you the week after next.", "the week after next", .en, "2024-08-08", "2024-W34", "week"),
        ("It was the year before last.", "the year before last", .en, "2024-08-08", "2022", "year"),
        ("The results come out at the end of next week.", "the end of next week", .en, "2024-08-08", "2024-W33", "week"),
        ("Sales jumped over the weekend.", "over the weekend", .en, "2024-08-08", "2024-W31-WE", "weekend"),
        ("Cela s'est passé au cours du week-end.", "au cours du week-end", .fr, "2024-08-08", "2024-W31-WE", "weekend"),
        ("Emissions must fall by 2030.", "2030", .en, "2024-08-08", "2030", "year"),
        ("The plan runs through 2030.", "2030", .en, "2024-08-08", "2030", "year"),
        ("Avant 2020, c'était différent.", "2020", .fr, "2024-08-08", "2020", "year"),
        ("Le PIB a reculé le trimestre dernier.", "trimestre dernier", .fr, "2024-08-08", "2024-Q2", "quarter"),
        ("Le PIB a reculé au dernier trimestre.", "au dernier trimestre", .fr, "2024-08-08", "2024-Q2", "quarter"),
        ("Le PIB a reculé au dernier trimestre 2023.", "dernier trimestre 2023", .fr, "2024-08-08", "2023-Q4", "quarter"),
        ("He was appointed last March.", "last March", .en, "2024-08-08", "2024-03", "month"),
        ("He will return next March.", "next March", .en, "2024-08-08", "2025-03", "month"),
        ("Il reviendra en mars prochain.", "en mars prochain", .fr, "2024-08-08", "2025-03", "month"),
        ("La commission se réunira le 15 janvier prochain.", "15 janvier prochain", .fr, "2024-08-08", "2025-01-15", "day"),
        ("Il a été nommé en septembre dernier.", "en septembre dernier", .fr, "2024-08-08", "2023-09", "month"),
        ("Le vote a eu lieu à 15 heures.", "à 15 heures", .fr, "2024-08-08", "2024-08-08T15", "hour"),
        ("In the first quarter, sales rose.", "first quarter", .en, "2024-08-08", "2024-Q1", "quarter"),
        ("Au troisième trimestre, les ventes ont progressé.", "troisième trimestre", .fr, "2024-08-08", "2024-Q3", "quarter"),
        ("The meeting is at 3:30 this afternoon.", "at 3:30 this afternoon", .en, "2024-08-08", "2024-08-08T15:30", "minute"),
        ("He came at 7 yesterday evening.", "at 7 yesterday evening", .en, "2024-03-01", "2024-02-29T19", "hour"),
        ("The summit opens at 6 tomorrow evening.", "at 6 tomorrow evening", .en, "2024-08-08", "2024-08-09T18", "hour"),
        ("See you at the end of the month.", "the end of the month", .en, "2024-08-08", "2024-08", "month"),
        ("Il partira en fin de mois.", "en fin de mois", .fr, "2024-08-08", "2024-08", "month"),
        // The clause's tense turns the nearest year of a date without one (written in February 2013, November is
        // nearest in 2012): a future verb reads it forward, a past one backward; a date a few days off stays nearest.
        ("La réunion, qui aura lieu à Vilnius en novembre, portera sur l'énergie.", "novembre", .fr, "2013-02-10", "2013-11", "month"),
        ("Les ministres se réuniront le 3 décembre à Vilnius.", "3 décembre", .fr, "2013-02-10", "2013-12-03", "day"),
        ("Le sommet s'est tenu à Vilnius en novembre.", "novembre", .fr, "2013-02-10", "2012-11", "month"),
        ("The summit will take place in Vilnius in November.", "November", .en, "2013-02-10", "2013-11", "month"),
        ("Talks are due to open on 14 October.", "14 October", .en, "2013-02-10", "2013-10-14", "day"),
        ("The talks were held in Vilnius in April.", "April", .en, "2013-02-10", "2012-04", "month"),
        ("The summit will open on 5 February.", "5 February", .en, "2013-02-10", "2013-02-05", "day"),
        // A bare weekday is read backward unless its clause says it is ahead (2024-08-07 is a Wednesday): a future
        // modal, "let's", "see you", a copula right before it, a French futur; a reporting verb dates the report.
        ("We'll talk again on Friday.", "Friday", .en, "2024-08-07", "2024-08-09", "day"),
        ("Let's have lunch on Monday.", "Monday", .en, "2024-08-07", "2024-08-12", "day"),
        ("Good game, see you Tuesday!", "Tuesday", .en, "2024-08-07", "2024-08-13", "day"),
        ("The final vote is on Thursday.", "Thursday", .en, "2024-08-07", "2024-08-08", "day"),
        // A past verb nearer the weekday than an earlier future keeps it backward.
        ("The minister, who will be in Paris next week, signed the deal on Monday.", "Monday", .en, "2024-08-07", "2024-08-05", "day"),
        ("Le ministre, qui sera à Paris la semaine prochaine, a rencontré lundi son homologue.", "lundi", .fr, "2024-08-07", "2024-08-05", "day"),
        ("Officials who attended the talks will return on Monday.", "Monday", .en, "2024-08-07", "2024-08-12", "day"),
        // Written on that weekday, the day itself (the mirror of the backward reading).
        ("The two leaders will sign the accord on Wednesday.", "Wednesday", .en, "2024-08-07", "2024-08-07", "day"),
        ("The two leaders will sign the accord on Tuesday.", "Tuesday", .en, "2024-08-07", "2024-08-13", "day"),
        ("The summit opens on Monday in Brussels.", "Monday", .en, "2024-08-07", "2024-08-12", "day"),
        ("Le sommet s'ouvre lundi à Bruxelles.", "lundi", .fr, "2024-08-07", "2024-08-12", "day"),
        ("The summit opened on Monday in Brussels.", "Monday", .en, "2024-08-07", "2024-08-05", "day"),
        ("The two leaders signed the accord on Monday.", "Monday", .en, "2024-08-07", "2024-08-05", "day"),
        ("Exports will recover, the minister said on Tuesday.", "Tuesday", .en, "2024-08-07", "2024-08-06", "day"),
        ("Je te rappellerai jeudi.", "jeudi", .fr, "2024-08-07", "2024-08-08", "day"),
        ("On se verra samedi au marché.", "samedi", .fr, "2024-08-07", "2024-08-10", "day"),
        ("Rendez-vous lundi devant la mairie.", "lundi", .fr, "2024-08-07", "2024-08-12", "day"),
        ("Les exportations repartiront, a déclaré mardi le ministre.", "mardi", .fr, "2024-08-07", "2024-08-06", "day"),
        ("Le conseil a voté lundi.", "lundi", .fr, "2024-08-07", "2024-08-05", "day"),
        ("Le loyer sera prélevé le 13, mardi.", "le 13, mardi", .fr, "2024-08-07", "2024-08-13", "day"),
        // A day alone takes the clause's tense too: a day already gone this month is next month's in a future clause.
        ("I'll see you on the 18th.", "18th", .en, "2024-08-20", "2024-09-18", "day"),
        ("The payment was due on the 25th.", "25th", .en, "2024-08-10", "2024-07-25", "day"),
        ("Je reviendrai le 18.", "18", .fr, "2024-08-20", "2024-09-18", "day"),
        ("Il était arrivé le 18.", "18", .fr, "2024-08-10", "2024-07-18", "day"),
        ("He arrives on the 18th.", "18th", .en, "2024-08-10", "2024-08-18", "day"),
        // Put off to a day is ahead; "8h du soir" is 20:00; "à 9 h" a clock hour.
        ("The vote was postponed to Friday.", "Friday", .en, "2024-08-07", "2024-08-09", "day"),
        ("La réunion est reportée à jeudi 15h.", "jeudi 15h", .fr, "2024-08-07", "2024-08-08T15", "hour"),
        ("On se voit vendredi au café.", "vendredi", .fr, "2024-08-07", "2024-08-09", "day"),
        ("Le train part à 8h du soir.", "8h du soir", .fr, "2024-08-07", "2024-08-07T20", "hour"),
        ("Le bus passe à 9 h.", "à 9 h", .fr, "2024-08-07", "2024-08-07T09", "hour"),
        // "this September" is the reference year's, whatever the tense; a day after the month is the day's rule.
        ("I'll be away this September", "this September", .en, "2016-11-07", "2016-09", "month"),
        ("He returns next March", "next March", .en, "2016-11-07", "2017-03", "month"),
        // The end of a range of clock times is on the day before the range too; a part of the day gives a bare hour its pm
        // ("o'clock" too); midnight with a day ends that day (the next day's T00:00).
        ("Permanence vendredi 9h-13h.", "13h", .fr, "2024-08-07", "2024-08-02T13", "hour"),
        ("Le guichet ouvre jeudi de 8h30 à 12h.", "jeudi de 8h30", .fr, "2024-08-07", "2024-08-01T08:30", "minute"),
        ("Le guichet ouvre jeudi de 8h30 à 12h.", "12h", .fr, "2024-08-07", "2024-08-01T12", "hour"),
        ("The desk was open on Thursday from 10:00 to 12:30.", "12:30", .en, "2024-08-07", "2024-08-01T12:30", "minute"),
        ("Tonight at 11 o'clock the polls close.", "Tonight at 11 o'clock", .en, "2024-08-07", "2024-08-07T23", "hour"),
        ("The ultimatum will expire at midnight Friday.", "midnight Friday", .en, "2024-08-07", "2024-08-10T00:00", "minute"),
        ("L'ultimatum expirera vendredi à minuit.", "vendredi à minuit", .fr, "2024-08-07", "2024-08-10T00:00", "minute"),
        ("The curfew began at midnight on 3 March.", "midnight on 3 March", .en, "2024-08-07", "2024-03-04T00:00", "minute"),
        // A wire dateline is never after the document's date (the nearest year would be ahead here).
        ("ALGIERS, January 3 (AFP) - Talks will resume next week.", "January 3", .en, "2024-07-05", "2024-01-03", "day"),
        ("TUNIS, 2 janvier (TAP) - Les pourparlers reprendront.", "2 janvier", .fr, "2024-07-05", "2024-01-02", "day"),
        ("WASHINGTON, July 6 - Officials met.", "July 6", .en, "2024-07-05", "2024-07-06", "day"),
        // A number of decades ago: TimeML's decade of that year.
        ("Prices were lower a decade ago.", "a decade ago", .en, "2024-05-10", "201X", "decade"),
        ("Il y a deux décennies, la frontière était fermée.", "Il y a deux décennies", .fr, "2024-05-10", "200X", "decade"),
        // The verb before the date, in its sentence: a later "will" is another clause's.
        ("The loan, signed in March, will finance the port.", "March", .en, "2024-08-08", "2024-03", "month"),
    ])
    func news(_ text: String, _ expression: String, _ language: Language, _ reference: String, _ value: String, _ grain: String) throws {
        let fact = try #require(ShippedPack.fact(expression, in: text, language, reference: reference, type: "Date"),
                                "\(ShippedPack.facts(text, language, reference: reference, type: "Date").map { "\($0.text) \($0.fields)" })")
        #expect(fact.field("value") == .string(value))
        #expect(fact.field("grain") == .string(grain))
    }

    /// The modifier says which part of the year or month.
    @Test(arguments: [
        ("Elections are planned for early next year.", "early next year", Language.en, "early"),
        ("The deal should close by the end of the year.", "the end of the year", .en, "late"),
        ("d'ici la fin de l'année", "la fin de l'année", .fr, "late"),
        ("Il arrivera au milieu de l'année prochaine.", "au milieu de l'année prochaine", .fr, "mid"),
    ])
    func modifier(_ text: String, _ expression: String, _ language: Language, _ modifier: String) throws {
        let fact = try #require(ShippedPack.fact(expression, in: text, language, reference: "2024-08-08", type: "Date"))
        #expect(fact.field("modifier") == .string(modifier))
    }

    /// A modified period is one Date: "early next year" gives no second Date for "next year" inside it.
    @Test(arguments: [
        ("Elections are planned for early next year.", Language.en, "early next year"),
        ("Prices rose at the end of March.", .en, "the end of March"),
        ("Prices rose at the end of March 2023.", .en, "the end of March 2023"),
        ("They met at the beginning of next month.", .en, "the beginning of next month"),
        ("Output peaks in the middle of the year.", .en, "the middle of the year"),
        ("Les prix ont augmenté à la fin de mars.", .fr, "la fin de mars"),
        ("Ils se verront au début de l'année prochaine.", .fr, "au début de l'année prochaine"),
        ("Tonight at 11 o'clock the polls close.", .en, "Tonight at 11 o'clock"),
        ("The ultimatum expires at midnight Friday.", .en, "midnight Friday"),
    ])
    func oneDateForAModifiedPeriod(_ text: String, _ language: Language, _ expression: String) {
        let dates = ShippedPack.facts(text, language, reference: "2024-08-08", type: "Date")
        #expect(dates.map(\.text) == [expression], "\(dates.map { "\($0.text) \($0.fields)" })")
    }

    /// "the following day", "two days later", "le lendemain" count from the day the text is about: the latest day
    /// written before them in their sentence or the two before; without one, from the reference date.
    @Test(arguments: [
        ("The summit opened on March 3. The following day, leaders signed.", "The following day", Language.en, "2024-03-04"),
        ("The summit opened on March 3. Talks went well. Two days later, leaders signed.", "Two days later", .en, "2024-03-05"),
        ("The summit opened on March 3. Two days earlier, protests began.", "Two days earlier", .en, "2024-03-01"),
        ("He arrived on Monday. The day before, he was in Rome.", "The day before", .en, "2024-08-04"),
        ("The summit opened on March 3 at 10am. Two hours later, leaders signed.", "Two hours later", .en, "2024-03-03T12:00"),
        ("Le sommet s'est ouvert le 3 mars. Le lendemain, les dirigeants ont signé.", "Le lendemain", .fr, "2024-03-04"),
        ("Le sommet s'est ouvert le 3 mars. La veille, des manifestants étaient réunis.", "La veille", .fr, "2024-03-02"),
        ("Le sommet s'est ouvert le 3 mars. La veille au soir, les ministres avaient dîné.", "La veille au soir", .fr, "2024-03-02"),
        // However many sentences back the day was written.
        ("The port reopened on 9 May. Ships queued. Crews waited. Prices rose. The following day, exports resumed.", "The following day", .en, "2024-05-10"),
        ("Le port a rouvert le 9 mai. Les navires attendaient. Les équipages patientaient. Les prix montaient. Le lendemain, les exportations ont repris.", "Le lendemain", .fr, "2024-05-10"),
        ("Le sommet s'est ouvert le 3 mars. Trois jours plus tard, l'accord a été signé.", "Trois jours plus tard", .fr, "2024-03-06"),
        ("Le sommet s'est ouvert le 3 mars. Le surlendemain, l'accord a été signé.", "Le surlendemain", .fr, "2024-03-05"),
        ("The leaders met the following day.", "the following day", .en, "2024-08-09"),
        ("The deal was signed two days later.", "two days later", .en, "2024-08-10"),
        ("Ils se sont vus le lendemain.", "le lendemain", .fr, "2024-08-09"),
    ])
    func fromTheDayTheTextIsAbout(_ text: String, _ expression: String, _ language: Language, _ value: String) throws {
        let (fact, dates) = try dateOver(expression, in: text, language, reference: "2024-08-08")
        #expect(fact.field("value") == .string(value))
        // One Date for the phrase: "following day" inside "the following day" is not another one.
        #expect(dates.filter { $0.text != expression && expression.contains($0.text) }.isEmpty)
    }

    /// "now", "at the moment", "maintenant", "en ce moment": TimeML's PRESENT_REF; not "two weeks from now" nor
    /// "just now"; "currently" and "actuellement" are left out (a state in news, not a time).
    @Test(arguments: [
        ("He is in Paris right now.", Language.en, "right now"),
        ("At the moment, talks are stalled.", .en, "At the moment"),
        ("En ce moment, les négociations sont bloquées.", .fr, "En ce moment"),
        ("La date limite est maintenant.", .fr, "maintenant"),
    ])
    func presentReference(_ text: String, _ language: Language, _ expression: String) throws {
        let fact = try #require(ShippedPack.fact(expression, in: text, language, reference: "2024-08-08", type: "Date"),
                                "\(ShippedPack.facts(text, language, reference: "2024-08-08", type: "Date").map { "\($0.text) \($0.fields)" })")
        #expect(fact.field("value") == .string("PRESENT_REF"))
        #expect(fact.field("grain") == .string("reference"))
    }

    @Test(arguments: ["They meet two weeks from now.", "He left just now.", "Projects are currently underway."])
    func notThePresent(_ text: String) {
        #expect(!ShippedPack.facts(text, .en, reference: "2024-08-08", type: "Date").contains { $0.field("value") == .string("PRESENT_REF") })
    }

    /// Short forms: "Feb '82", "on Tue", "next Thu"; "Monday 4pm" is no Monday the 4th; "+09:00" is an offset, not a
    /// time; "in 5 mins" is one Date (two rules read it).
    @Test(arguments: [
        ("Feb '82 was cold.", "Feb '82", Language.en, "1982-02"),
        ("Meet me on Tue.", "Tue.", .en, "2024-08-06"),
        ("See you next Thu.", "next Thu.", .en, "2024-08-15"),
        ("Monday 4pm works.", "Monday 4pm", .en, "2024-08-05T16"),
        ("It opened on March the 3rd.", "March the 3rd", .en, "2024-03-03"),
        ("Prices fall during January.", "January", .en, "2025-01"),
    ])
    func shortForms(_ text: String, _ expression: String, _ language: Language, _ value: String) throws {
        let (fact, dates) = try dateOver(expression, in: text, language, reference: "2024-08-08")
        #expect(fact.field("value") == .string(value))
        #expect(!dates.contains { $0.field("value") == .string("2024-08-04") || $0.field("value") == .string("2024-11-04") })
    }

    /// Relative forms of casual English and French (reference Friday 10 August 2012, 12:14).
    @Test(arguments: [
        ("See you the Friday after next.", "the Friday after next", Language.en, "2012-08-24"),
        ("Meet Friday next week.", "Friday next week", .en, "2012-08-17"),
        ("Do it by the end of the week.", "end of the week", .en, "2012-W32"),
        ("Do it by end of week.", "end of week", .en, "2012-W32"),
        ("Je le ferai en fin de semaine.", "fin de semaine", .fr, "2012-W32"),
        ("I need it by end of day.", "end of day", .en, "2012-08-10"),
        ("Envoyez-le en fin de journée.", "en fin de journée", .fr, "2012-08-10"),
        ("It started half an hour ago.", "half an hour ago", .en, "2012-08-10T11:44"),
        ("It started a couple of days ago.", "a couple of days ago", .en, "2012-08-08"),
        ("We meet in a couple of weeks.", "in a couple of weeks", .en, "2012-08-24"),
        ("It was 24 hours before now.", "24 hours before now", .en, "2012-08-09T12:14"),
        ("The shop is open 10am-12pm.", "10am-12pm", .en, "2012-08-10T10"),
        ("We met last evening.", "last evening", .en, "2012-08-09"),
        ("Meet me tomorrow night.", "tomorrow night", .en, "2012-08-11"),
        ("Pay by the last day of the month.", "the last day of the month", .en, "2012-08-31"),
        ("It starts the first day of next month.", "the first day of next month", .en, "2012-09-01"),
        ("Il part le premier jour du mois prochain.", "premier jour du mois prochain", .fr, "2012-09-01"),
        ("We meet later this week.", "later this week", .en, "2012-W32"),
        ("It ends later this year.", "later this year", .en, "2012"),
        ("Ils se sont revus le lendemain matin.", "le lendemain matin", .fr, "2012-08-11"),
        ("Il a appelé le mardi d'avant.", "mardi d'avant", .fr, "2012-07-31"),
        ("Ils se reverront la semaine d'après.", "semaine d'après", .fr, "2012-W33"),
        ("I'll be there on the 2nd day of next week.", "2nd day of next week", .en, "2012-08-14"),
        ("Rendez-vous vers midi.", "midi", .fr, "2012-08-10T12:00"),
        ("On se voit cette nuit.", "cette nuit", .fr, "2012-08-10"),
        ("Réponse sous 3 jours.", "sous 3 jours", .fr, "2012-08-13"),
        ("Entre le 10 et le 12 août, il a plu.", "Entre le 10 et le 12 août", .fr, "2012-08-10"),
    ])
    func casualRelative(_ text: String, _ expression: String, _ language: Language, _ value: String) throws {
        let dates = ShippedPack.facts(text, language, reference: "2012-08-10T12:14", type: "Date")
        let fact = try #require(dates.first { $0.text == expression }, "\(dates.map { "\($0.text) \($0.fields)" })")
        #expect(fact.field("value") == .string(value))
        #expect(dates.count == 1, "\(dates.map { "\($0.text) \($0.fields)" })")
    }

    /// A day the month does not have gives no Date, not even its month.
    @Test(arguments: [("It was 29 February 2014.", Language.en), ("Due June 31, 2022.", .en), ("Le 32 août 2014.", .fr)])
    func anImpossibleDayIsNoDate(_ text: String, _ language: Language) {
        #expect(ShippedPack.facts(text, language, reference: "2012-08-10", type: "Date").isEmpty)
    }

    /// A week or a quarter value counts from its first day (the Monday of an ISO week).
    @Test func weeksAndQuartersAsAnchors() {
        #expect(DateNormalizer.firstDay(of: .string("2012-W33"))?.iso == "2012-08-13")
        #expect(DateNormalizer.firstDay(of: .string("2021-W01"))?.iso == "2021-01-04")
        #expect(DateNormalizer.firstDay(of: .string("2020-W53"))?.iso == "2020-12-28")
        #expect(DateNormalizer.firstDay(of: .string("2024-Q3"))?.iso == "2024-07-01")
        #expect(DateNormalizer.firstDay(of: .string("2024-W60")) == nil)
    }

    /// English "2h" is a number of hours, not a clock time (French "15h" is).
    @Test func hoursCountInEnglish() {
        #expect(ShippedPack.facts("It took 2h to finish.", .en, reference: "2012-08-10", type: "Date").isEmpty)
        #expect(ShippedPack.facts("La réunion est à 15h.", .fr, reference: "2012-08-10", type: "Date").map { $0.field("value") } == [.string("2012-08-10T15")])
    }

    @Test func someonesLastDayIsNoDate() {
        #expect(ShippedPack.facts("It was his last day in office.", .en, reference: "2012-08-10", type: "Date").isEmpty)
    }

    @Test func twoAmountsAgoInFrench() throws {
        let dates = ShippedPack.facts("Il est parti il y a une semaine et 2 jours.", .fr, reference: "2012-08-10", type: "Date")
        let fact = try #require(dates.first { $0.text == "il y a une semaine et 2 jours" }, "\(dates.map { "\($0.text) \($0.fields)" })")
        #expect(fact.field("value") == .string("2012-08-01"))
    }

    @Test func anOffsetIsNoTimeAndADurationIsOneDate() {
        let stamp = ShippedPack.facts("It was 2013-12-02T16:00:00+09:00.", .en, reference: "2024-08-08", type: "Date")
        #expect(stamp.map(\.text) == ["2013-12-02T16:00"])
        let minus = ShippedPack.facts("It was 2014-11-30T08:15:30-05:30.", .en, reference: "2024-08-08", type: "Date")
        #expect(minus.map(\.text) == ["2014-11-30T08:15"])
        // A range of times keeps its end.
        #expect(ShippedPack.facts("Open 10:00-11:30.", .en, reference: "2024-08-08", type: "Date").contains { $0.text == "11:30" })
        let soon = ShippedPack.facts("Ready in 5 mins.", .en, reference: "2012-08-10T12:14", type: "Date")
        #expect(soon.map { $0.field("value") } == [.string("2012-08-10T12:19")])
    }

    /// Not a decade, a part of a year or a season: a year before a noun, "fall" as a decrease, a month count.
    @Test(arguments: [
        ("The 1990 elections were close.", Language.en),
        ("Prices fall in 2024, analysts say.", .en),
        ("Exports rose in the first nine months of 2021.", .en),
        ("Jobs saw a fall of 2000 in March.", .en),
    ])
    func notAPart(_ text: String, _ language: Language) {
        let dates = ShippedPack.facts(text, language, reference: "2024-08-08", type: "Date")
        #expect(dates.allSatisfy { ["decade", "season", "half", "quarter"].contains($0.field("grain")?.stringValue ?? "") == false },
                "\(dates.map { "\($0.text) \($0.fields)" })")
    }

    /// year_part without a reference date keeps the year unknown; a winter in January is the one begun in December.
    @Test func yearPartArithmetic() {
        var context = EvaluationContext(language: .en)
        context.referenceDate = CalendarDate(year: 2024, month: 1, day: 15)
        #expect(DateNormalizer.yearPart(.string("WI"), unit: "season", choice: "this", from: nil, context: context)["value"] == .string("2023-WI"))
        #expect(DateNormalizer.yearPart(.string("WI"), unit: "season", choice: "last", from: nil, context: context)["value"] == .string("2022-WI"))
        #expect(DateNormalizer.yearPart(.string("SU"), unit: "season", choice: "next", from: nil, context: context)["value"] == .string("2024-SU"))
        #expect(DateNormalizer.yearPart(.int(5), unit: "quarter", choice: nil, from: .string("2024"), context: context).isNull)
        context.referenceDate = nil
        #expect(DateNormalizer.yearPart(.string("SU"), unit: "season", choice: "last", from: nil, context: context)["value"] == .string("XXXX-SU"))
    }

    /// Seventh pass (own sentences, written on Wednesday 8 May 2024): minutes around noon and midnight, a weekday with
    /// its part of the day (one Date at the day's grain, as "this morning"), French quinzaine (14 days) and huitaine
    /// (7 days), a bare hour after a part of the day at the end of a sentence.
    @Test(arguments: [
        ("Ils déjeunent demain à midi et demi.", "demain à midi et demi", Language.fr, "2024-05-09T12:30", "minute"),
        ("Le dernier train part à minuit et quart.", "minuit et quart", .fr, "2024-05-08T00:15", "minute"),
        ("Le vote aura lieu à midi moins le quart.", "midi moins le quart", .fr, "2024-05-08T11:45", "minute"),
        ("La séance reprend à 8 heures et demie.", "8 heures et demie", .fr, "2024-05-08T08:30", "minute"),
        ("The press conference is at half past noon.", "half past noon", .en, "2024-05-08T12:30", "minute"),
        ("The shooting began at a quarter past midnight.", "a quarter past midnight", .en, "2024-05-08T00:15", "minute"),
        ("Les ministres dîneront vendredi soir.", "vendredi soir", .fr, "2024-05-10", "day"),
        ("Le président est rentré samedi matin.", "samedi matin", .fr, "2024-05-04", "day"),
        ("The ministers will dine on Friday evening.", "Friday evening", .en, "2024-05-10", "day"),
        ("Rebels attacked the town on Saturday morning.", "Saturday morning", .en, "2024-05-04", "day"),
        ("The envoy arrives next Monday morning.", "next Monday morning", .en, "2024-05-13", "day"),
        ("The talks resume tomorrow night.", "tomorrow night", .en, "2024-05-09", "day"),
        ("The envoy will land on Friday evening at 7.", "Friday evening at 7", .en, "2024-05-10T19", "hour"),
        ("Il a quitté le pays il y a une quinzaine de jours.", "il y a une quinzaine de jours", .fr, "2024-04-24", "day"),
        ("Le gouvernement rendra sa réponse dans une quinzaine.", "dans une quinzaine", .fr, "2024-05-22", "day"),
        ("Le tribunal statuera sous huitaine.", "sous huitaine", .fr, "2024-05-15", "day"),
        ("Il y a une huitaine de jours, la frontière a rouvert.", "Il y a une huitaine de jours", .fr, "2024-05-01", "day"),
        ("The minister resigned a fortnight ago.", "a fortnight ago", .en, "2024-04-24", "day"),
        ("Results are expected in a fortnight.", "in a fortnight", .en, "2024-05-22", "day"),
        // English: o'clock before a part of the day, a morning hour with its day.
        ("The polls close at 8 o'clock tonight.", "at 8 o'clock tonight", .en, "2024-05-08T20", "hour"),
        ("The vote is at 3 o'clock this afternoon.", "at 3 o'clock this afternoon", .en, "2024-05-08T15", "hour"),
        ("The talks resume around 10 tomorrow morning.", "around 10 tomorrow morning", .en, "2024-05-09T10", "hour"),
        ("The blast happened at 7 o'clock yesterday morning.", "at 7 o'clock yesterday morning", .en, "2024-05-07T07", "hour"),
        // The start of an hour range ending with a meridiem is an hour, not the weekday's day of the month.
        ("The office was closed on Monday 7 to 9am.", "Monday 7 to 9am", .en, "2024-05-06T07", "hour"),
        // A week of a month is its ISO week (the one holding its last Thursday, 31 July 2025), not "last week".
        ("Elections are due in the last week of July 2025.", "the last week of July 2025", .en, "2025-W31", "week"),
        ("Le scrutin aura lieu la dernière semaine de juillet 2025.", "la dernière semaine de juillet 2025", .fr, "2025-W31", "week"),
        // An amount counted from a day is one Date (the day is no fact of its own).
        ("The ceasefire ends two weeks from today.", "two weeks from today", .en, "2024-05-22", "day"),
        ("The envoy returns a week from tomorrow.", "a week from tomorrow", .en, "2024-05-16", "day"),
        // French bare hours after a part of the day, hours and minutes apart, noon after a day, a half or quarter hour.
        ("Le ministre parlera ce soir à 8.", "ce soir à 8", .fr, "2024-05-08T20", "hour"),
        ("Hier soir à 10, les sirènes ont retenti.", "Hier soir à 10", .fr, "2024-05-07T22", "hour"),
        ("Le vote aura lieu cet après-midi à 5.", "cet après-midi à 5", .fr, "2024-05-08T17", "hour"),
        ("Les pourparlers reprennent demain matin à 9.", "demain matin à 9", .fr, "2024-05-09T09", "hour"),
        ("Le ministre parlera ce soir à 8h.", "ce soir à 8h", .fr, "2024-05-08T20", "hour"),
        ("Le ministre parlera demain soir à 9h30.", "demain soir à 9h30", .fr, "2024-05-09T21:30", "minute"),
        ("Le vote aura lieu cet après-midi à 3 heures.", "cet après-midi à 3 heures", .fr, "2024-05-08T15", "hour"),
        ("La séance reprendra à 18 heures 30.", "18 heures 30", .fr, "2024-05-08T18:30", "minute"),
        ("Ils déjeuneront ensemble samedi midi.", "samedi midi", .fr, "2024-05-11T12:00", "minute"),
        ("Ils déjeuneront ensemble demain midi.", "demain midi", .fr, "2024-05-09T12:00", "minute"),
        ("Des tirs ont été entendus la nuit dernière.", "la nuit dernière", .fr, "2024-05-07", "day"),
        ("Il est arrivé avant-hier soir.", "avant-hier soir", .fr, "2024-05-06", "day"),
        ("Le ministre arrivera après demain.", "après demain", .fr, "2024-05-10", "day"),
        ("Les troupes se sont retirées avant hier.", "avant hier", .fr, "2024-05-06", "day"),
    ])
    func seventhPassForms(_ text: String, _ expression: String, _ language: Language, _ value: String, _ grain: String) throws {
        let (fact, dates) = try dateOver(expression, in: text, language, reference: "2024-05-08")
        #expect(fact.field("value") == .string(value))
        #expect(fact.field("grain") == .string(grain))
        #expect(dates.count == 1, "\(dates.map { "\($0.text) \($0.fields)" })")
    }

    /// Eighth pass: news phrasings found wrong on own sentences (reference Thursday 8 August 2024).
    @Test(arguments: [
        ("La réunion aura lieu courant mars.", "courant mars", Language.fr, "2025-03", "month", nil as String?),
        ("Le budget sera bouclé courant 2025.", "2025", .fr, "2025", "year", nil),
        ("Le vote aura lieu au début du mois prochain.", "au début du mois prochain", .fr, "2024-09", "month", "early"),
        ("Il viendra à la fin du mois prochain.", "la fin du mois prochain", .fr, "2024-09", "month", "late"),
        ("Il est venu au milieu du mois dernier.", "au milieu du mois dernier", .fr, "2024-07", "month", "mid"),
        ("Il rendra sa décision à la fin de la semaine prochaine.", "la fin de la semaine prochaine", .fr, "2024-W33", "week", "late"),
        ("Le chantier s'achèvera à la fin du mois de mars.", "la fin du mois de mars", .fr, "2025-03", "month", "late"),
        ("Il est parti à la fin du mois d'avril.", "la fin du mois d'avril", .fr, "2024-04", "month", "late"),
        ("Growth will slow in the second half of next year.", "second half of next year", .en, "2025-H2", "half", nil),
        ("Elections are due in the spring of next year.", "spring of next year", .en, "2025-SP", "season", nil),
        ("Les élections auront lieu au printemps de l'année prochaine.", "printemps de l'année prochaine", .fr, "2025-SP", "season", nil),
        ("Talks are set for the week of September 9.", "the week of September 9", .en, "2024-W37", "week", nil),
        ("Les discussions auront lieu la semaine du 9 septembre.", "la semaine du 9 septembre", .fr, "2024-W37", "week", nil),
    ])
    func eighthPassForms(_ text: String, _ expression: String, _ language: Language, _ value: String, _ grain: String, _ modifier: String?) throws {
        let (fact, dates) = try dateOver(expression, in: text, language, reference: "2024-08-08")
        #expect(fact.field("value") == .string(value))
        #expect(fact.field("grain") == .string(grain))
        #expect(fact.field("modifier") == modifier.map(FieldValue.string))
        #expect(dates.count == 1, "\(dates.map { "\($0.text) \($0.fields)" })")
    }

    /// "two weeks ago on Friday": the Friday of the week two weeks back; "de 13-15h", "de 9 à 12h": the start hour
    /// (the end is a Date of its own, as TimeML writes a range), not "de 2 à 3h de route" (a duration).
    /// Ninth pass: "N units earlier/later" counts from the latest date written before it in its sentence, at that
    /// date's grain when a year or a month; without one, from the day the text is about, else the reference date
    /// (reference Sunday 10 March 2024). "two years ago" after an amount is a Date (the amount no longer takes "two").
    @Test(arguments: [
        ("In 2023 the plant closed; five years earlier it had opened.", "five years earlier", Language.en, "2018", "year"),
        ("The plant opened in March 2020 and closed two years later.", "two years later", .en, "2022-03", "month"),
        ("The debt rose to $3 billion, up from $600 million five years earlier.", "five years earlier", .en, "2019-03-10", "day"),
        ("They raised $3 million two years ago.", "two years ago", .en, "2022-03-10", "day"),
        ("Le traité a été signé en 2019, et ratifié deux ans plus tard.", "deux ans plus tard", .fr, "2021", "year"),
        ("L'usine a fermé en 2023 ; elle avait ouvert cinq ans auparavant.", "cinq ans auparavant", .fr, "2018", "year"),
        ("Ils ont investi 300 millions il y a cinq ans.", "il y a cinq ans", .fr, "2019-03-10", "day"),
    ])
    func unitsCountFromTheSentencesDate(_ text: String, _ expression: String, _ language: Language, _ value: String, _ grain: String) throws {
        let (fact, _) = try dateOver(expression, in: text, language, reference: "2024-03-10")
        #expect(fact.field("value") == .string(value))
        #expect(fact.field("grain") == .string(grain))
    }

    /// A unit finer than the sentence's year is not counted from it: "three days later" after "in 2023" keeps the day
    /// the text is about.
    @Test func aFinerUnitDoesNotCountFromAYear() throws {
        let dates = ShippedPack.facts("The summit opened on 3 March 2023. In 2023 it met twice, and three days later it closed.", .en, reference: "2024-03-10", type: "Date")
        let fact = try #require(dates.first { $0.text == "three days later" }, "\(dates.map { "\($0.text) \($0.fields)" })")
        #expect(fact.field("value") == .string("2023-03-06"))
    }

    @Test func weekdayOfAWeekBackAndFrenchHourRanges() throws {
        let back = ShippedPack.facts("The talks ended two weeks ago on Friday.", .en, reference: "2024-08-08", type: "Date")
        #expect(back.first { $0.text == "two weeks ago on Friday" }?.field("value") == .string("2024-07-26"))
        let range = ShippedPack.facts("La permanence est ouverte de 13-15h.", .fr, reference: "2024-08-08", type: "Date")
        #expect(range.map { $0.field("value")?.stringValue } == ["2024-08-08T13", "2024-08-08T15"])
        let hours = ShippedPack.facts("Ouvert vendredi de 9 à 12h.", .fr, reference: "2024-08-08", type: "Date")
        #expect(hours.map { $0.field("value")?.stringValue } == ["2024-08-02T09", "2024-08-02T12"])
        let road = ShippedPack.facts("Il faut compter de 2 à 3h de route.", .fr, reference: "2024-08-08", type: "Date")
        #expect(!road.contains { $0.field("value") == .string("2024-08-08T02") })
    }

    /// "une quinzaine d'années" is about fifteen years and "une quinzaine d'accords" a count: no day count.
    @Test(arguments: [
        "Il y a une quinzaine d'années, la frontière était fermée.",
        "Les deux pays ont signé une quinzaine d'accords.",
    ])
    func aQuinzaineOfOtherThingsIsNoDate(_ text: String) {
        #expect(ShippedPack.facts(text, .fr, reference: "2024-05-08", type: "Date").isEmpty)
    }

    /// "dans une demi-heure", "il y a un quart d'heure", "a quarter of an hour ago": minutes from the reference time.
    @Test(arguments: [
        ("Le cortège arrivera dans une demi-heure.", Language.fr, "dans une demi-heure", "2024-05-08T12:44"),
        ("Le cortège est passé il y a une demi-heure.", .fr, "il y a une demi-heure", "2024-05-08T11:44"),
        ("Le vote commence dans un quart d'heure.", .fr, "dans un quart d'heure", "2024-05-08T12:29"),
        ("Le vote a commencé il y a un quart d'heure.", .fr, "il y a un quart d'heure", "2024-05-08T11:59"),
        ("The convoy left a quarter of an hour ago.", .en, "a quarter of an hour ago", "2024-05-08T11:59"),
        ("The convoy arrives in a quarter of an hour.", .en, "in a quarter of an hour", "2024-05-08T12:29"),
    ])
    func halfAndQuarterHours(_ text: String, _ language: Language, _ expression: String, _ value: String) throws {
        let dates = ShippedPack.facts(text, language, reference: "2024-05-08T12:14", type: "Date")
        let fact = try #require(dates.first { $0.text == expression }, "\(dates.map { "\($0.text) \($0.fields)" })")
        #expect(fact.field("value") == .string(value))
    }

    /// An amount hyphened to "percent" as an adjective is a Percent ("a 10-percent decline").
    @Test(arguments: [
        ("Exports suffered a 10-percent decline in March.", Language.en, 10.0),
        ("The union won a 4.5-per-cent rise.", .en, 4.5),
        ("Les exportations ont subi un recul de 10 pour cent.", .fr, 10.0),
    ])
    func hyphenedPercent(_ text: String, _ language: Language, _ value: Double) throws {
        let fact = try #require(ShippedPack.facts(text, language, type: "Percent").first)
        #expect(fact.number == value, "\(fact.fields)")
    }
}

/// The Dates the shipped pack reads in `text` on `reference`, and the one whose text is `expression` (the test
/// fails, listing the Dates found, when there is none).
private func dateOver(_ expression: String, in text: String, _ language: Language, reference: String,
                      sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> (fact: Fact, dates: [Fact]) {
    let dates = ShippedPack.facts(text, language, reference: reference, type: "Date")
    let fact = try #require(dates.first { $0.text == expression }, "\(dates.map { "\($0.text) \($0.fields)" })",
                            sourceLocation: sourceLocation)
    return (fact, dates)
}
