/// The consistency rules of an LKE scoring (LKE.md §3). Codes are stable and never reused; docs/evaluasi-sakip.md
/// lists them. Every rule is a warning: the evaluator may override it with a note.
public enum ConsistencyCode: String, CaseIterable, Sendable {
    /// A criterion is met while a criterion it presupposes is not (the LKE version's `requires`).
    case prerequisite = "LKE-PRASYARAT"
    /// A component's Pemanfaatan is rated above its Kualitas.
    case pemanfaatanAboveKualitas = "LKE-PEMANFAATAN-KUALITAS"
    /// A rating the share of met criteria cannot have (AA/A/BB below 100 %, E with a met criterion, …).
    case ratingOutsideCriteria = "LKE-NILAI-KRITERIA"
    /// Mandate or "kept" flags on an unmet criterion, or set out of order.
    case flagsOutOfOrder = "LKE-TANDA-BERTINGKAT"
    /// The LKj is answered "reviewed" without a review report known or attached.
    case reviewWithoutReport = "LKE-REVIU-TANPA-LHR"
    /// The LKj is answered "on time" while it was submitted late or not at all.
    case lateReport = "LKE-LKJ-TERLAMBAT"
    /// "All recommendations followed up" while last year's follow-up is not complete.
    case followUpIncomplete = "LKE-TL-BELUM-SELESAI"

    /// The rule in Indonesian.
    public var summary: String {
        switch self {
        case .prerequisite: "Kriteria dinyatakan terpenuhi padahal kriteria yang menjadi prasyaratnya (misalnya dokumen yang dinilai kualitasnya) belum terpenuhi."
        case .pemanfaatanAboveKualitas: "Nilai sub-komponen Pemanfaatan lebih tinggi daripada nilai sub-komponen Kualitas pada komponen yang sama."
        case .ratingOutsideCriteria: "Nilai sub-komponen tidak sesuai dengan persentase kriteria yang terpenuhi (AA, A dan BB menuntut 100 %; E hanya bila tidak ada kriteria terpenuhi)."
        case .flagsOutOfOrder: "Tanda mandat nasional atau dipertahankan 1/5 tahun diberikan pada kriteria yang tidak terpenuhi atau tidak berurutan."
        case .reviewWithoutReport: "LKj dinyatakan telah direviu, tetapi tidak ada Laporan Hasil Reviu yang tercatat atau dilampirkan."
        case .lateReport: "LKj dinyatakan disampaikan tepat waktu, padahal data penyampaian menunjukkan terlambat atau belum disampaikan."
        case .followUpIncomplete: "Seluruh rekomendasi dinyatakan telah ditindaklanjuti, padahal tindak lanjut LHE tahun lalu belum seluruhnya selesai."
        }
    }
}

/// A consistency warning on one subject (a criterion, a sub-component or a component id).
public struct ConsistencyWarning: Hashable, Sendable {
    public var code: ConsistencyCode
    /// "3.b.4", "1.c", "2".
    public var subject: String
    /// What is inconsistent, in Indonesian, naming the criteria or sub-components.
    public var message: String

    public init(code: ConsistencyCode, subject: String, message: String) {
        self.code = code
        self.subject = subject
        self.message = message
    }
}

/// The evaluator's decision to keep a scoring despite a warning, with the reason.
public struct WarningOverride: Hashable, Sendable {
    public var code: ConsistencyCode
    public var subject: String
    public var note: String

    public init(code: ConsistencyCode, subject: String, note: String) {
        self.code = code
        self.subject = subject
        self.note = note
    }

    /// Whether it covers a warning.
    public func covers(_ warning: ConsistencyWarning) -> Bool { warning.code == code && warning.subject == subject }
}
