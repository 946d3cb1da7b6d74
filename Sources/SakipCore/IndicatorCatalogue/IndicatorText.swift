import Foundation

/// Indonesian indicator wording reduced to the words that carry its meaning, so that "Prosentase partisipasi
/// pemilih dalam Pemilihan Umum" and "Persentase Partisipasi Pemilih dalam Pemilu" read the same.
///
/// Steps: lower case without diacritics; punctuation to spaces ("Pemilu/Pemilihan" is two words); known spellings
/// and abbreviations to one form (``phrases``, ``spellings``); numbers, stop words and the office's own name dropped.
public enum IndicatorText {
    /// Multi-word phrases read as one word.
    static let phrases: [([String], String)] = [
        (["pemilihan", "umum"], "pemilu"),
        (["daftar", "pemilih", "tetap"], "dpt"),
        (["barang", "milik", "negara"], "bmn"),
        (["sistem", "informasi", "partai", "politik"], "sipol"),
        (["standar", "akuntansi", "pemerintahan"], "sap"),
        (["standar", "akuntansi", "pemerintah"], "sap"),
        (["sistem", "pengendalian", "intern", "pemerintah"], "spip"),
        (["ad", "hoc"], "adhoc"),
        (["ad", "hock"], "adhoc"),
        (["data", "base"], "database"),
        (["teknologi", "informasi"], "ti"),
        (["kabupaten", "kota"], "kabupaten"),
        (["kab", "kota"], "kabupaten"),
    ]

    /// Spellings and abbreviations of one word.
    static let spellings: [String: String] = [
        "prosentase": "persentase", "presentase": "persentase", "persentasi": "persentase", "persen": "persentase",
        "adhock": "adhoc", "memuktahirkan": "memutakhirkan", "pemuktahiran": "pemutakhiran",
        "tersediannya": "tersedianya", "akutansi": "akuntansi", "kab": "kabupaten", "prov": "provinsi",
        "it": "ti", "ketetapan": "ketepatan", "terintegrasi": "integrasi", "dikelola": "kelola", "pengelolaan": "kelola",
        "mengelola": "kelola", "lap": "laporan", "pemilu2024": "pemilu",
    ]

    /// Words that say nothing about which indicator is meant.
    static let stopWords: Set<String> = [
        "yang", "dan", "atau", "di", "ke", "dari", "dalam", "untuk", "pada", "dengan", "atas", "oleh", "serta", "secara",
        "terhadap", "sesuai", "tahun", "kpu", "kip", "komisi", "kabupaten", "kota", "provinsi", "ri", "republik", "indonesia",
        "adalah", "agar", "bagi", "para", "tersebut", "ini", "itu", "nya", "per", "se", "satu", "dua", "tiga", "empat",
        "lima", "paling", "lambat", "berlaku",
    ]

    /// The meaningful words of a wording, in order, with repeats removed; the office's name words dropped when given.
    public static func tokens(_ text: String, officeName: String? = nil) -> [String] {
        let own = Set(officeName.map { words(of: $0) } ?? [])
        var seen = Set<String>()
        return words(of: text).filter { word in
            !stopWords.contains(word) && !own.contains(word) && !word.allSatisfy(\.isNumber) && seen.insert(word).inserted
        }
    }

    /// A key that stays the same when only case, punctuation, spacing or a known spelling changes: the words of
    /// ``tokens(_:officeName:)`` joined by spaces (office name kept, since a key already belongs to one office).
    public static func key(_ text: String) -> String { tokens(text).joined(separator: " ") }

    /// Lower-case words after phrase and spelling normalisation (stop words kept). Letters and digits make words,
    /// anything else separates them; letters with diacritics lose them ("é" → "e").
    static func words(of text: String) -> [String] {
        var raw: [String] = []
        var current = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let value = scalar.value
                if (65...90).contains(value) {
                    current.unicodeScalars.append(Unicode.Scalar(value + 32) ?? scalar)
                } else if (97...122).contains(value) || (48...57).contains(value) {
                    current.unicodeScalars.append(scalar)
                } else if !current.isEmpty {
                    raw.append(current)
                    current = ""
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                let folded = String(scalar).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
                current += folded
            } else if !current.isEmpty {
                raw.append(current)
                current = ""
            }
        }
        if !current.isEmpty { raw.append(current) }
        var words: [String] = []
        var index = 0
        while index < raw.count {
            if let phrase = phrases.first(where: { $0.0[0] == raw[index] && index + $0.0.count <= raw.count && Array(raw[index..<(index + $0.0.count)]) == $0.0 }) {
                words.append(phrase.1)
                index += phrase.0.count
            } else {
                words.append(spellings[raw[index]] ?? raw[index])
                index += 1
            }
        }
        return words
    }
}
