
/// Accounts: the list, a form for a new one, and a password reset per account.
struct UsersPage {
    struct Account {
        var username: String
        var name: String
        var role: UserRole?
        var office: String?
    }

    static let title = "Pengguna"
    var accounts: [Account]
    var offices: [(code: String, name: String)]
    var typed: AccountRequest?
    var problems: [(field: String, reason: String)]

    func body(csrf: String) -> Node {
        let errors = FieldProblems(problems: problems)
        return .div(
            .h1(.text("Pengguna")),
            .p(.a(.href(SiteURL.newOffice.path), .text("Tambah kantor →"))),
            errors.others(["Nama pengguna", "Nama lengkap", "Peran", "Kantor", "Kata sandi"]),
            .table(
                .thead(.tr(.th(.text("Nama pengguna")), .th(.text("Nama")), .th(.text("Peran")), .th(.text("Kantor")), .th(.text("Atur ulang kata sandi")))),
                .tbody(.forEach(accounts) { account in
                    .tr(.td(.text(account.username)), .td(.text(account.name)), .td(.text(account.role?.label ?? "-")), .td(.text(account.office ?? "-")),
                        .td(.form(.class("inline"), .action(SiteURL.resetPassword(username: account.username).path), .method(.post),
                                  Layout.csrfField(csrf),
                                  .input(.type(.password), .name("password"), .attribute(named: "aria-label", value: "Kata sandi baru untuk \(account.username)"),
                                         .attribute(named: "autocomplete", value: "new-password"), .attribute(named: "required", value: "required")),
                                  .button(.type(.submit), .text("Ganti")))))
                })
            ),
            .h2(.text("Akun baru")),
            .form(
                .action(SiteURL.users.path), .method(.post),
                Layout.csrfField(csrf),
                .label(.for("username"), .text("Nama pengguna")),
                .input(.type(.text), .id("username"), .name("username"), .value(typed?.username ?? ""), .attribute(named: "required", value: "required")),
                errors.node("Nama pengguna"),
                .label(.for("name"), .text("Nama lengkap")),
                .input(.type(.text), .id("name"), .name("name"), .value(typed?.name ?? ""), .attribute(named: "required", value: "required")),
                errors.node("Nama lengkap"),
                .label(.for("role"), .text("Peran")),
                roleSelect(),
                errors.node("Peran"),
                .label(.for("office"), .text("Kantor (kosong hanya untuk Admin Nasional)")),
                officeSelect(),
                errors.node("Kantor"),
                .label(.for("password"), .text("Kata sandi awal (minimal \(PasswordRule.minimumLength) karakter)")),
                .input(.type(.password), .id("password"), .name("password"), .attribute(named: "autocomplete", value: "new-password"), .attribute(named: "required", value: "required")),
                errors.node("Kata sandi"),
                .button(.type(.submit), .text("Buat akun"))
            )
        )
    }

    private func roleSelect() -> Node {
        let options: [Node] = UserRole.allCases.map {
            Node.option(value: $0.rawValue, text: $0.label, selected: typed?.role == $0.rawValue)
        }
        return .select(.attribute(named: "id", value: "role"), .attribute(named: "name", value: "role"), .group(options))
    }

    private func officeSelect() -> Node {
        let options: [Node] = [Node.option(value: "", text: "—")] + offices.map {
            Node.option(value: $0.code, text: "\($0.name) (\($0.code))", selected: typed?.office == $0.code)
        }
        return .select(.attribute(named: "id", value: "office"), .attribute(named: "name", value: "office"), .group(options))
    }
}
