/// A KPU office (satker): KPU RI, a KPU Provinsi or a KPU Kabupaten/Kota.
public struct Office: Hashable, Sendable {
    /// Where the office stands in the hierarchy RI → Provinsi → Kabupaten/Kota.
    public enum Level: String, CaseIterable, Sendable {
        case ri, provinsi, kabupatenKota

        /// "KPU RI", "KPU Provinsi", "KPU Kabupaten/Kota".
        public var label: String {
            switch self {
            case .ri: "KPU RI"
            case .provinsi: "KPU Provinsi"
            case .kabupatenKota: "KPU Kabupaten/Kota"
            }
        }
    }

    /// A kecamatan with its kelurahan/desa.
    public struct Area: Hashable, Sendable {
        public var name: String
        public var villages: [String]
        public init(name: String, villages: [String] = []) {
            self.name = name
            self.villages = villages
        }
    }

    public var code: String
    public var name: String
    public var level: Level
    public var parentName: String?
    public var parentCode: String?
    public var province: String?
    public var address: String?
    public var phone: String?
    public var email: String?
    public var website: String?
    /// The place written before signature dates ("Kisaran, 17 Januari 2025").
    public var city: String?
    public var areas: [Area]

    public init(code: String, name: String, level: Level, parentName: String? = nil, parentCode: String? = nil,
                province: String? = nil, address: String? = nil, phone: String? = nil, email: String? = nil,
                website: String? = nil, city: String? = nil, areas: [Area] = []) {
        self.code = code
        self.name = name
        self.level = level
        self.parentName = parentName
        self.parentCode = parentCode
        self.province = province
        self.address = address
        self.phone = phone
        self.email = email
        self.website = website
        self.city = city
        self.areas = areas
    }
}
