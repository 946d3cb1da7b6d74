import Foundation

/// One of the 553 offices of the national data set: who it is and how its office-years are generated.
public struct NationalOffice: Hashable, Sendable {
    public var metadata: OfficeMetadata
    /// The office as its office-years carry it (address, city, kecamatan and kelurahan).
    public var office: Office
    /// The reference office whose shape its office-years take (index into the generator's templates).
    public var template: Int
    /// Its size against the template (budget and voters), exact.
    public var scale: Decimal
    /// Whether it held a Pemilihan on 9 December 2020 (about half the regions did).
    public var pilkada2020: Bool

    public var code: String { metadata.code }
    public var name: String { metadata.name }
}

/// The real offices the reference seeds describe keep their real names and satker codes.
struct ReferenceOffice {
    var code: String
    var name: String
    var province: String
    var template: Int
}

extension NationalOffice {
    /// The 553 offices: KPU RI, then each province followed by its Kab/Kota, with unique satker-like codes.
    /// `templates` are the reference office-years; an office named like one of them keeps that template and its
    /// real code and areas.
    static func all(seed: UInt64, templates: [OfficeYear]) -> [NationalOffice] {
        var random = SeededRandom(seed: seed, "offices")
        let references = templates.enumerated().map { index, template in
            ReferenceOffice(code: template.office.code, name: template.office.name, province: template.office.province ?? "", template: index)
        }
        let provinceCodes = Dictionary(templates.compactMap { template in
            template.office.parentCode.flatMap { code in template.office.province.map { ($0, code) } }
        }, uniquingKeysWith: { first, _ in first })
        var usedCodes = Set(references.map(\.code) + provinceCodes.values)
        func newCode() -> String {
            while true {
                let code = String(random.int(654_000...659_999))
                if usedCodes.insert(code).inserted { return code }
            }
        }
        let riCode = newCode()
        var offices = [NationalOffice(metadata: OfficeMetadata(code: riCode, name: "KPU Republik Indonesia", level: .ri),
                                      office: Office(code: riCode, name: "KPU Republik Indonesia", level: .ri,
                                                     address: "Jl. Imam Bonjol No. 29, Jakarta Pusat", website: "kpu.go.id", city: "Jakarta"),
                                      template: 0, scale: 40, pilkada2020: false)]
        var usedNames = Set<String>()
        for region in NationalRegions.provinces {
            let provinceCode = provinceCodes[region.name] ?? newCode()
            let provinceName = "KPU Provinsi \(region.name)"
            let slug = region.name.lowercased().replacingOccurrences(of: " ", with: "")
            offices.append(NationalOffice(
                metadata: OfficeMetadata(code: provinceCode, name: provinceName, level: .provinsi, provinceCode: provinceCode,
                                         provinceName: region.name, parentCode: riCode),
                office: Office(code: provinceCode, name: provinceName, level: .provinsi, parentName: "KPU Republik Indonesia",
                               parentCode: riCode, province: region.name, address: "Jl. Pemilu No. 1, \(region.capital)",
                               website: "\(slug).kpu.go.id", city: region.capital),
                template: 0, scale: Decimal(random.int(5...12)), pilkada2020: random.chance(25)))
            let own = references.filter { $0.province == region.name }
            var kinds = Array(repeating: "Kabupaten", count: region.kabupaten) + Array(repeating: "Kota", count: region.kota)
            for reference in own {
                let kind = reference.name.contains("KPU Kota") ? "Kota" : "Kabupaten"
                if let index = kinds.firstIndex(of: kind) { kinds.remove(at: index) }
            }
            for reference in own {
                let satker = reference.code.count == 6 && reference.code.allSatisfy(\.isNumber) ? reference.code : newCode()
                offices.append(kabupatenKota(code: satker, name: reference.name, region: region, provinceCode: provinceCode,
                                             template: reference.template, scale: 1, isReference: true, templates: templates, random: &random))
                usedNames.insert(reference.name)
            }
            for kind in kinds {
                let place = SyntheticNames.unique(&usedNames) { "KPU \(kind) \(SyntheticNames.place(&random))" }
                let template = random.int(0...(templates.count - 1))
                let scale = random.decimal(35...250, scale: 2)
                offices.append(kabupatenKota(code: newCode(), name: place, region: region, provinceCode: provinceCode, template: template,
                                             scale: scale, isReference: false, templates: templates, random: &random))
            }
        }
        return offices
    }

    private static func kabupatenKota(code: String, name: String, region: ProvinceRegion, provinceCode: String, template: Int,
                                      scale: Decimal, isReference: Bool, templates: [OfficeYear], random: inout SeededRandom) -> NationalOffice {
        let place = name.replacingOccurrences(of: "KPU Kabupaten ", with: "").replacingOccurrences(of: "KPU Kota ", with: "")
        let reference = templates[template].office
        let city = isReference ? (reference.city ?? place) : place
        let slug = place.lowercased().replacingOccurrences(of: " ", with: "")
        let prefix = name.contains("KPU Kota") ? "kota" : "kab"
        let areas = isReference && reference.areas.contains(where: { !$0.villages.isEmpty }) ? reference.areas : Self.areas(
            named: isReference ? reference.areas.map(\.name) : [], kota: prefix == "kota", random: &random)
        let office = Office(code: code, name: name, level: .kabupatenKota, parentName: "KPU Provinsi \(region.name)", parentCode: provinceCode,
                            province: region.name, address: isReference ? reference.address : "Jl. Pemilu No. \(random.int(1...120)), \(city)",
                            phone: isReference ? reference.phone : nil, email: isReference ? reference.email : "kpu.\(prefix)\(slug)@kpu.go.id",
                            website: isReference ? reference.website : "\(prefix)-\(slug).kpu.go.id", city: city, areas: areas)
        return NationalOffice(metadata: OfficeMetadata(code: code, name: name, level: .kabupatenKota, provinceCode: provinceCode,
                                                       provinceName: region.name, parentCode: provinceCode),
                              office: office, template: template, scale: scale, pilkada2020: random.chance(50))
    }

    /// Kecamatan with their kelurahan/desa: the given kecamatan names (a reference office's), else made-up ones.
    private static func areas(named names: [String], kota: Bool, random: inout SeededRandom) -> [Office.Area] {
        let count = names.isEmpty ? (kota ? random.int(4...9) : random.int(6...16)) : names.count
        var used = Set<String>()
        return (0..<count).map { index in
            let name = index < names.count ? names[index] : SyntheticNames.unique(&used) { SyntheticNames.place(&random) }
            used.insert(name)
            let villages = (0..<random.int(kota ? 4...8 : 5...12)).map { _ in SyntheticNames.unique(&used) { SyntheticNames.place(&random) } }
            return Office.Area(name: name, villages: villages)
        }
    }
}
