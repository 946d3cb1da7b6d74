import Fluent
import SakipCore
import SakipDocuments
import Vapor

/// One ZIP of every PK and LKj a KPU Provinsi accepted from its Kab/Kota (or KPU RI from the provinces) for a year:
/// the DOCX exactly as accepted, with its digest in the footer, the PDF beside each on request, and a list of what
/// is not accepted yet.
struct AcceptedDocumentsController: RouteCollection {
    /// One converter per process: its LibreOffice profiles are reused by every ZIP, and two ZIPs never convert with the
    /// same profile at once (the converter serialises its runs).
    static let converter = BatchPDFConverter()

    func boot(routes: any RoutesBuilder) throws {
        routes.page(.acceptedDocuments(office: "", year: 0), .office(.read), use: download)
    }

    func download(request: Request) async throws -> Response {
        let (_, office, year, _) = try await request.officeAccess()
        guard office.level != Office.Level.kabupatenKota.rawValue else {
            throw Abort(.notFound, reason: "Unduhan dokumen yang diterima tersedia untuk KPU Provinsi (atas KPU Kabupaten/Kota di wilayahnya) dan KPU RI.")
        }
        let withPDF = (try? request.query.get(String.self, at: "pdf")) == "ya"
        if withPDF, PDFConverter.sofficePath() == nil {
            throw Abort(.serviceUnavailable, reason: "PDF tidak tersedia: LibreOffice belum terpasang di server. Unduh tanpa PDF.")
        }
        let below = try await request.store.acceptedDocuments(below: try office.requireID(), year: year)
        let members = try below.map { entry -> ProvinceBundle.Member in
            // The office-year as accepted (the LKj's version, else the PK's); an office with nothing accepted is only listed.
            let frozenJSON = entry.accepted[.lkj]?.json ?? entry.accepted[.pk]?.json
            let officeYear = try frozenJSON.map { try OfficeYearReader.read($0).officeYear }
                ?? OfficeYear(year: year, office: Office(code: entry.office.code, name: entry.office.name,
                                                         level: Office.Level(rawValue: entry.office.level) ?? .kabupatenKota))
            var status = OfficeYearStatus(officeCode: entry.office.code, year: year)
            for submission in entry.submissions {
                // The bundle holds what was accepted, even while a newer version waits for a decision.
                let state: SubmissionState = submission.acceptedVersion != nil ? .accepted : SubmissionState(rawValue: submission.state) ?? .draft
                let document = SubmissionStatus(state: state, daysLate: submission.daysLate)
                if submission.document == SubmissionDocument.pk.rawValue { status.pk = document } else { status.lkj = document }
            }
            return ProvinceBundle.Member(officeYear: officeYear, status: status,
                                         frozen: entry.accepted.compactMapValues(\.documentDOCX))
        }
        let name = office.name.replacingOccurrences(of: "KPU Provinsi ", with: "")
        let bundle = ProvinceBundle(provinceName: name, year: year, members: members)
        // Up to a minute of LibreOffice at province size: on a document thread, not on the request's own threads.
        let zip = try await DocumentThreads.run {
            try bundle.zip(converter: withPDF ? Self.converter : nil)
        }
        let response = Response(status: .ok, body: .init(data: zip))
        response.headers.replaceOrAdd(name: .contentType, value: "application/zip")
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(bundle.fileName)\"")
        response.headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }
}
