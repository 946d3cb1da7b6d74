import Foundation

/// A change to a PK that the year's data does not allow, with every reason found.
public struct AgreementChangeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// "baris 2: indikator I9 tidak ada" …
    public let problems: [String]
    public var description: String { problems.joined(separator: "; ") }
}

extension OfficeYear {
    /// Changes the rows and programs of the current PK of a level. A draft is edited in place; a signed PK
    /// stays as it is and the change becomes a new draft revision (revision + 1) with the same place and
    /// parties. With no PK of that level yet, the change is draft revision 0. Returns the changed revision.
    @discardableResult
    public mutating func reviseAgreement(_ level: PerformanceAgreement.Level, rows: [TargetRow],
                                         programs: [ProgramBudget]) throws(AgreementChangeError) -> PerformanceAgreement {
        let problems = agreementRowProblems(rows)
        guard problems.isEmpty else { throw AgreementChangeError(problems: problems) }
        let current = agreements.current(level)
        var draft: PerformanceAgreement
        if let current, current.signedOn == nil {
            draft = current
        } else {
            draft = PerformanceAgreement(level: level, revision: current.map { $0.revision + 1 } ?? 0)
            draft.place = current?.place
            draft.firstParty = current?.firstParty
            draft.secondParty = current?.secondParty
        }
        draft.rows = rows
        draft.programs = programs
        storeAgreement(draft)
        return draft
    }

    /// Signs the current PK of a level on `date`. An already signed revision stays as it is.
    @discardableResult
    public mutating func signAgreement(_ level: PerformanceAgreement.Level, on date: CalendarDate) throws(AgreementChangeError) -> PerformanceAgreement {
        guard var current = agreements.current(level) else {
            throw AgreementChangeError(problems: ["\(level.label) tahun \(year) belum ada; susun drafnya terlebih dahulu"])
        }
        guard current.signedOn == nil else { return current }
        current.signedOn = date
        storeAgreement(current)
        return current
    }

    /// Puts a revision in place of the stored one with the same level and revision, or adds it.
    mutating func storeAgreement(_ agreement: PerformanceAgreement) {
        if let index = agreements.firstIndex(where: { $0.level == agreement.level && $0.revision == agreement.revision }) {
            agreements[index] = agreement
        } else {
            agreements.append(agreement)
        }
    }

    /// Rows naming an indicator or sasaran the year does not have, or a target of the wrong kind.
    public func agreementRowProblems(_ rows: [TargetRow]) -> [String] {
        var problems: [String] = []
        for (index, row) in rows.enumerated() {
            let place = "baris \(index + 1)"
            if let objective = row.objectiveId, self.objective(objective) == nil {
                problems.append("\(place): sasaran \(objective) tidak ada")
            }
            guard let indicator = indicator(row.indicatorId) else {
                problems.append("\(place): indikator \(row.indicatorId) tidak ada")
                continue
            }
            do { _ = try indicator.reading(of: row.target) } catch {
                problems.append("\(place): target \(error.description)")
            }
        }
        return problems
    }
}
