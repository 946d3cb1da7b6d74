import Foundation
import SakipCore

/// Per election: the DPT recap summed from its rows, the participation rates with their denominators;
/// the logistics reconciliation; the indicators computed from these, with their provenance.
struct ElectionsPage {
    var file: OfficeYear
    var findings: [ReviewFinding]
    var access: Access

    var title: String { "Pemilu dan logistik — \(file.office.name) \(file.year)" }
    private var office: String { file.office.code }
    private var year: Int { file.year }

    func body(csrf: String) -> Node {
        .div(
            .h1(.text(title)),
            OfficeYearTabs(office: office, year: year, current: .elections(office: office, year: year)).node(),
            .p(.class("hint"), .text("Semua jumlah dan persentase di halaman ini dihitung dari tabel data; angka yang tertulis di dokumen hanya dibandingkan. Ubah datanya di tabel: "),
               .forEach(Array(Sheet.ID.allCases.filter { $0.group == .elections || $0.group == .logistics }.enumerated())) { index, id in
                   .span(.if(index > 0, .text(" · ")),
                         .a(.href(SiteURL.sheet(office: office, year: year, sheet: id.rawValue).path), .text(Sheet.sheet(id, for: file).title)))
               }),
            .if(!findings.isEmpty, .div(.h2(.text("Temuan reviu (\(findings.count))")), FindingsList(findings: findings).node())),
            .if(file.elections.isEmpty,
                .p(.class("empty"), .text("Belum ada data pemilu/pemilihan. Mulai dari tabel "),
                   .a(.href(SiteURL.sheet(office: office, year: year, sheet: Sheet.ID.elections.rawValue).path), .text("Pemilu/Pemilihan")),
                   .text(", lalu isi atau impor rekapitulasi DPT."))),
            .forEach(file.elections) { event in election(event) },
            bindings(),
            logistics()
        )
    }

    private func election(_ event: ElectionEvent) -> Node {
        let recap = event.dpt
        let rates = event.participationRates
        return .section(
            .class("election"),
            .h2(.text("\(event.name)\(event.date.map { " — " + IndonesianDate.format($0) } ?? "")")),
            .p(.text("DPT: \(IndonesianFormat.count(recap.voters.total)) pemilih (L \(IndonesianFormat.count(recap.voters.male)), P \(IndonesianFormat.count(recap.voters.female))) di \(IndonesianFormat.count(recap.tps)) TPS, dihitung dari \(recap.rows.count) baris kecamatan.")),
            .if(!recap.rows.isEmpty, .table(
                .class("dpt"),
                .thead(.tr(.th(.text("Kecamatan / Kelurahan")), .th(.text("Desa/Kel")), .th(.text("TPS")), .th(.text("L")), .th(.text("P")),
                           .th(.text("L+P")), .th(.text("Pemilih per TPS")))),
                .tbody(
                    .forEach(recap.rows) { row in
                        .group(dptRow(row, depth: 0), .forEach(row.subareas) { dptRow($0, depth: 1) })
                    },
                    .tr(.class("mean"), .td(.text("Jumlah (dihitung)")), .td(.class("num"), .text(IndonesianFormat.count(recap.villageCount))),
                        .td(.class("num"), .text(IndonesianFormat.count(recap.tps))), .td(.class("num"), .text(IndonesianFormat.count(recap.voters.male))),
                        .td(.class("num"), .text(IndonesianFormat.count(recap.voters.female))), .td(.class("num"), .text(IndonesianFormat.count(recap.voters.total))), .td()),
                    .unwrap(recap.statedTotal) { stated in
                        .tr(.class("hint"), .td(.text("Jumlah tertulis di dokumen")), .td(.class("num"), .text(optional(stated.villageCount))),
                            .td(.class("num"), .text(optional(stated.tps))), .td(.class("num"), .text(optional(stated.male))),
                            .td(.class("num"), .text(optional(stated.female))), .td(.class("num"), .text(optional(stated.total))), .td())
                    }
                )
            )),
            .if(event.dptb != nil || event.dpk != nil, .p(.text(
                "DPTb: \(event.dptb.map { IndonesianFormat.count($0.total) } ?? "-") · DPK: \(event.dpk.map { IndonesianFormat.count($0.total) } ?? "-") · Dasar partisipasi: \(event.participationBase.label) (\(IndonesianFormat.count(event.registered.total)) pemilih)"))),
            rates.isEmpty
                ? .p(.class("empty"), .text("Tingkat partisipasi belum dapat dihitung: isi pengguna hak pilih (Memilih L dan P) di tabel Pemilu/Pemilihan."))
                : .table(
                    .class("participation"),
                    .thead(.tr(.th(.text("Tingkat partisipasi")), .th(.text("Perhitungan")), .th(.text("Penyebut")))),
                    .tbody(.forEach(rates) { rate in
                        .tr(.td(.text(rate.figure.label)), .td(.class("num"), .text(rate.workings)), .td(.text(rate.denominatorLabel)))
                    })
                )
        )
    }

    private func dptRow(_ row: DPTRow, depth: Int) -> Node {
        .tr(.td(.class(Indent.className(depth: depth)), .text(row.area)),
            .td(.class("num"), .text(optional(row.villageCount ?? (row.subareas.isEmpty ? nil : row.subareas.count)))),
            .td(.class("num"), .text(IndonesianFormat.count(row.tps))), .td(.class("num"), .text(IndonesianFormat.count(row.voters.male))),
            .td(.class("num"), .text(IndonesianFormat.count(row.voters.female))), .td(.class("num"), .text(IndonesianFormat.count(row.voters.total))),
            .td(.class("num"), .text(row.votersPerTPS.map { IndonesianFormat.number($0.roundedHalfUp(scale: 0)) } ?? "-")))
    }

    private func bindings() -> Node {
        guard !file.bindings.isEmpty else { return .empty }
        return .section(
            .h2(.text("Indikator yang realisasinya dihitung dari data ini")),
            .table(
                .thead(.tr(.th(.text("Indikator")), .th(.text("Realisasi")), .th(.text("Asal angka")))),
                .tbody(.forEach(file.bindings) { binding in
                    let statement = file.indicators.first { $0.id == binding.indicatorId }?.statement ?? binding.indicatorId
                    let bound = file.boundRealisation(for: binding.indicatorId)
                    return .tr(.td(.text("\(binding.indicatorId) \(statement)")),
                               .td(.class("num"), .text(bound.map { $0.value.amount.map { IndonesianFormat.percent($0) } ?? $0.value.description } ?? "-")),
                               .td(.text(bound?.provenance ?? "Belum dapat dihitung: datanya belum lengkap; realisasi diambil dari realisasi triwulan atau tabel pengukuran.")))
                })
            )
        )
    }

    private func logistics() -> Node {
        guard let logistics = file.logistics, !logistics.isEmpty else { return .empty }
        let eventDate = file.logisticsEvent?.date
        return .section(
            .class("logistics"),
            .h2(.text("Logistik")),
            .if(!logistics.needs.isEmpty, .p(.text("Kebutuhan: \(logistics.needs.count) jenis logistik, \(IndonesianFormat.count(logistics.needsQuantity)) satuan seluruhnya, pagu \(IndonesianFormat.rupiah(logistics.needsPagu)) (dihitung dari baris tabel)."))),
            .if(!logistics.procurement.isEmpty, .group(
                .h3(.text("Pengadaan")),
                .table(
                    .class("procurement"),
                    .thead(.tr(.th(.text("Jenis")), .th(.text("Pagu")), .th(.text("HPS")), .th(.text("Nilai kontrak")),
                               .th(.text("Efisiensi (Rp)")), .th(.text("Efisiensi (%)")), .th(.text("Metode")))),
                    .tbody(
                        .forEach(logistics.procurement) { row in
                            .tr(.td(.text(row.item)), .td(.class("num"), .text(money(row.pagu))), .td(.class("num"), .text(money(row.hps))),
                                .td(.class("num"), .text(money(row.contract))), .td(.class("num"), .text(money(row.efficiency))),
                                .td(.class("num"), .text(row.efficiencyPercent.map { IndonesianFormat.percent($0) } ?? "-")),
                                .td(.text(row.method ?? "")))
                        },
                        .tr(.class("mean"), .td(.text("Jumlah (dihitung)")), .td(.class("num"), .text(money(logistics.procurementPagu))), .td(),
                            .td(.class("num"), .text(money(logistics.procurementContract))),
                            .td(.class("num"), .text(money(logistics.procurementEfficiency))),
                            .td(.class("num"), .text(logistics.procurementEfficiencyPercent.map { IndonesianFormat.percent($0) } ?? "-")), .td())
                    )
                )
            )),
            .if(!logistics.deliveries.isEmpty, .group(
                .h3(.text("Pengiriman dari penyedia")),
                .unwrap(eventDate.flatMap { day in logistics.deliveriesOnTime(by: day).map { (day, $0) } }) { day, share in
                    .p(.text("Tiba di gudang paling lambat \(IndonesianDate.format(day)): \(share.onTime) dari \(share.dated) pengiriman = \(IndonesianFormat.percent(share.percent)).")) },
                .forEach(logistics.deliveries.filter(\.arrivesBeforeSent)) { row in
                    .p(.class("error"), .text("\(row.item): tanggal tiba \(row.arrived.map(IndonesianDate.format) ?? "-") sebelum tanggal kirim \(row.sent.map(IndonesianDate.format) ?? "-")."))
                }
            )),
            .if(!logistics.sorting.isEmpty, .group(
                .h3(.text("Penerimaan dan penyortiran")),
                .unwrap(logistics.fulfilmentPercent) { share in
                    .p(.text("\(share.fulfilled) dari \(share.items) jenis logistik terpenuhi (baik + permintaan ≥ dipesan) = \(IndonesianFormat.percent(share.percent)).")) },
                .table(
                    .class("sorting"),
                    .thead(.tr(.th(.text("Jenis")), .th(.text("Satuan")), .th(.text("Dipesan")), .th(.text("Diterima")), .th(.text("Kurang")),
                               .th(.text("Lebih")), .th(.text("Baik")), .th(.text("Rusak")), .th(.text("Baik + rusak = diterima")),
                               .th(.text("Permintaan")), .th(.text("Terpenuhi")))),
                    .tbody(.forEach(logistics.sorting) { row in
                        .tr(.td(.text(row.item)), .td(.text(row.unit ?? "")), .td(.class("num"), .text(IndonesianFormat.count(row.ordered))),
                            .td(.class("num"), .text(IndonesianFormat.count(row.received))), .td(.class("num"), .text(IndonesianFormat.count(row.shortage))),
                            .td(.class("num"), .text(IndonesianFormat.count(row.surplus))), .td(.class("num"), .text(IndonesianFormat.count(row.good))),
                            .td(.class("num"), .text(IndonesianFormat.count(row.damaged))),
                            .td(.class(row.isReconciled ? "" : "error"), .text(row.isReconciled ? "ya" : "tidak (\(IndonesianFormat.count(row.good + row.damaged)))")),
                            .td(.class("num"), .text(optional(row.requested))), .td(.text(row.isFulfilled ? "ya" : "tidak")))
                    })
                )
            )),
            .if(!logistics.distribution.isEmpty, .group(
                .h3(.text("Distribusi ke TPS")),
                .p(.text("\(logistics.distribution.count) kelurahan/desa, \(IndonesianFormat.count(logistics.distributedTPS)) TPS, \(IndonesianFormat.count(logistics.distributedBoxes)) kotak suara, \(IndonesianFormat.count(logistics.distributedBags)) kantong logistik (dihitung dari baris tabel).")),
                .unwrap(eventDate.flatMap { day in logistics.onTimePercent(by: day).map { (day, $0) } }) { day, share in
                    .p(.text("Tiba paling lambat \(IndonesianDate.format(day)): \(share.onTime) dari \(share.dated) kelurahan/desa = \(IndonesianFormat.percent(share.percent)).")) }
            )),
            .if(!logistics.transport.isEmpty, .group(
                .h3(.text("Moda transportasi")),
                .p(.text("Kendaraan KPU → PPK: \(IndonesianFormat.count(logistics.transportPPK)); PPK → PPS: \(IndonesianFormat.count(logistics.transportPPS)); PPS → TPS: \(IndonesianFormat.count(logistics.transportTPS))."))
            )),
            .if(!logistics.warehouses.isEmpty, .group(
                .h3(.text("Gudang")),
                .ul(.forEach(logistics.warehouses) { house in
                    .li(.text("\(house.name ?? house.address ?? "Gudang")\(house.size.map { ", " + $0 } ?? ""): \(house.ownership.label)\(house.months.map { " \($0) bulan" } ?? ""), \(house.condition.label)"))
                })
            )),
            .if(!logistics.destruction.isEmpty,
                .p(.text("Pemusnahan surat suara: \(IndonesianFormat.count(logistics.destroyedCount)) lembar dari \(logistics.destruction.count) jenis (dihitung dari baris tabel).")))
        )
    }

    private func optional(_ value: Int?) -> String { value.map(IndonesianFormat.count) ?? "-" }
    private func money(_ value: Decimal?) -> String { value.map { IndonesianFormat.number($0) } ?? "-" }
}
