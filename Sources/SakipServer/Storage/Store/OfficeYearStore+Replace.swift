import FluentKit
import Foundation
import SakipCore

extension OfficeYearStore {
    /// Imports an office-year, replacing what was stored for the same office and year.
    ///
    /// In one transaction: creates the office when its code is unknown (or takes the file's profile for it),
    /// links it to the stored parent office the file names, removes the year's stored data and inserts the
    /// file's. Comments on the year are kept. Any failure leaves the database as it was and throws a
    /// ``StorageError`` naming the office, the year and the step that failed.
    @discardableResult
    public func replace(_ file: OfficeYear) async throws -> OfficeYearModel {
        do {
            return try await database.transaction { db in try await Self.replace(file, on: db) }
        } catch let error as ImportStepError {
            throw StorageError(.failed, "Impor data \(file.office.name) (kode \(file.office.code)) tahun \(file.year) dibatalkan: "
                + "gagal \(error.step): \(DatabaseFailure.reason(error.underlying)). Tidak ada data yang diubah.")
        } catch let error as StorageError {
            throw error
        } catch {
            throw StorageError(.failed, "Impor data \(file.office.name) (kode \(file.office.code)) tahun \(file.year) dibatalkan: "
                + "\(DatabaseFailure.reason(error)). Tidak ada data yang diubah.")
        }
    }

    private static func replace(_ file: OfficeYear, on db: any Database) async throws -> OfficeYearModel {
        let office = try await importStep("menyimpan profil kantor") { try await upsertOffice(file.office, on: db) }
        let officeID = try office.requireID()
        let existing = try await OfficeYearModel.query(on: db)
            .filter(\.$office.$id == officeID).filter(\.$year == file.year).first()
        let model = existing ?? OfficeYearModel()
        model.$office.id = officeID
        model.apply(file)
        // A re-import of the same file changes no column but is still an update of the year.
        if existing != nil { model.updatedAt = Date() }
        try await importStep("menyimpan data tahun \(file.year)") { try await model.save(on: db) }
        let id = try model.requireID()
        if existing != nil {
            try await importStep("menghapus data lama") { try await deleteChildren(of: id, on: db) }
        }
        try await insertPlanning(file, officeYearID: id, on: db)
        try await insertMeasurement(file, officeYearID: id, on: db)
        try await insertBudget(file, officeYearID: id, on: db)
        return model
    }

    /// Removes every row of an office-year except its comments.
    private static func deleteChildren(of id: UUID, on db: any Database) async throws {
        // Agreements first: their target rows and programs go with them.
        try await AgreementModel.deleteRows(of: id, on: db)
        try await TargetRowModel.deleteRows(of: id, on: db)
        try await ProgramBudgetModel.deleteRows(of: id, on: db)
        try await BudgetLineModel.deleteRows(of: id, on: db)
        try await PersonModel.deleteRows(of: id, on: db)
        try await ObjectiveModel.deleteRows(of: id, on: db)
        try await IndicatorModel.deleteRows(of: id, on: db)
        try await RenstraModel.deleteRows(of: id, on: db)
        try await RenstraTargetModel.deleteRows(of: id, on: db)
        try await ActionPlanRowModel.deleteRows(of: id, on: db)
        try await RealisationModel.deleteRows(of: id, on: db)
        try await MeasurementRowModel.deleteRows(of: id, on: db)
        try await IndicatorHistoryModel.deleteRows(of: id, on: db)
        try await AnalysisModel.deleteRows(of: id, on: db)
        try await DIPARevisionModel.deleteRows(of: id, on: db)
        try await BudgetYearModel.deleteRows(of: id, on: db)
        try await BudgetMonthModel.deleteRows(of: id, on: db)
        try await ModuleDocumentModel.deleteRows(of: id, on: db)
        try await GrantModel.deleteRows(of: id, on: db)
        try await ClaimModel.deleteRows(of: id, on: db)
    }
}
