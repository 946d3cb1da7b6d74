/// A PK or LKj signed by someone who was not in post on the document's date (a Ketua replaced mid-year, a
/// Plt. whose assignment had ended). When another person held the role that day, the finding names them.
public struct SignatoryInPostCheck: ReviewCheck {
    public let code = "CHRON-SIGNATORY"
    public let severity = ReviewSeverity.error
    public let category = ReviewCategory.chronology
    public let summary = "Penanda tangan PK dan Laporan Kinerja menjabat pada tanggal dokumen (masa jabatan, Plt./Plh., penggantian di tengah tahun)."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        context.signatures.compactMap { signature in
            guard let date = signature.date, signature.person.isSurelyOutOfPost(on: date) else { return nil }
            let person = signature.person
            let period = [person.inPostFrom.map { "mulai \(IndonesianDate.format($0))" },
                          person.inPostUntil.map { "sampai \(IndonesianDate.format($0))" }].compactMap { $0 }.joined(separator: " ")
            let role = signature.role ?? person.role
            let holder = context.officeYear.people.first { $0.role == role && $0.id != person.id && !$0.isSurelyOutOfPost(on: date) }
            let instead = holder.map { "; pada tanggal itu yang menjabat \(ReviewContext.roleName(role)) adalah \($0.name)" } ?? ""
            return finding(ReviewPlace(table: signature.document, row: person.name, field: "penanda tangan", path: signature.path),
                           "\(signature.document) bertanggal \(IndonesianDate.format(date)) ditandatangani \(person.name), padahal masa jabatannya \(period)\(instead).",
                           expected: holder?.name ?? "penanda tangan yang menjabat pada \(IndonesianDate.format(date))", found: person.name)
        }
    }
}
