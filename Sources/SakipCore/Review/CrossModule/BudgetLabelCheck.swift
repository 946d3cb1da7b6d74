/// A budget claim whose label names another kegiatan than its code (Pematangsiantar: the 6872 and 6982
/// rows carry the label ".6871 Pengelolaan, Pengadaan, Laporan, dan Dokumentasi Logistik").
public struct BudgetLabelCheck: ReviewCheck {
    public let code = "CROSS-BUDGET-LABEL"
    public let severity = ReviewSeverity.error
    public let category = ReviewCategory.crossModule
    public let summary = "Kode kegiatan yang tertulis pada label angka anggaran sama dengan kode baris anggarannya."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        let tree = context.officeYear.budget.tree
        return context.officeYear.report.claims.enumerated().compactMap { index, claim in
            guard let label = claim.label, let code = claim.budgetCode, let kegiatan = code.kegiatan else { return nil }
            let named = label.split { !$0.isLetter && !$0.isNumber }.map(String.init)
                .filter { $0.count == 4 && $0.allSatisfy(\.isASCIIDigit) }
            guard !named.isEmpty, !named.contains(kegiatan) else { return nil }
            let name = code.truncated(to: .kegiatan).flatMap { tree.line(code: $0.full)?.name }
            let expected = name.map { "\(kegiatan) \($0)" } ?? kegiatan
            return finding(ReviewPlace(table: claim.location, row: code.full, field: "label", path: "$.report.claims[\(index)].label"),
                           "Label \(ReviewText.quoted(label)) menyebut kegiatan \(named.joined(separator: ", ")), padahal angkanya milik kegiatan \(expected).",
                           expected: expected, found: label)
        }
    }
}
