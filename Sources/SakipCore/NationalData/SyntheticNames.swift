/// Made-up but Indonesian-sounding names for places and people of the national data set, drawn from a seeded
/// stream. None is meant to be a real kabupaten, kota or person.
enum SyntheticNames {
    static let placePrefixes = ["Tanjung", "Sungai", "Bukit", "Muara", "Lubuk", "Teluk", "Batu", "Air", "Gunung", "Kuala", "Padang",
                                "Tebing", "Labuhan", "Rantau", "Ujung", "Tanah", "Pulau", "Kampung", "Sidang", "Pematang"]
    static let syllables = ["ba", "su", "ma", "ta", "ka", "la", "sa", "pa", "ra", "ja", "wa", "lu", "bi", "ti", "ku", "mu", "ni",
                            "se", "te", "go", "ro", "di", "ga", "ha", "ke", "lo", "mo", "na", "po", "ri", "to", "wi"]
    static let endings = ["jaya", "makmur", "sari", "mulya", "raya", "indah", "permai", "asri", "baru", "lestari", "agung", "utama"]
    static let directions = ["Utara", "Selatan", "Barat", "Timur", "Tengah", "Hulu", "Hilir"]

    static let firstNames = ["Ahmad", "Budi", "Citra", "Dewi", "Eko", "Fitri", "Gita", "Hendra", "Indah", "Joko", "Kartika", "Lestari",
                             "Muhammad", "Nur", "Oktaviani", "Putri", "Rahmat", "Sri", "Taufik", "Umar", "Wahyu", "Yusuf", "Zainal",
                             "Agus", "Bambang", "Dian", "Erna", "Fajar", "Hasan", "Irwan", "Lia", "Mega", "Nanda", "Rina", "Sari",
                             "Tono", "Wulan", "Yanti", "Rudi", "Siti"]
    static let familyNames = ["Siregar", "Nasution", "Harahap", "Lubis", "Simanjuntak", "Pratama", "Saputra", "Wijaya", "Hidayat",
                              "Kurniawan", "Santoso", "Setiawan", "Susanto", "Rahman", "Hakim", "Syahputra", "Putra", "Utami",
                              "Lestari", "Wibowo", "Gunawan", "Purba", "Sembiring", "Ginting", "Tarigan", "Manurung", "Pane"]

    /// A one- or two-word place name ("Sukamakmur", "Tanjung Sari").
    static func place(_ random: inout SeededRandom) -> String {
        var root = ""
        for _ in 0..<random.int(2...3) { root += random.pick(syllables) }
        if random.chance(40) { root += random.pick(endings) }
        let word = root.prefix(1).uppercased() + root.dropFirst()
        return random.chance(45) ? "\(random.pick(placePrefixes)) \(word)" : word
    }

    /// A person's name in capitals, as KPU documents print them.
    static func person(_ random: inout SeededRandom) -> String {
        "\(random.pick(firstNames)) \(random.pick(familyNames))".uppercased()
    }

    /// Names not yet used: draws again, then adds a direction, so that every name is unique within `used`.
    static func unique(_ used: inout Set<String>, _ draw: () -> String) -> String {
        for _ in 0..<20 {
            let name = draw()
            if used.insert(name).inserted { return name }
        }
        let base = draw()
        for direction in directions where used.insert("\(base) \(direction)").inserted { return "\(base) \(direction)" }
        var counter = 2
        while !used.insert("\(base) \(counter)").inserted { counter += 1 }
        return "\(base) \(counter)"
    }
}
