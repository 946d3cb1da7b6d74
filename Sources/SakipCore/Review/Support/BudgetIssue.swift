import Foundation

/// A printed budget figure the reconciled evidence contradicts, with the figure it should be and why. A
/// sisa or persen that only follows from a wrong pagu or realisasi of its own row is part of that row's
/// issue, not an issue of its own (one finding per mistake).
struct BudgetIssue: Sendable {
    enum Field: String, Sendable { case pagu, realisasi, sisa, persen }

    var source: BudgetSource
    var field: Field
    /// True when the printed persen is the right figure rounded the wrong way.
    var rounding: Bool
    var expected: String
    var found: String
    var message: String
    var alternatives: [ReviewAlternative]
    /// Set for a parent whose children's sum the evidence outvotes: the place of the children, not of a figure.
    var childrenPath: String? = nil

    var path: String {
        if let childrenPath { return childrenPath }
        switch field {
        case .pagu: return source.paguPath
        case .realisasi: return source.realisasiPath
        case .sisa: return source.sisaPath
        case .persen: return source.persenPath
        }
    }

    var place: ReviewPlace {
        var place = source.place
        place.field = field.rawValue
        place.path = path
        return place
    }
}

extension ReconciledBudgetRow {
    /// "076.01.CQ.6867.QGE", "Jumlah".
    var name: String { code?.full ?? "Jumlah" }

    /// Every printed figure of the row's sources that the supported figures contradict, and a children's sum
    /// the evidence outvotes (one of the children is wrong, and the evidence cannot say which).
    var issues: [BudgetIssue] {
        sources.flatMap(issues(of:)) + childrenIssues
    }

    private var childrenIssues: [BudgetIssue] {
        guard let sum, let source = sources.first, !childPlaces.isEmpty else { return [] }
        return [(BudgetIssue.Field.pagu, sum.pagu, truth.pagu, paguSupport), (.realisasi, sum.realisasi, truth.realisasi, realisasiSupport)]
            .compactMap { field, summed, expected, support in
                guard summed != expected else { return nil }
                let difference = summed - expected
                let alternatives = childPlaces.map { place -> ReviewAlternative in
                    var place = place
                    place.field = field.rawValue
                    place.path = (place.path ?? "") + ".\(field.rawValue)"
                    return ReviewAlternative(place: place, expected: "\(ReviewText.rupiah(-difference)) dari yang tertulis")
                }
                return BudgetIssue(
                    source: source, field: field, rounding: false, expected: ReviewText.rupiah(expected), found: ReviewText.rupiah(summed),
                    message: "Rincian \(name) berjumlah \(field.rawValue) \(ReviewText.rupiah(summed)), padahal \(ReviewText.list(support)) menunjukkan \(ReviewText.rupiah(expected)): salah satu rinciannya keliru sebesar \(ReviewText.rupiah(difference)).",
                    alternatives: alternatives, childrenPath: code == nil ? "$.budget.lines" : (source.place.path ?? "") + ".children")
            }
    }

    private func issues(of source: BudgetSource) -> [BudgetIssue] {
        var out: [BudgetIssue] = []
        let own = BudgetFigures(pagu: source.pagu ?? truth.pagu, realisasi: source.realisasi ?? truth.realisasi)
        var consequences: [String] = []
        if let sisa = source.sisa, sisa != truth.sisa, own != truth, sisa == own.sisa {
            consequences.append("sisa \(ReviewText.rupiah(sisa))")
        }
        if let persen = source.persen, let ownPersen = own.persen, let exact = truth.persen, own != truth,
           PrintedComparison.compare(persen, with: exact) == .mismatch, PrintedComparison.compare(persen, with: ownPersen) != .mismatch {
            consequences.append("persen \(ReviewText.quoted(persen))")
        }
        let after = consequences.isEmpty ? "" : "; \(consequences.joined(separator: " dan ")) di baris ini mengikuti angka yang keliru itu"
            + (truth.persen.map { ", dengan angka yang benar persennya \(ReviewText.percent($0))" } ?? "")
        if let pagu = source.pagu, pagu != truth.pagu {
            out.append(amountIssue(source, .pagu, stated: pagu, expected: truth.pagu, support: paguSupport, after: after))
        }
        if let realisasi = source.realisasi, realisasi != truth.realisasi {
            out.append(amountIssue(source, .realisasi, stated: realisasi,
                                   expected: truth.realisasi, support: realisasiSupport, after: out.isEmpty ? after : ""))
        }
        if let sisa = source.sisa, sisa != truth.sisa, !(own != truth && sisa == own.sisa) {
            let alternatives = tiedAlternatives(source)
            out.append(BudgetIssue(
                source: source, field: .sisa, rounding: false, expected: ReviewText.rupiah(truth.sisa), found: ReviewText.rupiah(sisa),
                message: "Sisa \(name) tertulis \(ReviewText.rupiah(sisa)), padahal pagu \(ReviewText.rupiah(truth.pagu)) − realisasi \(ReviewText.rupiah(truth.realisasi)) = \(ReviewText.rupiah(truth.sisa)).",
                alternatives: alternatives))
        }
        if let persen = source.persen, let exact = truth.persen,
           let comparison = PrintedComparison.compare(persen, with: exact), comparison != .agrees,
           !(own != truth && own.persen.map { PrintedComparison.compare(persen, with: $0) != .mismatch } == true) {
            let selfText = own != truth ? own.persen.map { "; dengan pagu dan realisasi yang tertulis di baris ini pun persennya \(ReviewText.percent($0))" } ?? "" : ""
            let digits = PrintedFigure.fractionDigits(persen)
            let message = comparison == .rounding
                ? "Persen \(name) tertulis \(ReviewText.quoted(persen)), padahal nilai tepatnya \(IndonesianFormat.number(exact, fractionDigits: 4)) dibulatkan setengah ke atas menjadi \(IndonesianFormat.percent(exact, fractionDigits: digits))."
                : "Persen \(name) tertulis \(ReviewText.quoted(persen)), padahal realisasi \(ReviewText.rupiah(truth.realisasi)) / pagu \(ReviewText.rupiah(truth.pagu)) × 100 = \(ReviewText.percent(exact))\(selfText)."
            out.append(BudgetIssue(source: source, field: .persen, rounding: comparison == .rounding,
                                   expected: comparison == .rounding ? IndonesianFormat.percent(exact, fractionDigits: digits) : ReviewText.percent(exact),
                                   found: persen, message: message, alternatives: comparison == .rounding ? [] : tiedAlternatives(source)))
        }
        return out
    }

    private func amountIssue(_ source: BudgetSource, _ field: BudgetIssue.Field, stated: Decimal, expected: Decimal,
                             support: [String], after: String) -> BudgetIssue {
        let evidence = support.isEmpty ? "data lain" : ReviewText.list(support)
        return BudgetIssue(
            source: source, field: field, rounding: false, expected: ReviewText.rupiah(expected), found: ReviewText.rupiah(stated),
            message: "\(field.rawValue.capitalized) \(name) tertulis \(ReviewText.rupiah(stated)), padahal \(evidence) menunjukkan \(ReviewText.rupiah(expected)) (selisih \(ReviewText.rupiah(stated - expected)))\(after).",
            alternatives: [])
    }

    /// When the evidence cannot choose between the supported figures and other ones, the source's pagu or
    /// realisasi that would be wrong under them.
    private func tiedAlternatives(_ source: BudgetSource) -> [ReviewAlternative] {
        tied.flatMap { other -> [ReviewAlternative] in
            var out: [ReviewAlternative] = []
            if let pagu = source.pagu, pagu != other.pagu {
                var place = source.place
                place.field = "pagu"
                place.path = source.paguPath
                out.append(ReviewAlternative(place: place, expected: ReviewText.rupiah(other.pagu)))
            }
            if let realisasi = source.realisasi, realisasi != other.realisasi {
                var place = source.place
                place.field = "realisasi"
                place.path = source.realisasiPath
                out.append(ReviewAlternative(place: place, expected: ReviewText.rupiah(other.realisasi)))
            }
            return out
        }
    }
}

extension ReviewText {
    /// "a, b dan c".
    static func list(_ items: [String]) -> String {
        var unique: [String] = []
        for item in items where !unique.contains(item) { unique.append(item) }
        guard unique.count > 1 else { return unique.first ?? "" }
        return unique.dropLast().joined(separator: ", ") + " dan " + unique.last!
    }
}
