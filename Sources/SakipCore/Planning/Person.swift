/// A commissioner or a member of the secretariat.
public struct Person: Hashable, Sendable {
    /// The part a person plays in the office.
    public enum Role: String, CaseIterable, Sendable { case ketua, anggota, sekretaris, kasubbag, staf }
    /// How a person is employed.
    public enum Employment: String, CaseIterable, Sendable { case komisioner, pns, pppk, ppnpn }
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

    public init(id: String, name: String, role: Role, nip: String? = nil, employment: Employment? = nil,
                rank: String? = nil, grade: String? = nil, position: String? = nil, education: Education? = nil,
                division: String? = nil, regions: [String] = []) {
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
    }
}
