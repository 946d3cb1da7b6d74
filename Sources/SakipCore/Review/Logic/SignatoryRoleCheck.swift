/// A PK party that does not fit the role the PK calls for (the Ketua's PK signed by an Anggota), whose printed
/// name is not the person's, or whose printed position hides or invents an acting post (Plt., Plh.).
public struct SignatoryRoleCheck: ReviewCheck {
    public let code = "LOGIC-SIGNATORY"
    public let severity = ReviewSeverity.warning
    public let category = ReviewCategory.logic
    public let summary = "Pihak PK sesuai jabatannya: Ketua untuk PK Ketua, Sekretaris dan Ketua untuk PK Sekretaris; nama dan sebutan Plt./Plh. sesuai data pegawai."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        context.signatures.flatMap { signature -> [ReviewFinding] in
            guard let party = signature.party, let partyPath = signature.partyPath else { return [] }
            let person = signature.person
            var out: [ReviewFinding] = []
            if let role = signature.role, person.role != role {
                out.append(finding(ReviewPlace(table: signature.document, row: person.name, field: "jabatan", path: signature.path),
                                   "\(signature.document) harus ditandatangani \(ReviewContext.roleName(role)), tetapi pihak yang tercatat, \(person.name), adalah \(ReviewContext.roleName(person.role)).",
                                   expected: ReviewContext.roleName(role), found: ReviewContext.roleName(person.role)))
            }
            if !Self.sameName(party.name, person.name) {
                out.append(finding(ReviewPlace(table: signature.document, row: person.name, field: "nama", path: "\(partyPath).name"),
                                   "Nama pihak di \(signature.document) tertulis \(ReviewText.quoted(party.name)), padahal data pegawai mencatat \(ReviewText.quoted(person.name)).",
                                   expected: person.name, found: party.name))
            }
            let printedActing = Self.acting(in: party.position)
            if printedActing != person.acting {
                let expected = person.acting.map { "\($0.label) \(party.position)" } ?? Self.withoutActing(party.position)
                let why = person.acting.map { "\(person.name) hanya \($0.label) (pelaksana) pada jabatan itu" }
                    ?? "\(person.name) menjabat definitif, bukan pelaksana"
                out.append(finding(ReviewPlace(table: signature.document, row: person.name, field: "jabatan", path: "\(partyPath).position"),
                                   "Jabatan pihak di \(signature.document) tertulis \(ReviewText.quoted(party.position)), padahal \(why).",
                                   expected: expected, found: party.position))
            }
            return out
        }
    }

    /// Names match when their letters match, ignoring case and academic titles after a comma.
    static func sameName(_ a: String, _ b: String) -> Bool {
        func core(_ name: String) -> String {
            String((name.split(separator: ",").first ?? "").lowercased().filter(\.isLetter))
        }
        let x = core(a), y = core(b)
        return x == y || x.contains(y) || y.contains(x)
    }

    /// The acting post a printed position states ("Plt. Sekretaris …").
    static func acting(in position: String) -> Person.Acting? {
        let words = position.lowercased().split { !$0.isLetter }
        if words.contains("plt") { return .plt }
        if words.contains("plh") { return .plh }
        return nil
    }

    static func withoutActing(_ position: String) -> String {
        var words = position.split(separator: " ").map(String.init)
        words.removeAll { ["plt", "plh"].contains($0.lowercased().filter(\.isLetter)) }
        return words.joined(separator: " ")
    }
}
