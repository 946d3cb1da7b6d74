import SakipCore

/// Narrative per measured indicator: what was done, what stood in the way, and the way out.
struct AnalysisPage {
    var file: OfficeYear
    var access: Access
    /// Why the submitted texts were not saved (they are shown in the form).
    var error: String?

    var title: String { "Analisis \(file.office.name) \(file.year)" }

    /// The indicators the year measures, in the order of the measurement.
    static func indicatorIds(_ file: OfficeYear) -> [String] {
        file.measure().rows.map(\.indicator.id)
    }

    func body(csrf: String) -> Node {
        let office = file.office.code
        let result = file.measure()
        return .div(
            .h1(.text("Analisis capaian per indikator — \(file.office.name) \(file.year)")),
            OfficeYearTabs(office: office, year: file.year, current: .analyses(office: office, year: file.year)).node(),
            .unwrap(error) { .p(.class("error"), .attribute(named: "role", value: "alert"), .text($0)) },
            .p(.class("hint"), .text("Teks ini ditempatkan di BAB III LKj di bawah indikatornya. Angka (target, realisasi, capaian) tidak perlu diketik: dokumen mengambilnya dari data.")),
            .form(
                .action(SiteURL.analyses(office: office, year: file.year).path), .method(.post),
                Layout.csrfField(csrf),
                .forEach(result.rows) { row in
                    let id = row.indicator.id
                    let stored = file.analyses.first { $0.indicatorId == id }
                    return .div(
                        .class("analysis"), .id("analisis-\(id)"),
                        .h3(.text(row.indicator.statement)),
                        .p(.class("hint"), .text("Capaian \(row.achievement.display)\(row.category.map { " · \($0)" } ?? "")")),
                        field("actions", id, "Upaya yang dilakukan", stored?.actions),
                        field("obstacles", id, "Kendala", stored?.obstacles),
                        field("solutions", id, "Solusi / rencana tindak lanjut", stored?.solutions)
                    )
                },
                .if(access.edit, .button(.type(.submit), .text("Simpan analisis")))
            )
        )
    }

    private func field(_ name: String, _ id: String, _ label: String, _ value: String?) -> Node {
        let fieldID = "\(name)-\(id)"
        return .group(
            .label(.for(fieldID), .text(label)),
            .textarea(.id(fieldID), .name("\(name)[\(id)]"), .text(value ?? ""),
                      .if(!access.edit, .attribute(named: "readonly", value: "readonly")))
        )
    }
}
