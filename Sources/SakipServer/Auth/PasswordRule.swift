/// What a new password must be: long, not guessable from a list, not a run or repetition of characters,
/// not the user name. The same rule for the admin's forms and the user's own change.
enum PasswordRule {
    static let minimumLength = 10
    /// Fewer distinct characters than this is a repetition ("aaaaaaaaaa", "abababab12").
    static let minimumDistinct = 5

    /// The Indonesian reason a password is refused, or nil when it is acceptable.
    static func problem(_ password: String, username: String) -> String? {
        let trimmed = password.trimmingCharacters(in: .whitespacesAndNewlines)
        if password.count < minimumLength || trimmed.count < minimumLength {
            return "Kata sandi minimal \(minimumLength) karakter, tidak termasuk spasi di awal dan akhir."
        }
        let lowered = trimmed.lowercased()
        if !username.isEmpty, lowered.contains(username.lowercased()) {
            return "Kata sandi tidak boleh memuat nama pengguna."
        }
        if Set(lowered).count < minimumDistinct {
            return "Kata sandi terlalu berulang: pakai sedikitnya \(minimumDistinct) karakter yang berbeda."
        }
        if isRun(lowered) {
            return "Kata sandi berupa deretan karakter berurutan (seperti 1234567890 atau qwertyuiop); pilih yang lain."
        }
        if CommonPasswords.contains(lowered) {
            return "Kata sandi ini termasuk yang paling sering dipakai dan mudah ditebak; pilih yang lain."
        }
        return nil
    }

    /// Whether the text, without digits and symbols at its end, is a run along the alphabet, the digits or a keyboard row.
    static func isRun(_ text: String) -> Bool {
        let rows = ["abcdefghijklmnopqrstuvwxyz", "01234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm", "1qaz2wsx3edc4rfv"]
        let core = String(text.reversed().drop { !$0.isLetter }.reversed())
        for candidate in [text, core] where candidate.count >= 6 {
            for row in rows where row.contains(candidate) || String(row.reversed()).contains(candidate) { return true }
        }
        return false
    }
}
