import Foundation
import SakipCore

/// The logistics supply tables of BAB III (Pagar Alam Tabel 1–3, 7 and 8): needs and budget, procurement with
/// its efficiency, deliveries from the suppliers, warehouses and the destruction of ballots. Every "Jumlah" line,
/// efficiency and on-time share is computed from the rows; printed figures are never shown.
enum LKjLogisticsSupplyTables {
    /// Whether the logistics have a supply table to show.
    static func hasTables(_ logistics: Logistics) -> Bool {
        !logistics.needs.isEmpty || !logistics.procurement.isEmpty || !logistics.deliveries.isEmpty
            || !logistics.warehouses.isEmpty || !logistics.destruction.isEmpty
    }

    /// Needs, procurement and deliveries: what comes before the receipt and sorting.
    static func writeSupply(_ document: inout WordDocument, _ context: inout LKjContext, _ logistics: Logistics,
                            _ event: ElectionEvent?, _ name: String) {
        needs(&document, &context, logistics, name)
        procurement(&document, &context, logistics, name)
        deliveries(&document, &context, logistics, event, name)
    }

    /// Warehouses and destruction: what follows the distribution.
    static func writeKeeping(_ document: inout WordDocument, _ context: inout LKjContext, _ logistics: Logistics, _ name: String) {
        warehouses(&document, &context, logistics, name)
        destruction(&document, &context, logistics, name)
    }

    private static func needs(_ document: inout WordDocument, _ context: inout LKjContext, _ logistics: Logistics, _ name: String) {
        guard !logistics.needs.isEmpty else { return }
        var rows = logistics.needs.enumerated().map { index, row in
            ReportTable.Row([.text("\(index + 1)"), .text(row.item), .count(row.quantity), .text(row.unit ?? "-"),
                             row.pagu.map { .money($0) } ?? .text("-")])
        }
        rows.append(ReportTable.Row([.empty, .text("Jumlah"), .count(logistics.needsQuantity), .empty, .money(logistics.needsPagu)], kind: .total))
        let table = context.table("3", "Kebutuhan dan Anggaran Logistik \(name)",
                                  columns: [.init("No", width: 4), .init("Jenis Logistik", width: 30), .init("Jumlah", width: 11),
                                            .init("Satuan", width: 10), .init("Pagu Anggaran (Rp)", width: 16)],
                                  rows: rows)
        document.text("Kebutuhan \(logistics.needs.count) jenis logistik \(name) dengan pagu anggaran seluruhnya "
                      + "\(IndonesianFormat.rupiah(logistics.needsPagu)) disajikan pada \(table.label).")
        document.table(table)
    }

    private static func procurement(_ document: inout WordDocument, _ context: inout LKjContext, _ logistics: Logistics, _ name: String) {
        guard !logistics.procurement.isEmpty else { return }
        var rows = logistics.procurement.enumerated().map { index, row in
            ReportTable.Row([.text("\(index + 1)"), .text(row.item), row.pagu.map { .money($0) } ?? .text("-"),
                             row.hps.map { .money($0) } ?? .text("-"), row.contract.map { .money($0) } ?? .text("-"),
                             row.efficiency.map { .money($0) } ?? .text("-"), .percent(row.efficiencyPercent), .text(row.method ?? "-")])
        }
        rows.append(ReportTable.Row([.empty, .text("Jumlah"), .money(logistics.procurementPagu), .empty, .money(logistics.procurementContract),
                                     .money(logistics.procurementEfficiency), .percent(logistics.procurementEfficiencyPercent), .empty],
                                    kind: .total))
        let table = context.table("3", "Proses Pengadaan Logistik \(name)",
                                  columns: [.init("No", width: 4), .init("Jenis Logistik", width: 14), .init("Pagu (Rp)", width: 11),
                                            .init("HPS (Rp)", width: 9), .init("Nilai Kontrak (Rp)", width: 11),
                                            .init("Efisiensi (Rp)", width: 10), .init("Efisiensi (%)", width: 9),
                                            .init("Metode Pengadaan", width: 12)],
                                  rows: rows)
        var text = "Proses pengadaan \(logistics.procurement.count) jenis logistik disajikan pada \(table.label); efisiensi dihitung "
            + "sebagai pagu dikurangi nilai kontrak, dan persentasenya sebagai efisiensi dibagi pagu dikali 100 %."
        if let percent = logistics.procurementEfficiencyPercent {
            text += " Efisiensi seluruhnya \(IndonesianFormat.rupiah(logistics.procurementEfficiency)) atau \(IndonesianFormat.percent(percent)) dari pagu jenis logistik yang berkontrak."
        }
        document.text(text)
        document.table(table)
    }

    private static func deliveries(_ document: inout WordDocument, _ context: inout LKjContext, _ logistics: Logistics,
                                   _ event: ElectionEvent?, _ name: String) {
        guard !logistics.deliveries.isEmpty else { return }
        let rows = logistics.deliveries.enumerated().map { index, row in
            ReportTable.Row([.text("\(index + 1)"), .text(row.item), row.packages.map { .count($0) } ?? .text("-"),
                             .text(row.sent.map(IndonesianDate.format) ?? "-"), .text(row.arrived.map(IndonesianDate.format) ?? "-"),
                             .text(row.transport ?? "-")])
        }
        let table = context.table("3", "Produksi dan Pendistribusian Logistik \(name) dari Penyedia",
                                  columns: [.init("No", width: 4), .init("Jenis Logistik", width: 20), .init("Jumlah Kemasan", width: 10),
                                            .init("Tanggal Pengiriman", width: 13), .init("Tanggal Ketibaan", width: 13),
                                            .init("Moda Angkutan", width: 14)],
                                  rows: rows)
        var text = "Pengiriman \(logistics.deliveries.count) jenis logistik dari penyedia ke gudang disajikan pada \(table.label)."
        if let day = event?.date, let share = logistics.deliveriesOnTime(by: day) {
            text += " Sebanyak \(share.onTime) dari \(share.dated) pengiriman yang tercatat tanggal tibanya tiba paling lambat "
                + "\(IndonesianDate.format(day)) (\(IndonesianFormat.percent(share.percent)))."
        }
        let reversed = logistics.deliveries.filter(\.arrivesBeforeSent).map(\.item)
        if !reversed.isEmpty {
            text += " Tanggal tiba sebelum tanggal pengiriman pada \(reversed.joined(separator: ", ")) perlu diperiksa kembali."
        }
        document.text(text)
        document.table(table)
    }

    private static func warehouses(_ document: inout WordDocument, _ context: inout LKjContext, _ logistics: Logistics, _ name: String) {
        guard !logistics.warehouses.isEmpty else { return }
        let rows = logistics.warehouses.enumerated().map { index, row in
            ReportTable.Row([.text("\(index + 1)"), .text(row.name ?? row.address ?? "Gudang \(index + 1)"), .text(row.size ?? "-"),
                             .text(row.ownership.label), row.months.map { .text("\($0) bulan") } ?? .text("-"), .text(row.condition.label)])
        }
        let table = context.table("3", "Kondisi Gudang Logistik \(name)",
                                  columns: [.init("No", width: 4), .init("Gudang", width: 24), .init("Ukuran", width: 10),
                                            .init("Status Kepemilikan", width: 12), .init("Jangka Waktu", width: 10),
                                            .init("Kondisi", width: 12)],
                                  rows: rows)
        let adequate = logistics.warehouses.filter { $0.condition == .memadai }.count
        document.text("Kondisi \(logistics.warehouses.count) gudang logistik disajikan pada \(table.label); \(adequate) di antaranya memadai.")
        document.table(table)
    }

    private static func destruction(_ document: inout WordDocument, _ context: inout LKjContext, _ logistics: Logistics, _ name: String) {
        guard !logistics.destruction.isEmpty else { return }
        var rows = logistics.destruction.enumerated().map { index, row in
            ReportTable.Row([.text("\(index + 1)"), .text(row.item), .count(row.count), .text(row.date.map(IndonesianDate.format) ?? "-"),
                             .text(row.reference ?? "-")])
        }
        rows.append(ReportTable.Row([.empty, .text("Jumlah"), .count(logistics.destroyedCount), .empty, .empty], kind: .total))
        let table = context.table("3", "Pemusnahan Surat Suara \(name)",
                                  columns: [.init("No", width: 4), .init("Jenis Surat Suara", width: 26), .init("Jumlah (lembar)", width: 11),
                                            .init("Tanggal", width: 12), .init("Berita Acara", width: 16)],
                                  rows: rows)
        document.text("Sebanyak \(IndonesianFormat.count(logistics.destroyedCount)) lembar surat suara rusak dan lebih kirim dimusnahkan, "
                      + "sebagaimana \(table.label).")
        document.table(table)
    }
}
