import Foundation
import SakipCore

extension OfficeYearStore {
    /// Sets the pagu and realisasi of a leaf of the DIPA tree. A parent's figures are the sums of its
    /// children and cannot be set; `fullCode` may be written in any spelling `BudgetCode` reads in full.
    @discardableResult
    public func updateBudgetLine(officeCode: String, year: Int, fullCode: String, pagu: Decimal, realisasi: Decimal,
                                 by actor: ChangeActor, basedOn base: Int? = nil) async throws -> StoredOfficeYear {
        let code: BudgetCode
        do { code = try BudgetCode.parse(fullCode) } catch {
            throw StorageError.invalid("kode anggaran \"\(fullCode)\" tidak sah: \(error.reason)")
        }
        guard pagu >= 0, realisasi >= 0 else {
            throw StorageError.invalid("pagu dan realisasi baris \(code.full) tidak boleh negatif")
        }
        return try await change(officeCode: officeCode, year: year, by: actor, basedOn: base) { file in
            guard let line = file.budget.tree.line(code: code.full) else {
                throw StorageError.notFound("baris anggaran \(code.full) tidak ada pada DIPA kantor \(officeCode) tahun \(year)")
            }
            guard line.children.isEmpty else {
                throw StorageError.invalid("baris anggaran \(code.full) memiliki rincian; pagu dan realisasinya dihitung dari rinciannya")
            }
            file.budget.tree.setLeaf(code: code.full, pagu: pagu, realisasi: realisasi)
        }.stored
    }
}
