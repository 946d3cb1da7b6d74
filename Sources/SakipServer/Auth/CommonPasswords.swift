/// Passwords found at the top of leaked-password lists, with the ones common in Indonesia and at KPU
/// offices. A password is refused when it is one of these, or one of these followed by digits or symbols.
enum CommonPasswords {
    static let list: Set<String> = [
        "password", "passw0rd", "password1", "qwerty", "qwertyuiop", "iloveyou", "sunshine", "princess", "football",
        "baseball", "welcome", "welcome1", "monkey", "dragon", "letmein", "trustno1", "superman", "batman", "master",
        "shadow", "michael", "jennifer", "computer", "starwars", "whatever", "freedom", "admin", "administrator",
        "changeme", "default", "secret", "login", "access", "hello", "charlie", "donald", "loveme", "internet",
        "indonesia", "jakarta", "merdeka", "garuda", "pancasila", "bismillah", "alhamdulillah", "assalamualaikum",
        "sayang", "sayangku", "cintaku", "kucing", "anjing", "rahasia", "katasandi", "sandiku", "sandi", "kpu", "kpuri",
        "kpuprov", "kpukab", "kpukota", "pemilu", "pemilihan", "pilkada", "pilpres", "sekretariat", "sekretaris", "ketua",
        "operator", "evaluator", "inspektorat", "esakip", "sakip", "lkj", "renstra", "demokrasi", "bawaslu",
        "selamatdatang", "masuk", "pengguna", "rakyat", "negara", "nusantara", "persib", "persija", "arema",
        "1234567890", "0987654321", "123123123", "1122334455", "1111111111", "0000000000", "123456789", "987654321",
        "qwerty123", "asdfghjkl", "zxcvbnm", "abc123", "abcd1234", "aa123456", "password123", "iloveyou1",
    ]

    static func contains(_ lowered: String) -> Bool {
        if list.contains(lowered) { return true }
        // "indonesia2024!", "password123": a listed word followed by digits or symbols.
        let word = String(lowered.reversed().drop { !$0.isLetter }.reversed())
        let leading = String(lowered.drop { !$0.isLetter })
        return list.contains(word) || list.contains(leading) || list.contains(String(leading.reversed().drop { !$0.isLetter }.reversed()))
    }
}
