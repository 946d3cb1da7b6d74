import SakipCore

/// The steps of an office-year with what each lacks and a link to where it is done: the dashboard of a
/// year that has no PK yet shows it instead of empty charts.
struct SetupChecklistView {
    var steps: [SetupStep]
    var file: OfficeYear

    func node() -> Node {
        let next = steps.first { !$0.done }?.kind
        return .div(
            .id("langkah"), .class("checklist"),
            .h2(.text("Langkah pengisian tahun \(file.year)")),
            .p(.class("hint"), .text("Tahun ini belum memiliki Perjanjian Kinerja, sehingga capaian belum dapat dihitung. Ikuti langkah berikut; setiap langkah membuka halaman tempat data diisi.")),
            .ul(.forEach(steps) { step in
                .li(.class(step.done ? "done" : step.kind == next ? "next" : "todo"),
                    .a(.href(Self.url(step.kind, file).path), .text(step.title)),
                    .text(step.done ? " — selesai. " : step.kind == next ? " — langkah berikutnya. " : " — "),
                    .small(.text(step.detail)))
            })
        )
    }

    /// Where a step is done.
    static func url(_ kind: SetupStep.Kind, _ file: OfficeYear) -> SiteURL {
        let office = file.office.code, year = file.year
        func sheet(_ id: Sheet.ID) -> SiteURL { .sheet(office: office, year: year, sheet: id.rawValue) }
        let pendingLevel = PerformanceAgreement.Level.allCases.first { file.agreements.current($0) == nil }
            ?? PerformanceAgreement.Level.allCases.first { file.agreements.current($0)?.signedOn == nil } ?? .ketua
        switch kind {
        case .profile: return .profile(office: office, year: year)
        case .people: return sheet(.people)
        case .renstra: return file.objectives.isEmpty ? sheet(.objectives) : file.indicators.isEmpty ? sheet(.indicators) : sheet(.renstraTargets)
        case .annualPlan: return sheet(.rkt)
        case .agreements, .signing: return .agreement(office: office, year: year, level: pendingLevel.rawValue)
        case .actionPlan: return sheet(.actionPlan)
        case .budget: return sheet(.budget)
        case .realisations: return .realisations(office: office, year: year)
        case .finalisation: return .documents(office: office, year: year)
        }
    }
}
