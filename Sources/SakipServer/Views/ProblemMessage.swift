import Vapor

/// What an error means to the person who met it: a status and an Indonesian sentence. Messages the
/// application wrote are kept; the framework's English ones are replaced, naming the field when the
/// error concerns one.
struct ProblemMessage {
    var status: HTTPResponseStatus
    var text: String

    init(_ error: any Error) {
        switch error {
        case let decoding as DecodingError:
            status = .badRequest
            text = Self.describe(decoding)
        case let form as FormUnreadable:
            status = form.status
            text = form.reason
        case let abort as AbortError:
            status = abort.status
            text = Self.isFrameworkReason(abort) ? Self.standard(abort.status) : abort.reason
        default:
            status = .internalServerError
            text = Self.standard(.internalServerError)
        }
    }

    /// Vapor's own reasons are English: a bare status phrase, or a reason for a status the application
    /// never uses with text of its own (415, 500).
    private static func isFrameworkReason(_ abort: AbortError) -> Bool {
        abort.reason == abort.status.reasonPhrase || abort.reason.isEmpty
            || [.unsupportedMediaType, .internalServerError, .methodNotAllowed].contains(abort.status)
            || (abort.status == .payloadTooLarge && !(abort is BodyTooLarge))
    }

    static func standard(_ status: HTTPResponseStatus) -> String {
        switch status.code {
        case 400: "Isian yang dikirim tidak dapat dibaca. Muat ulang halaman lalu kirim lagi."
        case 401: "Silakan masuk terlebih dahulu."
        case 403: "Anda tidak berwenang membuka halaman ini."
        case 404: "Halaman yang Anda cari tidak ada. Periksa alamatnya, atau kembali ke daftar kantor."
        case 405: "Halaman ini tidak dapat dibuka dengan cara itu."
        case 413: "Kiriman terlalu besar."
        case 415: "Jenis isi kiriman tidak didukung: kirim dari formulir di halaman aplikasi."
        case 429: "Terlalu banyak permintaan. Tunggu sebentar lalu coba lagi."
        case 500: "Terjadi kesalahan pada server; data yang sudah tersimpan tidak hilang."
        case 503: "Layanan sedang tidak tersedia. Coba lagi beberapa saat lagi."
        default: "Permintaan tidak dapat diproses."
        }
    }

    /// A field that is missing or not of its kind, named by its label.
    static func describe(_ error: DecodingError) -> String {
        switch error {
        case let .keyNotFound(key, context):
            return "Kolom \(label(context.codingPath + [key])) wajib diisi."
        case let .valueNotFound(_, context):
            return "Kolom \(label(context.codingPath)) wajib diisi."
        case let .typeMismatch(type, context):
            return "Kolom \(label(context.codingPath)): isinya harus \(kind(type))."
        case let .dataCorrupted(context):
            return context.codingPath.isEmpty ? standard(.badRequest) : "Kolom \(label(context.codingPath)): isinya tidak dapat dibaca."
        @unknown default:
            return standard(.badRequest)
        }
    }

    private static func label(_ path: [any CodingKey]) -> String {
        guard let key = path.first(where: { $0.intValue == nil }) else { return "formulir" }
        return FormFieldLabels.label(key.stringValue)
    }

    private static func kind(_ type: Any.Type) -> String {
        switch type {
        case is Int.Type, is Int?.Type: "bilangan bulat (misalnya 1 atau 2024)"
        case is Bool.Type, is Bool?.Type: "ya atau tidak"
        case is String.Type, is String?.Type: "teks"
        default: "isian yang sesuai dengan formulir"
        }
    }
}

/// A form body that could not be decoded for a reason other than a field (broken multipart, bad
/// encoding): the sender's fault, said in Indonesian.
struct FormUnreadable: AbortError {
    var status: HTTPResponseStatus { .badRequest }
    var reason: String
}

extension Request {
    /// The form's fields as `T`. A missing or ill-typed field is named in Indonesian; a body that is not a
    /// form at all is refused with 400, never a server error.
    func form<T: Decodable>(_ type: T.Type) throws -> T {
        do {
            return try content.decode(T.self)
        } catch let error as AbortError {
            // A DecodingError is one too: the error page names its field.
            throw error
        } catch {
            throw FormUnreadable(reason: "Isian formulir tidak dapat dibaca (bentuk kiriman rusak atau tidak dikenal). Muat ulang halaman lalu kirim lagi.")
        }
    }
}
