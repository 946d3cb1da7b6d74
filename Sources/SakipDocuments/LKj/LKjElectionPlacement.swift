import SakipCore

/// Where BAB III puts the election and logistics tables.
///
/// The seeds print them inside the analysis of the sasaran they serve (Pagar Alam: the DPT recap under
/// "Terwujudnya Data Pemilih", the logistics tables under "Terwujudnya dukungan logistik"). The data says which
/// sasaran that is only through a binding, so: the tables of an election go after the analysis of the first
/// sasaran with an indicator bound to that election's participation, the logistics tables after the first
/// sasaran with an indicator bound to logistics; whatever no binding places gets a sub-section of its own
/// after the analysis per sasaran ("Data Pemilih dan Partisipasi", "Logistik Pemilu/Pemilihan").
struct LKjElectionPlacement {
    /// The events with something to show (a DPT recap, DPTb/DPK or turnout), in the file's order.
    let events: [ElectionEvent]
    /// The logistics, when they have a sorting, distribution or transport table.
    let logistics: Logistics?
    /// Event id → index of the sasaran (in the measurement's order) whose analysis carries its tables.
    private var eventObjective: [String: Int] = [:]
    /// Index of the sasaran whose analysis carries the logistics tables.
    private var logisticsObjective: Int?

    init(_ data: OfficeYear, _ result: MeasurementResult) {
        events = data.elections.filter(LKjElectionTables.hasTables)
        logistics = data.logistics.flatMap { LKjLogisticsTables.hasTables($0) ? $0 : nil }
        let shown = Set(events.map(\.id))
        for (index, objective) in result.objectives.enumerated() {
            for row in objective.rows {
                guard let binding = data.bindings.first(where: { $0.indicatorId == row.indicator.id }) else { continue }
                if binding.figure.participation != nil {
                    if shown.contains(binding.eventId), eventObjective[binding.eventId] == nil { eventObjective[binding.eventId] = index }
                } else if let logistics, logisticsObjective == nil,
                          logistics.eventId == nil || logistics.eventId == binding.eventId {
                    logisticsObjective = index
                }
            }
        }
    }

    /// The events whose tables follow the analysis of the sasaran at `index`.
    func events(servedBy index: Int) -> [ElectionEvent] { events.filter { eventObjective[$0.id] == index } }

    /// Whether the logistics tables follow the analysis of the sasaran at `index`.
    func logisticsServed(by index: Int) -> Bool { logistics != nil && logisticsObjective == index }

    /// The events no binding places in a sasaran.
    var unplacedEvents: [ElectionEvent] { events.filter { eventObjective[$0.id] == nil } }

    /// The logistics, when no binding places them in a sasaran.
    var unplacedLogistics: Logistics? { logisticsObjective == nil ? logistics : nil }
}

extension LKjElectionPlacement {
    /// The title of a group of election or logistics tables: a heading in a sub-section of its own (so the table
    /// of contents lists it), a bold line inside a sasaran's analysis (where level-3 headings name the sasaran).
    static func title(_ document: inout WordDocument, _ text: String, headingLevel: Int?) {
        if let headingLevel {
            document.heading(text, level: headingLevel)
        } else {
            document.add(Paragraph([Run(text, bold: true)], alignment: .left))
        }
    }
}
