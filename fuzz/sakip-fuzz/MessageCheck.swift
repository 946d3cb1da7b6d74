import SakipCore

/// What every refusal must be: a non-empty Indonesian sentence that says where the problem is, never the
/// English text of a framework or a runtime.
enum MessageCheck {
    /// English framework and runtime phrases that must never reach an office user.
    static let english = [
        "The data couldn", "The operation couldn", "couldn’t", "Error Domain", "NSCocoaErrorDomain", "NSXMLParserErrorDomain",
        "Optional(", "DecodingError", "Fatal error", "out of range", "nexpectedly", "Swift.", "Foundation.", "ZIPFoundation",
        "ArchiveError", "CompressionError", "invalid", "Invalid", "error", "Error", "not found", "failed",
    ]

    /// Words of which an Indonesian message holds at least one.
    static let indonesian: Set<String> = [
        "dan", "atau", "yang", "di", "ini", "itu", "dengan", "untuk", "pada", "dari", "ke", "tidak", "harus", "bukan", "ada", "sebelum",
        "antara", "lebih", "kurang", "sama", "boleh", "dapat", "belum", "sudah", "oleh", "tanpa", "tiap", "setiap", "tulis", "diharapkan",
        "berkas", "baris", "kolom", "lembar", "sel", "jumlah", "tahun", "nilai", "paling", "kode", "angka", "tanggal", "teks", "melebihi",
        "wajib", "ditemukan", "dikenal", "sah", "rusak", "terlalu", "pilihan", "dipakai", "ambigu", "kosong", "pemisah", "rupiah",
        "satuan", "masalah", "indikator", "sasaran", "terpotong", "bagian", "arsip", "karakter", "objek", "larik", "versi", "periode",
    ]

    /// Why `message` is not an acceptable refusal, or nil.
    static func problem(_ message: String) -> String? {
        let trimmed = message.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return "empty message" }
        if let phrase = english.first(where: { trimmed.contains($0) }) { return "English framework text (\(phrase)): \(clip(trimmed))" }
        let words = trimmed.lowercased().split { !$0.isLetter }.map(String.init)
        if !words.contains(where: indonesian.contains) { return "not Indonesian: \(clip(trimmed))" }
        return nil
    }

    /// The problems of an office-year file's refusal: each issue located by its JSON path (a syntax error by line and column).
    static func problems(_ error: OfficeYearReadError) -> [String] {
        if error.issues.isEmpty { return ["refusal without an issue"] }
        return error.issues.flatMap { issue -> [String] in
            var found = problem(issue.reason).map { ["\(issue.path): \($0)"] } ?? []
            if !issue.path.hasPrefix("$") && !issue.path.hasPrefix("/") { found.append("not located: \(clip(issue.description))") }
            if issue.reason.hasPrefix("JSON tidak sah"), !issue.reason.contains("baris") {
                found.append("syntax error without line: \(clip(issue.reason))")
            }
            return found
        }
    }

    /// The problems of a table's refusal: each at its line (or workbook cell), or naming the part of the file it is in.
    static func problems(_ rejection: SheetRejection) -> [String] {
        if rejection.problems.isEmpty { return ["refusal without a problem"] }
        return rejection.problems.flatMap { sheetProblem -> [String] in
            var found = problem(sheetProblem.reason).map { [$0] } ?? []
            // At its line or cell, or at its place in words (a row of another table, the table as a whole).
            let located = sheetProblem.line != nil || sheetProblem.cell != nil || sheetProblem.place != nil
                || ["bagian lain berkas", "masalah lain", "baris judul tabel", "lembar", "Lembar"].contains { sheetProblem.reason.contains($0) }
            if !located { found.append("not located: \(clip(sheetProblem.description))") }
            return found
        }
    }

    static func clip(_ text: String) -> String { text.count > 200 ? String(text.prefix(200)) + "…" : text }
}
