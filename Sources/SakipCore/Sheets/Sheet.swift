/// A part of an office-year that an operator edits as a table (pasted from a spreadsheet or typed):
/// its columns and where its rows live in the office-year file.
public struct Sheet: Hashable, Sendable {
    /// The editable tables, named by their URL slug.
    public enum ID: String, CaseIterable, Sendable {
        case areas = "wilayah"
        case people = "pegawai"
        case objectives = "sasaran"
        case indicators = "indikator"
        case renstraGoals = "tujuan-renstra"
        case renstraTargets = "target-renstra"
        case rkt = "rkt"
        case agreementKetua = "pk-ketua"
        case agreementKetuaPrograms = "pk-ketua-program"
        case agreementSekretaris = "pk-sekretaris"
        case agreementSekretarisPrograms = "pk-sekretaris-program"
        case rktPrograms = "rkt-program"
        case actionPlan = "rak"
        case realisationsQ1 = "realisasi-tw1"
        case realisationsQ2 = "realisasi-tw2"
        case realisationsQ3 = "realisasi-tw3"
        case realisationsQ4 = "realisasi-tw4"
        case indicatorHistory = "riwayat-indikator"
        case budget = "anggaran"
        case monthly = "realisasi-bulanan"
        case revisions = "revisi-dipa"
        case budgetHistory = "riwayat-anggaran"
        case elections = "pemilihan"
        case dpt = "dpt"
        case bindings = "sumber-realisasi"
        case logisticsNeeds = "logistik-kebutuhan"
        case logisticsProcurement = "logistik-pengadaan"
        case logisticsDeliveries = "logistik-pengiriman"
        case logisticsSorting = "logistik-sortir"
        case logisticsDistribution = "logistik-distribusi"
        case logisticsTransport = "logistik-angkutan"
        case logisticsWarehouses = "logistik-gudang"
        case logisticsDestruction = "logistik-pemusnahan"

        /// The quarterly realisation table of `quarter`: every PK indicator's realisation, explanation and evidence.
        public static func realisations(_ quarter: Quarter) -> ID {
            [.realisationsQ1, .realisationsQ2, .realisationsQ3, .realisationsQ4][quarter.rawValue - 1]
        }

        /// The quarter of a quarterly realisation table; nil for the other tables.
        public var quarter: Quarter? {
            switch self {
            case .realisationsQ1: .first
            case .realisationsQ2: .second
            case .realisationsQ3: .third
            case .realisationsQ4: .fourth
            default: nil
            }
        }

        /// The group a table belongs to on the list of tables.
        public var group: Group {
            switch self {
            case .realisationsQ1, .realisationsQ2, .realisationsQ3, .realisationsQ4: .realisations
            case .elections, .dpt, .bindings: .elections
            case .logisticsNeeds, .logisticsProcurement, .logisticsDeliveries, .logisticsSorting, .logisticsDistribution,
                 .logisticsTransport, .logisticsWarehouses, .logisticsDestruction: .logistics
            case .budget, .monthly, .revisions, .budgetHistory, .rktPrograms: .budget
            case .agreementKetua, .agreementKetuaPrograms, .agreementSekretaris, .agreementSekretarisPrograms: .agreements
            default: .planning
            }
        }
    }

    /// The groups of tables, in the order they are listed.
    public enum Group: String, CaseIterable, Sendable {
        case planning, agreements, realisations, budget, elections, logistics

        public var title: String {
            switch self {
            case .planning: "Perencanaan dan kinerja"
            case .agreements: "Perjanjian Kinerja (PK)"
            case .realisations: "Realisasi kinerja per triwulan"
            case .budget: "Anggaran"
            case .elections: "Pemilu/Pemilihan: data pemilih dan partisipasi"
            case .logistics: "Logistik Pemilu/Pemilihan"
            }
        }
    }

    public var id: ID
    public var title: String
    /// What the table holds and how to fill it, in Indonesian.
    public var hint: String
    /// Where the rows are in the file's JSON ("budget", "revisions").
    public var path: [String]
    public var columns: [SheetColumn]
    /// The keys that name a row; what the table does not show (a printed figure, a formula override)
    /// is kept from the stored row with the same keys.
    public var identity: [String] = []

    public var headers: [String] { columns.map(\.header) }

    /// The most rows one table takes, pasted or imported (docs/office-year-format.md, "Batas"): more than the
    /// kelurahan/desa of all Indonesia (about 84.000), so that no real table is refused.
    public static let maximumRows = 100_000

    /// The JSON path of the rows as the reader reports it ("$.budget.revisions").
    public var jsonPath: String { "$." + path.joined(separator: ".") }
}
