import Foundation

/// The compact, computed figures of one office-year that province and national pages read instead of the whole
/// office-year: office capaian, one line per measured indicator, budget, review counts, election and logistics
/// totals. It is written whenever an office-year changes and recomputed for every office-year when
/// ``engineVersion`` rises (see ``OfficeYearSummary/init(_:mapping:)``).
///
/// Every amount is exact (`Decimal`, encoded as a JSON number with all its digits); round only to display.
public struct OfficeYearSummary: Hashable, Sendable, Codable {
    /// The version of the rules that computed a summary. A stored summary with an older version is stale and must
    /// be recomputed from its office-year.
    public static let currentEngineVersion = 1

    /// The ``currentEngineVersion`` when this summary was computed.
    public var engineVersion: Int
    public var officeCode: String
    public var officeName: String
    public var level: Office.Level
    public var province: String?
    public var parentCode: String?
    public var year: Int

    /// The office capaian: the mean over sasaran (DOMAIN §4); nil when nothing is measured.
    public var capaian: Decimal?
    /// The category of ``capaian`` on the office's scale.
    public var category: String?
    /// The mean over every measured indicator, for reports that state it that way.
    public var indicatorMean: Decimal?
    /// Whether capaian above 100 % counted as 100 % in the means.
    public var cappedAt100: Bool
    /// Rows measured, rows with a capaian, and rows in the category that holds 100 % or a better one.
    public var indicatorCount: Int
    public var measuredCount: Int
    public var successCount: Int

    public var objectives: [ObjectiveRow]
    /// The measured indicators in the order of the measurement (the governing PK's order by default).
    public var indicators: [IndicatorRow]
    public var budget: BudgetTotals
    public var review: ReviewCounts
    public var elections: [ElectionFigures]
    public var logistics: LogisticsFigures?

    /// The indicator line with an office indicator id.
    public func indicator(_ id: String) -> IndicatorRow? { indicators.first { $0.id == id } }

    /// The IKU lines.
    public var ikuIndicators: [IndicatorRow] { indicators.filter(\.iku) }
}

extension OfficeYearSummary {
    /// Whether an indicator line has a capaian, and why not when it has none.
    public enum MeasureStatus: String, Hashable, Sendable, Codable, CaseIterable {
        case measured, notApplicable, missing, rejected

        /// "terukur", "tidak diukur", "belum ada realisasi", "nilai ditolak".
        public var label: String {
            switch self {
            case .measured: "terukur"
            case .notApplicable: "tidak diukur"
            case .missing: "belum ada realisasi"
            case .rejected: "nilai ditolak"
            }
        }
    }

    /// One measured indicator of the office-year.
    public struct IndicatorRow: Hashable, Sendable, Codable {
        /// The office's own indicator id ("I7").
        public var id: String
        public var statement: String
        public var iku: Bool
        public var kind: IndicatorKind
        public var polarity: Polarity
        public var unit: String?
        public var objectiveId: String?
        /// Target and realisation as the LKj writes them ("75 %", "2 Laporan", "B").
        public var target: String?
        public var realisation: String?
        /// The amounts of a percentage, count or index target and realisation; nil for grades.
        public var targetAmount: Decimal?
        public var realisationAmount: Decimal?
        /// Whether the realisation was computed from election or logistics data (a binding).
        public var computedFromModules: Bool
        public var status: MeasureStatus
        /// Why there is no capaian (not applicable, missing, rejected).
        public var reason: String?
        /// Capaian in percent, exact.
        public var capaian: Decimal?
        public var category: String?
        /// The national catalogue entry this indicator was confirmed to be, when the summary was computed with a mapping.
        public var catalogueCode: String?
    }

    /// A sasaran with the mean of its indicators.
    public struct ObjectiveRow: Hashable, Sendable, Codable {
        public var id: String
        public var statement: String
        public var capaian: Decimal?
        public var category: String?
    }

    /// Pagu and realisasi of the final DIPA, in total and per program.
    public struct BudgetTotals: Hashable, Sendable, Codable {
        /// One program of the DIPA tree.
        public struct Program: Hashable, Sendable, Codable {
            /// The full code ("076.01.CQ").
            public var code: String
            /// The program letters ("CQ", "WA"), the key provinces sum by.
            public var program: String
            public var name: String
            public var pagu: Decimal
            public var realisasi: Decimal
            /// Realisasi / pagu × 100, exact; nil for a pagu of 0.
            public var absorption: Decimal?
        }

        public var pagu: Decimal
        public var realisasi: Decimal
        public var absorption: Decimal?
        public var programs: [Program]
        /// The governing PK's program budget total (the budget known in January).
        public var agreedTotal: Decimal?
        /// DIPA revisions listed (revision 0, the DIPA awal, not counted).
        public var revisionCount: Int
    }

    /// How many findings the automatic review gave, by severity, with the codes of errors and warnings.
    public struct ReviewCounts: Hashable, Sendable, Codable {
        public var errors: Int
        public var warnings: Int
        public var notes: Int
        /// The distinct check codes of the errors, sorted.
        public var errorCodes: [String]
        /// The distinct check codes of the warnings, sorted.
        public var warningCodes: [String]
    }
}
