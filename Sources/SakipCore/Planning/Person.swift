/// A commissioner or a member of the secretariat.
public struct Person: Hashable, Sendable {
    /// The part a person plays in the office.
    public enum Role: String, CaseIterable, Sendable { case ketua, anggota, sekretaris, kasubbag, staf }
    /// How a person is employed.
    public enum Employment: String, CaseIterable, Sendable { case komisioner, pns, pppk, ppnpn }
    /// A temporary holder of a post: Pelaksana Tugas (Plt.) or Pelaksana Harian (Plh.).
    public enum Acting: String, CaseIterable, Sendable {
        case plt, plh

        /// "Plt.", "Plh.": how a document writes it before the position.
        public var label: String { self == .plt ? "Plt." : "Plh." }
    }
    /// Highest education, as staff tables group it.
    public enum Education: String, CaseIterable, Sendable { case s3 = "S3", s2 = "S2", s1 = "S1", d4 = "D4", d3 = "D3", d2 = "D2", d1 = "D1", slta = "SLTA", sltp = "SLTP", sd = "SD" }

    public var id: String
    public var name: String
    public var role: Role
    public var nip: String?
    public var employment: Employment?
    /// Pangkat ("Pembina Tk. I").
    public var rank: String?
    /// Golongan/ruang ("IV/b").
    public var grade: String?
    /// Jabatan as written.
    public var position: String?
    public var education: Education?
    public var division: String?
    /// Kecamatan coordinated by a commissioner.
    public var regions: [String]
    /// The first day in post, when the person took it during the year (a replacement, a Plt.).
    public var inPostFrom: CalendarDate?
    /// The last day in post, when the person left it (replaced, end of a Plt. assignment).
    public var inPostUntil: CalendarDate?
    /// Set when the person only acts in the post (Plt., Plh.).
    public var acting: Acting?

    public init(id: String, name: String, role: Role, nip: String? = nil, employment: Employment? = nil,
                rank: String? = nil, grade: String? = nil, position: String? = nil, education: Education? = nil,
                division: String? = nil, regions: [String] = [], inPostFrom: CalendarDate? = nil,
                inPostUntil: CalendarDate? = nil, acting: Acting? = nil) {
        self.id = id
        self.name = name
        self.role = role
        self.nip = nip
        self.employment = employment
        self.rank = rank
        self.grade = grade
        self.position = position
        self.education = education
        self.division = division
        self.regions = regions
        self.inPostFrom = inPostFrom
        self.inPostUntil = inPostUntil
        self.acting = acting
    }

    /// Whether the person was surely out of post on a date: before the first day or after the last. A date of
    /// month precision is out of post only when the whole month is.
    public func isSurelyOutOfPost(on date: CalendarDate) -> Bool {
        if let from = inPostFrom, date.isSurelyBefore(from) { return true }
        if let until = inPostUntil, until.isSurelyBefore(date) { return true }
        return false
    }
}
