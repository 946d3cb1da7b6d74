import Foundation

extension OfficeYearGenerator {
    /// One logistics item of a Kab/Kota's election: its unit, how many per TPS (or per voter for ballots), its unit price.
    struct LogisticsItem {
        var name: String
        var unit: String
        /// Per TPS; ballots use ``perVoter`` instead.
        var perTPS: Int
        var perVoter: Bool
        /// Rupiah per unit when the office procures it itself; nil when the province does.
        var price: Int?
    }

    /// The items of Pagar Alam's logistics tables (Tabel 1–8), with quantities per TPS from its figures.
    static let logisticsItems = [
        LogisticsItem(name: "Kotak Suara", unit: "Buah", perTPS: 0, perVoter: false, price: nil),
        LogisticsItem(name: "Surat Suara", unit: "Lembar", perTPS: 0, perVoter: true, price: 169),
        LogisticsItem(name: "Tinta", unit: "Botol", perTPS: 2, perVoter: false, price: nil),
        LogisticsItem(name: "Bilik Pemungutan Suara", unit: "Buah", perTPS: 4, perVoter: false, price: nil),
        LogisticsItem(name: "Segel", unit: "Keping", perTPS: 50, perVoter: false, price: nil),
        LogisticsItem(name: "Alat Bantu Tuna Netra", unit: "Buah", perTPS: 1, perVoter: false, price: 5_682),
        LogisticsItem(name: "Sampul Kubus", unit: "Buah", perTPS: 11, perVoter: false, price: 1_100),
        LogisticsItem(name: "Sampul Biasa", unit: "Buah", perTPS: 16, perVoter: false, price: 662),
        LogisticsItem(name: "Formulir Model C. Hasil (Plano)", unit: "Lembar", perTPS: 3, perVoter: false, price: 1_622),
        LogisticsItem(name: "Formulir Model C. Hasil Salinan (A4)", unit: "Lembar", perTPS: 2, perVoter: false, price: 1_500),
        LogisticsItem(name: "Kabel Ties", unit: "Buah", perTPS: 14, perVoter: false, price: nil),
        LogisticsItem(name: "Daftar Pasangan Calon", unit: "Lembar", perTPS: 1, perVoter: false, price: 1_360),
    ]

    static let suppliers = ["PT Sinar Abadi Pratindo", "PT Temprina Media Grafika", "PT Aksara Nusa Cetak", "CV Mitra Logistik Utama",
                            "PT Karya Kotak Nusantara", "PT Pos Indonesia (Persero)"]

    /// The logistics of the year's main election (the Pemilu in 2024, else the only Pemilihan): needs, procurement,
    /// deliveries, sorting, warehouses, distribution to every TPS of the DPT recap, transport and destruction,
    /// consistent with each other and with the recap.
    func logistics(_ prepared: PreparedOffice, year: Int, elections: [ElectionEvent]) -> Logistics? {
        guard let event = elections.first, let day = event.date else { return nil }
        var random = SeededRandom(seed: seed, "logistics", prepared.office.code, "\(year)")
        let tps = event.dpt.tps
        let ballotTypes = event.kind == .pemilu ? 5 : 2
        let boxesPerTPS = event.kind == .pemilu ? 5 : 2
        var needs: [NeedRow] = []
        var procurement: [ProcurementRow] = []
        var deliveries: [DeliveryRow] = []
        var sorting: [SortingRow] = []
        for item in Self.logisticsItems {
            let quantity = item.perVoter ? event.dpt.voters.total * ballotTypes * 1025 / 1000
                : item.name == "Kotak Suara" ? tps * boxesPerTPS + tps / 50 : tps * item.perTPS
            let pagu = item.price.map { Decimal(quantity * $0) }
            needs.append(NeedRow(item: item.name, unit: item.unit, quantity: quantity, pagu: pagu))
            if let pagu {
                let contract = (pagu * random.decimal(860...1000, scale: 3)).roundedHalfUp(scale: 0)
                procurement.append(ProcurementRow(item: item.name, pagu: pagu, hps: item.price.map { Decimal($0) }, contract: contract,
                                                  method: random.chance(60) ? "E-Purchasing" : "Mini Kompetisi", share: prepared.office.name,
                                                  supplier: random.pick(Self.suppliers)))
            } else {
                procurement.append(ProcurementRow(item: item.name, method: "E-Purchasing", share: "KPU \(prepared.office.office.province.map { "Provinsi \($0)" } ?? "RI")"))
            }
            let sent = day.adding(days: -random.int(20...70))
            deliveries.append(DeliveryRow(item: item.name, packages: quantity, sent: sent, arrived: sent.adding(days: random.int(1...8)),
                                          transport: "Truck", supplier: random.pick(Self.suppliers)))
            sorting.append(sortingRow(item, ordered: quantity, arrived: sent.adding(days: 9), &random))
        }
        let distribution = distributionRows(prepared, event: event, boxesPerTPS: boxesPerTPS, day: day, &random)
        let surplus = sorting.first { $0.item == "Surat Suara" }.map { $0.damaged + $0.surplus } ?? 0
        let villagesServed = Set(distribution.map(\.area)).count
        return Logistics(
            eventId: event.id, needs: needs,
            needsTotal: Logistics.NeedsTotal(quantity: needs.reduce(0) { $0 + $1.quantity }, pagu: needs.reduce(Decimal(0)) { $0 + ($1.pagu ?? 0) }),
            procurement: procurement, deliveries: deliveries, sorting: sorting,
            warehouses: (0..<random.int(1...2)).map { index in
                let ownership = random.pick(Warehouse.Ownership.allCases)
                return Warehouse(name: "Gudang Logistik \(index + 1) \(prepared.office.name)", size: "\(random.int(6...15)) x \(random.int(10...30)) m",
                                 ownership: ownership, months: ownership == .milik ? nil : random.int(6...24),
                                 condition: random.chance(85) ? .memadai : .kurangMemadai)
            },
            distribution: distribution,
            distributionTotal: Logistics.DistributionTotal(tps: distribution.reduce(0) { $0 + $1.tps },
                                                           boxes: distribution.reduce(0) { $0 + $1.boxes },
                                                           bags: distribution.reduce(0) { $0 + $1.bags }),
            transport: [TransportRow(mode: "Mobil Truck", ppk: prepared.office.office.areas.count),
                        TransportRow(mode: "Mobil Pick up", pps: villagesServed), TransportRow(mode: "Sepeda Motor", tps: tps)],
            destruction: surplus > 0 ? [DestructionRow(item: "Surat Suara", count: surplus, date: day.adding(days: random.int(2...20)))] : [])
    }

    /// Received around the order, a few damaged; shortages and damage requested again (sometimes not in full).
    private func sortingRow(_ item: LogisticsItem, ordered: Int, arrived: CalendarDate, _ random: inout SeededRandom) -> SortingRow {
        let draw = random.int(0...99)
        let received = draw < 70 ? ordered : draw < 85 ? ordered + max(ordered * random.int(1...20) / 1000, 1)
            : max(ordered - max(ordered * random.int(1...30) / 1000, 1), 0)
        let damaged = random.chance(40) ? received * random.int(0...5) / 1000 : 0
        let missing = max(ordered - received, 0) + damaged
        let requested = missing > 0 && random.chance(8) ? missing / 2 : missing
        return SortingRow(item: item.name, unit: item.unit, ordered: ordered, received: received, good: received - damaged, damaged: damaged,
                          requested: requested, requestDate: missing > 0 ? arrived.adding(days: 2) : nil,
                          fulfilledDate: missing > 0 ? arrived.adding(days: random.int(5...12)) : nil)
    }

    /// Every kelurahan that has TPS, with its TPS split from its kecamatan's (so the sums per kecamatan equal the DPT
    /// recap's TPS), sent two days before election day and arriving the day before (a few on the day, a few late).
    private func distributionRows(_ prepared: PreparedOffice, event: ElectionEvent, boxesPerTPS: Int, day: CalendarDate,
                                  _ random: inout SeededRandom) -> [DistributionRow] {
        var rows: [DistributionRow] = []
        for area in prepared.office.office.areas {
            guard let recapRow = event.dpt.rows.first(where: { $0.area == area.name }) else { continue }
            let villages = area.villages.isEmpty ? [area.name] : area.villages
            let weights = villages.map { _ in random.int(1...5) }
            let split = ScenarioMix.quotas(Dictionary(uniqueKeysWithValues: zip(villages.indices, weights)), of: recapRow.tps,
                                           order: Array(villages.indices))
            for (index, village) in villages.enumerated() {
                let tps = split[index] ?? 0
                guard tps > 0 else { continue }
                let lateness = random.int(0...99)
                let arrived = lateness < 95 ? day.adding(days: -1) : lateness < 98 ? day : day.adding(days: 1)
                rows.append(DistributionRow(area: village, district: area.name, tps: tps, boxes: tps * boxesPerTPS, bags: tps * 4,
                                            sent: day.adding(days: -2), arrived: arrived, transport: "Truck, Pick up dan Motor"))
            }
        }
        return rows
    }
}
