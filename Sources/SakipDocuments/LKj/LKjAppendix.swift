import SakipCore

/// Lampiran: the current PK of each level, then the RKT.
enum LKjAppendix {
    /// Writes the appendices; returns how many were numbered, so that further ones continue the numbering.
    @discardableResult
    static func write(_ document: inout WordDocument, _ context: inout LKjContext) -> Int {
        document.heading("LAMPIRAN", level: 1, newPage: true)
        let agreements = PerformanceAgreement.Level.allCases.compactMap { context.data.agreements.current($0) }
        for (index, pk) in agreements.enumerated() {
            if index > 0 { document.pageBreak() }
            document.heading("Lampiran \(index + 1). Perjanjian Kinerja (\(pk.level.label))", level: 2)
            PKWriter.write(&document, pk, context.data) { title, columns, rows in context.table("L", title, columns: columns, rows: rows) }
        }
        if context.data.annualPlan.map({ !$0.rows.isEmpty }) ?? false {
            document.pageBreak()
            document.heading("Lampiran \(agreements.count + 1). Rencana Kinerja Tahunan", level: 2)
            RKTWriter.write(&document, context.data) { title, columns, rows in context.table("L", title, columns: columns, rows: rows) }
            return agreements.count + 1
        }
        return agreements.count
    }
}
