import Foundation
import SakipCore

/// One ZIP of every accepted PK and LKj of a province's offices for a year, as DOCX and (with a converter) PDF, with a
/// list of what is in it and what is not yet accepted. The PDFs come from one LibreOffice run per batch.
public struct ProvinceBundle: Sendable {
    /// One office-year of the province with where its documents stand.
    public struct Member: Sendable {
        public var officeYear: OfficeYear
        /// Its PK and LKj states; nil counts as Draf (nothing submitted).
        public var status: OfficeYearStatus?
        /// For the KPU Provinsi's own LKj: the consolidation of its Kab/Kota, printed as its last appendix.
        public var consolidation: ProvinceConsolidation?
        /// The DOCX the parent office accepted, frozen with its version (its footer names the version's digest);
        /// a document without one is made from ``officeYear``.
        public var frozen: [SubmissionDocument: Data]

        public init(officeYear: OfficeYear, status: OfficeYearStatus?, consolidation: ProvinceConsolidation? = nil,
                    frozen: [SubmissionDocument: Data] = [:]) {
            self.officeYear = officeYear
            self.status = status
            self.consolidation = consolidation
            self.frozen = frozen
        }
    }

    /// A file of the bundle.
    public struct File: Hashable, Sendable {
        /// The path inside the ZIP ("LKj/KPU Kabupaten Asahan - lkj-655921-2024.docx").
        public var path: String
        public var data: Data
    }

    /// "Sumatera Utara".
    public var provinceName: String
    public var year: Int
    public var members: [Member]

    public init(provinceName: String, year: Int, members: [Member]) {
        self.provinceName = provinceName
        self.year = year
        self.members = members
    }

    /// The name of the ZIP ("dokumen-kinerja-sumatera-utara-2024.zip").
    public var fileName: String {
        let slug = provinceName.lowercased().map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
            .split(separator: "-").joined(separator: "-")
        return "dokumen-kinerja-\(slug)-\(year).zip"
    }

    /// The accepted documents as DOCX, PK first then LKj for each member, with what could not be written.
    public func documents() -> (files: [File], problems: [String]) {
        var files: [File] = []
        var problems: [String] = []
        for member in members {
            let office = member.officeYear.office
            let prefix = Self.safe(office.name) + " - "
            if member.status?.pk?.state == .accepted {
                do {
                    let name = DocumentRenderer.fileName(.pk, officeCode: office.code, year: member.officeYear.year, format: .docx)
                    files.append(File(path: "PK/" + prefix + name, data: try member.frozen[.pk] ?? PKDocument(member.officeYear).docx()))
                } catch { problems.append("PK \(office.name): \(error)") }
            }
            if member.status?.lkj?.state == .accepted {
                do {
                    let name = DocumentRenderer.fileName(.lkj, officeCode: office.code, year: member.officeYear.year, format: .docx)
                    let lkj = LKjDocument(member.officeYear, consolidation: member.consolidation)
                    files.append(File(path: "LKj/" + prefix + name, data: try member.frozen[.lkj] ?? lkj.docx()))
                } catch { problems.append("LKj \(office.name): \(error)") }
            }
        }
        return (files, problems)
    }

    /// The ZIP: the DOCX of every accepted document, its PDF beside it when `converter` is given (one LibreOffice run
    /// per batch), and DAFTAR-ISI.txt. Throws when LibreOffice fails, so that a bundle never silently lacks its PDFs.
    public func zip(converter: BatchPDFConverter?) throws -> Data {
        let (files, problems) = documents()
        var package = OOXMLPackage()
        package.add("DAFTAR-ISI.txt", manifest(files: files, problems: problems, withPDF: converter != nil))
        let pdfs = try converter?.convert(files.map { .init(name: ($0.path as NSString).lastPathComponent, data: $0.data) }) ?? []
        for (index, file) in files.enumerated() {
            package.add(file.path, data: file.data)
            if index < pdfs.count { package.add((file.path as NSString).deletingPathExtension + ".pdf", data: pdfs[index]) }
        }
        return try package.zipped()
    }

    /// What the bundle holds and which offices are missing, in Indonesian.
    func manifest(files: [File], problems: [String], withPDF: Bool) -> String {
        var lines = ["Dokumen Kinerja Provinsi \(provinceName) Tahun \(year)",
                     "Berisi Perjanjian Kinerja (PK) dan Laporan Kinerja (LKj) yang berstatus Diterima, dalam format DOCX"
                         + (withPDF ? " dan PDF." : "."), "",
                     "Termuat (\(IndonesianFormat.count(files.count)) dokumen):"]
        lines += files.enumerated().map { "\($0.offset + 1). \($0.element.path)" }
        let missing = members.filter { $0.status?.pk?.state != .accepted || $0.status?.lkj?.state != .accepted }
        if !missing.isEmpty {
            lines += ["", "Belum diterima:"]
            lines += missing.map { member in
                let pk = member.status?.pk?.state.label ?? SubmissionState.draft.label
                let lkj = member.status?.lkj?.state.label ?? SubmissionState.draft.label
                return "- \(member.officeYear.office.name): PK \(pk), LKj \(lkj)"
            }
        }
        if !problems.isEmpty { lines += ["", "Tidak dapat dibentuk:"] + problems.map { "- \($0)" } }
        return lines.joined(separator: "\n") + "\n"
    }

    /// An office name usable as a file name in every system.
    static func safe(_ name: String) -> String {
        String(name.map { "/\\:*?\"<>|".contains($0) ? "-" : $0 })
    }
}
