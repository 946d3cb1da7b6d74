import SakipCore
import Vapor

/// KPU RI confirms the national catalogue mapping: for a year (the latest with summaries by default), every office
/// indicator grouped by state, filtered by province and state, paged; one indicator confirmed, mapped to another entry,
/// declared not in the catalogue or taken back; every strong suggestion of the filter confirmed in one act. Reads in a
/// fixed number of queries (``OfficeYearStore/consolidationInput(_:years:today:)``); writes only through
/// ``OfficeYearStore/saveCatalogueDecisions(_:by:on:)``.
struct CatalogueMappingController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.page(.catalogueMapping, .catalogueMapping, use: show)
        routes.action(.catalogueDecision, .catalogueMapping, use: decide)
        routes.action(.confirmStrongSuggestions, .catalogueMapping, use: confirmStrong)
    }

    /// The filter fields, in the query of the page and in every form of it (so that an answer returns to the same view).
    struct FilterForm: Content {
        var tahun: String?
        var provinsi: String?
        var status: String?
        var halaman: String?
        /// The row whose catalogue select is open ("kantor/indikator").
        var pilih: String?
    }

    /// One decision about one office indicator.
    struct DecisionForm: Content {
        var tahun: String?
        var provinsi: String?
        var status: String?
        var halaman: String?
        /// The office's code and the indicator's id, with its wording as the page showed it.
        var kantor: String?
        var indikator: String?
        var pernyataan: String?
        /// "usulan" (the suggested entry in `usulan`), "kode" (the entry chosen in `kode`), "bukan" (not in the catalogue)
        /// or "batal" (take the decision back).
        var keputusan: String?
        var usulan: String?
        var kode: String?
        /// The decision as the page showed it: "" undecided, "-" not in the catalogue, else the code.
        var sebelum: String?
    }

    func show(request: Request) async throws -> Response {
        try await render(request, CatalogueMappingSelection((try? request.query.decode(FilterForm.self)) ?? FilterForm()))
    }

    func decide(request: Request) async throws -> Response {
        let user = try await request.gatedUser()
        let form = try request.form(DecisionForm.self)
        let selection = CatalogueMappingSelection(FilterForm(tahun: form.tahun, provinsi: form.provinsi, status: form.status, halaman: form.halaman))
            .with(row: CatalogueMappingSelection.rowKey(officeCode: form.kantor ?? "", indicatorId: form.indikator ?? ""))
        let years = try await request.store.summaryYears()
        guard let year = selection.year, years.contains(year) else {
            return try await render(request, selection, problem: "Kolom Tahun: \"\(Self.clip(form.tahun))\" bukan tahun yang memiliki data indikator kantor.")
        }
        let officeCode = (form.kantor ?? "").trimmingCharacters(in: .whitespaces)
        let indicatorId = (form.indikator ?? "").trimmingCharacters(in: .whitespaces)
        let place = "Baris \(Self.clip(officeCode)) · \(Self.clip(indicatorId))"
        let input = try await request.store.consolidationInput(.national, years: [year], today: .today)
        guard let summary = input.summary(officeCode, year: year) else {
            return try await render(request, selection, problem: "\(place): kantor \"\(Self.clip(officeCode))\" tidak memiliki data indikator tahun \(year).")
        }
        guard let line = summary.indicator(indicatorId),
              IndicatorText.key(line.statement) == IndicatorText.key(form.pernyataan ?? "") else {
            return try await render(request, selection, problem: "\(place): indikator ini sudah berubah atau tidak ada lagi pada data \(summary.officeName) "
                                    + "tahun \(year) sejak halaman dibuka. Muat ulang halaman, lalu putuskan lagi.", status: .conflict)
        }
        let outcome: CatalogueDecisionChange.Outcome
        switch form.keputusan {
        case "usulan", "kode":
            let (field, typed) = form.keputusan == "usulan" ? ("Usulan", form.usulan) : ("Entri katalog", form.kode)
            let code = (typed ?? "").trimmingCharacters(in: .whitespaces)
            guard let entry = input.catalogue.entry(code) else {
                return try await render(request, selection, problem: code.isEmpty ? "\(place), kolom \(field): pilih entri katalog."
                                        : "\(place), kolom \(field): kode \"\(Self.clip(code))\" tidak ada di katalog indikator nasional.")
            }
            outcome = .entry(entry.code)
        case "bukan": outcome = .notInCatalogue
        case "batal": outcome = .withdrawn
        default:
            return try await render(request, selection, problem: "\(place), kolom Keputusan: pilih konfirmasi usulan, entri katalog lain, "
                                    + "tidak ada di katalog, atau batalkan keputusan.")
        }
        let current = input.mapping?.decision(officeCode: officeCode, statement: line.statement)
        if let shown = form.sebelum, shown != CatalogueMappingSelection.token(current) {
            let who = current.map { " oleh \($0.confirmedBy ?? "-") pada \(IndonesianDate.format($0.confirmedOn))" } ?? ""
            return try await render(request, selection, problem: "\(place): keputusan indikator ini sudah diubah\(who) sejak halaman dibuka. "
                                    + "Periksa keadaannya sekarang, lalu putuskan lagi.", status: .conflict)
        }
        if case .withdrawn = outcome, current == nil {
            return try await render(request, selection, problem: "\(place): indikator ini belum diputuskan, tidak ada yang dibatalkan.")
        }
        let change = CatalogueDecisionChange(officeCode: officeCode, statement: line.statement, outcome: outcome)
        try await request.store.saveCatalogueDecisions([change], by: request.actor(user), on: .today)
        let what: String
        switch outcome {
        case .entry(let code): what = "dipetakan ke \(code) · \(input.catalogue.entry(code)?.name ?? "")"
        case .notInCatalogue: what = "dinyatakan tidak ada di katalog"
        case .withdrawn: what = "keputusannya dibatalkan (kembali menunggu konfirmasi)"
        }
        return redirect(request, selection.with(), flash: "\(line.id) \(summary.officeName): \(what).")
    }

    func confirmStrong(request: Request) async throws -> Response {
        let user = try await request.gatedUser()
        let form = try request.form(FilterForm.self)
        let selection = CatalogueMappingSelection(form)
        let years = try await request.store.summaryYears()
        guard let year = selection.year, years.contains(year) else {
            return try await render(request, selection, problem: "Kolom Tahun: \"\(Self.clip(form.tahun))\" bukan tahun yang memiliki data indikator kantor.")
        }
        let input = try await request.store.consolidationInput(.national, years: [year], today: .today)
        if let province = selection.province, !input.offices.contains(where: { $0.level == .provinsi && $0.code == province }) {
            return try await render(request, selection, problem: "Kolom Provinsi: kode \"\(Self.clip(province))\" bukan KPU Provinsi yang dikenal.")
        }
        let decisions = MappingReview.strongConfirmations(year: year, provinceCode: selection.province, input: input, by: user.name, on: .today)
        let saved = try await request.store.saveCatalogueDecisions(decisions.map(CatalogueDecisionChange.init), by: request.actor(user), on: .today)
        let flash = saved == 0 ? "Tidak ada usulan kuat yang menunggu konfirmasi pada filter ini."
            : "\(saved) usulan kuat dikonfirmasi sekaligus; usulan \"mungkin\" tetap menunggu diperiksa satu per satu."
        return redirect(request, selection, flash: flash)
    }

    private func redirect(_ request: Request, _ selection: CatalogueMappingSelection, flash: String) -> Response {
        request.sessionState.setFlash(flash)
        return request.redirect(to: SiteURL.catalogueMapping.path + selection.querySuffix)
    }

    /// The year's mapping review with what the page lists beside it, built once per stored data version (the
    /// suggestions for every undecided indicator of every office take long at national size).
    private struct Review: Sendable {
        var review: MappingReview
        var provinces: [OfficeMetadata]
        var catalogue: IndicatorCatalogue
    }

    private static let reviews = DataVersionCache<Review>()

    /// The page for a selection, with a problem of the form when one was refused.
    private func render(_ request: Request, _ selection: CatalogueMappingSelection, problem: String? = nil,
                        status: HTTPResponseStatus = .unprocessableEntity) async throws -> Response {
        let user = try await request.gatedUser()
        let years = try await request.store.summaryYears()
        let year = selection.year.flatMap { years.contains($0) ? $0 : nil } ?? years.first ?? CalendarDate.today.year
        let version = try await DataVersion.current(DataVersion.consolidation, on: request.db)
        let built = try await Self.reviews.value("\(year)", version: version) {
            let input = try await request.store.consolidationInput(.national, years: [year], today: .today)
            return Review(review: MappingReview(year: year, input: input), provinces: input.offices.filter { $0.level == .provinsi },
                          catalogue: input.catalogue)
        }
        let review = built.review
        let filter = MappingReview.Filter(provinceCode: selection.province, group: selection.group)
        let page = CatalogueMappingPage(
            year: year, years: years, selection: selection, provinces: built.provinces,
            page: review.page(filter, number: selection.page), strongCount: review.strongCount(provinceCode: selection.province),
            catalogue: built.catalogue, history: try await request.store.catalogueDecisionHistory(), problem: problem)
        return request.page(title: page.title, viewer: user.viewer, status: problem == nil ? .ok : status) { page.body(csrf: $0) }
    }

    /// A typed value as an error message repeats it: at most 80 characters.
    static func clip(_ text: String?) -> String {
        let text = text ?? ""
        return text.count > 80 ? String(text.prefix(80)) + "…" : text
    }
}

/// The filter of the catalogue mapping page, read leniently from a query or a form: an unknown state or page shows all
/// states or the first page; the year is checked against the years with data.
struct CatalogueMappingSelection: Equatable {
    var year: Int?
    var province: String?
    var group: MappingReview.Group?
    var page: Int
    /// The row whose catalogue select is open (``rowKey(_:)``), kept only in that row's link and in a refused form.
    var row: String?

    init(year: Int? = nil, province: String? = nil, group: MappingReview.Group? = nil, page: Int = 1, row: String? = nil) {
        self.year = year
        self.province = province
        self.group = group
        self.page = page
        self.row = row
    }

    init(_ form: CatalogueMappingController.FilterForm) {
        let text = { (value: String?) in value.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 } }
        self.init(year: text(form.tahun).flatMap(Int.init).flatMap { (1900...2200).contains($0) ? $0 : nil },
                  province: text(form.provinsi).map { String($0.prefix(100)) },
                  group: text(form.status).flatMap(MappingReview.Group.init(rawValue:)),
                  page: text(form.halaman).flatMap(Int.init).map { max(1, min($0, 100_000)) } ?? 1,
                  row: text(form.pilih).map { String($0.prefix(300)) })
    }

    /// "655921/I7": a row of the page.
    static func rowKey(officeCode: String, indicatorId: String) -> String { "\(officeCode)/\(indicatorId)" }
    static func rowKey(_ row: MappingReview.Row) -> String { rowKey(officeCode: row.office.code, indicatorId: row.indicatorId) }

    /// The same selection on another page or state (the open select closed), or with a row's select open.
    func with(group: MappingReview.Group?? = .none, page: Int? = nil, row: String? = nil) -> CatalogueMappingSelection {
        var copy = self
        if let group { copy.group = group }
        if let page { copy.page = page }
        copy.row = row
        return copy
    }

    /// "?tahun=2024&provinsi=…&status=usulan&halaman=2", empty when nothing is chosen.
    var querySuffix: String {
        var pairs: [String] = []
        if let year { pairs.append("tahun=\(year)") }
        if let province { pairs.append("provinsi=\(Self.encode(province))") }
        if let group { pairs.append("status=\(group.rawValue)") }
        if page > 1 { pairs.append("halaman=\(page)") }
        if let row { pairs.append("pilih=\(Self.encode(row))") }
        return pairs.isEmpty ? "" : "?" + pairs.joined(separator: "&")
    }

    static func encode(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }

    /// A decision as the form's `sebelum` carries it: "" undecided, "-" not in the catalogue, else the code.
    static func token(_ decision: IndicatorMapping.Decision?) -> String {
        guard let decision else { return "" }
        return decision.catalogueCode ?? "-"
    }
}
