// The Indonesian labels of the file's enumerations, in one place: the tables offer them as choices and the
// reader's messages list them.

extension IndicatorKind: IndonesianChoice {
    public var choiceLabel: String {
        switch self {
        case .percentage: "persentase"
        case .count: "jumlah"
        case .index: "indeks"
        case .grade: "nilai"
        }
    }
}

extension GradeScale: IndonesianChoice {
    public var choiceLabel: String { self == .sakip ? "SAKIP" : "Opini BPK" }
}

extension Polarity: IndonesianChoice {
    public var choiceLabel: String {
        switch self {
        case .higherIsBetter: "naik"
        case .lowerIsBetter: "turun"
        case .equalToTarget: "tepat target"
        }
    }
}

extension LowerIsBetterFormula: IndonesianChoice {
    public var choiceLabel: String { self == .mirror ? "(2 × target − realisasi) / target" : "target / realisasi" }
}

extension Indicator.YearValue: IndonesianChoice {
    public var choiceLabel: String { self == .lastQuarter ? "TW IV" : "jumlah triwulan" }
}

extension Office.Level: IndonesianChoice {
    public var choiceLabel: String { label }
}

extension PerformanceAgreement.Level: IndonesianChoice {
    public var choiceLabel: String { self == .ketua ? "Ketua" : "Sekretaris" }
}

extension Person.Role: IndonesianChoice {
    public var choiceLabel: String { rawValue }
}

extension Person.Employment: IndonesianChoice {
    public var choiceLabel: String { rawValue }
}

extension Person.Education: IndonesianChoice {
    public var choiceLabel: String { rawValue }
}

extension ElectionKind: IndonesianChoice {
    public var choiceLabel: String { self == .psu ? "PSU" : rawValue }
}

extension ParticipationBase: IndonesianChoice {
    public var choiceLabel: String { label }
}

extension IndicatorBinding.Figure: IndonesianChoice {
    public var choiceLabel: String {
        switch self {
        case .participationOverall: "partisipasi pemilih"
        case .participationWomen: "partisipasi pemilih perempuan"
        case .participationDisability: "partisipasi pemilih disabilitas"
        case .participationFirstTime: "partisipasi pemilih pemula"
        case .logisticsOnTime: "distribusi logistik tepat waktu"
        case .logisticsFulfilment: "kebutuhan logistik terpenuhi"
        case .logisticsDeliveryOnTime: "pengiriman penyedia tepat waktu"
        }
    }
}

extension StatedCount.Figure: IndonesianChoice {
    public var choiceLabel: String { label }
}

extension Warehouse.Ownership: IndonesianChoice {
    public var choiceLabel: String { label }
}

extension Warehouse.Condition: IndonesianChoice {
    public var choiceLabel: String { label }
}

extension Claim.CountOf: IndonesianChoice {
    public var choiceLabel: String {
        switch self {
        case .indicators: "indikator"
        case .objectives: "sasaran"
        case .revisions: "revisi"
        case .staff: "pegawai"
        }
    }
}
