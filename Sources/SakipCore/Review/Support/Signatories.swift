/// A person who signs a document of the office-year, where, and on what date.
struct Signature: Sendable {
    var person: Person
    /// The role the document calls for: ketua for the Ketua's PK, sekretaris for the Sekretaris's, ketua as the
    /// Sekretaris's superior; nil when any role may sign (the LKj).
    var role: Person.Role?
    /// The party as printed, for a PK.
    var party: PerformanceAgreement.Party?
    var document: String
    var date: CalendarDate?
    /// The path of the `personId` (or `signatoryId`) that names the person.
    var path: String
    /// The path of the party, for its printed name and position.
    var partyPath: String?
}

extension ReviewContext {
    /// Every signature that names a person of the office: the PK parties and the LKj's signatory.
    var signatures: [Signature] {
        let year = officeYear
        var out: [Signature] = []
        for (a, agreement) in year.agreements.enumerated() {
            let label = ReviewContext.agreementLabel(agreement)
            let parties: [(PerformanceAgreement.Party?, String, Person.Role)] = [
                (agreement.firstParty, "firstParty", agreement.level == .ketua ? .ketua : .sekretaris),
                (agreement.secondParty, "secondParty", .ketua),
            ]
            for (party, key, role) in parties {
                guard let party, let id = party.personId, let person = year.person(id) else { continue }
                out.append(Signature(person: person, role: role, party: party, document: label, date: agreement.signedOn,
                                     path: "$.agreements[\(a)].\(key).personId", partyPath: "$.agreements[\(a)].\(key)"))
            }
        }
        if let id = year.report.signatoryId, let person = year.person(id) {
            out.append(Signature(person: person, role: nil, party: nil, document: "Laporan Kinerja", date: year.report.date,
                                 path: "$.report.signatoryId", partyPath: nil))
        }
        return out
    }

    /// "Ketua", "Sekretaris": a role as a position's name.
    static func roleName(_ role: Person.Role) -> String {
        switch role {
        case .ketua: "Ketua"
        case .anggota: "Anggota"
        case .sekretaris: "Sekretaris"
        case .kasubbag: "Kepala Subbagian"
        case .staf: "staf"
        }
    }
}
