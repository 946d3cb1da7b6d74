import Foundation
import SakipCore

/// The election and logistics sections of `sakip compute`: DPT recap, participation rates with their
/// denominator, logistics supply (ComputeReport+Supply.swift) and reconciliation, and the realisations
/// computed from them.
extension ComputeReport {
    var hasElectionData: Bool { !officeYear.elections.isEmpty || officeYear.logistics != nil || !officeYear.bindings.isEmpty }


    func electionSections() -> [String] {
        var out: [String] = officeYear.elections.map(electionSection)
        if let logistics = officeYear.logistics { out.append(logisticsSection(logistics)) }
        let bound = officeYear.bindings.map { binding in
            let computed = officeYear.boundRealisation(for: binding.indicatorId)
            return "- \(binding.indicatorId) (\(binding.figure.rawValue)): "
                + (computed.map { "\(IndonesianFormat.percent($0.value.amount ?? 0)) — \($0.provenance)" }
                   ?? "data belum ada; realisasi diambil dari realisasi triwulan atau tabel pengukuran")
        }
        if !bound.isEmpty { out.append("REALISASI DARI DATA PEMILU DAN LOGISTIK\n" + bound.joined(separator: "\n")) }
        return out
    }

    private func electionSection(_ event: ElectionEvent) -> String {
        var table = TextTable([
            .init(title: "No", alignment: .right), .init(title: "Kecamatan"), .init(title: "Desa/Kel", alignment: .right),
            .init(title: "TPS", alignment: .right), .init(title: "L", alignment: .right), .init(title: "P", alignment: .right),
            .init(title: "L+P", alignment: .right), .init(title: "Pemilih/TPS", alignment: .right),
        ])
        for (n, row) in event.dpt.rows.enumerated() {
            table.add(["\(n + 1)", row.area, row.villageCount.map(IndonesianFormat.count) ?? "-", IndonesianFormat.count(row.tps), IndonesianFormat.count(row.voters.male),
                       IndonesianFormat.count(row.voters.female), IndonesianFormat.count(row.voters.total),
                       row.votersPerTPS.map { IndonesianFormat.number($0, fractionDigits: 1) } ?? "-"])
        }
        table.addRule()
        let dpt = event.dpt
        table.add(["", "JUMLAH", IndonesianFormat.count(dpt.villageCount), IndonesianFormat.count(dpt.tps), IndonesianFormat.count(dpt.voters.male),
                   IndonesianFormat.count(dpt.voters.female), IndonesianFormat.count(dpt.voters.total), ""])
        var lines = ["\(event.name.uppercased())\(event.date.map { " (\(IndonesianDate.format($0)))" } ?? "")",
                     "REKAPITULASI DPT\(dpt.location.map { " (\($0))" } ?? "") — jumlah dihitung dari baris", table.render()]
        if let dptb = event.dptb { lines.append("DPTb: \(IndonesianFormat.count(dptb.total)) (L \(IndonesianFormat.count(dptb.male)), P \(IndonesianFormat.count(dptb.female)))") }
        if let dpk = event.dpk { lines.append("DPK: \(IndonesianFormat.count(dpk.total)) (L \(IndonesianFormat.count(dpk.male)), P \(IndonesianFormat.count(dpk.female)))") }
        let rates = event.participationRates
        if rates.isEmpty {
            lines.append("Partisipasi: data pengguna hak pilih belum ada.")
        } else {
            lines.append("PARTISIPASI (penyebut: \(event.participationBase.label))")
            for rate in rates {
                lines.append("- \(rate.figure.label): \(rate.workings) (penyebut: \(rate.denominatorLabel))")
            }
        }
        return lines.joined(separator: "\n")
    }

    private func logisticsSection(_ logistics: Logistics) -> String {
        var lines = ["LOGISTIK"] + supplySections(logistics)
        if !logistics.sorting.isEmpty {
            var table = TextTable([
                .init(title: "Jenis logistik", maxWidth: 40), .init(title: "Satuan"), .init(title: "Dipesan", alignment: .right),
                .init(title: "Diterima", alignment: .right), .init(title: "Baik", alignment: .right), .init(title: "Rusak", alignment: .right),
                .init(title: "Kurang", alignment: .right), .init(title: "Lebih", alignment: .right),
                .init(title: "Baik+Rusak−Diterima", alignment: .right),
            ])
            for row in logistics.sorting {
                let gap = row.good + row.damaged - row.received
                table.add([row.item, row.unit ?? "-", IndonesianFormat.count(row.ordered), IndonesianFormat.count(row.received), IndonesianFormat.count(row.good),
                           IndonesianFormat.count(row.damaged), IndonesianFormat.count(row.shortage), IndonesianFormat.count(row.surplus),
                           gap == 0 ? "0" : (gap > 0 ? "+" : "−") + IndonesianFormat.count(abs(gap)) + " !"])
            }
            lines.append("Hasil penyortiran (baik + rusak harus sama dengan diterima)")
            lines.append(table.render())
            if let share = logistics.fulfilmentPercent {
                lines.append("Pemenuhan: \(share.fulfilled) dari \(share.items) jenis logistik (baik + permintaan ≥ dipesan) = \(IndonesianFormat.percent(share.percent))")
            }
        }
        if !logistics.distribution.isEmpty {
            var text = "Distribusi ke TPS: \(logistics.distribution.count) kelurahan, \(IndonesianFormat.count(logistics.distributedTPS)) TPS, \(IndonesianFormat.count(logistics.distributedBoxes)) kotak suara, \(IndonesianFormat.count(logistics.distributedBags)) kantong"
            if let event = officeYear.elections.first(where: { logistics.eventId == nil || $0.id == logistics.eventId }) {
                if !event.dpt.rows.isEmpty { text += " (rekapitulasi DPT: \(IndonesianFormat.count(event.dpt.tps)) TPS)" }
                if let day = event.date, let share = logistics.onTimePercent(by: day) {
                    text += "\nTepat waktu: \(share.onTime) dari \(share.dated) tiba paling lambat \(IndonesianDate.format(day)) = \(IndonesianFormat.percent(share.percent))"
                }
            }
            lines.append(text)
        }
        if !logistics.transport.isEmpty {
            lines.append("Moda transportasi: KPU→PPK \(logistics.transportPPK), PPK→PPS \(logistics.transportPPS), PPS→TPS \(logistics.transportTPS)")
        }
        return lines.joined(separator: "\n")
    }

    func electionsJSON() -> [(key: String, value: JSONValue)] {
        guard hasElectionData else { return [] }
        let n: (Int) -> JSONValue = { .number("\($0)") }
        let elections = officeYear.elections.map { event -> JSONValue in
            let rows = event.dpt.rows.map { row -> JSONValue in
                .object([("area", .string(row.area)), ("tps", n(row.tps)), ("male", n(row.voters.male)), ("female", n(row.voters.female)),
                         ("total", n(row.voters.total)), ("votersPerTPS", row.votersPerTPS.map(JSONValue.decimal) ?? .null)])
            }
            let rates = event.participationRates.map { rate -> JSONValue in
                .object([("figure", .string(rate.figure.rawValue)), ("numerator", n(rate.numerator)), ("denominator", n(rate.denominator)),
                         ("denominatorLabel", .string(rate.denominatorLabel)), ("percent", .decimal(rate.percent)),
                         ("percentText", .string(IndonesianFormat.percent(rate.percent)))])
            }
            return .object([("id", .string(event.id)), ("name", .string(event.name)), ("date", .optional(event.date?.iso)),
                            ("participationBase", .string(event.participationBase.rawValue)),
                            ("dpt", .object([("rows", .array(rows)), ("tps", n(event.dpt.tps)), ("male", n(event.dpt.voters.male)),
                                             ("female", n(event.dpt.voters.female)), ("total", n(event.dpt.voters.total))])),
                            ("participation", .array(rates))])
        }
        var out: [(key: String, value: JSONValue)] = [("elections", .array(elections))]
        if let logistics = officeYear.logistics {
            let sorting = logistics.sorting.map { row -> JSONValue in
                .object([("item", .string(row.item)), ("unit", .optional(row.unit)), ("ordered", n(row.ordered)),
                         ("received", n(row.received)), ("good", n(row.good)), ("damaged", n(row.damaged)),
                         ("shortage", n(row.shortage)), ("surplus", n(row.surplus)),
                         ("difference", n(row.good + row.damaged - row.received)), ("reconciled", .bool(row.isReconciled))])
            }
            out.append(("logistics", .object(supplyJSON(logistics) + [
                ("sorting", .array(sorting)),
                ("distribution", .object([("rows", n(logistics.distribution.count)), ("tps", n(logistics.distributedTPS)),
                                          ("boxes", n(logistics.distributedBoxes)), ("bags", n(logistics.distributedBags))])),
                ("transport", .object([("ppk", n(logistics.transportPPK)), ("pps", n(logistics.transportPPS)),
                                       ("tps", n(logistics.transportTPS))])),
                ("fulfilment", logistics.fulfilmentPercent.map { .decimal($0.percent) } ?? .null),
            ])))
        }
        out.append(("bindings", .array(officeYear.bindings.map { binding in
            let computed = officeYear.boundRealisation(for: binding.indicatorId)
            return .object([("indicatorId", .string(binding.indicatorId)), ("figure", .string(binding.figure.rawValue)),
                            ("eventId", .string(binding.eventId)), ("value", computed?.value.amount.map(JSONValue.decimal) ?? .null),
                            ("provenance", .optional(computed?.provenance))])
        })))
        return out
    }
}
