import Fluent
import Vapor

/// The national admin account a new installation starts from: `sakip create-admin` makes it on an empty
/// database (or gives an existing admin a new password), and everything else is then done in the browser.
public enum AdminAccount {
    /// Creates the national admin `username`, or sets a new password for it (ending its sessions). Returns
    /// the Indonesian problems instead when the name or the password is not acceptable, or the name belongs
    /// to an account of another role.
    public static func createOrReset(username: String, password: String, on database: any Database,
                                     hasher: any PasswordHasher) async throws -> (created: Bool, problems: [String]) {
        let existing = try await UserModel.query(on: database).filter(\.$username == username).first()
        if let existing, existing.role != UserRole.nationalAdmin.rawValue {
            return (false, ["Nama pengguna \(username) sudah dipakai akun lain yang bukan admin nasional."])
        }
        let request = AccountRequest(username: username, name: username, role: UserRole.nationalAdmin.rawValue, office: nil,
                                     password: password)
        let problems = request.problems(officeExists: { _ in false }, usernameTaken: false).map { "\($0.field): \($0.reason)" }
        guard problems.isEmpty else { return (false, problems) }
        let user = existing ?? UserModel()
        user.username = username
        if existing == nil { user.name = "Admin nasional" }
        user.role = UserRole.nationalAdmin.rawValue
        user.passwordHash = try hasher.hash(password)
        try await user.save(on: database)
        if existing != nil { try await SessionStore.endAll(userID: try user.requireID(), on: database) }
        return (existing == nil, [])
    }
}
