import FluentKit
import Foundation
import SakipCore

extension ClaimModel {
    convenience init(_ claim: Claim, officeYearID: UUID, position: Int) {
        self.init()
        self.$officeYear.id = officeYearID
        self.position = position
        location = claim.location
        text = claim.text
        indicatorKey = claim.indicatorId
        budgetCode = claim.budgetCode?.full
        label = claim.label
        target = claim.target
        realisation = claim.realisation
        capaian = claim.capaian
        category = claim.category
        pagu = StoredCoding.text(claim.pagu)
        realisasi = StoredCoding.text(claim.realisasi)
        sisa = StoredCoding.text(claim.sisa)
        persen = claim.persen
        count = claim.count
        countOf = claim.countOf?.rawValue
    }

    func core() throws(StorageError) -> Claim {
        var code: BudgetCode?
        if let budgetCode {
            do { code = try BudgetCode.parse(budgetCode) } catch {
                throw .corrupt("kode anggaran tersimpan \"\(budgetCode)\" pada klaim tidak sah: \(error.reason)")
            }
        }
        return Claim(location: location, text: text, indicatorId: indicatorKey, budgetCode: code, label: label,
                     target: target, realisation: realisation, capaian: capaian, category: category,
                     pagu: try StoredCoding.decimal(pagu, "claims.pagu"), realisasi: try StoredCoding.decimal(realisasi, "claims.realisasi"),
                     sisa: try StoredCoding.decimal(sisa, "claims.sisa"), persen: persen, count: count,
                     countOf: try StoredCoding.choice(countOf, Claim.CountOf.self, "claims.count_of"))
    }
}
