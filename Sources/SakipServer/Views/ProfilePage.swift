import SakipCore

/// The profile form: office contacts and signature place, the Renstra's header, the measurement rules.
struct ProfilePage {
    var file: OfficeYear
    var entry: ProfileEntry
    var problems: [(field: String, reason: String)]
    var access: Access

    var title: String { "Profil \(file.office.name) \(file.year)" }

    func body(csrf: String) -> Node {
        let errors = FieldProblems(problems: problems)
        let code = file.office.code
        let formulas: [Node] = [
            Node.option(value: "mirror", text: "Cermin: (2 × target − realisasi) / target × 100, paling rendah 0", selected: entry.lowerIsBetterFormula == "mirror"),
            Node.option(value: "ratio", text: "Rasio: target / realisasi × 100", selected: entry.lowerIsBetterFormula == "ratio"),
        ]
        func field(_ name: String, _ label: String, _ value: String) -> Node {
            .group(.label(.for(name), .text(label)), .input(.type(.text), .id(name), .name(name), .value(value)), errors.node(label))
        }
        func area(_ name: String, _ label: String, _ value: String) -> Node {
            .group(.label(.for(name), .text(label)), .textarea(.id(name), .name(name), .text(value)), errors.node(label))
        }
        var capAttributes: [Node] = [.type(.checkbox), .name("capAbove100"), .value("ya")]
        if entry.capAbove100 == "ya" { capAttributes.append(.attribute(named: "checked", value: "checked")) }
        return .div(
            .h1(.text("Profil kantor dan pengaturan — \(file.office.name) \(file.year)")),
            OfficeYearTabs(office: code, year: file.year, current: .sheets(office: code, year: file.year)).node(),
            .p(.a(.href(SiteURL.sheets(office: code, year: file.year).path), .text("← Semua tabel"))),
            .if(!problems.isEmpty, .p(.class("error"), .attribute(named: "role", value: "alert"),
                                       .text("Belum disimpan; data yang tersimpan tidak berubah. Periksa \(problems.count) isian yang ditandai."))),
            .form(
                .action(SiteURL.profile(office: code, year: file.year).path), .method(.post),
                Layout.csrfField(csrf),
                .h2(.text("Kantor")),
                field("address", "Alamat", entry.address), field("phone", "Telepon", entry.phone),
                field("email", "Surel", entry.email), field("website", "Situs web", entry.website),
                field("city", "Tempat penandatanganan (kota)", entry.city), field("province", "Provinsi", entry.province),
                .h2(.text("Renstra")),
                field("renstraStart", "Tahun awal Renstra", entry.renstraStart),
                field("renstraEnd", "Tahun akhir Renstra", entry.renstraEnd),
                errors.node("Periode Renstra"),
                field("decree", "Keputusan penetapan Renstra", entry.decree),
                area("vision", "Visi", entry.vision),
                area("missions", "Misi (satu per baris)", entry.missions),
                area("policies", "Arah kebijakan (satu per baris)", entry.policies),
                .h2(.text("Aturan pengukuran")),
                .label(.for("lowerIsBetterFormula"), .text("Rumus indikator semakin rendah semakin baik")),
                .select(.attribute(named: "id", value: "lowerIsBetterFormula"), .attribute(named: "name", value: "lowerIsBetterFormula"), .group(formulas)),
                errors.node("Rumus indikator semakin rendah semakin baik"),
                .label(.input(.group(capAttributes)),
                       .text(" Capaian di atas 100 % dihitung 100 % dalam rata-rata sasaran dan kantor")),
                .if(access.edit, .button(.type(.submit), .text("Simpan")))
            )
        )
    }
}
