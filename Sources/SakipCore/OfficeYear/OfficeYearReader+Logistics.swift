import Foundation

/// `logistics` (docs/office-year-format.md): needs, procurement, deliveries, sorting, warehouses,
/// distribution, transport, destruction and stated counts.
extension OfficeYearReader {
    func readLogistics(_ field: JSONField) -> Logistics? {
        guard let l = field.object(["eventId", "needs", "needsTotal", "procurement", "procurementTotal", "deliveries", "sorting",
                                    "warehouses", "distribution", "distributionTotal", "transport", "destruction", "claims"])
        else { return nil }
        var needsTotal: Logistics.NeedsTotal?
        if let t = l.optional("needsTotal")?.object(["quantity", "pagu"]) {
            needsTotal = Logistics.NeedsTotal(quantity: t.optional("quantity")?.count(), pagu: t.optional("pagu")?.amount())
        }
        var procurementTotal: Logistics.ProcurementTotal?
        if let t = l.optional("procurementTotal")?.object(["pagu", "hps", "contract", "efficiency"]) {
            procurementTotal = Logistics.ProcurementTotal(pagu: t.optional("pagu")?.amount(), hps: t.optional("hps")?.amount(),
                                                          contract: t.optional("contract")?.amount(),
                                                          efficiency: t.optional("efficiency")?.money())
        }
        var distributionTotal: Logistics.DistributionTotal?
        if let t = l.optional("distributionTotal")?.object(["tps", "boxes", "bags"]) {
            distributionTotal = Logistics.DistributionTotal(tps: t.optional("tps")?.count(), boxes: t.optional("boxes")?.count(),
                                                            bags: t.optional("bags")?.count())
        }
        return Logistics(eventId: l.optional("eventId")?.identifier(),
                         needs: l.list("needs").compactMap(readNeed), needsTotal: needsTotal,
                         procurement: l.list("procurement").compactMap(readProcurement), procurementTotal: procurementTotal,
                         deliveries: l.list("deliveries").compactMap(readDelivery),
                         sorting: l.list("sorting").compactMap(readSorting),
                         warehouses: l.list("warehouses").compactMap(readWarehouse),
                         distribution: l.list("distribution").compactMap(readDistribution), distributionTotal: distributionTotal,
                         transport: l.list("transport").compactMap(readTransport),
                         destruction: l.list("destruction").compactMap(readDestruction),
                         claims: l.list("claims").compactMap(readStatedCount))
    }

    private func readNeed(_ field: JSONField) -> NeedRow? {
        guard let n = field.object(["item", "unit", "quantity", "pagu"]) else { return nil }
        let item = n.required("item")?.string()
        let quantity = n.required("quantity")?.count()
        let pagu = n.optional("pagu")?.amount()
        guard let item, let quantity else { return nil }
        return NeedRow(item: item, unit: n.optional("unit")?.string(), quantity: quantity, pagu: pagu)
    }

    private func readProcurement(_ field: JSONField) -> ProcurementRow? {
        guard let p = field.object(["item", "pagu", "hps", "contract", "method", "share", "supplier", "printed"]) else { return nil }
        let item = p.required("item")?.string()
        var printed = ProcurementRow.Printed()
        if let o = p.optional("printed")?.object(["efficiency", "efficiencyPercent"]) {
            printed = ProcurementRow.Printed(efficiency: o.optional("efficiency")?.money(),
                                             efficiencyPercent: o.optional("efficiencyPercent")?.string())
        }
        let row = ProcurementRow(item: item ?? "", pagu: p.optional("pagu")?.amount(), hps: p.optional("hps")?.amount(),
                                 contract: p.optional("contract")?.amount(), method: p.optional("method")?.string(),
                                 share: p.optional("share")?.string(), supplier: p.optional("supplier")?.string(), printed: printed)
        return item == nil ? nil : row
    }

    /// A delivery that arrives before it was sent is kept: documents print such rows, and the review reports
    /// them (LOGIC-DELIVERY-DATES) instead of refusing the file.
    private func readDelivery(_ field: JSONField) -> DeliveryRow? {
        guard let d = field.object(["item", "packages", "sent", "arrived", "transport", "supplier"]) else { return nil }
        let item = d.required("item")?.string()
        let row = DeliveryRow(item: item ?? "", packages: d.optional("packages")?.count(), sent: d.optional("sent")?.date(),
                              arrived: d.optional("arrived")?.date(), transport: d.optional("transport")?.string(),
                              supplier: d.optional("supplier")?.string())
        return item == nil ? nil : row
    }

    private func readSorting(_ field: JSONField) -> SortingRow? {
        guard let s = field.object(["item", "unit", "ordered", "received", "good", "damaged", "requested", "requestDate",
                                    "fulfilledDate"]) else { return nil }
        let name = s.required("item")?.string()
        let ordered = s.required("ordered")?.count()
        let received = s.required("received")?.count()
        let good = s.required("good")?.count()
        let damaged = s.required("damaged")?.count()
        guard let name, let ordered, let received, let good, let damaged else { return nil }
        return SortingRow(item: name, unit: s.optional("unit")?.string(), ordered: ordered, received: received, good: good,
                          damaged: damaged, requested: s.optional("requested")?.count(), requestDate: s.optional("requestDate")?.date(),
                          fulfilledDate: s.optional("fulfilledDate")?.date())
    }

    private func readWarehouse(_ field: JSONField) -> Warehouse? {
        guard let w = field.object(["name", "address", "size", "ownership", "months", "condition"]) else { return nil }
        let ownership = w.required("ownership")?.choice(Warehouse.Ownership.self)
        let condition = w.required("condition")?.choice(Warehouse.Condition.self)
        let months = w.optional("months")?.count()
        if ownership == .milik, let months, months > 0 {
            w.optional("months")?.fail("jangka waktu hanya untuk gudang pinjam atau sewa, bukan gudang milik KPU")
        }
        guard let ownership, let condition else { return nil }
        return Warehouse(name: w.optional("name")?.string(), address: w.optional("address")?.string(), size: w.optional("size")?.string(),
                         ownership: ownership, months: months, condition: condition)
    }

    private func readDistribution(_ field: JSONField) -> DistributionRow? {
        guard let d = field.object(["area", "district", "tps", "boxes", "bags", "sent", "arrived", "transport"]) else { return nil }
        let area = d.required("area")?.string()
        let tps = d.required("tps")?.count()
        let boxes = d.required("boxes")?.count()
        let bags = d.required("bags")?.count()
        let sent = d.optional("sent")?.date()
        let arrived = d.optional("arrived")?.date()
        if let sent, let arrived, arrived.isSurelyBefore(sent) {
            d.optional("arrived")?.fail("tanggal tiba sebelum tanggal pengiriman (\(IndonesianDate.format(sent)))")
        }
        guard let area, let tps, let boxes, let bags else { return nil }
        return DistributionRow(area: area, district: d.optional("district")?.string(), tps: tps, boxes: boxes, bags: bags,
                               sent: sent, arrived: arrived, transport: d.optional("transport")?.string())
    }

    private func readTransport(_ field: JSONField) -> TransportRow? {
        guard let t = field.object(["mode", "ppk", "pps", "tps"]), let mode = t.required("mode")?.string() else { return nil }
        return TransportRow(mode: mode, ppk: t.optional("ppk")?.count(), pps: t.optional("pps")?.count(), tps: t.optional("tps")?.count())
    }

    private func readDestruction(_ field: JSONField) -> DestructionRow? {
        guard let d = field.object(["item", "count", "date", "reference"]) else { return nil }
        let item = d.required("item")?.string()
        let count = d.required("count")?.count()
        let date = d.optional("date")?.date()
        guard let item, let count else { return nil }
        return DestructionRow(item: item, count: count, date: date, reference: d.optional("reference")?.string())
    }
}
