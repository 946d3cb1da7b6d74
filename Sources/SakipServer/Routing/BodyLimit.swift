import Vapor

/// The largest request body a route reads, and how a refusal states it.
enum BodyLimit: Sendable, Equatable {
    /// Sign-in and sign-out: a name, a password and a token.
    case signIn
    /// Any form, including a pasted table of a few thousand rows.
    case form
    /// An office-year file or a workbook.
    case upload

    var bytes: Int {
        switch self {
        case .signIn: 64 * 1024
        case .form: 2 * 1024 * 1024
        case .upload: 20 * 1024 * 1024
        }
    }

    /// "64 KB", "2 MB", "20 MB".
    var size: String {
        bytes >= 1024 * 1024 ? "\(bytes / (1024 * 1024)) MB" : "\(bytes / 1024) KB"
    }

    var refusal: String {
        switch self {
        case .signIn: "Isian formulir masuk terlalu besar (paling banyak \(size))."
        case .form: "Isian formulir terlalu besar: paling banyak \(size) sekali kirim. Bagi tabel menjadi beberapa kali simpan, atau impor dari berkas Excel."
        case .upload: "Berkas terlalu besar: paling banyak \(size) sekali unggah."
        }
    }
}

/// A body past its route's limit.
struct BodyTooLarge: AbortError {
    var limit: BodyLimit
    var status: HTTPResponseStatus { .payloadTooLarge }
    var reason: String { limit.refusal }
}
