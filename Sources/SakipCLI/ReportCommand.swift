import ArgumentParser
import Foundation
import SakipCore
import SakipDocuments
import SakipServer

/// `sakip report lkj|pk|rkt|reviu FILE.json`: writes the LKj, a PK, the RKT or the Lembar Reviu of an
/// office-year file as DOCX, XLSX (LKj tables) or PDF.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Menyusun dokumen LKj, PK, RKT atau Lembar Reviu (DOCX, XLSX atau PDF) dari berkas office-year.",
        discussion: """
        Contoh: sakip report lkj Tests/Fixtures/seeds/asahan-2024-corrected.json -o lkj-asahan-2024.docx
                sakip report lkj --office 655921 --year 2024 -o lkj.pdf   (dari basis data aplikasi: DATABASE_URL atau SAKIP_DB_PATH)
        """
    )

    /// Which document.
    enum Kind: String, ExpressibleByArgument, CaseIterable { case lkj, pk, rkt, reviu }

    /// Which file format.
    enum Format: String, ExpressibleByArgument, CaseIterable { case docx, xlsx, pdf }

    @Argument(help: "Dokumen: lkj, pk, rkt atau reviu (Lembar Reviu).")
    var kind: Kind

    @Argument(help: "Berkas office-year (JSON); atau gunakan --office dan --year untuk data di basis data aplikasi.")
    var file: String?

    @Option(help: "Kode satker kantor di basis data aplikasi (bersama --year).")
    var office: String?

    @Option(help: "Tahun data kantor di basis data aplikasi (bersama --office).")
    var year: Int?

    @Option(name: [.short, .customLong("output")], help: "Berkas keluaran (bawaan: <dokumen>-<kode>-<tahun>.<format>).")
    var output: String?

    @Option(help: "Format keluaran: docx, xlsx (hanya LKj) atau pdf. Bawaan: dari ekstensi berkas keluaran, atau docx.")
    var format: Format?

    @Option(help: "Tingkat PK: ketua atau sekretaris.")
    var level: String = "ketua"

    @Option(help: "Nomor revisi PK (0 = PK awal). Bawaan: revisi terakhir.")
    var revision: Int?

    func validate() throws {
        switch (file, office, year) {
        case (_?, nil, nil), (nil, _?, _?): return
        case (_?, _, _): throw ValidationError("Pilih salah satu: berkas office-year, atau --office dan --year.")
        default: throw ValidationError("Sebutkan berkas office-year, atau --office KODE dan --year TAHUN.")
        }
    }

    func run() async throws {
        let officeYear: OfficeYear
        if let office, let year {
            guard let stored = try await Self.load(office: office, year: year) else {
                printError("Tidak ada data tahun \(year) untuk kantor \(office) di basis data aplikasi.")
                throw ExitCode(2)
            }
            officeYear = stored
        } else {
            officeYear = try readOfficeYearFile(file ?? "").officeYear
        }
        let chosen = format ?? output.flatMap { Format(rawValue: URL(fileURLWithPath: $0).pathExtension.lowercased()) } ?? .docx
        let target = output ?? "\(kind.rawValue)-\(officeYear.office.code)-\(officeYear.year).\(chosen.rawValue)"
        do {
            let bytes = try Self.render(kind, officeYear, format: chosen, level: level, revision: revision)
            try bytes.write(to: URL(fileURLWithPath: target))
            print("Dokumen ditulis: \(target) (\(IndonesianFormat.count(bytes.count)) bita)")
        } catch let error as DocumentError {
            printError(error.description)
            throw ExitCode(1)
        } catch let error as ValidationError {
            printError(error.message)
            throw ExitCode(64)
        }
    }

    /// An office-year from the application's database (the environment's settings, or `config`).
    static func load(office: String, year: Int, config: AppConfig? = nil) async throws -> OfficeYear? {
        let app = try await makeApplication(config: config)
        do {
            let file = try await OfficeYearStore(database: app.db).load(officeCode: office, year: year)
            try await app.asyncShutdown()
            return file
        } catch {
            try await app.asyncShutdown()
            throw error
        }
    }

    /// The bytes of a document.
    static func render(_ kind: Kind, _ officeYear: OfficeYear, format: Format, level: String = "ketua", revision: Int? = nil) throws -> Data {
        guard let pkLevel = PerformanceAgreement.Level(rawValue: level.lowercased()) else {
            throw ValidationError("Tingkat PK \"\(level)\" tidak dikenal; gunakan ketua atau sekretaris.")
        }
        if format == .xlsx && kind != .lkj {
            throw ValidationError("Format xlsx hanya tersedia untuk LKj (seluruh tabel LKj).")
        }
        return try DocumentRenderer.render(DocumentRenderer.Kind(rawValue: kind.rawValue)!, officeYear,
                                           format: DocumentRenderer.Format(rawValue: format.rawValue)!, level: pkLevel, revision: revision)
    }
}
