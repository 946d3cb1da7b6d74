import Foundation

/// A PK as typed on its form: which indicators are in it, under which sasaran, with which target; the
/// program rows; the signatories (by person id) and the place. ``OfficeYear/agreementContent(_:from:)``
/// reads it into an ``AgreementContent``, naming every wrong field.
public struct AgreementDraft: Hashable, Sendable {
    /// One program row as typed: code, name, amount ("58.192.468.000").
    public struct ProgramLine: Hashable, Sendable {
        public var code: String
        public var name: String
        public var amount: String
        public init(code: String, name: String, amount: String) {
            self.code = code
            self.name = name
            self.amount = amount
        }
    }

    /// Ids of the ticked indicators.
    public var included: Set<String>
    /// Sasaran id by indicator id ("" for none).
    public var objectives: [String: String]
    /// Target text by indicator id ("75 %").
    public var targets: [String: String]
    public var programs: [ProgramLine]
    public var firstPartyId: String
    public var secondPartyId: String
    public var place: String

    public init(included: Set<String>, objectives: [String: String], targets: [String: String], programs: [ProgramLine],
                firstPartyId: String, secondPartyId: String, place: String) {
        self.included = included
        self.objectives = objectives
        self.targets = targets
        self.programs = programs
        self.firstPartyId = firstPartyId
        self.secondPartyId = secondPartyId
        self.place = place
    }
}

extension OfficeYear {
    /// The content a PK form describes, rows in the order the form offers the indicators; refused with
    /// every problem, each naming its indicator, program row or signatory. Blank program rows are skipped.
    public func agreementContent(_ level: PerformanceAgreement.Level, from draft: AgreementDraft) -> Result<AgreementContent, AgreementChangeError> {
        var problems: [String] = []
        var rows: [TargetRow] = []
        let stored = agreements.current(level)?.rows ?? []
        for candidate in agreementCandidates(level) where draft.included.contains(candidate.indicator.id) {
            let id = candidate.indicator.id
            let name = "Indikator \"\(candidate.indicator.statement)\""
            let text = (draft.targets[id] ?? "").trimmingCharacters(in: .whitespaces)
            let objectiveText = (draft.objectives[id] ?? "").trimmingCharacters(in: .whitespaces)
            let objectiveId = objectiveText.isEmpty ? nil : objectiveText
            if let objectiveId, objective(objectiveId) == nil { problems.append("\(name): sasaran \(objectiveId) tidak ada") }
            guard !text.isEmpty else {
                problems.append("\(name): kolom Target wajib diisi (atau hapus centangnya)")
                continue
            }
            do {
                let target = try MeasureValue.parse(text)
                _ = try candidate.indicator.reading(of: target)
                rows.append(TargetRow(objectiveId: objectiveId, indicatorId: id, target: target,
                                      activityTarget: stored.first { $0.indicatorId == id }?.activityTarget))
            } catch {
                problems.append("\(name): target \(error.description)")
            }
        }
        var programs: [ProgramBudget] = []
        for (index, line) in draft.programs.enumerated() {
            let code = line.code.trimmingCharacters(in: .whitespaces), name = line.name.trimmingCharacters(in: .whitespaces)
            let amountText = line.amount.trimmingCharacters(in: .whitespaces)
            if code.isEmpty, name.isEmpty, amountText.isEmpty { continue }
            let place = "Program baris \(index + 1)"
            if name.isEmpty { problems.append("\(place): kolom Program wajib diisi") }
            var amount: Decimal?
            if amountText.isEmpty {
                problems.append("\(place): kolom Anggaran wajib diisi")
            } else {
                do { amount = try IndonesianNumber.parseMoney(amountText) } catch {
                    problems.append("\(place): anggaran \"\(amountText)\" tidak dapat dibaca (\(error.reason))")
                }
            }
            if let amount, !name.isEmpty { programs.append(ProgramBudget(code: code.isEmpty ? nil : code, name: name, amount: amount)) }
        }
        func party(_ id: String, _ role: String) -> PerformanceAgreement.Party? {
            let id = id.trimmingCharacters(in: .whitespaces)
            guard !id.isEmpty else { return nil }
            guard let person = person(id) else {
                problems.append("\(role): orang \(id) tidak ada dalam tabel komisioner dan pegawai")
                return nil
            }
            return self.party(for: person)
        }
        let first = party(draft.firstPartyId, "Pihak pertama")
        let second = level == .sekretaris ? party(draft.secondPartyId, "Pihak kedua") : nil
        let place = draft.place.trimmingCharacters(in: .whitespaces)
        let content = AgreementContent(rows: rows, programs: programs, firstParty: first, secondParty: second,
                                       place: place.isEmpty ? nil : place)
        guard problems.isEmpty else { return .failure(AgreementChangeError(problems: problems)) }
        let more = agreementContentProblems(level, content).filter { !$0.hasPrefix("baris ") }
        return more.isEmpty ? .success(content) : .failure(AgreementChangeError(problems: more))
    }
}
