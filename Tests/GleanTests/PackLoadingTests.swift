import Foundation
import Testing
import Yams
@testable import Glean

/// Loading must be fast without changing what is loaded or what is reported.
@Suite("Pack loading")
struct PackLoadingTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Loads `files` (path, text) in order with the event reader or with the node tree only.
    static func load(_ files: [(String, String)], events: Bool) -> GazetteerLoader {
        var loader = GazetteerLoader()
        loader.readsYAMLEvents = events
        for (path, text) in files { loader.load(text: text, path: path) }
        return loader
    }

    static func expectSameLoad(_ files: [(String, String)], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let fast = load(files, events: true)
        let tree = load(files, events: false)
        #expect(fast.entries == tree.entries, sourceLocation: sourceLocation)
        #expect(fast.forms == tree.forms, sourceLocation: sourceLocation)
        #expect(fast.diagnostics.map(\.rendered) == tree.diagnostics.map(\.rendered), sourceLocation: sourceLocation)
    }

    @Test func shippedGazetteersLoadTheSameFromEvents() throws {
        let directory = PackLoadingTests.root.appendingPathComponent("Gazetteers").path
        let paths = try GazetteerLoader.files(in: directory)
        #expect(paths.count > 5)
        let files = try paths.map { ($0, try String(contentsOfFile: $0, encoding: .utf8)) }
        let tree = PackLoadingTests.load(files, events: false)
        #expect(tree.diagnostics.isEmpty)
        #expect(tree.forms.count > 1000)
        PackLoadingTests.expectSameLoad(files)
        // …and every one of them takes the fast path (a reader that gave up on all would pass the line above), but the
        // files that compose forms (`parts:`, docs/gazetteers.md "Composed forms"), which the node-tree path reads.
        var composing = 0
        for (path, text) in files where !path.hasSuffix(".tsv") {
            if text.hasPrefix("parts:") || text.contains("\nparts:") {
                composing += 1
                #expect(GazetteerYAMLReader.read(SourceFile(path: path, text: text)) == nil, "\(path)")
                continue
            }
            #expect(GazetteerYAMLReader.read(SourceFile(path: path, text: text)) != nil, "\(path)")
        }
        #expect(composing <= 2, "composing files are read by the slower path: keep them few")
    }

    @Test func valuesConvertAsYamsConvertsThem() {
        let text = """
        entries:
          - id: a
            name: "Alpha"
            type: Thing
            case_sensitive: true
            names: {en: Alpha, fr: [Alpha, 'Alpha bis'], any: []}
            attributes:
              count: 12
              ratio: 1.5
              under: 1_000
              quoted: "12"
              flag: yes
              quoted_flag: "true"
              nothing: ~
              empty:
              infinite: .inf
              spelled_infinite: Infinity
              code: ID
              alpha3: NGA
              senegal: Senegal
              island: Saint Helena
              octal: 020
              hex: 0x1F
              zero: 0
              sexagesimal: 1:30
              huge: 123456789012345678901234
              eighteen: 123456789012345678
              signed: -2
              plus: +3
              exponent: 1e3
              list: [1, two, "3", [4]]
              nested: {x: 1, y: [a, b], z: {w: no}}
              block: |
                two
                lines
            terms: [x, y]
          - id: b
            name: Beta
            type: Thing
            case_sensitive: "true"
            acronyms: {any: [BT]}
            exact: {en: Beta}
            demonyms: {fr: bétien}
            note: a note is ignored
          - id: c
            name: Gamma Delta
            type: Thing
        type: Other
        description: [free, {form: text}]
        """
        PackLoadingTests.expectSameLoad([("values.yaml", text)])
        #expect(GazetteerYAMLReader.read(SourceFile(path: "values.yaml", text: text)) != nil)
    }

    /// NaN is not equal to itself, so NaN values are compared by how they print.
    @Test func notANumberConvertsAsYamsConvertsIt() {
        let text = """
        type: Thing
        entries:
          - id: a
            name: Alpha
            attributes: {not_a_number: NaN, signalling: snan, payload: nan(12), underscored: n_a_n, word: nano, plain: nan}
        """
        let fast = PackLoadingTests.load([("nan.yaml", text)], events: true)
        let tree = PackLoadingTests.load([("nan.yaml", text)], events: false)
        #expect("\(fast.entries.map(\.attributes))" == "\(tree.entries.map(\.attributes))")
        #expect(fast.diagnostics.isEmpty && tree.diagnostics.isEmpty)
        #expect(GazetteerYAMLReader.read(SourceFile(path: "nan.yaml", text: text)) != nil)
    }

    @Test func numberPrefilterKeepsEveryYamsNumber() {
        let words = ["1945", "0", "020", "0x1F", "0o17", "0b101", "1_000", "+3", "-2", "1.5", ".5", "1e3", "1:30", "-1:30",
                     "123456789012345678", "1234567890123456789", "99999999999999999999", ".inf", "-.inf", ".nan", "inf",
                     "Inf", "INFINITY", "infinity", "nan", "NaN", "snan", "sNaN", "nan(1)", "n_an", "i_n_f", "in f",
                     "ID", "NGA", "SEN", "Senegal", "Saint Helena", "infinite", "nano", "_1", "1_", "١٢", "nan1", "inf:1"]
        for word in words {
            let yams = Yams.Node.Scalar(word, Yams.Tag(.implicit, .basic, .default), .plain)
            if let int = Int.construct(from: yams) {
                #expect(YAMLEventStream.plainDecimal(word) == int || YAMLEventStream.mayBeNumber(word), "\(word)")
            } else if Double.construct(from: yams) != nil {
                #expect(YAMLEventStream.plainDecimal(word) == nil && YAMLEventStream.mayBeNumber(word), "\(word)")
            }
            if let decimal = YAMLEventStream.plainDecimal(word) { #expect(Int.construct(from: yams) == decimal, "\(word)") }
        }
        #expect(!YAMLEventStream.mayBeNumber("ID"))
        #expect(!YAMLEventStream.mayBeNumber("Senegal"))
        #expect(YAMLEventStream.plainDecimal("1945") == 1945)
    }

    @Test func booleanPrefilterKeepsEveryYamsBoolean() {
        let words = ["true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON", "false", "False", "FALSE", "no", "No",
                     "NO", "off", "Off", "OFF", "tRuE", "oN", "y", "n", "t", "f", "truee", "nope", "", "1", "0", "ön", "Ｔrue", "ﬀ"]
        for word in words {
            let yams = Yams.Node.Scalar(word, Yams.Tag(.implicit, .basic, .default), .plain)
            if Bool.construct(from: yams) != nil { #expect(GazetteerLoader.mayBeBool(word), "\(word)") }
        }
        #expect(!GazetteerLoader.mayBeBool("head_of_state"))
        #expect(!GazetteerLoader.mayBeBool("MA"))
    }

    /// A file the event reader does not take is read by the node-tree path, which reports every problem with
    /// the same message and location as before.
    @Test(arguments: [
        "type: Country\nentries:\n  - id: MA\n    name: Morocco\n    names: {en: [Morocco}\n",
        "type: Country\nentries:\n  - id: MA\n    id: MB\n    name: Morocco\n",
        "type: Country\nentries:\n  - &a\n    id: MA\n    name: Morocco\n  - *a\n",
        "type: Country\nentries:\n  - id: MA\n    name: Morocco\n    colour: red\n",
        "type: Country\nentries:\n  - id: MA\n    name: Morocco\n    names: {en: ['  ']}\n",
        "type: Country\nentries:\n  - id: MA\n    name: Morocco\n    names: {de: [Marokko]}\n",
        "type: Country\nentries:\n  - id: MA\n    name: Morocco\n  - id: MA\n    name: Maroc\n",
        "type: Country\nentries:\n  - id: MA\n  - name: Maroc\n",
        "type: country\nentries: []\n",
        "entries:\n  - id: MA\n    name: Morocco\n",
        "type: Country\nentries: {id: MA}\n",
        "type: Country\nentries:\n  - id: MA\n    name: Morocco\n    attributes: [a, b]\n",
        "type: Country\nentries:\n  - id: MA\n    name: Morocco\n    names: [Morocco]\n",
        "type: Country\nentries:\n  - id: MA\n    name: Morocco\n    names: {en: [{a: b}]}\n",
        "type: Country\nsource: x\nextra: y\nentries: []\n",
        "type: Country\n",
        "",
        "# only a comment\n",
        "type: Country\nentries: []\n---\ntype: Country\nentries: []\n",
        "[1, 2]\n",
    ])
    func problemsAreReportedAsBefore(text: String) {
        let tree = PackLoadingTests.load([("bad.yaml", text)], events: false)
        #expect(!tree.diagnostics.isEmpty, "\(text)")
        PackLoadingTests.expectSameLoad([("bad.yaml", text)])
    }

    /// Valid YAML the event reader leaves to Yams (explicit tags, anchors) loads as before.
    @Test(arguments: [
        "type: Country\nentries:\n  - id: !!str MA\n    name: Morocco\n    attributes: {n: !!int 5}\n",
        "type: Country\nentries:\n  - &first\n    id: MA\n    name: Morocco\n",
    ])
    func unusualYAMLLoadsAsBefore(text: String) {
        let tree = PackLoadingTests.load([("odd.yaml", text)], events: false)
        #expect(tree.entries.count == 1)
        PackLoadingTests.expectSameLoad([("odd.yaml", text)])
    }

    @Test func idsRepeatedAcrossFilesAreReportedAsBefore() {
        let first = ("a.yaml", "type: Country\nentries:\n  - id: MA\n    name: Morocco\n")
        let second = ("b.yaml", "type: Country\nentries:\n  - id: DZ\n    name: Algeria\n  - id: MA\n    name: Maroc\n")
        let fast = PackLoadingTests.load([first, second], events: true)
        #expect(fast.diagnostics.map(\.message) == ["duplicate gazetteer id 'MA' for type Country (first defined at a.yaml:3:9)"])
        PackLoadingTests.expectSameLoad([first, second])
        // The same id under another type is no repeat.
        PackLoadingTests.expectSameLoad([first, ("c.yaml", "type: Organization\nentries:\n  - id: MA\n    name: Maghreb Arabe\n")])
    }

    /// A large TSV file's forms are tokenised in parallel chunks; they come out in file order, as one by one.
    @Test func largeTSVFormsComeOutInOrder() {
        var lines: [String] = ["# id, type, name, forms, attributes"]
        for number in 0..<3000 { lines.append("p\(number)\tPlace\tSaint-Place \(number)\tSt Place \(number)|Lieu \(number)\tsize=\(number)") }
        var loader = GazetteerLoader()
        loader.load(text: lines.joined(separator: "\n"), path: "big.tsv")
        #expect(loader.diagnostics.isEmpty)
        #expect(loader.entries.count == 3000)
        var expected: [SurfaceForm] = []
        for number in 0..<3000 {
            for text in Set(["Saint-Place \(number)", "St Place \(number)", "Lieu \(number)"]).sorted() {
                expected.append(GazetteerLoader.makeForm(text, entry: Int32(number), kind: .name, language: nil))
            }
        }
        #expect(loader.forms == expected)
    }

    @Test func eachDistinctGazetteerElementIsResolvedOnce() throws {
        let pack = try RulePack.build(rules: [("r.glean", """
        rule a {
          pattern: x:gaz:Thing(kind="big") "and" y:gaz:Thing(kind="big")
          emit Pair { a: x.id }
        }
        rule b {
          pattern: x:gaz:Thing(kind="small") ("," gaz:Thing(kind="big")){0,3}
          emit One { a: x.id }
        }
        rule c {
          pattern: x:gaz:Thing
          emit Any { a: x.id }
        }
        """)], gazetteers: [("g.yaml", """
        type: Thing
        entries:
          - {id: p, name: Pebble, attributes: {kind: small}}
          - {id: m, name: Mountain, attributes: {kind: big}}
          - {id: h, name: Hill}
        """)])
        var elements: [ResolvedGazetteerElement] = []
        for rule in pack.rules {
            guard case .tokens(_, let program) = rule.body else { continue }
            elements += program.resolvedGazetteerElements
        }
        // Written 5 times (the repeat's three copies share one element), three distinct elements.
        #expect(elements.count == 5)
        let resolver = GazetteerElementResolver(gazetteer: pack.gazetteer, table: pack.gazetteerTypes)
        for rule in pack.rules {
            guard case .tokens(_, var program) = rule.body else { continue }
            program.resolve(with: resolver)
        }
        #expect(resolver.distinctCount == 3)
        let big = resolver.resolve(type: "Thing", constraints: [Constraint(key: "kind", test: .equals("big"))])
        let entryIndex = pack.gazetteer.entries.firstIndex { $0.id == "m" }!
        let formIndex = pack.gazetteer.forms.firstIndex { Int($0.entry) == entryIndex }!
        let hit = GazetteerHit(entry: Int32(entryIndex), form: Int32(formIndex), startToken: 0, endToken: 1)
        #expect(big.accepts(hit, table: pack.gazetteerTypes))
        let small = resolver.resolve(type: "Thing", constraints: [Constraint(key: "kind", test: .equals("small"))])
        #expect(!small.accepts(hit, table: pack.gazetteerTypes))
        #expect(GazetteerElementResolver.key(type: "Thing", constraints: [Constraint(key: "kind", test: .equals("big"))])
                != GazetteerElementResolver.key(type: "Thing", constraints: [Constraint(key: "kind", test: .notEquals("big"))]))
    }

    /// `RulePack.prepare` deals the rules out to one task per core: what it makes for a rule must not depend on how
    /// many tasks there are, nor on which other rules a task's resolver and flattened-test cache saw first.
    @Test func rulesPreparedOnSeveralCoresAreThoseOfOne() throws {
        let pack = try RulePack.load(rulesDirectory: PackLoadingTests.root.appendingPathComponent("Rules").path,
                                     gazetteerDirectory: PackLoadingTests.root.appendingPathComponent("Gazetteers").path)
        // The compiled rules again, their programs unbuilt (as `RuleCompiler` leaves them).
        let phases = pack.phases.map { phase in
            Phase(name: phase.name, rules: phase.rules.map { rule in
                if case .tokens(let node, _) = rule.body { return rule.with(body: .tokens(node, TokenProgram.unbuilt), prefilter: .none) }
                return rule
            })
        }
        let one = RulePack.prepare(phases, gazetteer: pack.gazetteer, types: pack.gazetteerTypes, typeNumbers: pack.annotationTypeNumbers, tasks: 1)
        var tokenRules = 0, gates = 0
        for tasks in [2, 3, 7] {
            let several = RulePack.prepare(phases, gazetteer: pack.gazetteer, types: pack.gazetteerTypes, typeNumbers: pack.annotationTypeNumbers, tasks: tasks)
            for phase in phases.indices {
                for (a, b) in zip(one[phase], several[phase]) {
                    #expect((a.rule == nil) == (b.rule == nil))
                    if let ruleA = a.rule, let ruleB = b.rule, case .tokens(let nodeA, let programA) = ruleA.body, case .tokens(let nodeB, let programB) = ruleB.body {
                        tokenRules += 1
                        #expect(nodeA == nodeB)
                        #expect(programA.instructions.count == programB.instructions.count && programA.tests == programB.tests)
                        #expect(programA.resolvedGazetteerElements.map(\.typeID) == programB.resolvedGazetteerElements.map(\.typeID))
                        #expect(programA.resolvedGazetteerElements.map(\.acceptedEntries) == programB.resolvedGazetteerElements.map(\.acceptedEntries))
                        #expect(programA.annotationElementTypes == programB.annotationElementTypes)
                        #expect(programA.flatTests.map { $0?.ids } == programB.flatTests.map { $0?.ids })
                        #expect(ruleA.prefilter.clauses == ruleB.prefilter.clauses)
                        #expect(a.reached?.map(\.clause) == b.reached?.map(\.clause))
                        #expect(a.reached?.map(\.reach) == b.reached?.map(\.reach))
                        #expect(a.patternHash == b.patternHash)
                    }
                    #expect((a.gate == nil) == (b.gate == nil))
                    if let gateA = a.gate, let gateB = b.gate {
                        gates += 1
                        #expect(gateA.regex.pattern == gateB.regex.pattern && gateA.regex.options == gateB.regex.options)
                    }
                }
            }
        }
        #expect(tokenRules > 1000 * 3)
        #expect(gates > 50 * 3)
        // …and the pack loaded on this machine's cores has the programs one task makes.
        for phase in phases.indices {
            for (rule, made) in zip(pack.phases[phase].rules, one[phase]) {
                guard case .tokens(_, let program) = rule.body, let madeRule = made.rule, case .tokens(_, let madeProgram) = madeRule.body else { continue }
                #expect(program.tests == madeProgram.tests && rule.prefilter.clauses == madeRule.prefilter.clauses)
            }
        }
    }

    /// The fingerprint is hashed file by file on another core: it is still the hash of the files joined in path
    /// order, each followed by a zero byte (what databases made before hold).
    @Test func fingerprintIsTheHashOfTheJoinedFiles() {
        let sources: [(String, [UInt8])] = [("b.glean", Array("rule b".utf8)), ("a.yaml", Array("entries: []".utf8)), ("c", [])]
        var joined: [UInt8] = []
        for source in sources.sorted(by: { $0.0 < $1.0 }) { joined += source.1 + [0] }
        #expect(RulePack.fingerprint(of: sources) == SQLiteStore.contentHash(joined))
        #expect(RulePack.fingerprint(of: []) == SQLiteStore.contentHash([]))
    }

    /// The loaded pack's automaton is built on another core while the rules compile: it must find what an
    /// automaton built at once finds.
    @Test func automatonBuiltBesideTheCompilerFindsTheSameHits() throws {
        let pack = try RulePack.load(rulesDirectory: PackLoadingTests.root.appendingPathComponent("Rules").path,
                                     gazetteerDirectory: PackLoadingTests.root.appendingPathComponent("Gazetteers").path)
        var vocabulary = pack.vocabulary
        let direct = Gazetteer(entries: pack.gazetteer.entries, forms: pack.gazetteer.forms, vocabulary: &vocabulary)
        #expect(vocabulary.count == pack.vocabulary.count)
        let texts = ["President Emmanuel Macron met the Prime Minister of India in New Delhi on 3 March 2024; the two countries signed a memorandum of understanding.",
                     "Le ministre marocain des Affaires étrangères a reçu son homologue sénégalais à Rabat, où ils ont signé trois accords."]
        var hits = 0
        for text in texts {
            let lexical = LexicalAnalysis(bytes: Array(text.utf8), language: nil, vocabulary: pack.vocabulary)
            let loaded = lexical.prepared.normalized.withUnsafeBufferPointer {
                pack.gazetteer.hits(tokens: lexical.tokens, tokenIDs: lexical.tokenIDs, text: $0, language: lexical.language)
            }
            let made = lexical.prepared.normalized.withUnsafeBufferPointer {
                direct.hits(tokens: lexical.tokens, tokenIDs: lexical.tokenIDs, text: $0, language: lexical.language)
            }
            #expect(loaded == made)
            hits += loaded.count
        }
        #expect(hits > 10)
    }
}
