/// The LKE versions known to the product: the bundled default plus the versions KPU RI loaded.
public struct LKELibrary: Sendable {
    public var versions: [LKEVersion]

    public init(versions: [LKEVersion]) { self.versions = versions }

    /// The bundled version only.
    public static let bundled = LKELibrary(versions: [.permenPANRB88])

    /// The version to use for a new evaluation of a performance year: of those that apply, the one starting
    /// latest (a version loaded for 2025 takes over from the default for 2025 onward).
    public func version(forYear year: Int) -> LKEVersion? {
        versions.filter { $0.applies(to: year) }.max { $0.firstYear < $1.firstYear }
    }

    /// The version an evaluation was made with: same id and same content, or nil when it has changed or is unknown.
    public func version(_ reference: LKEVersionReference) -> LKEVersion? {
        versions.first { reference.matches($0) }
    }
}
