/// When a known abbreviation keeps its trailing period.
enum AbbreviationCondition: UInt8, Sendable {
    /// Always (`Mr.`, `etc.`).
    case always
    /// Only before a capitalised word (French `M. Macron`; otherwise `M.` can end a sentence).
    case beforeCapitalized
    /// Only before a number (`No. 10484`, `art. 5`; otherwise "no." is just a word ending a sentence).
    case beforeDigit
}

/// Abbreviations that keep their period, one table per language; `.unknown` uses the union.
/// Multi-letter dotted forms (`U.S.`, `e.g.`, `i.e.`, `J.-C.`) are recognised structurally by the tokenizer
/// (single letters each followed by a period), and single capital initials (`J. Smith`) likewise.
enum AbbreviationTable {
    static let english: [(String, AbbreviationCondition)] = [
        ("Mr", .always), ("Mrs", .always), ("Ms", .always), ("Dr", .always), ("Prof", .always),
        ("St", .always), ("Gen", .always), ("Sen", .always), ("Rep", .always), ("Gov", .always),
        ("Jr", .always), ("Sr", .always), ("Lt", .always), ("Col", .always), ("Capt", .always),
        ("Sgt", .always), ("Rev", .always), ("Hon", .always), ("Mt", .always), ("Ave", .always),
        ("vs", .always), ("etc", .always), ("approx", .always), ("al", .always), ("cf", .always),
        ("Jan", .always), ("Feb", .always), ("Mar", .always), ("Apr", .always), ("Jun", .always),
        ("Jul", .always), ("Aug", .always), ("Sep", .always), ("Sept", .always), ("Oct", .always),
        ("Nov", .always), ("Dec", .always),
        ("No", .beforeDigit), ("no", .beforeDigit), ("Nos", .beforeDigit), ("p", .beforeDigit),
        ("pp", .beforeDigit), ("Vol", .beforeDigit), ("vol", .beforeDigit), ("Art", .beforeDigit),
        // Abbreviated weekdays that are no word ("Tue. 12 March"); "Wed.", "Sat.", "Sun." may end a sentence.
        ("Mon", .always), ("Tue", .always), ("Tues", .always), ("Thu", .always), ("Thur", .always), ("Thurs", .always),
        ("Fri", .always),
        // Names and titles of diplomatic news: Bangladeshi "Md. Touhid Hossain", Malaysian "Mohd. Hasan", "Amb. Linda
        // Thomas-Greenfield", "Sec. Blinken", "Pres. Ruto"; ranks ("Brig. Gen.", "Maj. Gen.", "Adm.").
        ("Md", .beforeCapitalized), ("Mohd", .beforeCapitalized), ("Muhd", .beforeCapitalized),
        ("Amb", .beforeCapitalized), ("Sec", .beforeCapitalized), ("Pres", .beforeCapitalized),
        ("Brig", .always), ("Maj", .always), ("Adm", .always),
        // The Indian and Pakistani rupee before its amount: "Rs. 50 lakh".
        ("Rs", .beforeDigit),
    ]

    static let french: [(String, AbbreviationCondition)] = [
        ("M", .beforeCapitalized), ("MM", .always), ("Mme", .always), ("Mmes", .always), ("Mlle", .always),
        ("Mlles", .always), ("Me", .beforeCapitalized), ("Mgr", .always), ("Dr", .always), ("Pr", .always),
        ("St", .always), ("Ste", .always), ("av", .always), ("apr", .always), ("env", .always),
        ("etc", .always), ("cf", .always), ("ibid", .always), ("janv", .always), ("févr", .always),
        ("avr", .always), ("juil", .always), ("sept", .always), ("oct", .always), ("nov", .always),
        ("déc", .always), ("Gén", .always), ("Cie", .always),
        ("art", .beforeDigit), ("Art", .beforeDigit), ("p", .beforeDigit), ("vol", .beforeDigit),
        ("No", .beforeDigit), ("no", .beforeDigit),
        // Abbreviated weekdays that are no word ("lun. 5 mars"); "mer.", "jeu.", "sam.", "dim." may end a sentence.
        ("lun", .always), ("mar", .always), ("ven", .always), ("Lun", .always), ("Mar", .always), ("Ven", .always),
    ]

    /// Built once per language: a tokenizer is made for every document and every gazetteer form.
    private static let english_ = build(for: .en), french_ = build(for: .fr), either_ = build(for: .unknown)

    static func entries(for language: Language) -> PackedKeyTable<AbbreviationCondition> {
        switch language {
        case .en: english_
        case .fr: french_
        case .unknown: either_
        }
    }

    private static func build(for language: Language) -> PackedKeyTable<AbbreviationCondition> {
        var table: [UInt64: AbbreviationCondition] = [:]
        let lists: [[(String, AbbreviationCondition)]]
        switch language {
        case .en: lists = [english]
        case .fr: lists = [french]
        case .unknown: lists = [english, french]
        }
        for list in lists {
            for (word, condition) in list {
                let bytes = Array(word.utf8)
                guard let key = packedKey(bytes[...]) else { continue }
                if table[key] == nil { table[key] = condition }
            }
        }
        return PackedKeyTable(table)
    }

    /// Packs up to 8 bytes into an integer key (nil when longer).
    @inline(__always)
    static func packedKey<C: Collection>(_ bytes: C) -> UInt64? where C.Element == UInt8 {
        guard bytes.count <= 8 else { return nil }
        var key: UInt64 = 0
        for byte in bytes { key = (key << 8) | UInt64(byte) }
        return key  // word bytes are never 0, so different lengths cannot collide
    }
}
