import FluentKit
import Foundation
import SakipCore

extension OfficeYearStore {
    /// Signs the current PK of a level: its draft becomes a fixed revision dated `date`, recording who signed
    /// it and when. When the current revision is already signed nothing changes and it is returned as it is.
    @discardableResult
    public func signAgreement(officeCode: String, year: Int, level: PerformanceAgreement.Level, userID: UUID?,
                              on date: CalendarDate) async throws -> PerformanceAgreement {
        try await database.transaction { db in
            let officeYear = try await Self.requireOfficeYear(officeCode: officeCode, year: year, on: db)
            guard let current = try await Self.currentAgreement(level, officeYearID: try officeYear.requireID(), on: db) else {
                throw StorageError.notFound("\(level.label) kantor \(officeCode) tahun \(year) belum ada; susun drafnya terlebih dahulu")
            }
            if current.agreementStatus == .draft {
                current.status = AgreementModel.Status.signed.rawValue
                current.signedOn = date.iso
                current.signedByUserID = userID
                current.signedAt = Date()
                try await current.update(on: db)
            }
            return try await Self.agreement(current, on: db)
        }
    }

    /// Changes the rows and programs of the current PK of a level. A draft is edited in place; a signed PK
    /// stays as it is and the change becomes a new draft revision (revision + 1) with the same place and
    /// parties. With no PK yet, the change is draft revision 0. Returns the revision that holds the change.
    @discardableResult
    public func reviseAgreement(officeCode: String, year: Int, level: PerformanceAgreement.Level,
                                rows: [TargetRow], programs: [ProgramBudget]) async throws -> PerformanceAgreement {
        try await database.transaction { db in
            let officeYear = try await Self.requireOfficeYear(officeCode: officeCode, year: year, on: db)
            let id = try officeYear.requireID()
            try await Self.checkRows(rows, officeYearID: id, officeCode: officeCode, year: year, on: db)
            let current = try await Self.currentAgreement(level, officeYearID: id, on: db)
            let target: AgreementModel
            if let current, current.agreementStatus == .draft {
                target = current
                try await TargetRowModel.query(on: db).filter(\.$agreement.$id == current.id).delete()
                try await ProgramBudgetModel.query(on: db).filter(\.$agreement.$id == current.id).delete()
            } else {
                let last = try await AgreementModel.query(on: db).filter(\.$officeYear.$id == id).max(\.$position)
                var draft = PerformanceAgreement(level: level, revision: current.map { $0.revision + 1 } ?? 0)
                draft.place = current?.place
                draft.firstParty = current?.firstParty.map(PerformanceAgreement.Party.init)
                draft.secondParty = current?.secondParty.map(PerformanceAgreement.Party.init)
                target = AgreementModel(draft, officeYearID: id, position: (last ?? -1) + 1)
                try await target.create(on: db)
            }
            try await rows.enumerated().map { TargetRowModel($1, officeYearID: id, agreementID: target.id, position: $0) }.create(on: db)
            try await programs.enumerated().map { ProgramBudgetModel($1, officeYearID: id, agreementID: target.id, position: $0) }
                .create(on: db)
            return try await Self.agreement(target, on: db)
        }
    }

    /// The highest revision of a level.
    static func currentAgreement(_ level: PerformanceAgreement.Level, officeYearID: UUID, on db: any Database) async throws -> AgreementModel? {
        try await AgreementModel.query(on: db).filter(\.$officeYear.$id == officeYearID)
            .filter(\.$level == level.rawValue).sort(\.$revision, .descending).first()
    }

    /// A stored revision as a core value.
    static func agreement(_ model: AgreementModel, on db: any Database) async throws -> PerformanceAgreement {
        let rows = try await TargetRowModel.query(on: db).filter(\.$agreement.$id == model.id).sort(\.$position).all()
        let programs = try await ProgramBudgetModel.query(on: db).filter(\.$agreement.$id == model.id).sort(\.$position).all()
        return try model.core(rows: rows, programs: programs)
    }

    /// Refuses rows naming an indicator or sasaran the year does not have, or a target of the wrong kind.
    private static func checkRows(_ rows: [TargetRow], officeYearID id: UUID, officeCode: String, year: Int,
                                  on db: any Database) async throws {
        let indicators = try await IndicatorModel.rows(of: id, on: db)
        let objectives = Set(try await ObjectiveModel.rows(of: id, on: db).map(\.key))
        var problems: [String] = []
        for (index, row) in rows.enumerated() {
            let place = "baris \(index + 1)"
            if let objective = row.objectiveId, !objectives.contains(objective) {
                problems.append("\(place): sasaran \(objective) tidak ada")
            }
            guard let indicator = indicators.first(where: { $0.key == row.indicatorId }) else {
                problems.append("\(place): indikator \(row.indicatorId) tidak ada")
                continue
            }
            do { _ = try indicator.core().reading(of: row.target) } catch let error as ValueParseError {
                problems.append("\(place): target \(error.description)")
            }
        }
        guard problems.isEmpty else {
            throw StorageError.invalid("perubahan PK kantor \(officeCode) tahun \(year) ditolak: \(problems.joined(separator: "; "))")
        }
    }
}
