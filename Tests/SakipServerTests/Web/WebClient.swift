import Foundation
import NIOCore
import SakipCore
@testable import SakipServer
import Testing
import Vapor
import VaporTesting

/// A browser stand-in for route tests: keeps the session cookie and the CSRF token of the last page.
final class WebClient: @unchecked Sendable {
    let app: Application
    /// The cookies the server set, by name (a cookie set with Max-Age=0 is dropped, as a browser does).
    var cookies: [String: String] = [:]
    var csrf: String?

    /// The Cookie header a browser would send.
    var cookie: String? { cookies.isEmpty ? nil : cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }

    init(app: Application) { self.app = app }

    struct Page {
        var status: HTTPResponseStatus
        var body: String
        var location: String?
        var headers: HTTPHeaders
        /// The body's bytes (a download).
        var bytes = Data()
    }

    @discardableResult
    func get(_ path: String) async throws -> Page {
        try await send(.GET, path, body: ByteBuffer?.none, contentType: nil)
    }

    @discardableResult
    func post(_ path: String, form: [String: String], csrf includeToken: Bool = true) async throws -> Page {
        if includeToken && csrf == nil { try await get(SiteURL.login.path) }
        var fields = form
        if includeToken, let csrf { fields[CSRFMiddleware.field] = csrf }
        let body = fields.map { "\(Self.encode($0.key))=\(Self.encode($0.value))" }.joined(separator: "&")
        return try await send(.POST, path, body: body, contentType: "application/x-www-form-urlencoded")
    }

    /// A form whose body is written out (a field sent several times, as a form's `name[]` rows are); the CSRF token is added.
    @discardableResult
    func postRaw(_ path: String, body: String) async throws -> Page {
        if csrf == nil { try await get(SiteURL.login.path) }
        let token = csrf.map { "&\(CSRFMiddleware.field)=\(Self.encode($0))" } ?? ""
        return try await send(.POST, path, body: body + token, contentType: "application/x-www-form-urlencoded")
    }

    @discardableResult
    func postMultipart(_ path: String, fileName: String, fileContent: String) async throws -> Page {
        if csrf == nil { try await get(SiteURL.login.path) }
        let boundary = "----sakip-test"
        var body = "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(CSRFMiddleware.field)\"\r\n\r\n\(csrf ?? "")\r\n"
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(fileName)\"\r\nContent-Type: application/json\r\n\r\n\(fileContent)\r\n--\(boundary)--\r\n"
        return try await send(.POST, path, body: body, contentType: "multipart/form-data; boundary=\(boundary)")
    }

    /// Posts a binary file (a workbook) with extra form fields, as a browser's file upload does.
    @discardableResult
    func postFile(_ path: String, fileName: String, data: Data, fields: [String: String] = [:]) async throws -> Page {
        if csrf == nil { try await get(SiteURL.login.path) }
        let boundary = "----sakip-test"
        var body = Data()
        for (name, value) in fields.merging([CSRFMiddleware.field: csrf ?? ""], uniquingKeysWith: { $1 }) {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8))
        }
        body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(fileName)\"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n".utf8))
        body.append(data)
        body.append(Data("\r\n--\(boundary)--\r\n".utf8))
        return try await send(.POST, path, body: ByteBuffer(data: body), contentType: "multipart/form-data; boundary=\(boundary)")
    }

    /// Signs in with a demo account.
    @discardableResult
    func login(_ username: String, password: String = "sakip-demo") async throws -> Page {
        try await get(SiteURL.login.path)
        let page = try await post(SiteURL.login.path, form: ["username": username, "password": password])
        if page.status == .seeOther {
            // Signing in starts a new session with a new CSRF token: pick it up like a browser does.
            csrf = nil
            try await get(SiteURL.offices.path)
        }
        return page
    }

    /// Any request, with the session cookie and the given headers.
    @discardableResult
    func send(_ method: HTTPMethod, _ path: String, headers extra: [(String, String)], body: ByteBuffer? = nil) async throws -> Page {
        try await send(method, path, body: body, contentType: nil, extra: extra)
    }

    /// A form with the session's token and the given fields, url-encoded as a browser sends it.
    func formBody(_ form: [String: String]) -> String {
        var fields = form
        if let csrf { fields[CSRFMiddleware.field] = csrf }
        return fields.map { "\(Self.encode($0.key))=\(Self.encode($0.value))" }.joined(separator: "&")
    }

    private func send(_ method: HTTPMethod, _ path: String, body: String?, contentType: String?) async throws -> Page {
        try await send(method, path, body: body.map { ByteBuffer(string: $0) }, contentType: contentType)
    }

    private func send(_ method: HTTPMethod, _ path: String, body: ByteBuffer?, contentType: String?,
                      extra: [(String, String)] = []) async throws -> Page {
        var headers = HTTPHeaders()
        if let cookie { headers.add(name: .cookie, value: cookie) }
        if let contentType { headers.add(name: .contentType, value: contentType) }
        for (name, value) in extra { headers.add(name: name, value: value) }
        let response = try await app.testing().sendRequest(method, path, headers: headers, body: body)
        for setCookie in response.headers[.setCookie] {
            let attributes = setCookie.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let pair = attributes.first, let equals = pair.firstIndex(of: "=") else { continue }
            let name = String(pair[..<equals]), value = String(pair[pair.index(after: equals)...])
            cookies[name] = attributes.contains { $0.lowercased() == "max-age=0" } ? nil : value
        }
        let text = response.body.string
        if let range = text.range(of: "name=\"_csrf\" value=\"") ?? text.range(of: "name=\"csrf-token\" content=\"") {
            csrf = String(text[range.upperBound...].prefix { $0 != "\"" })
        }
        return Page(status: response.status, body: text, location: response.headers.first(name: .location), headers: response.headers,
                    bytes: Data(buffer: response.body))
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}

/// Runs a test on an application with the demo offices and accounts loaded.
func withDemoApp(_ test: (Application) async throws -> Void) async throws {
    let app = try await Application.make(.testing)
    app.logger.logLevel = .warning
    do {
        try await configure(app, config: .testing)
        try await DemoData.load(on: app.db, hasher: app.password)
        try await test(app)
    } catch {
        try? await app.asyncShutdown()
        throw error
    }
    try await app.asyncShutdown()
}

let asahan = "655921"
let pematangsiantar = "656024"
