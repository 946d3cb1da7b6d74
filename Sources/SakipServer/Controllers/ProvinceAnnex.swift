import SakipCore
import Vapor

extension Request {
    /// For a KPU Provinsi: its Kab/Kota consolidated for `year`, printed as the last appendix of its own LKj; nil for
    /// any other office.
    func provinceAnnex(_ office: OfficeModel, year: Int) async throws -> ProvinceConsolidation? {
        guard office.level == Office.Level.provinsi.rawValue else { return nil }
        let input = try await store.consolidationInput(.province(try office.requireID()), years: [year], today: .today)
        return ProvinceConsolidation.build(provinceCode: office.code, year: year, input: input)
    }
}
