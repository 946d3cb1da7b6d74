import Foundation
import SakipCore

extension OfficeYearStore {
    /// Enters or corrects one quarter's realisation of an indicator. Refuses a value that does not fit the
    /// indicator's kind (a grade indicator given "100 %"); the audit trail records who entered it and when.
    @discardableResult
    public func saveRealisation(officeCode: String, year: Int, indicatorId: String, quarter: Quarter, value: MeasureValue,
                                explanation: String? = nil, evidence: [String] = [], by actor: ChangeActor,
                                basedOn base: Int? = nil) async throws -> StoredOfficeYear {
        try await change(officeCode: officeCode, year: year, by: actor, basedOn: base) { file in
            guard let indicator = file.indicator(indicatorId) else {
                throw StorageError.notFound("indikator \(indicatorId) tidak ada pada data kantor \(officeCode) tahun \(year)")
            }
            do { _ = try indicator.reading(of: value) } catch let error as ValueParseError {
                throw StorageError.invalid("realisasi \(quarter.name) indikator \(indicatorId) ditolak: \(error.description)")
            }
            let entry = QuarterlyRealisation(indicatorId: indicatorId, quarter: quarter, value: value,
                                             explanation: explanation, evidence: evidence)
            if let index = file.realisations.firstIndex(where: { $0.indicatorId == indicatorId && $0.quarter == quarter }) {
                file.realisations[index] = entry
            } else {
                file.realisations.append(entry)
            }
        }.stored
    }

    /// Removes one quarter's realisation; returns whether there was one.
    @discardableResult
    public func deleteRealisation(officeCode: String, year: Int, indicatorId: String, quarter: Quarter,
                                  by actor: ChangeActor) async throws -> Bool {
        try await change(officeCode: officeCode, year: year, by: actor) { file in
            let before = file.realisations.count
            file.realisations.removeAll { $0.indicatorId == indicatorId && $0.quarter == quarter }
            return file.realisations.count < before
        }.value
    }
}
