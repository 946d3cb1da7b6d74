import Vapor

/// Turns errors into Indonesian pages, never a stack trace or the framework's English. A route that
/// answers JSON (the capaian preview) and a client that asks for JSON first get JSON; a browser, whose
/// `Accept` ends in `*/*`, gets the page.
struct ErrorPageMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            return try Self.response(for: error, to: request)
        }
    }

    /// The page (or JSON) for an error; also used by middleware that must finish its work on every response.
    static func response(for error: any Error, to request: Request) throws -> Response {
        do {
            throw error
        } catch let abort as AbortError where abort.status == .seeOther || abort.status == .found {
            return request.redirect(to: abort.headers.first(name: .location) ?? "/")
        } catch {
            let problem = ProblemMessage(error)
            if problem.status == .internalServerError { request.logger.report(error: error) }
            if Self.answersJSON(request) {
                let response = Response(status: problem.status)
                try response.content.encode(FeedbackJSON(ok: false, text: problem.text), as: .json)
                return response
            }
            // The user is shown when the route's gate already knew them; no session is made for an error.
            let viewer = request.sessionState.current?.user.viewer
            let html = Layout.render(title: Self.title(problem.status), viewer: viewer,
                                     csrf: request.sessionState.current?.csrf ?? "",
                                     content: .div(.h1(.text("\(problem.status.code) — \(Self.title(problem.status))")), .p(.text(problem.text)),
                                                   .p(.a(.href(SiteURL.offices.path), .text("Kembali ke daftar kantor")))))
            let response = Response(status: problem.status, body: .init(string: html))
            response.headers.contentType = .html
            response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
            return response
        }
    }

    /// JSON for a route declared to answer JSON, or when the client's most preferred type is JSON.
    static func answersJSON(_ request: Request) -> Bool {
        RouteRules.format(of: request.route) == .json || preferredType(request.headers.first(name: .accept)) == "application/json"
    }

    /// The media type an `Accept` header prefers most (the first of the highest quality).
    static func preferredType(_ accept: String?) -> String? {
        guard let accept else { return nil }
        let ranked = accept.split(separator: ",").enumerated().compactMap { index, part -> (type: String, q: Double, index: Int)? in
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let type = pieces.first?.lowercased(), !type.isEmpty else { return nil }
            let q = pieces.dropFirst().first { $0.lowercased().hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            return (type, q, index)
        }
        return ranked.min { ($0.q, -$0.index) > ($1.q, -$1.index) }?.type
    }

    static func title(_ status: HTTPResponseStatus) -> String {
        switch status.code {
        case 400, 422: "Isian tidak dapat dibaca"
        case 401: "Belum masuk"
        case 403: "Tidak berwenang"
        case 404: "Tidak ditemukan"
        case 409: "Belum dapat diproses"
        case 413: "Kiriman terlalu besar"
        case 429: "Terlalu banyak percobaan"
        case 503: "Layanan tidak tersedia"
        default: "Kesalahan"
        }
    }
}
