import Vapor

/// Registers every route of ``SiteURL``.
func routes(_ app: Application) throws {
    app.page(.stylesheet, .anyone) { _ in Response.asset(Assets.stylesheet, type: .init(type: "text", subType: "css", parameters: ["charset": "utf-8"])) }
    app.page(.script, .anyone) { _ in Response.asset(Assets.script, type: .init(type: "application", subType: "javascript", parameters: ["charset": "utf-8"])) }
    app.page(.home, .anyone) { request async throws -> Response in
        request.redirect(to: try await request.sessionUser() == nil ? SiteURL.login.path : SiteURL.offices.path)
    }
    try app.register(collection: LoginController())
    try app.register(collection: OfficeController())
    try app.register(collection: DashboardController())
    try app.register(collection: RealisationController())
    try app.register(collection: AgreementController())
    try app.register(collection: BudgetController())
    try app.register(collection: TransferController())
    try app.register(collection: SheetController())
    try app.register(collection: ElectionsController())
    try app.register(collection: AnalysisController())
    try app.register(collection: ProfileController())
    try app.register(collection: AdminController())
    try app.register(collection: DocumentController())
    try app.register(collection: AccountController())
    try app.register(collection: AuditController())
    try app.register(collection: EvidenceController())
    try app.register(collection: EvaluationController())
    try app.register(collection: CriterionEvidenceController())
    try app.register(collection: EvaluationScoringController())
    try app.register(collection: LHEController())
    try app.register(collection: FollowUpController())
    try app.register(collection: EvaluationRecapController())
    try app.register(collection: LKEVersionController())
    try app.register(collection: SubmissionController())
    try app.register(collection: DeadlineController())
    try app.register(collection: AcceptedDocumentsController())
    try app.register(collection: ConsolidationController())
    try app.register(collection: CatalogueMappingController())
}

extension Response {
    static func asset(_ text: String, type: HTTPMediaType) -> Response {
        let response = Response(status: .ok, body: .init(string: text))
        response.headers.contentType = type
        response.headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
        return response
    }
}

extension Request {
    /// A full HTML page.
    func page(title: String, viewer: Viewer?, status: HTTPResponseStatus = .ok,
              body: (String) -> Node) -> Response {
        let csrf = CSRFMiddleware.token(for: self)
        let flash = sessionState.takeFlash()
        let html = FormVersion.$current.withValue(shownVersion) {
            Layout.render(title: title, viewer: viewer, csrf: csrf, flash: flash, content: body(csrf))
        }
        let response = Response(status: status, body: .init(string: html))
        response.headers.contentType = .html
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }

    /// ``page(title:viewer:status:body:)`` whose body is rendered once per `slot` and `version` and kept in the process
    /// (``RenderedFragmentCache``): `slot` says which page it is, `version` must name everything else the body shows,
    /// with the stored versions it comes from. The session's CSRF token is put into the kept body on every request.
    func page(title: String, viewer: Viewer?, cachedIn slot: String, version: String, body: (String) -> Node) -> Response {
        let formVersion = shownVersion
        let template = RenderedFragmentCache.shared.template(slot, version: "\(version)|form-version \(formVersion.map(String.init) ?? "-")") {
            FormVersion.$current.withValue(formVersion) { HTMLRenderer.template(body) }
        }
        return page(title: title, viewer: viewer) { csrf in template.filled(csrf: csrf) }
    }

    /// Redirect after a successful form, with a message for the next page.
    func redirect(to url: SiteURL, flash: String) -> Response {
        sessionState.setFlash(flash)
        return redirect(to: url.path)
    }

    var store: OfficeYearStore { OfficeYearStore(database: db) }
}

