import Foundation
import SakipCore

/// The logistics supply sections of `sakip compute`: needs, procurement with its efficiency, deliveries from the
/// suppliers with their punctuality, warehouses and the destruction of ballots. Every total is the rows' sum.
extension ComputeReport {
    private static func rupiah(_ value: Decimal?) -> String { value.map(IndonesianFormat.rupiah) ?? "-" }
    private static func date(_ value: CalendarDate?) -> String { value.map(IndonesianDate.format) ?? "-" }

    func supplySections(_ logistics: Logistics) -> [String] {
        var out: [String] = []
        if !logistics.needs.isEmpty { out.append(needsSection(logistics)) }
        if !logistics.procurement.isEmpty { out.append(procurementSection(logistics)) }
        if !logistics.deliveries.isEmpty { out.append(deliveriesSection(logistics)) }
        if !logistics.warehouses.isEmpty {
            out.append("Gudang logistik:\n" + logistics.warehouses.map { w in
                let months = w.months.map { ", \($0) bulan" } ?? ""
                return "- \(w.name ?? "Gudang")\(w.size.map { " (\($0))" } ?? ""): \(w.ownership.label)\(months), \(w.condition.label)"
                    + (w.address.map { "; \($0)" } ?? "")
            }.joined(separator: "\n"))
        }
        if !logistics.destruction.isEmpty {
            var table = TextTable([.init(title: "Jenis surat suara", maxWidth: 50), .init(title: "Dimusnahkan", alignment: .right),
                                   .init(title: "Tanggal"), .init(title: "Berita acara")])
            for row in logistics.destruction {
                table.add([row.item, IndonesianFormat.count(row.count), Self.date(row.date), row.reference ?? "-"])
            }
            table.addRule()
            table.add(["JUMLAH", IndonesianFormat.count(logistics.destroyedCount), "", ""])
            out.append("Pemusnahan surat suara\n" + table.render())
        }
        return out
    }

    private func needsSection(_ logistics: Logistics) -> String {
        var table = TextTable([.init(title: "Jenis logistik", maxWidth: 40), .init(title: "Volume", alignment: .right),
                               .init(title: "Satuan"), .init(title: "Pagu", alignment: .right)])
        for row in logistics.needs {
            table.add([row.item, IndonesianFormat.count(row.quantity), row.unit ?? "-", Self.rupiah(row.pagu)])
        }
        table.addRule()
        table.add(["JUMLAH", IndonesianFormat.count(logistics.needsQuantity), "", IndonesianFormat.rupiah(logistics.needsPagu)])
        return "Kebutuhan logistik — jumlah dihitung dari baris\n" + table.render()
    }

    private func procurementSection(_ logistics: Logistics) -> String {
        var table = TextTable([
            .init(title: "Jenis logistik", maxWidth: 40), .init(title: "Pagu", alignment: .right), .init(title: "HPS", alignment: .right),
            .init(title: "Nilai kontrak", alignment: .right), .init(title: "Efisiensi", alignment: .right),
            .init(title: "Efisiensi %", alignment: .right), .init(title: "Metode"), .init(title: "Pembagian", maxWidth: 30),
        ])
        for row in logistics.procurement {
            table.add([row.item, Self.rupiah(row.pagu), Self.rupiah(row.hps), Self.rupiah(row.contract), Self.rupiah(row.efficiency),
                       row.efficiencyPercent.map { IndonesianFormat.percent($0) } ?? "-", row.method ?? "-", row.share ?? "-"])
        }
        table.addRule()
        table.add(["JUMLAH", IndonesianFormat.rupiah(logistics.procurementPagu), IndonesianFormat.rupiah(logistics.procurementHPS),
                   IndonesianFormat.rupiah(logistics.procurementContract), IndonesianFormat.rupiah(logistics.procurementEfficiency),
                   logistics.procurementEfficiencyPercent.map { IndonesianFormat.percent($0) } ?? "-", "", ""])
        return "Proses pengadaan (efisiensi = pagu − nilai kontrak; % = efisiensi / pagu × 100)\n" + table.render()
    }

    private func deliveriesSection(_ logistics: Logistics) -> String {
        let day = officeYear.logisticsEvent?.date
        var table = TextTable([
            .init(title: "Jenis logistik", maxWidth: 40), .init(title: "Kemasan", alignment: .right), .init(title: "Dikirim"),
            .init(title: "Tiba"), .init(title: "Angkutan", maxWidth: 25), .init(title: "Tepat waktu"),
        ])
        for row in logistics.deliveries {
            var onTime = day.flatMap { row.isOnTime(by: $0) }.map { $0 ? "ya" : "tidak" } ?? "-"
            if row.arrivesBeforeSent { onTime += " (! tiba sebelum dikirim)" }
            table.add([row.item, row.packages.map(IndonesianFormat.count) ?? "-", Self.date(row.sent), Self.date(row.arrived), row.transport ?? "-", onTime])
        }
        var lines = ["Pengiriman dari penyedia", table.render()]
        if let day, let share = logistics.deliveriesOnTime(by: day) {
            lines.append("Pengiriman tepat waktu: \(share.onTime) dari \(share.dated) tiba paling lambat \(IndonesianDate.format(day)) = \(IndonesianFormat.percent(share.percent))")
        }
        return lines.joined(separator: "\n")
    }

    /// The supply tables for `--json`: rows with their computed figures, and the totals computed from them.
    func supplyJSON(_ logistics: Logistics) -> [(key: String, value: JSONValue)] {
        let n: (Int) -> JSONValue = { .number("\($0)") }
        let money: (Decimal?) -> JSONValue = { $0.map(JSONValue.decimal) ?? .null }
        let day = officeYear.logisticsEvent?.date
        var out: [(key: String, value: JSONValue)] = []
        if !logistics.needs.isEmpty {
            out.append(("needs", .object([
                ("rows", .array(logistics.needs.map { row in
                    .object([("item", .string(row.item)), ("unit", .optional(row.unit)), ("quantity", n(row.quantity)), ("pagu", money(row.pagu))])
                })),
                ("quantity", n(logistics.needsQuantity)), ("pagu", .decimal(logistics.needsPagu)),
            ])))
        }
        if !logistics.procurement.isEmpty {
            out.append(("procurement", .object([
                ("rows", .array(logistics.procurement.map { row in
                    .object([("item", .string(row.item)), ("pagu", money(row.pagu)), ("hps", money(row.hps)), ("contract", money(row.contract)),
                             ("efficiency", money(row.efficiency)), ("efficiencyPercent", money(row.efficiencyPercent)),
                             ("efficiencyPercentText", .optional(row.efficiencyPercent.map { IndonesianFormat.percent($0) })),
                             ("method", .optional(row.method)), ("share", .optional(row.share)), ("supplier", .optional(row.supplier))])
                })),
                ("pagu", .decimal(logistics.procurementPagu)), ("hps", .decimal(logistics.procurementHPS)),
                ("contract", .decimal(logistics.procurementContract)), ("efficiency", .decimal(logistics.procurementEfficiency)),
                ("efficiencyPercent", money(logistics.procurementEfficiencyPercent)),
            ])))
        }
        if !logistics.deliveries.isEmpty {
            let share = day.flatMap { logistics.deliveriesOnTime(by: $0) }
            out.append(("deliveries", .object([
                ("rows", .array(logistics.deliveries.map { row in
                    .object([("item", .string(row.item)), ("packages", row.packages.map(n) ?? .null), ("sent", .optional(row.sent?.iso)),
                             ("arrived", .optional(row.arrived?.iso)), ("transport", .optional(row.transport)),
                             ("supplier", .optional(row.supplier)), ("arrivesBeforeSent", .bool(row.arrivesBeforeSent)),
                             ("onTime", day.flatMap { row.isOnTime(by: $0) }.map(JSONValue.bool) ?? .null)])
                })),
                ("eventDate", .optional(day?.iso)), ("onTime", share.map { n($0.onTime) } ?? .null),
                ("dated", share.map { n($0.dated) } ?? .null), ("onTimePercent", money(share?.percent)),
            ])))
        }
        if !logistics.warehouses.isEmpty {
            out.append(("warehouses", .array(logistics.warehouses.map { w in
                .object([("name", .optional(w.name)), ("address", .optional(w.address)), ("size", .optional(w.size)),
                         ("ownership", .string(w.ownership.rawValue)), ("months", w.months.map(n) ?? .null),
                         ("condition", .string(w.condition.rawValue))])
            })))
        }
        if !logistics.destruction.isEmpty {
            out.append(("destruction", .object([
                ("rows", .array(logistics.destruction.map { row in
                    .object([("item", .string(row.item)), ("count", n(row.count)), ("date", .optional(row.date?.iso)),
                             ("reference", .optional(row.reference))])
                })),
                ("count", n(logistics.destroyedCount)),
            ])))
        }
        return out
    }
}
