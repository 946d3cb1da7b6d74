/// Who is signed in, as pages show it.
public struct Viewer: Sendable {
    public var name: String
    public var role: UserRole
    public var officeName: String?
    /// May review the national catalogue mapping (the national admin, KPU RI's evaluators).
    public var mayMapCatalogue: Bool

    public init(name: String, role: UserRole, officeName: String?, mayMapCatalogue: Bool = false) {
        self.name = name
        self.role = role
        self.officeName = officeName
        self.mayMapCatalogue = mayMapCatalogue
    }
}

/// The frame of every page: head, navigation, flash message, content.
enum Layout {
    static func render(title: String, viewer: Viewer?, csrf: String, flash: String? = nil, content: Node) -> String {
        HTMLRenderer.document(.html(
            .attribute(named: "lang", value: "id"),
            .head(
                .meta(.attribute(named: "charset", value: "utf-8")),
                .title("\(title) — e-SAKIP KPU"),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .meta(.name("csrf-token"), .content(csrf)),
                .link(.attribute(named: "rel", value: "stylesheet"), .href(SiteURL.stylesheet.path))
            ),
            .body(
                .header(
                    .class("top"),
                    .a(.class("brand"), .href(SiteURL.home.path), .text("e-SAKIP KPU")),
                    .unwrap(viewer) { viewer in
                        .div(
                            .class("who"),
                            .span(.text("\(viewer.name) · \(viewer.role.label)\(viewer.officeName.map { " · \($0)" } ?? "")")),
                            .a(.href(SiteURL.offices.path), .text("Kantor")),
                            .if(viewer.role == .nationalAdmin || viewer.role == .officeOperator,
                                .a(.href(SiteURL.importFile.path), .text("Impor berkas"))),
                            .if(viewer.role == .nationalAdmin, .a(.href(SiteURL.users.path), .text("Pengguna"))),
                            .if(viewer.role == .nationalAdmin, .a(.href(SiteURL.lkeVersions.path), .text("Versi LKE"))),
                            .if(viewer.role == .nationalAdmin, .a(.href(SiteURL.deadlines.path), .text("Tenggat"))),
                            .if(viewer.mayMapCatalogue, .a(.href(SiteURL.catalogueMapping.path), .text("Katalog IKU"))),
                            .a(.href(SiteURL.ownPassword.path), .text("Kata sandi")),
                            .form(
                                .class("inline"), .action(SiteURL.logout.path), .method(.post),
                                csrfField(csrf),
                                .button(.type(.submit), .text("Keluar"))
                            )
                        )
                    }
                ),
                .main(
                    .unwrap(flash) { .p(.class("flash"), .role("status"), .text($0)) },
                    content
                ),
                .script(src: SiteURL.script.path)
            )
        ))
    }

    /// The hidden fields every form carries: the CSRF token and, on a page of an office-year, the version shown.
    static func csrfField(_ token: String) -> Node {
        .group(
            .input(.type(.hidden), .name(CSRFMiddleware.field), .value(token)),
            .unwrap(FormVersion.current) { .input(.type(.hidden), .name(FormVersion.field), .value("\($0)")) }
        )
    }
}
