/// What a new password must be: long enough to resist guessing, without a character limit games.
enum PasswordRule {
    static let minimumLength = 10

    /// The Indonesian reason a password is refused, or nil when it is acceptable.
    static func problem(_ password: String, username: String) -> String? {
        if password.count < minimumLength { return "Kata sandi minimal \(minimumLength) karakter." }
        if password.lowercased().contains(username.lowercased()) { return "Kata sandi tidak boleh memuat nama pengguna." }
        return nil
    }
}
