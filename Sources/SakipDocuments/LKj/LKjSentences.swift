import Foundation
import SakipCore

/// The LKj's sentences that state figures. Every figure is computed from the data, never typed.
enum LKjSentences {
    /// "Rata-rata capaian kinerja KPU Kabupaten Asahan Tahun 2024 sebesar 91,37 % dengan kategori Berhasil."
    static func officeCapaian(_ context: LKjContext) -> String {
        guard let mean = context.result.officeMean else {
            return "Capaian kinerja \(context.office) Tahun \(context.year) belum dapat dihitung karena belum ada indikator yang terukur."
        }
        let category = context.result.officeCategory.map { " dengan kategori \($0)" } ?? ""
        return "Rata-rata capaian kinerja \(context.office) Tahun \(context.year) sebesar \(IndonesianFormat.percent(mean))\(category)."
    }

    /// "Dari 13 indikator kinerja, 12 indikator terukur: …; 10 dari 12 indikator …"
    static func indicatorCounts(_ context: LKjContext) -> String {
        let summary = context.summary
        var text = "Dari \(summary.indicatorCount) indikator kinerja yang diperjanjikan, \(summary.measuredCount) indikator terukur"
        if summary.unmeasuredCount > 0 { text += " dan \(summary.unmeasuredCount) indikator tidak diukur" }
        text += ", yaitu \(summary.categoryPhrase); \(summary.successSentence)."
        return text
    }

    /// "Realisasi anggaran … sebesar Rp 83.098.081.692 dari pagu Rp 83.389.671.000 atau 99,65 %, …"
    static func budget(_ context: LKjContext) -> String {
        let total = context.budgetTotal
        guard total.pagu > 0 else { return "Data pagu dan realisasi anggaran Tahun \(context.year) belum diisi." }
        var text = "Realisasi anggaran \(context.office) Tahun \(context.year) sebesar \(IndonesianFormat.rupiah(total.realisasi))"
        if let words = Terbilang.rupiah(total.realisasi) { text += " (\(words))" }
        text += " dari pagu sebesar \(IndonesianFormat.rupiah(total.pagu)) atau \(total.persen.map { IndonesianFormat.percent($0) } ?? "-")"
        text += ", dengan sisa anggaran \(IndonesianFormat.rupiah(total.sisa))."
        return text
    }

    /// Capaian beside absorption: the efficiency statement of BAB III.
    static func efficiency(_ context: LKjContext) -> String? {
        guard let mean = context.result.officeMean, let persen = context.budgetTotal.persen else { return nil }
        return "Dengan penyerapan anggaran sebesar \(IndonesianFormat.percent(persen)), rata-rata capaian kinerja yang diperoleh sebesar \(IndonesianFormat.percent(mean))."
    }

    /// "tahun kelima": which year of the Renstra period the report's year is, computed from the period.
    static func renstraYear(_ context: LKjContext) -> String? {
        guard let renstra = context.data.renstra, let number = renstra.yearNumber(of: context.year) else { return nil }
        let words = ["pertama", "kedua", "ketiga", "keempat", "kelima", "keenam"]
        let word = number <= words.count ? words[number - 1] : "ke-\(number)"
        return "tahun \(word) pelaksanaan Rencana Strategis \(renstra.startYear)–\(renstra.endYear)"
    }

    /// One indicator's figures: "Target 75 %, realisasi 74,63 %, capaian 99,51 % (Berhasil)."
    static func indicator(_ row: IndicatorAchievement, _ context: LKjContext) -> String {
        let target = row.target?.description ?? "-"
        let realisation = context.realisationText(row)
        switch row.achievement {
        case .measured(let value):
            let category = row.category.map { " dengan kategori \($0)" } ?? ""
            return "Target Tahun ini \(target), realisasi \(realisation), sehingga capaian \(IndonesianFormat.percent(value))\(category)."
        case .notApplicable(let reason):
            return "Indikator ini tidak diukur pada tahun ini: \(reason)."
        case .missing(let reason), .rejected(let reason):
            return "Target \(target), realisasi \(realisation); capaian belum dapat dihitung: \(reason)."
        }
    }

    /// Earlier years and the Renstra's final target for one indicator.
    static func comparison(_ row: YearComparison.Row, years: [Int], finalYear: Int?) -> String? {
        var parts: [String] = []
        let earlier = years.compactMap { year -> String? in
            guard let value = row.earlier[year]?.percent else { return nil }
            return "\(IndonesianFormat.percent(value)) pada \(year)"
        }
        if !earlier.isEmpty { parts.append("Capaian tahun-tahun sebelumnya: \(earlier.joined(separator: ", "))") }
        if let target = row.finalTarget, let finalYear {
            let against = row.againstFinalTarget.percent.map { ", atau \(IndonesianFormat.percent($0)) dari target tersebut" } ?? ""
            parts.append("Target akhir Renstra (\(finalYear)) sebesar \(target)\(against)")
        }
        return parts.isEmpty ? nil : parts.joined(separator: ". ") + "."
    }
}
