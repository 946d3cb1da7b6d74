import Foundation
import SakipCore

/// The election tables of BAB III (DOMAIN §6): the DPT recap per kecamatan (Pagar Alam Tabel 3.3), the
/// registered voters with DPTb and DPK when given, and the participation rates with their denominator.
/// Every total is the sum of the rows: a printed total line is never shown.
enum LKjElectionTables {
    /// Whether an event has anything to show; an event without DPT rows, DPTb/DPK or turnout adds nothing.
    static func hasTables(_ event: ElectionEvent) -> Bool {
        !event.dpt.rows.isEmpty || event.dptb != nil || event.dpk != nil || !event.participationRates.isEmpty
    }

    /// The tables of one event under a title: a heading of level `headingLevel`, or a bold line inside a
    /// sasaran's analysis when nil.
    static func write(_ document: inout WordDocument, _ context: inout LKjContext, _ event: ElectionEvent, headingLevel: Int?) {
        guard hasTables(event) else { return }
        LKjElectionPlacement.title(&document, "Data Pemilih dan Partisipasi \(event.name)", headingLevel: headingLevel)
        dptRecap(&document, &context, event)
        registered(&document, &context, event)
        participation(&document, &context, event)
    }

    static let dptTitle = "Rekapitulasi Daftar Pemilih Tetap (DPT)"

    private static func dptRecap(_ document: inout WordDocument, _ context: inout LKjContext, _ event: ElectionEvent) {
        let dpt = event.dpt
        guard !dpt.rows.isEmpty else { return }
        // The village count is shown only when the data gives it (a count, or kelurahan rows); 0 would be a guess.
        let statesVillages = dpt.rows.contains { $0.villageCount != nil || !$0.subareas.isEmpty }
        var rows: [ReportTable.Row] = []
        for (index, row) in dpt.rows.enumerated() {
            let villages = row.villageCount ?? (row.subareas.isEmpty ? nil : row.subareas.count)
            rows.append(dptRow("\(index + 1)", row, villages: villages))
            for (subindex, subarea) in row.subareas.enumerated() {
                rows.append(dptRow("\(index + 1).\(subindex + 1)", subarea, villages: nil))
            }
        }
        rows.append(ReportTable.Row([.empty, .text("Jumlah"), statesVillages ? .count(dpt.villageCount) : .text("-"), .count(dpt.tps),
                                     .count(dpt.voters.male), .count(dpt.voters.female), .count(dpt.voters.total)], kind: .total))
        let table = context.table("3", "\(dptTitle) \(event.name)",
                                  columns: [.init("No", width: 4), .init("Kecamatan / Desa/Kel", width: 20), .init("Jumlah Desa/Kel", width: 8),
                                            .init("Jumlah TPS", width: 8), .init("L", width: 9), .init("P", width: 9), .init("L+P", width: 10)],
                                  rows: rows)
        document.text(LKjSentences.dptRecap(event, statesVillages: statesVillages, table: table))
        document.table(table)
    }

    private static func dptRow(_ number: String, _ row: DPTRow, villages: Int?) -> ReportTable.Row {
        ReportTable.Row([.text(number), .text(row.area), villages.map { .count($0) } ?? .text("-"), .count(row.tps),
                         .count(row.voters.male), .count(row.voters.female), .count(row.voters.total)])
    }

    /// DPT, DPTb and DPK side by side, when DPTb or DPK is given: the base of "DPT + DPTb + DPK" rates.
    private static func registered(_ document: inout WordDocument, _ context: inout LKjContext, _ event: ElectionEvent) {
        guard event.dptb != nil || event.dpk != nil else { return }
        var lists: [(String, VoterCount)] = []
        if !event.dpt.rows.isEmpty { lists.append(("Daftar Pemilih Tetap (DPT)", event.dpt.voters)) }
        if let dptb = event.dptb { lists.append(("Daftar Pemilih Tambahan (DPTb)", dptb)) }
        if let dpk = event.dpk { lists.append(("Daftar Pemilih Khusus (DPK)", dpk)) }
        let sum = lists.reduce(VoterCount.zero) { $0 + $1.1 }
        var rows = lists.enumerated().map { index, list in
            ReportTable.Row([.text("\(index + 1)"), .text(list.0), .count(list.1.male), .count(list.1.female), .count(list.1.total)])
        }
        rows.append(ReportTable.Row([.empty, .text("Jumlah"), .count(sum.male), .count(sum.female), .count(sum.total)], kind: .total))
        let table = context.table("3", "Pemilih Terdaftar \(event.name)",
                                  columns: [.init("No", width: 4), .init("Daftar Pemilih", width: 26), .init("L", width: 10),
                                            .init("P", width: 10), .init("L+P", width: 10)],
                                  rows: rows)
        document.text(LKjSentences.registered(event, total: sum, table: table))
        document.table(table)
    }

    private static func participation(_ document: inout WordDocument, _ context: inout LKjContext, _ event: ElectionEvent) {
        let rates = event.participationRates
        guard !rates.isEmpty else { return }
        let rows = rates.enumerated().map { index, rate in
            ReportTable.Row([.text("\(index + 1)"), .text(LKjSentences.capitalised(rate.figure.label)), .count(rate.numerator),
                             .count(rate.denominator), .text(rate.denominatorLabel), .percent(rate.percent)])
        }
        let table = context.table("3", "Tingkat Partisipasi Pemilih \(event.name)",
                                  columns: [.init("No", width: 4), .init("Uraian", width: 18), .init("Pengguna Hak Pilih", width: 10),
                                            .init("Pemilih Terdaftar", width: 10), .init("Penyebut", width: 14), .init("Partisipasi (%)", width: 9)],
                                  rows: rows)
        document.text(LKjSentences.participation(event, table: table))
        document.table(table)
        if let ballots = LKjSentences.ballots(event) { document.text(ballots) }
    }
}
