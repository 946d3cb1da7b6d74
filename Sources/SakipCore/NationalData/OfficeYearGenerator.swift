import Foundation

/// Generates office-years from prepared reference shapes. Every figure comes from a seeded stream named by the
/// office, the year and its purpose, so any office-year can be generated on its own and always comes out the same.
struct OfficeYearGenerator: Sendable {
    let seed: UInt64
    let years: ClosedRange<Int>

    /// One indicator of a year: its target, realisation (nil when it is not measured this year) and why not.
    struct IndicatorDraw: Hashable, Sendable {
        var target: MeasureValue
        var realisation: MeasureValue?
        var notApplicableReason: String?
    }

    /// Everything of one office-year that later years also read (their history).
    struct YearFigures: Sendable {
        var year: Int
        var elections: [ElectionEvent]
        var logistics: Logistics?
        var bindings: [IndicatorBinding]
        var budget: YearBudget
        var draws: [String: IndicatorDraw]
    }

    /// The figures of a year: elections, logistics, budget, then each PK indicator's target and realisation.
    func figures(_ prepared: PreparedOffice, year: Int) -> YearFigures {
        let elections = elections(prepared, year: year)
        let logistics = logistics(prepared, year: year, elections: elections)
        let bindings = bindings(prepared, elections: elections, logistics: logistics)
        let revisionTarget = prepared.template.roles.first { $0.value == .revisions }
            .flatMap { target(of: $0.key, prepared, year: year)?.amount }
        let budget = budget(prepared, year: year, revisionCount: revisionCount(prepared, year: year, avoiding: revisionTarget))
        let draws = draws(prepared, year: year, elections: elections, logistics: logistics, bindings: bindings,
                          revisions: budget.revisions.revisionCount)
        return YearFigures(year: year, elections: elections, logistics: logistics, bindings: bindings, budget: budget, draws: draws)
    }

    /// Participation indicators take their realisation from the year's Pemilu (else its Pemilihan), the logistics
    /// indicator from the distribution table. First-time voters are bound only where the event counts them.
    func bindings(_ prepared: PreparedOffice, elections: [ElectionEvent], logistics: Logistics?) -> [IndicatorBinding] {
        guard let event = elections.first else { return [] }
        return prepared.template.agreementIndicators.compactMap { id in
            switch prepared.template.roles[id] {
            case .participation(let figure)? where event.participation(figure) != nil:
                return IndicatorBinding(indicatorId: id, figure: IndicatorBinding.Figure.allCases.first { $0.participation == figure } ?? .participationOverall,
                                        eventId: event.id)
            case .logistics? where logistics != nil:
                return IndicatorBinding(indicatorId: id, figure: .logisticsOnTime, eventId: event.id)
            default:
                return nil
            }
        }
    }

    /// The year's target: the Renstra's for the year when it fits the indicator, else the template PK's; a
    /// participation target the template leaves open ("-") is KPU's national 77,5 %.
    func target(of id: String, _ prepared: PreparedOffice, year: Int) -> MeasureValue? {
        guard let indicator = prepared.base.indicator(id) else { return nil }
        let written = PerformanceAgreement.Level.allCases.compactMap { prepared.template.source.agreements.current($0)?.target(indicatorId: id) }.first
        if let planned = prepared.base.renstra?.target(indicatorId: id, year: year), planned != .notApplicable,
           (try? indicator.reading(of: planned)) != nil, planned.amount != 0 {
            return planned
        }
        if case .participation? = prepared.template.roles[id], written == nil || written == .notApplicable || written?.amount == 0 {
            return .percentage(77.5)
        }
        return written
    }
}
