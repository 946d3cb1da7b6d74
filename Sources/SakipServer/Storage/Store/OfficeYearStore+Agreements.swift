import Foundation
import SakipCore

extension OfficeYearStore {
    /// Signs the current PK of a level on `date` (the rule is SakipCore's `OfficeYear.signAgreement`); the
    /// audit trail records who signed and when.
    @discardableResult
    public func signAgreement(officeCode: String, year: Int, level: PerformanceAgreement.Level, on date: CalendarDate,
                              by actor: ChangeActor) async throws -> PerformanceAgreement {
        try await change(officeCode: officeCode, year: year, by: actor) { file in
            do { return try file.signAgreement(level, on: date) } catch let error as AgreementChangeError {
                throw StorageError.notFound(error.description)
            }
        }.value
    }

    /// Changes the rows and programs of the current PK of a level (SakipCore's `OfficeYear.reviseAgreement`).
    @discardableResult
    public func reviseAgreement(officeCode: String, year: Int, level: PerformanceAgreement.Level, rows: [TargetRow],
                                programs: [ProgramBudget], by actor: ChangeActor, basedOn base: Int? = nil) async throws -> PerformanceAgreement {
        try await change(officeCode: officeCode, year: year, by: actor, basedOn: base) { file in
            do { return try file.reviseAgreement(level, rows: rows, programs: programs) } catch let error as AgreementChangeError {
                throw StorageError.invalid("perubahan \(level.label) kantor \(officeCode) tahun \(year) ditolak: \(error.description)")
            }
        }.value
    }
}
