import FluentKit
import Foundation
import SakipCore

extension OfficeYearStore {
    /// Enters or corrects one quarter's realisation of an indicator, recording who entered it and when.
    ///
    /// Refuses a value that does not fit the indicator's kind (a grade indicator given "100 %").
    public func saveRealisation(officeCode: String, year: Int, indicatorId: String, quarter: Quarter, value: MeasureValue,
                                explanation: String? = nil, evidence: [String] = [], userID: UUID?) async throws {
        try await database.transaction { db in
            let officeYear = try await Self.requireOfficeYear(officeCode: officeCode, year: year, on: db)
            let id = try officeYear.requireID()
            let indicator = try await Self.requireIndicator(indicatorId, officeYearID: id, officeCode: officeCode, year: year, on: db)
            do { _ = try indicator.reading(of: value) } catch let error as ValueParseError {
                throw StorageError.invalid("realisasi \(quarter.name) indikator \(indicatorId) ditolak: \(error.description)")
            }
            let entry = QuarterlyRealisation(indicatorId: indicatorId, quarter: quarter, value: value,
                                             explanation: explanation, evidence: evidence)
            if let stored = try await Self.realisation(indicatorId, quarter, officeYearID: id, on: db) {
                stored.value = StoredCoding.text(value)
                stored.explanation = explanation
                stored.evidence = evidence
                stored.enteredByUserID = userID
                stored.updatedAt = Date()
                try await stored.update(on: db)
            } else {
                let last = try await RealisationModel.query(on: db).filter(\.$officeYear.$id == id).max(\.$position)
                try await RealisationModel(entry, officeYearID: id, position: (last ?? -1) + 1, userID: userID).create(on: db)
            }
        }
    }

    /// Removes one quarter's realisation; returns whether there was one.
    @discardableResult
    public func deleteRealisation(officeCode: String, year: Int, indicatorId: String, quarter: Quarter) async throws -> Bool {
        let officeYear = try await Self.requireOfficeYear(officeCode: officeCode, year: year, on: database)
        guard let stored = try await Self.realisation(indicatorId, quarter, officeYearID: try officeYear.requireID(), on: database) else {
            return false
        }
        try await stored.delete(on: database)
        return true
    }

    private static func realisation(_ indicatorId: String, _ quarter: Quarter, officeYearID: UUID,
                                    on db: any Database) async throws -> RealisationModel? {
        try await RealisationModel.query(on: db).filter(\.$officeYear.$id == officeYearID)
            .filter(\.$indicatorKey == indicatorId).filter(\.$quarter == quarter.rawValue).first()
    }

    /// The indicator of an office-year, or a "not found" error naming it.
    static func requireIndicator(_ indicatorId: String, officeYearID: UUID, officeCode: String, year: Int,
                                 on db: any Database) async throws -> Indicator {
        guard let model = try await IndicatorModel.query(on: db).filter(\.$officeYear.$id == officeYearID)
            .filter(\.$key == indicatorId).first() else {
            throw StorageError.notFound("indikator \(indicatorId) tidak ada pada data kantor \(officeCode) tahun \(year)")
        }
        return try model.core()
    }
}
