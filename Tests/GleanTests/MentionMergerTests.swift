import Testing
@testable import Glean

@Suite("Merging mentions (merge:)")
struct MentionMergerTests {
    let rules = """
    rule may {
      merge: kind
      pattern: "call" "in" "May"
      emit Meeting { kind: "call", date: "XXXX-05", online: false }
    }
    rule day31 {
      merge: kind
      pattern: "call" "on" "the" "31st"
      emit Meeting { kind: "call", date: "2024-05-31", online: true }
    }
    rule day30 {
      merge: kind
      pattern: "call" "on" "the" "30th"
      emit Meeting { kind: "call", date: "2024-05-30" }
    }
    rule with {
      merge: kind
      pattern: "call" "with" p:gaz:Official
      emit Meeting { kind: "call", who: [p.id], online: false }
    }
    """

    /// `combines` (what comparing mentions asks) says yes exactly when `combined` (what merging them builds) has a value.
    @Test func combinesIsWhetherCombinedHasAValue() {
        let values: [FieldValue] = [.null, .bool(true), .bool(false), .number(3), .string("talks"), .string("visit"),
                                    .string("2024-05"), .string("2024-05-31"), .string("XXXX-05"), .string("2024"), .string("2023-06"),
                                    .list([]), .list([.string("MA")]), .list([.string("MA"), .string("JP")]), .list([.string("FR")]),
                                    .object([FieldEntry("id", .string("MA"))])]
        for dates in [nil, MentionMerger.DateParses()] {
            for a in values {
                for b in values {
                    #expect(MentionMerger.combines(a, b, dates: dates) == (MentionMerger.combined(a, b, dates: dates) != nil), "\(a) \(b)")
                }
            }
        }
    }

    @Test func mentionsThatAgreeBecomeOneFact() throws {
        let facts = try extract(rules, "A call in May took place. The call with Bourita went well.")
        #expect(facts.count == 1)
        #expect(facts.first?.fields.first { $0.key == "date" }?.value == .string("XXXX-05"))
        #expect(facts.first?.fields.first { $0.key == "who" }?.value == .list([.string("bourita")]))
        #expect(facts.first?.text == "call in May")   // as informative as the other: the earlier one
    }

    /// A headline names the thing before the article states it: the merged fact's span is a mention in a line of
    /// prose, where a reader (and an annotator's evidence) finds it stated, although the headline says more.
    @Test func theFirstMentionInProseStandsForTheThing() throws {
        let facts = try extract(rules, "call with Bourita\n\nA call in May took place. The call with Bourita went well.")
        #expect(facts.count == 1)
        #expect(facts.first?.text == "call in May")
        #expect(facts.first?.fields.first { $0.key == "who" }?.value == .list([.string("bourita")]))
        // Without a line of prose the first mention stands for it.
        #expect(try extract(rules, "call with Bourita\ncall in May").first?.text == "call with Bourita")
    }

    /// A headline names what the article states below: a thing named in the headline alone that a thing below
    /// covers (its values, the key fields aside) is that one in other words, and no fact of its own.
    @Test func aThingNamedInTheHeadlineAloneIsStatedBelow() throws {
        let rules = """
        rule meeting {
          merge: kind
          pattern: k:("call" | "visit") ("with" p:gaz:Official)? ("on" "the" d:/^[0-9]+th$/)?
          emit Meeting { kind: lower(k), who: [p.id], day: d.text }
        }
        """
        #expect(try extract(rules, "call with Bourita\n\nA visit with Bourita on the 30th took place.").map(\.text) == ["visit with Bourita on the 30th"])
        // Another day, or another person, is another event; so is one with nothing below to cover it.
        #expect(try extract(rules, "call on the 31th\n\nA visit on the 30th took place.").count == 2)
        #expect(try extract(rules, "call with Bourita\n\nA visit took place.").count == 2)
        // A value the thing below leaves out (not a list) is the headline's word on it: one fact, with the day.
        let joined = try extract(rules, "call on the 30th\n\nA visit with Bourita took place.")
        #expect(joined.map(\.text) == ["visit with Bourita"])
        #expect(joined.first?.fields.first { $0.key == "day" }?.value == .string("30th"))
        // A first line that is a sentence is no headline.
        #expect(try extract(rules, "A call with Bourita took place.\nA visit with Bourita on the 30th took place.").count == 2)
    }

    /// `merge: kind, ^status`: a headline does not state the field, so a thing below covers the headline's thing
    /// whatever its value there; in the article the field still keeps mentions apart.
    @Test func aHeadlineDoesNotStateAnUnstatedField() throws {
        let rules = """
        rule meeting {
          merge: kind, ^status
          pattern: k:("visits" | "visit") ("in" d:"June")? (w:"will")?
          emit Meeting { kind: "visit", status: first(w.text, "held"), month: d.text }
        }
        rule strict {
          merge: kind
          pattern: k:("calls" | "call") ("in" d:"June")? (w:"will")?
          emit Meeting { kind: "call", status: first(w.text, "held"), month: d.text }
        }
        """
        #expect(try extract(rules, "Bourita visits Japan\n\nA visit in June will take place.").map(\.text) == ["visit in June will"])
        #expect(try extract(rules, "Bourita calls Japan\n\nA call in June will take place.").count == 2)
        // Below the headline the status keeps the held and the planned visit apart.
        #expect(try extract(rules, "A visit took place.\nA visit in June will take place.").count == 2)
        #expect(throws: (any Error).self) { try extract("rule r {\n  merge: kind, ^\n  pattern: \"call\"\n  emit M { kind: \"c\" }\n}", "call") }
    }

    /// `merge: kind, !sentence`: an occasion never joins a thing another mention of its own sentence names.
    @Test func anOccasionStaysApartFromItsSentencesMeeting() throws {
        let rules = """
        rule summit {
          merge: kind
          pattern: "summit"
          emit Meeting { kind: "summit" }
        }
        rule occasion {
          merge: kind, !sentence
          pattern: "beside" "the" "Summit"
          emit Meeting { kind: "summit" }
        }
        """
        // The summit named again in the occasion's sentence is the meeting held beside it: two facts.
        #expect(try extract(rules, "They held a summit. The summit was beside the Summit.").count == 2)
        // Named in another sentence only, the summit is the occasion.
        #expect(try extract(rules, "They held a summit. It was beside the Summit.").count == 1)
        #expect(throws: (any Error).self) { try extract("rule r {\n  merge: kind, !status\n  pattern: \"call\"\n  emit M { kind: \"c\" }\n}", "call") }
    }

    /// `merge: kind, ~who`: a free field never keeps mentions apart; its lists are united.
    @Test func aFreeFieldNeverKeepsMentionsApart() throws {
        let rules = """
        rule call {
          merge: kind, ~who
          pattern: "call" "with" p:gaz:Country
          emit Meeting { kind: "call", who: [p.id] }
        }
        rule strict {
          merge: kind
          pattern: "visit" "with" p:gaz:Country
          emit Meeting { kind: "visit", who: [p.id] }
        }
        """
        let calls = try extract(rules, "A call with Morocco took place. The call with Japan went well.")
        #expect(calls.count == 1)
        // Two lists of codes in ascending order give one in ascending order.
        #expect(calls.first?.fields.first { $0.key == "who" }?.value == .list([.string("JP"), .string("MA")]))
        #expect(try extract(rules, "A visit with Morocco took place. The visit with Japan went well.").count == 2)
        #expect(throws: (any Error).self) { try extract("rule r {\n  merge: kind, ~\n  pattern: \"call\"\n  emit M { kind: \"c\" }\n}", "call") }
    }

    /// `merge: kind, title, >status, >date`: a later status of a named instrument joins its first mention, and the
    /// merged fact has the latest status with the date of that status.
    @Test func aLatestFieldTakesTheLastStatedValue() throws {
        let rules = """
        rule signed {
          merge: kind, title, >status, >date
          pattern: "the" "Pact" ("of" t:"Rabat")? "was" "signed" "in" ("December" | "May")
          emit Agreement { kind: "agreement", title: t.text, status: "signed", date: "2023-12" }
        }
        rule force {
          merge: kind, title, >status, >date
          pattern: "the" "Pact" ("of" t:"Rabat")? "entered" "into" "force" ("on" "1" "March")?
          emit Agreement { kind: "agreement", title: t.text, status: "in_force", date: "2024-03-01" }
        }
        rule review {
          merge: kind, title, >status, >date
          pattern: "the" "Pact" ("of" t:"Rabat")? "is" "in" "force"
          emit Agreement { kind: "agreement", title: t.text, status: "in_force" }
        }
        """
        let one = try extract(rules, "In 2023 the Pact of Rabat was signed in December. Then the Pact of Rabat entered into force on 1 March.")
        #expect(one.count == 1)
        #expect(one.first?.fields.first { $0.key == "status" }?.value == .string("in_force"))
        #expect(one.first?.fields.first { $0.key == "date" }?.value == .string("2024-03-01"))
        // The date goes with the status: a later status stated without a date leaves the signing's date out.
        let undated = try extract(rules, "Then the Pact of Rabat was signed in May. Now the Pact of Rabat is in force.")
        #expect(undated.count == 1)
        #expect(undated.first?.fields.first { $0.key == "status" }?.value == .string("in_force"))
        #expect(undated.first?.fields.first { $0.key == "date" } == nil)
        // Untitled, a mention cannot tell which instrument it restates: two facts, as before.
        #expect(try extract(rules, "So the Pact was signed in May. Then the Pact entered into force on 1 March.").count == 2)
        #expect(firstError("rule a {\n  merge: kind, >\n  pattern: \"x\"\n  emit X\n}\n").contains("expected a field name after '>'"))
    }

    /// `=title`: a verb rule keyed by kind alone and a naming rule keyed by kind and title restate each other's
    /// instrument when both name it; an untitled mention is no restatement; the span is where the latest status is.
    @Test func aNameFieldJoinsRulesKeyedOtherwise() throws {
        let rules = """
        rule signed {
          merge: kind, =title, >status, >date
          pattern: "signed" "the" ("Pact" "of" t:"Rabat" | "pact") "in" "December"
          emit Agreement { kind: "agreement", title: t.text, status: "signed", date: "2023-12" }
        }
        rule force {
          merge: kind, title, =title, >status, >date
          pattern: "the" "Pact" "of" t:"Rabat" "," "which" "entered" "into" "force"
          emit Agreement { kind: "agreement", title: t.text, status: "in_force" }
        }
        rule plain {
          merge: kind, title
          pattern: "the" "Pact" "of" t:"Rabat" "," "which" "expired"
          emit Agreement { kind: "agreement", title: t.text, status: "expired" }
        }
        """
        let one = try extract(rules, "They signed the Pact of Rabat in December. They praised the Pact of Rabat, which entered into force.")
        #expect(one.count == 1)
        #expect(one.first?.fields.first { $0.key == "status" }?.value == .string("in_force"))
        #expect(one.first?.fields.first { $0.key == "date" } == nil)
        #expect(one.first?.text == "the Pact of Rabat, which entered into force")
        // Untitled, the signing is another instrument.
        #expect(try extract(rules, "They signed the pact in December. They praised the Pact of Rabat, which entered into force.").count == 2)
        // A rule without `>` fields is not joined across keys.
        #expect(try extract(rules, "They signed the Pact of Rabat in December. They praised the Pact of Rabat, which expired.").count == 2)
    }

    /// Two mentions of one latest value that contradict in another `>` field stay apart (two signings, two dates).
    @Test func aLatestValueKeepsItsOtherFieldsApart() throws {
        let rules = """
        rule signed {
          merge: kind, title, >status, >date
          pattern: "the" "Pact" "of" t:"Rabat" "was" "signed" "in" d:("May" | "June")
          emit Agreement { kind: "agreement", title: t.text, status: "signed", date: d.text }
        }
        """
        #expect(try extract(rules, "First the Pact of Rabat was signed in May. Then the Pact of Rabat was signed in June.").count == 2)
        #expect(try extract(rules, "First the Pact of Rabat was signed in May. Then the Pact of Rabat was signed in May.").count == 1)
    }

    @Test func linesOfProse() {
        let text = Array("Meeting with the minister\nThe talks were held (in May).\n« Il a dit. »\nMenu:".utf8)
        #expect(!MentionMerger.lineEndsSentence(text, at: 3))
        #expect(MentionMerger.lineEndsSentence(text, at: 30))
        #expect(MentionMerger.lineEndsSentence(text, at: Array("Meeting with the minister\nThe talks were held (in May).\n« I".utf8).count))
        #expect(!MentionMerger.lineEndsSentence(text, at: text.count - 2))
    }

    @Test func aFullDateRefinesAPartialOne() throws {
        let facts = try extract(rules, "A call in May took place. Another call on the 31st too.")
        #expect(facts.count == 1)
        #expect(facts.first?.fields.first { $0.key == "date" }?.value == .string("2024-05-31"))
        #expect(facts.first?.fields.first { $0.key == "online" }?.value == .bool(true))
    }

    /// A mention is compared with the latest `MentionMerger.recentThings` things of its bucket only: on a page that
    /// names thousands of calls (a table, a dense dump) merging stays linear; in an article nothing changes.
    @Test func aMentionJoinsOnlyARecentThing() throws {
        let rules = """
        rule numbered {
          merge: kind
          pattern: "call" n:/^[0-9]+$/
          emit Meeting { kind: "call", number: n.text }
        }
        """
        let window = MentionMerger.recentThings
        let near = (1...3).map { "call \($0)." }.joined(separator: " ") + " call 1."
        #expect(try extract(rules, near).count == 3)
        let far = (1...(window + 1)).map { "call \($0)." }.joined(separator: " ") + " call 1."
        #expect(try extract(rules, far).count == window + 2)
    }

    @Test func contradictingDatesStayApart() throws {
        let facts = try extract(rules, "A call on the 30th took place. Another call on the 31st too.")
        #expect(facts.count == 2)
    }

    @Test func differentKeysStayApart() throws {
        let rules = """
        rule meeting {
          merge: kind
          pattern: k:("call" | "visit")
          emit Meeting { kind: lower(k) }
        }
        """
        #expect(try extract(rules, "A call. A visit. A call.").count == 2)
    }

    @Test func dateRefinement() {
        #expect(MentionMerger.refinedDate("XXXX-05", "2024-05-31") == "2024-05-31")
        #expect(MentionMerger.refinedDate("2024", "2024-05") == "2024-05")
        #expect(MentionMerger.refinedDate("XXXX-05-31", "2024-05") == "2024-05-31")
        #expect(MentionMerger.refinedDate("2024-06", "2024-05-31") == nil)
        #expect(MentionMerger.refinedDate("Rabat", "Rabat city") == nil)
        #expect(MentionMerger.refinedDate("202", "2024") == nil)
    }

    /// `merge: kind(talks => visit)`: talks held during a visit are the visit (one fact, whose kind is that of the
    /// mention that stands for it), unless they name other countries; other kinds keep apart.
    @Test func aFoldedKeyValueJoinsItsPartners() throws {
        let rules = """
        rule meeting {
          merge: kind(talks => visit)
          pattern: k:("talks" | "visit" | "call") "of" a:gaz:Country ("and" b:gaz:Country)? ("on" "the" d:/^[0-9]+th$/)?
          emit Meeting { kind: lower(k), countries: sorted(unique(a.id, b.id)), day: d.text }
        }
        """
        let joined = try extract(rules, "A visit of Morocco and Japan on the 30th took place. The talks of Japan and Morocco went well.")
        #expect(joined.count == 1)
        #expect(joined.first?.fields.first { $0.key == "kind" }?.value == .string("visit"))
        // The talks stated first, with more to say, stand for the thing: its kind is theirs.
        let talks = try extract(rules, "The talks of Japan and Morocco on the 30th went well. The visit of Morocco and Japan was short.")
        #expect(talks.count == 1)
        #expect(talks.first?.fields.first { $0.key == "kind" }?.value == .string("talks"))
        // Other countries (talks of Morocco alone share a country with the visit, which is enough without a fold),
        // another day or a kind outside the fold is another event.
        #expect(try extract(rules, "A visit of Morocco and Japan took place. The talks of Morocco went well.").count == 2)
        #expect(try extract(rules, "A visit of Morocco and Japan on the 30th. The talks of Japan and Morocco on the 31th.").count == 2)
        #expect(try extract(rules, "A visit of Morocco and Japan took place. The call of Japan and Morocco went well.").count == 2)
    }

    /// Mentions whose lists (free ones aside) each hold a value the other lacks are two things when they are stated
    /// in different sentences, even when they name no people: the bilateral meeting with Canada's Prime Minister and
    /// "He also met the President of France" share the visitor's country, not the meeting. In one sentence, without
    /// people each lacks, they are one ("I met with my Ukrainian counterpart … and with Italy's Foreign Minister").
    @Test func crossedListsInOtherSentencesStayApart() throws {
        let rules = """
        rule meeting {
          merge: kind, ~who
          pattern: "talks" "of" a:gaz:Country ("and" b:#cap)? ("with" p:gaz:Official)?
          emit Meeting { kind: "talks", countries: sorted(unique(a.id, b.text)), who: [p.id] }
        }
        """
        #expect(try extract(rules, "The talks of Japan and Peru went well. The talks of Japan and Chile went well.").count == 2)
        #expect(try extract(rules, "The talks of Japan and Peru and the talks of Japan and Chile went well.").count == 1)
        // A list within the other's is the same thing named in part.
        #expect(try extract(rules, "The talks of Japan and Peru went well. The talks of Japan went well.").count == 1)
        #expect(try extract(rules, "The talks of Japan and Peru went well. The talks of Japan and Peru with Bourita went well.").count == 1)
    }

    /// `merge: kind(talks => visit | ~date, ~location, ~status)`: a visit spans days and places; a mention naming the
    /// same countries and a day at most a week from the visit's is that visit, whatever its place or status (talks
    /// still planned in it), and the visit keeps its earliest day and first place. Two visits further apart, talks
    /// alone on two days, or other countries stay apart.
    @Test func aVisitSpansItsDaysAndPlaces() throws {
        let rules = """
        rule meeting {
          merge: kind(talks => visit | ~date, ~location, ~status)
          pattern: k:("talks" | "visit") "of" a:#cap "and" b:#cap ("in" c:#cap)? ("on" "May" d:#number)? w:("planned")?
          emit Meeting { kind: lower(k), countries: sorted(unique(a.text, b.text)), location: c.text, date: when(d, event_date(date(day: d, month: 5, year: 2024))), status: first(lower(w), "held") }
        }
        """
        let joined = try extract(rules, "A visit of Morocco and Japan in Rabat on May 12 took place. The talks of Japan and Morocco in Fes on May 14 planned went well.")
        #expect(joined.count == 1)
        #expect(joined.first?.fields.first { $0.key == "date" }?.value == .string("2024-05-12"))
        #expect(joined.first?.fields.first { $0.key == "location" }?.value == .string("Rabat"))
        let later = try extract(rules, "The talks of Japan and Morocco on May 14 went well. A visit of Morocco and Japan on May 12 took place.")
        #expect(later.count == 1)
        #expect(later.first?.fields.first { $0.key == "date" }?.value == .string("2024-05-12"))
        // More than a week apart, two talks, other countries, or no day to tie them: apart.
        #expect(try extract(rules, "A visit of Morocco and Japan on May 12. A visit of Japan and Morocco on May 25.").count == 2)
        #expect(try extract(rules, "The talks of Morocco and Japan on May 12. The talks of Japan and Morocco on May 14.").count == 2)
        #expect(try extract(rules, "A visit of Morocco and Japan on May 12. The talks of Japan and Peru on May 14.").count == 2)
        #expect(try extract(rules, "A visit of Morocco and Japan in Rabat. The talks of Japan and Morocco in Fes.").count == 2)
    }

    @Test func aFoldSpansFieldsAfterABar() {
        #expect(firstError("rule a {\n  merge: kind(talks => visit | location)\n  pattern: \"x\"\n  emit X\n}\n").contains("expected '~' and a field name after '|'"))
        #expect(MentionMerger.Fold.parse("kind(talks=>visit|date,location)").fold?.spans == ["date", "location"])
        #expect(MentionMerger.Fold.parse("kind(talks=>visit,summit)").fold?.partners == [.string("visit"), .string("summit")])
    }

    @Test func aFoldNeedsItsArrowAndValues() {
        #expect(firstError("rule a {\n  merge: kind(talks visit)\n  pattern: \"x\"\n  emit X\n}\n").contains("expected '=>' after 'talks'"))
        #expect(firstError("rule a {\n  merge: kind(talks => visit\n  pattern: \"x\"\n  emit X\n}\n").contains("expected ')'"))
    }

    @Test func mergeNeedsKeyFields() {
        #expect(firstError("rule a {\n  merge:\n  pattern: \"x\"\n  emit X\n}\n").contains("expected the key fields after 'merge:'"))
    }
}

@Suite("Context functions")
struct ContextFunctionTests {
    let rules = """
    rule official {
      pattern: p:gaz:Official
      emit Official { id: p.id, role: in_term(p.role, start: "2021-10-07", end: "2023-09-13") }
    }
    """

    @Test func aRoleAppliesOnlyInsideItsTerm() throws {
        let inside = try extract(rules, "Bourita spoke.", referenceDate: CalendarDate(year: 2022, month: 1, day: 1))
        #expect(inside.first?.fields.contains { $0.key == "role" } == true)
        let after = try extract(rules, "Bourita spoke.", referenceDate: CalendarDate(year: 2024, month: 8, day: 8))
        #expect(after.first?.fields.contains { $0.key == "role" } == false)
        let unknown = try extract(rules, "Bourita spoke.")
        #expect(unknown.first?.fields.contains { $0.key == "role" } == true)
    }

    @Test func afterReferenceComparesAtTheDatesGrain() throws {
        let rules = """
        rule dated {
          regex: /(?<d>[0-9X]{4}(-[0-9]{2}){0,2})/
          emit Dated { later: after_reference(d), status: first(after_reference(d, then: "planned"), "held") }
        }
        """
        let reference = CalendarDate(year: 2024, month: 12, day: 1)
        func later(_ text: String, _ date: CalendarDate? = reference) throws -> FieldValue? {
            try extract(rules, text, referenceDate: date).first?.fields.first { $0.key == "later" }?.value
        }
        #expect(try later("2024-12-15") == .string("2024-12-15"))
        #expect(try later("2025") == .string("2025"))
        #expect(try later("2024-11-30") == nil)
        #expect(try later("2024-12-01") == nil)
        #expect(try later("2024-12") == nil)
        #expect(try later("2024") == nil)
        #expect(try later("XXXX-12-15") == nil)
        #expect(try later("2024-12-15", nil) == nil)
        let status = try extract(rules, "2025-01", referenceDate: reference).first?.fields.first { $0.key == "status" }?.value
        #expect(status == .string("planned"))
    }

    @Test func withoutAndReferenceYear() throws {
        let rules = """
        rule last.year {
          pattern: ly:("last" "year")
          emit Period { year: reference_year(ly, offset: -1), rest: without(["talks", "visit"], "talks"), none: without(["talks", "visit"], ["visit", "summit"], "talks") }
        }
        """
        let facts = try extract(rules, "Trade grew last year.", referenceDate: CalendarDate(year: 2024, month: 8, day: 8))
        #expect(facts.first?.fields.first { $0.key == "year" }?.value == .string("2023"))
        #expect(facts.first?.fields.first { $0.key == "rest" }?.value == .list([.string("visit")]))
        // A list argument removes each of its values.
        #expect(facts.first?.fields.contains { $0.key == "none" } == false)
        #expect(try extract(rules, "Trade grew last year.").first?.fields.contains { $0.key == "year" } == false)
    }

    @Test func atLeastKeepsListsOfTheWantedSize() throws {
        let rules = """
        rule pair {
          pattern: c:gaz:Country
          emit Pick { two: at_least(in_sentence("Country", "id"), 2), one: at_least(c.id, 1), none: at_least(in_sentence("Official", "id"), 1) }
        }
        """
        let facts = try extract(rules, "Morocco and Japan agreed.")
        let fields = try #require(facts.first).fields
        #expect(fields.first { $0.key == "two" }?.value == .list([.string("MA"), .string("JP")]))
        #expect(fields.first { $0.key == "one" }?.value == .string("MA"))
        #expect(fields.contains { $0.key == "none" } == false)
        let alone = try extract(rules, "Morocco agreed.")
        #expect(alone.first?.fields.contains { $0.key == "two" } == false)
    }

    @Test func sortedOrdersAList() throws {
        let rules = """
        rule countries {
          pattern: c:gaz:Country
          emit Pick { ids: sorted(in_sentence("Country", "id")), one: sorted(c.id), none: sorted(in_sentence("Official", "id")) }
        }
        """
        // Named Morocco first, sorted Japan first.
        let fields = try #require(try extract(rules, "Morocco and Japan agreed.").first).fields
        #expect(fields.first { $0.key == "ids" }?.value == .list([.string("JP"), .string("MA")]))
        #expect(fields.first { $0.key == "one" }?.value == .list([.string("MA")]))
        #expect(fields.contains { $0.key == "none" } == false)
    }
}
