import Foundation
import Testing

/// Unit tests of the test-support JSON Schema validator, against docs/facts.schema.json and small inline schemas.
struct JSONSchemaValidatorTests {
    /// The repository root, found from this file's path (Tests/GleanCLITests/…).
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func factSchema() throws -> [String: Any] {
        let data = try Data(contentsOf: repositoryRoot.appendingPathComponent("docs/facts.schema.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// Parses JSON text the way the end-to-end test reads `glean extract` output.
    static func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    }

    static let validFacts = [
        #"{"doc":"seeds/000_1cf44a80c6329f07.txt","type":"Official","rule":"entity.official","span":{"start":834,"end":848},"text":"Nasser Bourita","zone":"body","fields":{"id":"nasser_bourita","name":"Nasser Bourita","role":"foreign_minister","country":"MA"}}"#,
        #"{"doc":"a.txt","type":"Country","rule":"entity.country","span":{"start":0,"end":5},"text":"Maroc","zone":"furniture","fields":{"id":"MA","name":"Morocco","form":"name"}}"#,
        #"{"doc":"a.txt","type":"Organization","rule":"entity.organization","span":{"start":0,"end":5},"text":"TICAD","zone":"body","fields":{"id":"TICAD","name":"Tokyo International Conference on African Development","form":"acronym"}}"#,
        #"{"doc":"a.txt","type":"Date","rule":"date.day_month_last","span":{"start":3,"end":17},"text":"31 mai dernier","zone":"body","fields":{"value":"XXXX-05-31","grain":"day","relative":true}}"#,
        #"{"doc":"a.txt","type":"Date","rule":"date.x","span":{"start":3,"end":17},"text":"08.08.2024 à 13 H 55","zone":"body","fields":{"value":"2024-08-08T13:55","grain":"minute","relative":false}}"#,
        #"{"doc":"a.txt","type":"Money","rule":"money.amount_currency","span":{"start":10,"end":32},"text":"274 million US dollars","zone":"body","fields":{"amount":274000000,"currency":"USD"}}"#,
        #"{"doc":"a.txt","type":"Percent","rule":"percent.number","span":{"start":0,"end":6},"text":"12,5 %","zone":"body","fields":{"value":12.5}}"#,
        #"{"doc":"a.txt","type":"TradeFigure","rule":"trade.change","span":{"start":0,"end":90},"text":"…","zone":"body","fields":{"indicator":"trade_turnover","amount":{"amount":274000000,"currency":"USD"},"change_percent":70,"direction":"increase","period":"2023","parties":["KZ","MA"]}}"#,
        #"{"doc":"a.txt","type":"Agreement","rule":"agreement.signed","span":{"start":0,"end":9},"text":"…","zone":"body","fields":{"kind":"memorandum","status":"signed","date":"2024-05","parties":["MA","JP"],"extra":{"any":"thing"}}}"#,
        #"{"doc":"a.txt","type":"Meeting","rule":"meeting.call","span":{"start":0,"end":9},"text":"…","zone":"body","fields":{"kind":"phone_call","status":"held","participants":["nasser_bourita","kamikawa_yoko"],"countries":["MA","JP"],"duration_minutes":40}}"#,
        #"{"doc":"a.txt","type":"SomethingNew","rule":"custom.rule","span":{"start":0,"end":0},"text":"","zone":"body","fields":{}}"#,
    ]

    @Test func validFactsPass() throws {
        let schema = try Self.factSchema()
        for line in Self.validFacts {
            let errors = validate(try Self.json(line), against: schema)
            #expect(errors.isEmpty, "\(line): \(errors)")
        }
    }

    @Test func structAndFreeFunctionAgree() throws {
        let schema = try Self.factSchema()
        let fact = try Self.json(#"{"doc":"a","type":"Money","rule":"r","span":{"start":0,"end":1},"text":"x","zone":"body","fields":{"amount":"1"}}"#)
        #expect(JSONSchemaValidator(schema: schema).errors(for: fact) == validate(fact, against: schema))
        #expect(!JSONSchemaValidator(schema: schema).isValid(fact))
    }

    @Test func moneyWithStringAmountFails() throws {
        let fact = try Self.json(#"{"doc":"a.txt","type":"Money","rule":"money.amount_currency","span":{"start":0,"end":3},"text":"274","zone":"body","fields":{"amount":"274000000","currency":"USD"}}"#)
        let errors = validate(fact, against: try Self.factSchema())
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("#/fields/amount:") == true, "\(errors)")
    }

    @Test func moneyWithoutAmountFails() throws {
        let fact = try Self.json(#"{"doc":"a.txt","type":"Money","rule":"r","span":{"start":0,"end":3},"text":"USD","zone":"body","fields":{"currency":"USD"}}"#)
        let errors = validate(fact, against: try Self.factSchema())
        #expect(errors == [#"#/fields: missing required property "amount""#])
    }

    @Test func dateGrainOutsideTheEnumFails() throws {
        let fact = try Self.json(#"{"doc":"a.txt","type":"Date","rule":"date.year","span":{"start":0,"end":4},"text":"1900s","zone":"body","fields":{"value":"1900","grain":"century","relative":false}}"#)
        let errors = validate(fact, against: try Self.factSchema())
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("#/fields/grain:") == true, "\(errors)")
    }

    /// TimeML's decades, halves and seasons are Date values (docs/facts.md); a season code that is not one is not.
    @Test func timeMLPartsOfAYearValidate() throws {
        for (value, grain, valid) in [("199X", "decade", true), ("2025-H1", "half", true), ("2023-SU", "season", true), ("2023-SX", "season", false)] {
            let fact = try Self.json(#"{"doc":"a.txt","type":"Date","rule":"r","span":{"start":0,"end":4},"text":"x","zone":"body","fields":{"value":"\#(value)","grain":"\#(grain)","relative":false}}"#)
            #expect(validate(fact, against: try Self.factSchema()).isEmpty == valid, "\(value)")
        }
    }

    @Test func malformedDateValueFails() throws {
        let fact = try Self.json(#"{"doc":"a.txt","type":"Date","rule":"r","span":{"start":0,"end":4},"text":"x","zone":"body","fields":{"value":"2024-13-01","grain":"day","relative":false}}"#)
        let errors = validate(fact, against: try Self.factSchema())
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("#/fields/value:") == true, "\(errors)")
    }

    @Test func missingSpanFails() throws {
        let fact = try Self.json(#"{"doc":"a.txt","type":"Country","rule":"entity.country","text":"Maroc","zone":"body","fields":{"id":"MA","name":"Morocco"}}"#)
        let errors = validate(fact, against: try Self.factSchema())
        #expect(errors == [#"#: missing required property "span""#])
    }

    @Test func unknownTopLevelKeyFails() throws {
        let fact = try Self.json(#"{"doc":"a.txt","type":"Country","rule":"entity.country","span":{"start":0,"end":5},"text":"Maroc","zone":"body","fields":{"id":"MA","name":"Morocco"},"score":0.9}"#)
        let errors = validate(fact, against: try Self.factSchema())
        #expect(errors == [#"#/score: property "score" is not allowed"#])
    }

    @Test func negativeOrFractionalSpanFails() throws {
        let schema = try Self.factSchema()
        let negative = try Self.json(#"{"doc":"a","type":"X","rule":"r","span":{"start":-1,"end":5},"text":"t","zone":"body","fields":{}}"#)
        #expect(validate(negative, against: schema).first?.hasPrefix("#/span/start:") == true)
        let fractional = try Self.json(#"{"doc":"a","type":"X","rule":"r","span":{"start":0,"end":5.5},"text":"t","zone":"body","fields":{}}"#)
        #expect(validate(fractional, against: schema).first?.hasPrefix("#/span/end:") == true)
    }

    @Test func zoneOutsideTheEnumFails() throws {
        let fact = try Self.json(#"{"doc":"a","type":"X","rule":"r","span":{"start":0,"end":1},"text":"t","zone":"header","fields":{}}"#)
        #expect(validate(fact, against: try Self.factSchema()).first?.hasPrefix("#/zone:") == true)
    }

    @Test func countryListItemsAreChecked() throws {
        let fact = try Self.json(#"{"doc":"a","type":"TradeFigure","rule":"r","span":{"start":0,"end":1},"text":"t","zone":"body","fields":{"indicator":"exports","parties":["MA","Japan"]}}"#)
        #expect(validate(fact, against: try Self.factSchema()).first?.hasPrefix("#/fields/parties/1:") == true)
    }

    // MARK: Keywords, one by one

    @Test func booleansAreNotNumbersAndIntegersAreNumbers() throws {
        let schema: [String: Any] = ["type": "number"]
        #expect(validate(try Self.json("true"), against: schema).count == 1)
        #expect(validate(true, against: schema).count == 1)
        #expect(validate(try Self.json("3"), against: schema).isEmpty)
        #expect(validate(3, against: schema).isEmpty)
        #expect(validate(2.5, against: schema).isEmpty)
        #expect(validate(try Self.json("2.0"), against: ["type": "integer"]).isEmpty)
        #expect(validate(2.5, against: ["type": "integer"]).count == 1)
        #expect(validate(try Self.json("1"), against: ["type": "boolean"]).count == 1)
        #expect(validate(try Self.json("false"), against: ["type": "boolean"]).isEmpty)
        #expect(validate(NSNull(), against: ["type": ["string", "null"]]).isEmpty)
    }

    @Test func enumAndConstUseJSONEquality() {
        #expect(validate(1, against: ["enum": [1.0, "a"]]).isEmpty)
        #expect(validate(true, against: ["enum": [1]]).count == 1)
        #expect(validate(["b": 2, "a": [1, 2]], against: ["const": ["a": [1, 2], "b": 2]]).isEmpty)
        #expect(validate("x", against: ["const": "y"]) == [#"#: expected "y", got "x""#])
    }

    @Test func patternSearchesUnanchored() {
        #expect(validate("abc123", against: ["pattern": "[0-9]+"]).isEmpty)
        #expect(validate("abc", against: ["pattern": "^[0-9]+$"]).count == 1)
        #expect(validate(12, against: ["pattern": "^x$"]).isEmpty) // pattern only constrains strings
    }

    @Test func refResolvesLocalDefinitions() {
        let schema: [String: Any] = [
            "$defs": ["code": ["type": "string", "pattern": "^[A-Z]{2}$"], "a~b/c": ["const": 1]],
            "type": "object",
            "properties": ["x": ["$ref": "#/$defs/code"], "y": ["$ref": "#/$defs/a~0b~1c"]],
        ]
        #expect(validate(["x": "MA", "y": 1], against: schema).isEmpty)
        #expect(validate(["x": "Morocco"], against: schema).first?.hasPrefix("#/x:") == true)
        #expect(validate(["y": 2], against: schema).first?.hasPrefix("#/y:") == true)
        #expect(validate(["x": "MA"], against: ["properties": ["x": ["$ref": "#/$defs/missing"]]]).first?.contains("cannot resolve") == true)
    }

    @Test func selfReferenceCycleIsReportedNotLooped() {
        let schema: [String: Any] = ["$defs": ["loop": ["$ref": "#/$defs/loop"]], "$ref": "#/$defs/loop"]
        #expect(validate(1, against: schema).first?.contains("$ref nesting") == true)
    }

    @Test func ifThenAppliesOnlyWhenTheConditionHolds() {
        let schema: [String: Any] = [
            "allOf": [["if": ["properties": ["type": ["const": "A"]]], "then": ["required": ["a"]]]],
        ]
        #expect(validate(["type": "A"], against: schema) == [#"#: missing required property "a""#])
        #expect(validate(["type": "B"], against: schema).isEmpty)
        #expect(validate(["type": "A", "a": 1], against: schema).isEmpty)
    }

    @Test func anyOfNeedsOneAlternative() {
        let schema: [String: Any] = ["anyOf": [["type": "string"], ["type": "integer", "minimum": 10]]]
        #expect(validate("x", against: schema).isEmpty)
        #expect(validate(12, against: schema).isEmpty)
        #expect(validate(3, against: schema).count == 1)
    }

    @Test func additionalPropertiesAndItems() {
        let schema: [String: Any] = [
            "type": "object",
            "properties": ["list": ["type": "array", "items": ["type": "integer", "minimum": 0]]],
            "additionalProperties": false,
        ]
        #expect(validate(["list": [0, 1, 2]], against: schema).isEmpty)
        #expect(validate(["list": [0, -1]], against: schema) == ["#/list/1: -1 is less than the minimum 0"])
        #expect(validate(["list": [], "a/b": 1], against: schema) == [#"#/a~1b: property "a/b" is not allowed"#])
        #expect(validate([1, 2], against: schema) == ["#: expected object, got array"])
    }

    @Test func booleanSchemas() {
        #expect(validate(["x": 1], against: ["properties": ["x": true]]).isEmpty)
        #expect(validate(["x": 1], against: ["properties": ["x": false]]).count == 1)
    }
}
