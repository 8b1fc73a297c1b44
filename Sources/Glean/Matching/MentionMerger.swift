/// Merges the mentions of one thing within a document (`merge:` rules): a news article names the same phone
/// call or memorandum several times, and a reader wants it once, with everything the mentions say about it.
///
/// Candidates of a `merge:` rule are taken in text order; each joins the first earlier mention of the same group
/// that has the same key fields (absent equals absent) and contradicts it in no other field, or else starts a new
/// thing. Values agree when they are equal, when one date refines the other (`XXXX-05` and `2024-05-31`, `2024`
/// and `2024-05`), when two lists share an element or one is empty, and booleans always (they are or-ed). The merged
/// fact keeps the span and rule of its most informative mention in a line of prose (most fields, then the earliest;
/// among all mentions when none is in prose), the most specific date, the union of the lists, and otherwise the
/// first value stated; a folded key (`merge: kind(talks => visit)`, `Fold`) lets a generic value join its partners.
/// Mentions that each give a value of a list (not a `~` one) that the other lacks are two things when they each name
/// someone the other lacks, or when they are stated in different sentences ("a bilateral meeting with Canadian Prime
/// Minister Mark Carney. He also met the President of France": Canada and India, France and India).
/// A thing named only in a headline (a short first line that is not a sentence) is not
/// reported when a thing of its group stated below covers it (has its values, key fields and `^field`s aside).
enum MentionMerger {
    /// Marks a field of `merge:` written `~field`: its values never keep two mentions apart (lists are united; the
    /// first value stated is kept). The participants of a meeting are named a few at a time ("Blinken will travel
    /// to …", "he will meet with President Alvarado"): they do not tell one meeting from another.
    static let freePrefix = "~"

    /// Marks a field of `merge:` written `^field`: a headline does not state it, so it is left aside when a thing
    /// stated below is asked whether it covers a thing named in the headline alone (it still keeps mentions apart as
    /// any field). Headlines use the present whatever the time: "Minister Baird Visits China" over "will be
    /// travelling to China from July 17" is the announced trip, not a visit held.
    static let headlinePrefix = "^"

    /// Marks `merge: …, !sentence`: the rule's mentions are occasions ("The summit took place on the sidelines of
    /// the first Korea-Africa Summit"), and a mention never joins a thing that another mention of its own sentence
    /// names: that one is the meeting held beside it, the occasion another event, even of the same kind.
    static let apartPrefix = "!"
    static let apartSetting = "sentence"

    /// Marks a field of `merge:` written `>field`: stated latest. An article recalls an instrument's signing and then
    /// its entry into force ("signed … in December" … "entered into force on 1 March"): one instrument, whose status
    /// is the latest stated and whose date is that status's. When a mention states every key and `=` field, its `>` fields
    /// never keep it apart; the first `>` field takes the last stated value, the others the values of the mentions
    /// that state that one.
    static let latestPrefix = ">"

    /// Marks a field of `merge:` written `=field`: it names the thing a later status restates. `>` fields are free
    /// only between mentions that both state the key and `=` fields ("the agreement entered into force" cannot tell
    /// which of the article's agreements it is), and such a mention also joins the things of rules whose keys differ
    /// from its own by the `=` fields (`merge: kind, =title, …` and `merge: kind, title, =title, …`): a verb rule's
    /// signing of a named treaty and a subject rule's "The treaty … entered into force".
    static let namePrefix = "="

    /// How many of a bucket's latest things a mention is compared with (docs/limits.md).
    static let recentThings = 64

    /// A key value that stands for a less specific kind of thing than others (`merge: kind(talks => visit)`): a
    /// mention with the generic value joins a thing with one of the partner values, and a mention with a partner
    /// value joins a thing with the generic one, when they agree otherwise; the thing keeps its first value. The
    /// talks a visitor holds during a visit are that visit ("arrived in Canberra for an official visit" … "held
    /// talks with the Prime Minister"), and a Kremlin transcript's "your visit" is the talks it reports.
    struct Fold: Equatable {
        var key: String
        var generic: FieldValue
        var partners: [FieldValue]
        /// The fields a thing with a partner value spans (`kind(talks => visit | ~date, ~location, ~status)`): a visit
        /// is held over several days and in several places of its country, so a mention naming the same lists
        /// (countries) and a day at most `spanDays` from its own is not kept apart from it by those fields (another
        /// day, place, or what is still planned in it); the thing keeps its earliest day and its first other values
        /// ("arrived in Buenos Aires on Sunday" … "was received at the Casa Rosada on Monday").
        var spans: [String] = []

        /// The key name and its fold from a `merge:` key as the parser writes it: `kind(talks=>visit,consultations)`,
        /// `kind(talks=>visit|location,date)`.
        static func parse(_ key: String) -> (name: String, fold: Fold?) {
            guard let open = key.firstIndex(of: "("), key.hasSuffix(")"), let arrow = key.range(of: "=>") else { return (key, nil) }
            let name = String(key[..<open])
            let generic = String(key[key.index(after: open)..<arrow.lowerBound])
            let inside = key[arrow.upperBound..<key.index(before: key.endIndex)].split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
            let partners = inside[0].split(separator: ",").map { FieldValue.string(String($0)) }
            let spans = inside.count > 1 ? inside[1].split(separator: ",").map(String.init) : []
            return (name, Fold(key: name, generic: .string(generic), partners: partners, spans: spans))
        }

        /// Whether a thing and a mention, one of which has a partner value, may differ in the spanned fields.
        func spanned(_ a: [FieldEntry], _ b: [FieldEntry]) -> Bool {
            !spans.isEmpty && (partners.contains { $0 == MentionMerger.value(a, key) } || partners.contains { $0 == MentionMerger.value(b, key) })
        }

        /// The values of the key a mention with `value` may join besides its own.
        func others(of value: FieldValue?) -> [FieldValue] {
            guard let value else { return [] }
            if value == generic { return partners }
            return partners.contains(value) ? [generic] : []
        }
    }

    static func merge(_ candidates: [Candidate], rules: [CompiledRule], text: [UInt8] = []) -> [Candidate] {
        guard candidates.contains(where: { rules[$0.rule].mergeKeys != nil }) else { return candidates }
        struct Thing {
            var group: String; var keys: [String]; var free: [String]; var unstated: [String]; var folded: [String]; var members: [Int]; var fields: [FieldEntry]
            /// The `>` fields other than the first, combined per value of the first (nil: mentions not stating it),
            /// and the last value of the first stated.
            var byLatest: [FieldValue?: [FieldEntry]] = [:]; var lastLatest: FieldValue? = nil
            /// The `>` fields of the rule that started it: a thing without them is never restated across rules.
            var latest: [String] = []
        }
        /// Things by group, key names and key values, in the order they were started: a candidate can only join a
        /// thing with its own (a thing's key values never change: members agree on them), so it is compared with
        /// those alone, not with every thing of the document.
        /// A thing's `>` fields after a mention joins it: the last value of the first, and the others of its mentions.
        func restate(_ thing: inout Thing, with fields: [FieldEntry], latest: [String], dates: DateParses) {
            let (lead, others) = latestEntries(fields, latest)
            thing.byLatest[lead] = thing.byLatest[lead].map { combine($0, others, dates: dates) } ?? others
            if lead != nil { thing.lastLatest = lead }
            thing.fields.removeAll { latest.contains($0.key) }
            if let last = thing.lastLatest { thing.fields.append(FieldEntry(latest[0], last)) }
            thing.fields += thing.byLatest[thing.lastLatest] ?? []
        }
        struct Bucket: Hashable { var group: String; var keys: [String]; var values: [FieldValue?] }
        var buckets: [Bucket: [Int]] = [:]
        let dates = DateParses()
        var things: [Thing] = []
        var output: [Candidate] = []
        for (index, candidate) in candidates.enumerated() {
            let group = rules[candidate.rule].group
            guard let (keys, folds, free, unstated, apart, latest, named) = rules[candidate.rule].mergeFields else { output.append(candidate); continue }
            let bucket = Bucket(group: group, keys: keys, values: keys.map { value(candidate.fields, $0) })
            // A folded key's other values are other buckets to look in; the key is then compared as a free field
            // (the bucket already holds only values it may join).
            var searched = [bucket]
            for fold in folds {
                guard let position = keys.firstIndex(of: fold.key) else { continue }
                for other in fold.others(of: bucket.values[position]) {
                    var alternative = bucket
                    alternative.values[position] = other
                    searched.append(alternative)
                }
            }
            let compared = folds.isEmpty ? keys : keys.filter { key in !folds.contains { $0.key == key } }
            // A mention that names its thing by every key and `=` field restates a thing that states them too: its
            // `>` fields are compared only with the mentions that give its first `>` value (a signing on another date
            // is another signing). It also looks among the things of rules keyed otherwise by the `=` fields.
            let stated = !latest.isEmpty && (keys + named).allSatisfy({ value(candidate.fields, $0) != nil }) ? latestEntries(candidate.fields, latest) : nil
            let comparedFree = folds.isEmpty ? free : free + folds.map(\.key)
            let restatedFree = comparedFree + latest
            var crossing = 0
            if stated != nil, !named.isEmpty {
                let toggled = keys.filter { !named.contains($0) } + named.filter { !keys.contains($0) }
                searched.append(Bucket(group: group, keys: toggled, values: toggled.map { value(candidate.fields, $0) }))
                crossing = searched.count - 1
            }
            // Only the latest `recentThings` of the bucket are candidates to join: a page that names thousands of
            // meetings with different dates (a table, a dense unpunctuated dump) would otherwise cost a comparison
            // with every earlier one per mention, quadratic in the page. News articles have a handful per bucket.
            var recent: [(thing: Int, folded: Bool, crossed: Bool)] = []
            for (number, searchedBucket) in searched.enumerated() {
                // A slice of the array: `suffix` on the optional's `?? []` was Sequence's, which walks the whole bucket.
                guard let things = buckets[searchedBucket] else { continue }
                for thing in things[max(0, things.count - recentThings)...] {
                    recent.append((thing, number > 0 && (crossing == 0 || number < crossing), crossing > 0 && number == crossing))
                }
            }
            if searched.count > 1 { recent.sort { $0.thing < $1.thing } }
            // Across a fold the mentions must name the same lists (the same countries): a visit of Kazakhstan to
            // Morocco and talks of Egypt and Morocco share a country but are two events.
            // Mentions that each name a country (a value of a list other than a free one) the other lacks are two
            // meetings when they also each name someone the other lacks ("met the President of Finland and the Prime
            // Minister of Sweden. He also had a bilateral meeting with the President of Ukraine"), or when the
            // candidate's sentence names none of the thing's mentions, people or not ("held a bilateral meeting with
            // Canadian Prime Minister Mark Carney. He also met the President of France": the visitor's country is in
            // both). Within one sentence, countries named apart without their people are one meeting's ("I met with my
            // Ukrainian counterpart … and with Italy's Foreign Minister").
            // The people of one meeting named a few at a time share its countries.
            // The candidate's sentence, for `!sentence` rules (found once, not per thing compared).
            let candidateSentence = apart ? sentenceStart(text, at: candidate.span.start) : 0
            // The candidate's sentence, for mentions whose lists cross a thing's (found once, and only then).
            lazy var ownSentence = apart ? candidateSentence : sentenceStart(text, at: candidate.span.start)
            // A visit's places and days (`Fold.spans`) that keep a thing apart from the candidate no longer.
            func spannedFields(of thing: [FieldEntry]) -> [String] {
                guard let fold = folds.first(where: { $0.spanned(thing, candidate.fields) && sameLists(thing, candidate.fields, free: comparedFree) }) else { return [] }
                return MentionMerger.spannedFields(fold.spans, thing, candidate.fields)
            }
            if let found = recent.first(where: { option in
                let thing = things[option.thing]
                let restated = stated.flatMap { stated in !thing.latest.isEmpty && (keys + named).allSatisfy { name in value(thing.fields, name) != nil } ? stated : nil }
                // Across rules keyed otherwise, only a restatement joins.
                if option.crossed && restated == nil { return false }
                let spans = spannedFields(of: thing.fields)
                return agree(thing.fields, candidate.fields, keys: compared, free: (restated == nil ? comparedFree : restatedFree) + spans, dates: dates)
                    && (restated == nil || agree(thing.byLatest[restated!.lead] ?? [], restated!.others, keys: [], dates: dates))
                    && (!option.folded || sameLists(thing.fields, candidate.fields, free: comparedFree))
                    && !(apart && namedInSentence(thing.members, of: candidate, from: candidateSentence, candidates))
                    && !(crossedLists(thing.fields, candidate.fields, free: comparedFree)
                         && (otherPeople(thing.fields, candidate.fields, free: free) || !namedInSentence(thing.members, of: candidate, from: ownSentence, candidates))) })?.thing {
                let spans = spannedFields(of: things[found].fields)
                things[found].fields = combine(things[found].fields, candidate.fields, dates: dates, free: free)
                if !spans.isEmpty { things[found].fields = spanCombined(things[found].fields, candidate.fields, spans: spans) }
                things[found].members.append(index)
                if !latest.isEmpty { restate(&things[found], with: candidate.fields, latest: latest, dates: dates) }
            } else {
                buckets[bucket, default: []].append(things.count)
                things.append(Thing(group: group, keys: keys, free: free, unstated: unstated, folded: folds.map(\.key), members: [index], fields: candidate.fields, latest: latest))
                if !latest.isEmpty { restate(&things[things.count - 1], with: candidate.fields, latest: latest, dates: dates) }
            }
        }
        // Line ends found once and bisected, and only when a thing has several mentions to choose from: scanning
        // forward from each mention to its line end is quadratic on a dense page without newlines.
        let lineEnds = things.contains { $0.members.count > 1 } ? text.indices.filter { text[$0] == 0x0A } : []
        let inProse = { (offset: Int) -> Bool in
            guard !text.isEmpty else { return true }
            var low = 0, high = lineEnds.count
            while low < high { let mid = (low + high) / 2; if lineEnds[mid] < offset { low = mid + 1 } else { high = mid } }
            return endsSentence(text, lineEnd: low < lineEnds.count ? lineEnds[low] : text.count)
        }
        // The headline: a short first line that is not a sentence, with the article below it.
        let headlineEnd = text.prefix(maximumHeadlineBytes + 1).firstIndex(of: 0x0A).flatMap { end in !endsSentence(text, lineEnd: end) ? end : nil }
        // Named in the headline alone, a thing that a thing stated below covers is that one in other words (a
        // "Meeting with …" headline over the report of the same leaders' visit): the article's statement is the fact.
        // When the thing below leaves out a value (not a list) the headline states and contradicts none ("Visite à Paris du
        // ministre japonais" over « recevra demain son homologue japonais pour un dialogue stratégique »), it is still
        // that thing, and takes the headline's value (the place); a covering thing is preferred.
        var headlineOnly = Set<Int>()
        if let end = headlineEnd {
            let below = things.indices.filter { candidates[things[$0].members.last!].span.start >= end }
            for index in things.indices where things[index].members.allSatisfy({ candidates[$0].span.start < end }) {
                let thing = things[index], aside = thing.keys + thing.free + thing.unstated
                let ofGroup = below.filter { things[$0].group == thing.group }
                if ofGroup.contains(where: { covers(things[$0].fields, thing.fields, keys: aside, dates: dates) }) { headlineOnly.insert(index); continue }
                // A trip headline over its legs ("Déplacement … en Égypte et en Jordanie" over « se rendra en Égypte
                // …, puis en Jordanie »): two or more things below, each contradicting none of its other values, whose lists together
                // hold the headline's, are what it names.
                let lists = thing.fields.filter { if case .list = $0.value { return !aside.contains($0.key) } else { return false } }
                let parts = ofGroup.filter { covers(things[$0].fields, thing.fields.filter { entry in !lists.contains { $0.key == entry.key } }, keys: aside, dates: dates, missing: true) }
                if parts.count > 1, !lists.isEmpty, covers(parts.reduce(into: [FieldEntry]()) { united, part in united = unitedLists(united, things[part].fields) }, lists, keys: aside) {
                    headlineOnly.insert(index); continue
                }
                guard let target = ofGroup.first(where: { covers(things[$0].fields, thing.fields, keys: aside, dates: dates, missing: true) }) else { continue }
                things[target].fields += thing.fields.filter { entry in !aside.contains(entry.key) && value(things[target].fields, entry.key) == nil }
                headlineOnly.insert(index)
            }
        }
        for (index, thing) in things.enumerated() {
            if headlineOnly.contains(index) { continue }
            // A mention in a sentence stands for the thing, not a headline ("Meeting with …") that only names it:
            // the article states the thing in its prose, which is where a reader (and an annotator's evidence) looks.
            var prose = thing.members.count < 2 ? thing.members : thing.members.filter { inProse(candidates[$0].span.start) }
            // A restated thing is reported where its latest `>` value is stated.
            if let last = thing.lastLatest, let field = thing.latest.first {
                let stating = prose.filter { value(candidates[$0].fields, field) == last }
                if !stating.isEmpty { prose = stating }
            }
            let representative = (prose.isEmpty ? thing.members : prose).max { a, b in
                let x = candidates[a].fields.count, y = candidates[b].fields.count
                return x != y ? x < y : a > b
            }!
            var merged = candidates[representative]
            // The representative's field order first, then fields only other mentions gave.
            let order = merged.fields.map(\.key)
            var fields = thing.fields
            // A folded key takes the value of the mention that stands for the thing: "Meeting with …" over the report
            // of a working visit is the visit; a transcript's "your visit" under "met with … in Sochi" is the talks.
            for key in thing.folded {
                if let stated = value(merged.fields, key), let position = fields.firstIndex(where: { $0.key == key }) { fields[position].value = stated }
            }
            merged.fields = fields.sorted { (order.firstIndex(of: $0.key) ?? order.count) < (order.firstIndex(of: $1.key) ?? order.count) }
            output.append(merged)
        }
        return output.sorted { ($0.span.start, $0.span.end, $0.rule) < ($1.span.start, $1.span.end, $1.rule) }
    }

    /// A mention's first `>` field's value and its other `>` fields.
    static func latestEntries(_ fields: [FieldEntry], _ latest: [String]) -> (lead: FieldValue?, others: [FieldEntry]) {
        (value(fields, latest[0]), fields.filter { latest.dropFirst().contains($0.key) })
    }

    /// Whether a member of a thing (other than the candidate's own span) lies in the candidate's sentence, which
    /// starts at `sentence`. Members come in text order, all before the candidate: the scan goes back from the last
    /// and stops at the first one before the sentence, so a thing of thousands of mentions costs only those of the
    /// sentence (a page repeating "on the sidelines of the summit" without a full stop stays linear).
    static func namedInSentence(_ members: [Int], of candidate: Candidate, from sentence: Int, _ candidates: [Candidate]) -> Bool {
        for member in members.reversed() {
            let span = candidates[member].span
            if span.start < sentence { return false }
            if span.end <= candidate.span.start || candidate.span.end <= span.start { return true }
        }
        return false
    }

    /// Where the sentence holding `offset` starts: after the last newline, or the last sentence-final punctuation
    /// followed by a space, before it (an abbreviation's point starts one too early: the mentions then differ).
    /// The scan goes back at most `maximumSentenceBytes` (the splitter caps sentences well below it), so a page
    /// without punctuation costs a bounded scan per mention, not one back to its start.
    static func sentenceStart(_ text: [UInt8], at offset: Int) -> Int {
        var index = min(offset, text.count) - 1
        let floor = max(0, index - maximumSentenceBytes)
        while index > floor {
            let byte = text[index]
            if byte == 0x0A { return index + 1 }
            if byte == 0x20, [0x2E, 0x21, 0x3F].contains(text[index - 1]) { return index + 1 }
            index -= 1
        }
        return floor
    }

    /// How far back `sentenceStart` looks for a sentence's start.
    static let maximumSentenceBytes = 8_192

    /// Longest first line taken for a headline.
    static let maximumHeadlineBytes = 300

    /// How many days apart two days of one visit may be (`Fold.spans`): a week's trip.
    static let spanDays = 6

    /// The spanned fields (`Fold.spans`) that do not keep a thing and a mention apart: all of them when the two state a
    /// day in one of them at most `spanDays` apart (and no two days further apart), none otherwise.
    static func spannedFields(_ spans: [String], _ a: [FieldEntry], _ b: [FieldEntry]) -> [String] {
        var anchored = false
        for key in spans {
            guard case .string(let x)? = value(a, key), case .string(let y)? = value(b, key),
                  let first = CalendarDate(iso: x), let second = CalendarDate(iso: y) else { continue }
            if abs(first.dayNumber - second.dayNumber) > spanDays { return [] }
            anchored = true
        }
        return anchored ? spans : []
    }

    /// `a` with the spanned fields of `b` taken in: the earlier of two days, else `a`'s value (its first place).
    static func spanCombined(_ a: [FieldEntry], _ b: [FieldEntry], spans: [String]) -> [FieldEntry] {
        var fields = a
        for key in spans {
            guard let index = fields.firstIndex(where: { $0.key == key }), case .string(let x) = fields[index].value,
                  case .string(let y)? = value(b, key), let first = CalendarDate(iso: x), let second = CalendarDate(iso: y) else { continue }
            if second.dayNumber < first.dayNumber { fields[index].value = .string(y) }
        }
        return fields
    }

    /// Whether `a` states everything `b` states, key fields aside: each list of `b` within `a`'s, each other value
    /// equal (a date: refined), booleans aside.
    /// With `missing`, a value other than a list that `a` does not state is no contradiction.
    static func covers(_ a: [FieldEntry], _ b: [FieldEntry], keys: [String], dates: DateParses? = nil, missing: Bool = false) -> Bool {
        for entry in b where !keys.contains(entry.key) {
            guard let other = value(a, entry.key) else {
                // A list left out is not covered: the people a headline names are no other words for a thing below
                // that names none.
                if missing, case .list = entry.value { return false }
                if missing { continue } else { return false }
            }
            switch (entry.value, other) {
            case (.bool, .bool): continue
            case (.list(let x), .list(let y)): if !x.allSatisfy(y.contains) { return false }
            default: if combined(entry.value, other, dates: dates) == nil { return false }
            }
        }
        return true
    }

    /// Whether the line holding `offset` ends with sentence-final punctuation (closing quotes and brackets
    /// aside): a line of prose, not a headline, a heading or a menu entry.
    static func lineEndsSentence(_ text: [UInt8], at offset: Int) -> Bool {
        var end = min(max(offset, 0), text.count)
        while end < text.count, text[end] != 0x0A { end += 1 }
        return endsSentence(text, lineEnd: end)
    }

    /// Whether the line that ends at `lineEnd` (its newline, or the end of the text) ends a sentence.
    static func endsSentence(_ text: [UInt8], lineEnd: Int) -> Bool {
        var index = lineEnd - 1
        // Spaces, closing quotes (" ' ) and the UTF-8 continuation bytes of ’ ” » are passed over.
        while index >= 0, text[index] != 0x0A {
            let byte = text[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x22 || byte == 0x27 || byte == 0x29 { index -= 1; continue }
            if byte == 0x2E || byte == 0x21 || byte == 0x3F { return true }
            // … (E2 80 A6); ’ ” (E2 80 99/9D) and » (C2 BB) are closers.
            if byte == 0xA6, index >= 2, text[index - 2] == 0xE2, text[index - 1] == 0x80 { return true }
            if (byte == 0x99 || byte == 0x9D), index >= 2, text[index - 2] == 0xE2, text[index - 1] == 0x80 { index -= 3; continue }
            if byte == 0xBB, index >= 1, text[index - 1] == 0xC2 { index -= 2; continue }
            return false
        }
        return false
    }

    /// Date values parsed once per document: a mention is compared with many earlier things, and parsing the
    /// same date strings at every comparison was most of the merging time on long documents.
    final class DateParses {
        private var parsed: [String: PartialDate?] = [:]
        func date(_ text: String) -> PartialDate? {
            if let known = parsed[text] { return known }
            let date = PartialDate(text)
            parsed[text] = date
            return date
        }
    }

    static func agree(_ a: [FieldEntry], _ b: [FieldEntry], keys: [String], free: [String] = [], dates: DateParses? = nil) -> Bool {
        for key in keys where value(a, key) != value(b, key) { return false }
        for entry in a where !keys.contains(entry.key) && !free.contains(entry.key) {
            guard let other = value(b, entry.key) else { continue }
            if !combines(entry.value, other, dates: dates) { return false }
        }
        return true
    }

    /// Whether `combined(a, b)` is not nil, without building the value: a mention is compared with up to
    /// `recentThings` things, and uniting their lists or writing the refined date for each was most of merging.
    static func combines(_ a: FieldValue, _ b: FieldValue, dates: DateParses? = nil) -> Bool {
        if a == b { return true }
        switch (a, b) {
        case (.bool, .bool): return true
        case (.list(let x), .list(let y)): return x.isEmpty || y.isEmpty || x.contains(where: y.contains)
        case (.string(let x), .string(let y)):
            guard let first = dates.map({ $0.date(x) }) ?? PartialDate(x), let second = dates.map({ $0.date(y) }) ?? PartialDate(y) else { return false }
            return first.relation(to: second) == .nested
        default: return false
        }
    }

    /// `a` with the lists of `b` joined to its own (new lists appended); other fields of `b` left out.
    static func unitedLists(_ a: [FieldEntry], _ b: [FieldEntry]) -> [FieldEntry] {
        var fields = a
        for entry in b {
            guard case .list(let y) = entry.value else { continue }
            if let index = fields.firstIndex(where: { $0.key == entry.key }), case .list(let x) = fields[index].value {
                fields[index].value = .list(union(x, y))
            } else {
                fields.append(entry)
            }
        }
        return fields
    }

    /// The values of `x`, then those of `y` it lacks; two lists of codes in ascending order (the sorted country codes
    /// of the mentions) give one in ascending order. Other lists (participants) keep the order they were named in.
    static func union(_ x: [FieldValue], _ y: [FieldValue]) -> [FieldValue] {
        let joined = x + y.filter { !x.contains($0) }
        guard joined.count > x.count, areAscendingCodes(x), areAscendingCodes(y) else { return joined }
        return joined.sorted { ($0.stringValue ?? "") < ($1.stringValue ?? "") }
    }

    /// Whether every value is an upper-case code ("MA", "EU", "USD") and they are in ascending order.
    private static func areAscendingCodes(_ values: [FieldValue]) -> Bool {
        var previous: String?
        for value in values {
            guard let text = value.stringValue, !text.isEmpty,
                  text.utf8.allSatisfy({ ($0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z")) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: "_") })
            else { return false }
            if let previous, previous > text { return false }
            previous = text
        }
        return true
    }

    /// Whether a free list (a meeting's participants) is named by both mentions, each with someone the other lacks
    /// (the official the article follows may be in both).
    static func otherPeople(_ a: [FieldEntry], _ b: [FieldEntry], free: [String]) -> Bool {
        free.contains { key in
            guard case .list(let x)? = value(a, key), case .list(let y)? = value(b, key) else { return false }
            return eachLacksOneOfTheOther(x, y)
        }
    }

    /// Whether each list has a value the other lacks.
    static func eachLacksOneOfTheOther(_ x: [FieldValue], _ y: [FieldValue]) -> Bool {
        x.contains { !y.contains($0) } && y.contains { !x.contains($0) }
    }

    /// Whether some list both mentions give (free fields aside) has a value each lacks in the other.
    static func crossedLists(_ a: [FieldEntry], _ b: [FieldEntry], free: [String]) -> Bool {
        a.contains { entry in
            guard !free.contains(entry.key), case .list(let x) = entry.value, case .list(let y)? = value(b, entry.key) else { return false }
            return eachLacksOneOfTheOther(x, y)
        }
    }

    /// Whether the lists both mentions give (free fields aside) hold the same values.
    static func sameLists(_ a: [FieldEntry], _ b: [FieldEntry], free: [String]) -> Bool {
        for entry in a where !free.contains(entry.key) {
            guard case .list(let x) = entry.value, case .list(let y)? = value(b, entry.key) else { continue }
            if Set(x) != Set(y) { return false }
        }
        return true
    }

    static func combine(_ a: [FieldEntry], _ b: [FieldEntry], dates: DateParses? = nil, free: [String] = []) -> [FieldEntry] {
        var fields = a
        for entry in b {
            if let index = fields.firstIndex(where: { $0.key == entry.key }) {
                if free.contains(entry.key), case .list(let x) = fields[index].value, case .list(let y) = entry.value {
                    fields[index].value = .list(union(x, y))
                    continue
                }
                fields[index].value = combined(fields[index].value, entry.value, dates: dates) ?? fields[index].value
            } else {
                fields.append(entry)
            }
        }
        return fields
    }

    /// The value two agreeing mentions give together; nil when they contradict each other.
    static func combined(_ a: FieldValue, _ b: FieldValue, dates: DateParses? = nil) -> FieldValue? {
        if a == b { return a }
        switch (a, b) {
        case (.bool(let x), .bool(let y)):
            return .bool(x || y)
        case (.list(let x), .list(let y)):
            guard x.isEmpty || y.isEmpty || x.contains(where: y.contains) else { return nil }
            return .list(union(x, y))
        case (.string(let x), .string(let y)):
            return refinedDate(x, y, dates: dates).map(FieldValue.string)
        default:
            return nil
        }
    }

    /// For two date values (`2024-05-31`, `XXXX-05`, `2024`), the more specific one when one contains the other
    /// (Values/PartialDate.swift); nil when they cannot be the same time or are not dates.
    static func refinedDate(_ x: String, _ y: String, dates: DateParses? = nil) -> String? {
        guard let a = dates.map({ $0.date(x) }) ?? PartialDate(x), let b = dates.map({ $0.date(y) }) ?? PartialDate(y),
              a.relation(to: b) == .nested else { return nil }
        return a.mostSpecific(with: b).text
    }

    private static func value(_ fields: [FieldEntry], _ key: String) -> FieldValue? {
        fields.first { $0.key == key }?.value
    }
}
