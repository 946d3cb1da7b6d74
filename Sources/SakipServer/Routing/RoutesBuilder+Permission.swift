import Vapor

extension RoutesBuilder {
    /// A page (GET): the permission is checked first; a body sent with it is never read.
    @discardableResult
    func page<Answer: AsyncResponseEncodable>(_ url: SiteURL, _ permission: Permission,
                                              use handler: @escaping @Sendable (Request) async throws -> Answer) -> Route {
        let route = grouped(permission.middleware).on(.GET, url.pattern, body: .stream, use: handler)
        route.userInfo[RouteRules.permissionKey] = permission
        return route
    }

    /// A state-changing form (POST), in this order: the user and their permission, decided from the
    /// session and the path; then the whole body, within `limit`; then its CSRF token; then the handler.
    @discardableResult
    func action<Answer: AsyncResponseEncodable>(_ url: SiteURL, _ permission: Permission, body limit: BodyLimit = .form,
                                                answers format: RouteRules.Format = .page,
                                                use handler: @escaping @Sendable (Request) async throws -> Answer) -> Route {
        let chain = permission.middleware + [BodyLimitMiddleware(limit: limit), CSRFMiddleware()]
        let route = grouped(chain).on(.POST, url.pattern, body: .stream, use: handler)
        route.userInfo[RouteRules.permissionKey] = permission
        route.userInfo[RouteRules.bodyLimitKey] = limit
        route.userInfo[RouteRules.formatKey] = format
        return route
    }
}

/// What a route declared when it was registered, for the error page and for tests.
enum RouteRules {
    static let permissionKey = "sakip.permission"
    static let bodyLimitKey = "sakip.bodyLimit"
    static let formatKey = "sakip.format"

    /// How a route answers, errors included.
    enum Format: Sendable { case page, json }

    static func permission(of route: Route?) -> Permission? { route?.userInfo[permissionKey] as? Permission }
    static func bodyLimit(of route: Route?) -> BodyLimit? { route?.userInfo[bodyLimitKey] as? BodyLimit }
    static func format(of route: Route?) -> Format { route?.userInfo[formatKey] as? Format ?? .page }
}
