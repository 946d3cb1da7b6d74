import SakipCore

/// The evaluation's audit trail in words: a field path of the evaluation document ("scoring.overrides[1.c].rating")
/// as the pages name it ("Nilai sub-komponen oleh evaluator 1.c › nilai"), and a stored state as its label.
enum EvaluationTrailText {
    static let names: [String: String] = [
        "selfAssessment": "Penilaian mandiri", "scoring": "Penilaian evaluator", "answers": "jawaban",
        "overrides": "Nilai sub-komponen oleh evaluator", "warningOverrides": "Catatan atas peringatan",
        "lhe": "LHE", "recommendations": "Rekomendasi", "actions": "Tindak lanjut", "verification": "verifikasi",
        "history": "Riwayat", "state": "Tahap", "lke": "LKE",
        "met": "ada/tidak", "mandate": "sesuai mandat nasional", "keptOneYear": "dipertahankan 1 tahun",
        "keptFiveYears": "dipertahankan 5 tahun", "note": "catatan", "evidence": "bukti dukung",
        "rating": "nilai", "justification": "alasan", "number": "nomor", "date": "tanggal", "place": "tempat",
        "addressee": "kepada", "evaluatorUnit": "unit evaluator", "fieldworkFrom": "evaluasi dari", "fieldworkTo": "evaluasi sampai",
        "summary": "simpulan", "components": "catatan komponen", "narrative": "uraian", "notes": "catatan",
        "signatory": "penanda tangan", "copies": "tembusan", "legalBasis": "dasar hukum", "text": "uraian",
        "personInCharge": "penanggung jawab", "targetDate": "target waktu", "description": "uraian", "completes": "menuntaskan",
        "verdict": "hasil", "urutan": "urutan",
    ]

    /// "Penilaian mandiri 1.a.1 › ada/tidak"; an unknown name is kept as it is.
    static func field(_ path: String) -> String {
        segments(path).map { name, key in
            let word = names[name] ?? name
            return key.map { word.isEmpty ? $0 : "\(word) \($0)" } ?? word
        }.joined(separator: " › ")
    }

    /// A stored value as the pages show it: a state by its label, anything else as stored.
    static func value(_ field: String, _ value: String?) -> String {
        guard let value else { return "" }
        if field == "state", let state = EvaluationState(rawValue: value) { return state.label }
        return value
    }

    /// The path's parts: a name and the row key in brackets after it, split at dots outside brackets.
    private static func segments(_ path: String) -> [(name: String, key: String?)] {
        var parts: [(String, String?)] = []
        var name = "", key: String?, depth = 0
        for character in path {
            switch character {
            case "[" where depth == 0: depth = 1; key = ""
            case "]" where depth == 1: depth = 0
            case "." where depth == 0:
                parts.append((name, key)); name = ""; key = nil
            default:
                if depth == 1 { key?.append(character) } else { name.append(character) }
            }
        }
        parts.append((name, key))
        return parts
    }
}
