
/// Sign-in form; keeps the typed username when sign-in fails.
struct LoginPage {
    var username: String = ""
    var error: String?
    var title: String { "Masuk" }

    func body(csrf: String) -> Node {
        .div(
            .class("login"),
            .h1(.text("Masuk ke e-SAKIP KPU")),
            .unwrap(error) { .p(.class("error"), .attribute(named: "role", value: "alert"), .text($0)) },
            .form(
                .action(SiteURL.login.path), .method(.post),
                Layout.csrfField(csrf),
                .label(.for("username"), .text("Nama pengguna")),
                .input(.type(.text), .id("username"), .name("username"), .value(username), .attribute(named: "autocomplete", value: "username"),
                       .attribute(named: "required", value: "required")),
                .label(.for("password"), .text("Kata sandi")),
                .input(.type(.password), .id("password"), .name("password"), .attribute(named: "autocomplete", value: "current-password"),
                       .attribute(named: "required", value: "required")),
                .button(.type(.submit), .text("Masuk"))
            )
        )
    }
}
