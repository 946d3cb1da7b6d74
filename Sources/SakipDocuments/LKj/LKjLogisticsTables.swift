import Foundation
import SakipCore

/// The logistics tables of BAB III (DOMAIN §7, Pagar Alam Tabel 4–6): the receipt and sorting, the distribution
/// to TPS and the transport. Shortage, surplus and every "Jumlah" line are computed from the rows; the printed
/// total line is never shown.
enum LKjLogisticsTables {
    /// Whether the logistics have a table to show.
    static func hasTables(_ logistics: Logistics) -> Bool {
        !logistics.sorting.isEmpty || !logistics.distribution.isEmpty || !logistics.transport.isEmpty
            || LKjLogisticsSupplyTables.hasTables(logistics)
    }

    /// The tables under a title: a heading of level `headingLevel`, or a bold line inside a sasaran's analysis when nil.
    static func write(_ document: inout WordDocument, _ context: inout LKjContext, _ logistics: Logistics, headingLevel: Int?) {
        guard hasTables(logistics) else { return }
        let event = context.data.logisticsEvent
        let name = event?.name ?? "Pemilu/Pemilihan Tahun \(context.year)"
        LKjElectionPlacement.title(&document, "Logistik \(name)", headingLevel: headingLevel)
        LKjLogisticsSupplyTables.writeSupply(&document, &context, logistics, event, name)
        sorting(&document, &context, logistics, name)
        distribution(&document, &context, logistics, event, name)
        transport(&document, &context, logistics, name)
        LKjLogisticsSupplyTables.writeKeeping(&document, &context, logistics, name)
    }

    private static func sorting(_ document: inout WordDocument, _ context: inout LKjContext, _ logistics: Logistics, _ name: String) {
        guard !logistics.sorting.isEmpty else { return }
        // No "Jumlah" line: the items are counted in different units (lembar, buah, botol), as in the seed.
        let rows = logistics.sorting.enumerated().map { index, row in
            ReportTable.Row([.text("\(index + 1)"), .text(row.item), .text(row.unit ?? "-"), .count(row.ordered), .count(row.received),
                             .count(row.good), .count(row.damaged), .count(row.shortage), .count(row.surplus),
                             row.requested.map { .count($0) } ?? .text("-")])
        }
        // Ten columns on a portrait page: each width holds its one-word header in bold 8 pt and "110.614"
        // without breaking inside a word; the item's name wraps instead.
        let table = context.table("3", "Hasil Penyortiran dan Penghitungan Logistik \(name)",
                                  columns: [.init("No", width: 4), .init("Jenis Logistik", width: 12), .init("Satuan", width: 8),
                                            .init("Dipesan", width: 9), .init("Diterima", width: 9), .init("Baik", width: 8),
                                            .init("Rusak", width: 7), .init("Kurang", width: 8), .init("Lebih", width: 7),
                                            .init("Permintaan", width: 11)],
                                  rows: rows)
        document.text(LKjSentences.sorting(logistics, table: table))
        document.table(table)
        if let unreconciled = LKjSentences.unreconciled(logistics) { document.text(unreconciled) }
    }

    private static func distribution(_ document: inout WordDocument, _ context: inout LKjContext, _ logistics: Logistics,
                                     _ event: ElectionEvent?, _ name: String) {
        guard !logistics.distribution.isEmpty else { return }
        var rows = logistics.distribution.enumerated().map { index, row in
            ReportTable.Row([.text("\(index + 1)"), .text(row.area), .count(row.tps), .count(row.boxes), .count(row.bags),
                             .text(row.sent.map(IndonesianDate.format) ?? "-"), .text(row.arrived.map(IndonesianDate.format) ?? "-"),
                             .text(row.transport ?? "-")])
        }
        rows.append(ReportTable.Row([.empty, .text("Jumlah"), .count(logistics.distributedTPS), .count(logistics.distributedBoxes),
                                     .count(logistics.distributedBags), .empty, .empty, .empty], kind: .total))
        // The dates keep "26 November" on one line at 8 pt, so a row takes two lines, not three.
        let table = context.table("3", "Pendistribusian Logistik \(name) ke TPS",
                                  columns: [.init("No", width: 4), .init("Kelurahan/Desa", width: 13), .init("Jumlah TPS", width: 8),
                                            .init("Kotak Suara Berisi Logistik (buah)", width: 8),
                                            .init("Kantong Plastik Berisi Logistik (bungkus)", width: 10),
                                            .init("Tanggal Pengiriman", width: 12), .init("Tanggal Tiba di TPS", width: 12),
                                            .init("Moda Angkutan", width: 12)],
                                  rows: rows)
        document.text(LKjSentences.distribution(logistics, event: event, table: table))
        document.table(table)
    }

    private static func transport(_ document: inout WordDocument, _ context: inout LKjContext, _ logistics: Logistics, _ name: String) {
        guard !logistics.transport.isEmpty else { return }
        var rows = logistics.transport.enumerated().map { index, row in
            ReportTable.Row([.text("\(index + 1)"), .text(row.mode), row.ppk.map { .count($0) } ?? .text("-"),
                             row.pps.map { .count($0) } ?? .text("-"), row.tps.map { .count($0) } ?? .text("-")])
        }
        rows.append(ReportTable.Row([.empty, .text("Jumlah"), .count(logistics.transportPPK), .count(logistics.transportPPS),
                                     .count(logistics.transportTPS)], kind: .total))
        let table = context.table("3", "Moda Transportasi Logistik \(name) sampai ke TPS",
                                  columns: [.init("No", width: 4), .init("Jenis Transportasi", width: 24), .init("KPU ke PPK", width: 10),
                                            .init("PPK ke PPS", width: 10), .init("PPS ke TPS", width: 10)],
                                  rows: rows)
        document.text(LKjSentences.transport(logistics, table: table))
        document.table(table)
    }
}
