import SakipCore

/// The form for a new office under KPU RI or a KPU Provinsi.
struct NewOfficePage {
    static let title = "Tambah kantor"
    var parents: [(code: String, name: String)]
    var typed: OfficeRequest?
    var problems: [(field: String, reason: String)]

    func body(csrf: String) -> Node {
        let errors = FieldProblems(problems: problems)
        let levels: [Node] = Office.Level.allCases.map {
            Node.option(value: $0.rawValue, text: $0.label, selected: (typed?.level ?? "kabupatenKota") == $0.rawValue)
        }
        let parentOptions: [Node] = [Node.option(value: "", text: "— (hanya KPU RI)")] + parents.map {
            Node.option(value: $0.code, text: "\($0.name) (\($0.code))", selected: typed?.parent == $0.code)
        }
        return .div(
            .h1(.text(Self.title)),
            .p(.a(.href(SiteURL.users.path), .text("← Pengguna"))),
            errors.others(["Kode satker", "Nama kantor", "Tingkat", "Induk"]),
            .form(
                .action(SiteURL.newOffice.path), .method(.post),
                Layout.csrfField(csrf),
                .label(.for("code"), .text("Kode satker")),
                .input(.type(.text), .id("code"), .name("code"), .value(typed?.code ?? ""), .attribute(named: "required", value: "required")),
                errors.node("Kode satker"),
                .label(.for("name"), .text("Nama kantor")),
                .input(.type(.text), .id("name"), .name("name"), .value(typed?.name ?? ""), .attribute(named: "required", value: "required")),
                errors.node("Nama kantor"),
                .label(.for("level"), .text("Tingkat")),
                .select(.attribute(named: "id", value: "level"), .attribute(named: "name", value: "level"), .group(levels)),
                errors.node("Tingkat"),
                .label(.for("parent"), .text("Induk")),
                .select(.attribute(named: "id", value: "parent"), .attribute(named: "name", value: "parent"), .group(parentOptions)),
                errors.node("Induk"),
                .button(.type(.submit), .text("Tambah kantor"))
            )
        )
    }
}
