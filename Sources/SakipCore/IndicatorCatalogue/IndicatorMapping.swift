/// Which catalogue entry each office indicator is, as a person confirmed it.
///
/// A decision is keyed by the office and the indicator's wording (``IndicatorText/key(_:)``): it holds in every
/// year the office words the indicator the same way, survives changes of case or punctuation, and lapses when the
/// wording changes, so that a reworded indicator shows up as unmapped again instead of being merged silently.
public struct IndicatorMapping: Hashable, Sendable {
    /// One confirmed decision.
    public struct Decision: Hashable, Sendable {
        public var officeCode: String
        /// The indicator's wording as the office wrote it when the decision was taken.
        public var statement: String
        /// The catalogue entry; nil when the person confirmed that the indicator has no catalogue entry.
        public var catalogueCode: String?
        /// Who confirmed it (a user name) and when.
        public var confirmedBy: String?
        public var confirmedOn: CalendarDate?

        public init(officeCode: String, statement: String, catalogueCode: String?, confirmedBy: String? = nil,
                    confirmedOn: CalendarDate? = nil) {
            self.officeCode = officeCode
            self.statement = statement
            self.catalogueCode = catalogueCode
            self.confirmedBy = confirmedBy
            self.confirmedOn = confirmedOn
        }

        var key: Key { Key(officeCode: officeCode, statement: IndicatorText.key(statement)) }
    }

    struct Key: Hashable, Sendable {
        var officeCode: String
        var statement: String
    }

    public private(set) var decisions: [Decision]
    private var index: [Key: Int]
    /// The same decisions by their wording exactly as written: most lookups hit it without normalising the text.
    private var exact: [Key: Int]

    /// A mapping from decisions; a later decision for the same office and wording replaces an earlier one.
    public init(decisions: [Decision] = []) {
        self.decisions = []
        index = [:]
        exact = [:]
        for decision in decisions { record(decision) }
    }

    /// Records a decision, replacing any earlier one for the same office and wording.
    public mutating func record(_ decision: Decision) {
        let key = decision.key
        if let position = index[key] {
            exact[Key(officeCode: decisions[position].officeCode, statement: decisions[position].statement)] = nil
            decisions[position] = decision
            exact[Key(officeCode: decision.officeCode, statement: decision.statement)] = position
        } else {
            index[key] = decisions.count
            exact[Key(officeCode: decision.officeCode, statement: decision.statement)] = decisions.count
            decisions.append(decision)
        }
    }

    /// The decision for an office's indicator wording.
    public func decision(officeCode: String, statement: String) -> Decision? {
        if let position = exact[Key(officeCode: officeCode, statement: statement)] { return decisions[position] }
        return index[Key(officeCode: officeCode, statement: IndicatorText.key(statement))].map { decisions[$0] }
    }

    /// The confirmed catalogue code of an office's indicator wording; nil when undecided or not in the catalogue.
    public func code(officeCode: String, statement: String) -> String? {
        decision(officeCode: officeCode, statement: statement)?.catalogueCode
    }

    /// Catalogue codes the decisions name that the catalogue does not have, in Indonesian.
    public func problems(against catalogue: IndicatorCatalogue) -> [String] {
        decisions.compactMap { decision in
            guard let code = decision.catalogueCode, catalogue.entry(code) == nil else { return nil }
            return "kode katalog \(code) untuk indikator \"\(decision.statement)\" (satker \(decision.officeCode)) tidak ada di katalog"
        }
    }
}

/// Where an office's indicator stands against the catalogue.
public enum MappingState: Hashable, Sendable {
    /// A person confirmed the entry.
    case confirmed(code: String)
    /// A person confirmed that no catalogue entry fits.
    case notInCatalogue
    /// Not decided; the matcher suggests entries for a person to confirm.
    case suggested([CatalogueSuggestion])
    /// Not decided and no entry is close.
    case noMatch

    /// The confirmed code, only when confirmed.
    public var confirmedCode: String? {
        if case .confirmed(let code) = self { return code }
        return nil
    }

    /// "terpetakan", "tidak ada di katalog", "usulan menunggu konfirmasi", "tidak ada padanan".
    public var label: String {
        switch self {
        case .confirmed: "terpetakan"
        case .notInCatalogue: "dinyatakan tidak ada di katalog"
        case .suggested: "usulan menunggu konfirmasi"
        case .noMatch: "tidak ada padanan di katalog"
        }
    }
}

extension IndicatorMapping {
    /// The state of one office indicator: the confirmed decision if any, else the matcher's suggestions.
    public func state(officeCode: String, officeName: String?, statement: String, kind: IndicatorKind?,
                      matcher: CatalogueMatcher) -> MappingState {
        if let decision = decision(officeCode: officeCode, statement: statement) {
            return decision.catalogueCode.map { .confirmed(code: $0) } ?? .notInCatalogue
        }
        let suggestions = matcher.suggestions(for: statement, kind: kind, officeName: officeName)
        return suggestions.isEmpty ? .noMatch : .suggested(suggestions)
    }

    /// Confirms, in one act of a person, every undecided indicator of the summaries whose best suggestion is
    /// strong. Returns the new mapping and how many decisions were added; possible matches stay for a person to
    /// look at one by one.
    public func confirmingStrongSuggestions(for summaries: [OfficeYearSummary], matcher: CatalogueMatcher,
                                            by user: String, on date: CalendarDate) -> (mapping: IndicatorMapping, added: Int) {
        var next = self
        var added = 0
        for summary in summaries {
            for row in summary.indicators where next.decision(officeCode: summary.officeCode, statement: row.statement) == nil {
                guard let best = matcher.bestSuggestion(for: row.statement, kind: row.kind, officeName: summary.officeName),
                      best.strength == .strong else { continue }
                next.record(Decision(officeCode: summary.officeCode, statement: row.statement, catalogueCode: best.code,
                                     confirmedBy: user, confirmedOn: date))
                added += 1
            }
        }
        return (next, added)
    }
}
