import Foundation

extension OfficeYear {
    /// The election event with an id.
    public func election(_ id: String) -> ElectionEvent? { elections.first { $0.id == id } }

    /// The realisation an indicator's binding computes, or nil when it has none or its data is missing
    /// (the measurement then falls back to quarterly realisations and the table value).
    public func boundRealisation(for indicatorId: String) -> BoundRealisation? {
        guard let binding = bindings.first(where: { $0.indicatorId == indicatorId }),
              let event = election(binding.eventId) else { return nil }
        if let figure = binding.figure.participation {
            guard let rate = event.participation(figure) else { return nil }
            let source = figure == .overall || figure == .women ? event.participationBase.label : "data pemilih"
            return BoundRealisation(value: .percentage(rate.percent),
                                    provenance: "dihitung dari \(source) dan pengguna hak pilih \(event.name): \(rate.workings) (\(rate.denominatorLabel))")
        }
        guard let logistics, logistics.eventId == nil || logistics.eventId == event.id else { return nil }
        switch binding.figure {
        case .logisticsOnTime:
            guard let day = event.date, let share = logistics.onTimePercent(by: day) else { return nil }
            return BoundRealisation(value: .percentage(share.percent),
                                    provenance: "dihitung dari tabel distribusi logistik \(event.name): \(share.onTime) dari \(share.dated) kelurahan tiba paling lambat \(IndonesianDate.format(day)) = \(IndonesianFormat.percent(share.percent))")
        case .logisticsFulfilment:
            guard let share = logistics.fulfilmentPercent else { return nil }
            return BoundRealisation(value: .percentage(share.percent),
                                    provenance: "dihitung dari tabel penyortiran logistik \(event.name): \(share.fulfilled) dari \(share.items) jenis logistik terpenuhi = \(IndonesianFormat.percent(share.percent))")
        case .logisticsDeliveryOnTime:
            guard let day = event.date, let share = logistics.deliveriesOnTime(by: day) else { return nil }
            return BoundRealisation(value: .percentage(share.percent),
                                    provenance: "dihitung dari tabel pengiriman logistik dari penyedia \(event.name): \(share.onTime) dari \(share.dated) pengiriman tiba paling lambat \(IndonesianDate.format(day)) = \(IndonesianFormat.percent(share.percent))")
        default:
            return nil
        }
    }
}
