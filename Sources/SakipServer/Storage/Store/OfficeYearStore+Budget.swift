import FluentKit
import Foundation
import SakipCore

extension OfficeYearStore {
    /// Sets the pagu and realisasi of a leaf of the DIPA tree. A parent's figures are the sums of its
    /// children and cannot be set; `fullCode` may be written in any spelling `BudgetCode` reads in full.
    public func updateBudgetLine(officeCode: String, year: Int, fullCode: String, pagu: Decimal, realisasi: Decimal) async throws {
        let code: BudgetCode
        do { code = try BudgetCode.parse(fullCode) } catch {
            throw StorageError.invalid("kode anggaran \"\(fullCode)\" tidak sah: \(error.reason)")
        }
        if let problem = MoneyRule.problem(pagu) ?? MoneyRule.problem(realisasi) {
            throw StorageError.invalid("pagu dan realisasi baris \(code.full): \(problem)")
        }
        let officeYear = try await Self.requireOfficeYear(officeCode: officeCode, year: year, on: database)
        guard let line = try await BudgetLineModel.query(on: database).filter(\.$officeYear.$id == officeYear.requireID())
            .filter(\.$code == code.full).first() else {
            throw StorageError.notFound("baris anggaran \(code.full) tidak ada pada DIPA kantor \(officeCode) tahun \(year)")
        }
        guard line.isLeaf else {
            throw StorageError.invalid("baris anggaran \(code.full) memiliki rincian; pagu dan realisasinya dihitung dari rinciannya")
        }
        line.pagu = StoredCoding.text(pagu)
        line.realisasi = StoredCoding.text(realisasi)
        try await line.update(on: database)
    }
}
