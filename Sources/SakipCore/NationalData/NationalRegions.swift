/// A province of Indonesia as KPU is organised in it: one KPU Provinsi and its KPU Kabupaten/Kota.
public struct ProvinceRegion: Hashable, Sendable {
    public var name: String
    /// Where the KPU Provinsi sits.
    public var capital: String
    public var kabupaten: Int
    public var kota: Int

    /// KPU Kabupaten/Kota in the province.
    public var offices: Int { kabupaten + kota }
}

/// The 38 provinces with their number of kabupaten and kota (416 + 98 = 514 KPU Kabupaten/Kota; the
/// administrative kabupaten and kota of DKI Jakarta each have a KPU). Counts as of the 2022 Papua split.
public enum NationalRegions {
    public static let provinces: [ProvinceRegion] = [
        ProvinceRegion(name: "Aceh", capital: "Banda Aceh", kabupaten: 18, kota: 5),
        ProvinceRegion(name: "Sumatera Utara", capital: "Medan", kabupaten: 25, kota: 8),
        ProvinceRegion(name: "Sumatera Barat", capital: "Padang", kabupaten: 12, kota: 7),
        ProvinceRegion(name: "Riau", capital: "Pekanbaru", kabupaten: 10, kota: 2),
        ProvinceRegion(name: "Jambi", capital: "Jambi", kabupaten: 9, kota: 2),
        ProvinceRegion(name: "Sumatera Selatan", capital: "Palembang", kabupaten: 13, kota: 4),
        ProvinceRegion(name: "Bengkulu", capital: "Bengkulu", kabupaten: 9, kota: 1),
        ProvinceRegion(name: "Lampung", capital: "Bandar Lampung", kabupaten: 13, kota: 2),
        ProvinceRegion(name: "Kepulauan Bangka Belitung", capital: "Pangkalpinang", kabupaten: 6, kota: 1),
        ProvinceRegion(name: "Kepulauan Riau", capital: "Tanjungpinang", kabupaten: 5, kota: 2),
        ProvinceRegion(name: "DKI Jakarta", capital: "Jakarta", kabupaten: 1, kota: 5),
        ProvinceRegion(name: "Jawa Barat", capital: "Bandung", kabupaten: 18, kota: 9),
        ProvinceRegion(name: "Jawa Tengah", capital: "Semarang", kabupaten: 29, kota: 6),
        ProvinceRegion(name: "DI Yogyakarta", capital: "Yogyakarta", kabupaten: 4, kota: 1),
        ProvinceRegion(name: "Jawa Timur", capital: "Surabaya", kabupaten: 29, kota: 9),
        ProvinceRegion(name: "Banten", capital: "Serang", kabupaten: 4, kota: 4),
        ProvinceRegion(name: "Bali", capital: "Denpasar", kabupaten: 8, kota: 1),
        ProvinceRegion(name: "Nusa Tenggara Barat", capital: "Mataram", kabupaten: 8, kota: 2),
        ProvinceRegion(name: "Nusa Tenggara Timur", capital: "Kupang", kabupaten: 21, kota: 1),
        ProvinceRegion(name: "Kalimantan Barat", capital: "Pontianak", kabupaten: 12, kota: 2),
        ProvinceRegion(name: "Kalimantan Tengah", capital: "Palangka Raya", kabupaten: 13, kota: 1),
        ProvinceRegion(name: "Kalimantan Selatan", capital: "Banjarbaru", kabupaten: 11, kota: 2),
        ProvinceRegion(name: "Kalimantan Timur", capital: "Samarinda", kabupaten: 7, kota: 3),
        ProvinceRegion(name: "Kalimantan Utara", capital: "Tanjung Selor", kabupaten: 4, kota: 1),
        ProvinceRegion(name: "Sulawesi Utara", capital: "Manado", kabupaten: 11, kota: 4),
        ProvinceRegion(name: "Sulawesi Tengah", capital: "Palu", kabupaten: 12, kota: 1),
        ProvinceRegion(name: "Sulawesi Selatan", capital: "Makassar", kabupaten: 21, kota: 3),
        ProvinceRegion(name: "Sulawesi Tenggara", capital: "Kendari", kabupaten: 15, kota: 2),
        ProvinceRegion(name: "Gorontalo", capital: "Gorontalo", kabupaten: 5, kota: 1),
        ProvinceRegion(name: "Sulawesi Barat", capital: "Mamuju", kabupaten: 6, kota: 0),
        ProvinceRegion(name: "Maluku", capital: "Ambon", kabupaten: 9, kota: 2),
        ProvinceRegion(name: "Maluku Utara", capital: "Sofifi", kabupaten: 8, kota: 2),
        ProvinceRegion(name: "Papua", capital: "Jayapura", kabupaten: 8, kota: 1),
        ProvinceRegion(name: "Papua Barat", capital: "Manokwari", kabupaten: 7, kota: 0),
        ProvinceRegion(name: "Papua Selatan", capital: "Merauke", kabupaten: 4, kota: 0),
        ProvinceRegion(name: "Papua Tengah", capital: "Nabire", kabupaten: 8, kota: 0),
        ProvinceRegion(name: "Papua Pegunungan", capital: "Wamena", kabupaten: 8, kota: 0),
        ProvinceRegion(name: "Papua Barat Daya", capital: "Sorong", kabupaten: 5, kota: 1),
    ]
}
