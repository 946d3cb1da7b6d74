
/// The form for changing one's own password.
struct PasswordPage {
    static let title = "Ganti kata sandi"
    var problem: String?

    func body(csrf: String) -> Node {
        .div(
            .class("login"),
            .h1(.text(Self.title)),
            .unwrap(problem) { .p(.class("error"), .attribute(named: "role", value: "alert"), .text($0)) },
            .form(
                .action(SiteURL.ownPassword.path), .method(.post),
                Layout.csrfField(csrf),
                .label(.for("current"), .text("Kata sandi saat ini")),
                .input(.type(.password), .id("current"), .name("current"), .attribute(named: "autocomplete", value: "current-password"), .attribute(named: "required", value: "required")),
                .label(.for("new"), .text("Kata sandi baru (minimal \(PasswordRule.minimumLength) karakter)")),
                .input(.type(.password), .id("new"), .name("new"), .attribute(named: "autocomplete", value: "new-password"), .attribute(named: "required", value: "required")),
                .label(.for("repeated"), .text("Ulangi kata sandi baru")),
                .input(.type(.password), .id("repeated"), .name("repeated"), .attribute(named: "autocomplete", value: "new-password"), .attribute(named: "required", value: "required")),
                .button(.type(.submit), .text("Ganti kata sandi"))
            )
        )
    }
}
