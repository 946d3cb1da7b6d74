extension Sheet {
    /// The logistics tables in the layout of the KPU logistics report (Pagar Alam BAB III, Tabel 4–6).
    static func logisticsDefinition(_ id: ID) -> Sheet? {
        switch id {
        case .logisticsNeeds:
            Sheet(id: id, title: "Kebutuhan dan anggaran logistik",
                  hint: "Satu baris per jenis logistik: volume (jumlah dan satuan) dan pagu anggarannya (Tabel 1 laporan logistik). Jumlah dihitung dari baris-baris ini.",
                  path: ["logistics", "needs"],
                  columns: [SheetColumn("Jenis logistik", key: "item", required: true, aliases: ["Jenis Logistik Pemilu", "Jenis Logistik Pemilihan"]),
                            SheetColumn("Jumlah", key: "quantity", kind: .count, required: true, aliases: ["(jumlah)", "Volume (jumlah)", "Volume"]),
                            SheetColumn("Satuan", key: "unit", aliases: ["(satuan)", "Volume (satuan)"]),
                            SheetColumn("Pagu (Rp)", key: "pagu", kind: .money, aliases: ["Pagu Anggaran (Rp)", "Pagu Anggaran"])])
        case .logisticsProcurement:
            Sheet(id: id, title: "Proses pengadaan logistik",
                  hint: "Pagu, HPS dan nilai kontrak per jenis logistik (Tabel 2). Efisiensi = pagu − nilai kontrak dan persentasenya = efisiensi ÷ pagu × 100 dihitung, tidak diketik.",
                  path: ["logistics", "procurement"],
                  columns: [SheetColumn("Jenis logistik", key: "item", required: true),
                            SheetColumn("Pagu (Rp)", key: "pagu", kind: .money, aliases: ["Pagu Anggaran (Rp)", "Pagu Anggaran"]),
                            SheetColumn("HPS (Rp)", key: "hps", kind: .money, aliases: ["HPS"]),
                            SheetColumn("Nilai kontrak (Rp)", key: "contract", kind: .money, aliases: ["Nilai Kontrak"]),
                            SheetColumn("Metode pengadaan", key: "method", aliases: ["Metode"]),
                            SheetColumn("Pembagian pengadaan", key: "share"),
                            SheetColumn("Penyedia", key: "supplier")])
        case .logisticsDeliveries:
            Sheet(id: id, title: "Produksi dan pengiriman dari penyedia",
                  hint: "Satu baris per jenis logistik: jumlah kemasan, tanggal kirim dan tiba di gudang, moda angkutan (Tabel 3). Satu tanggal per sel; tanggal tiba sebelum tanggal kirim dilaporkan reviu.",
                  path: ["logistics", "deliveries"],
                  columns: [SheetColumn("Jenis logistik", key: "item", required: true),
                            SheetColumn("Jumlah kemasan", key: "packages", kind: .count),
                            SheetColumn("Tanggal kirim", key: "sent", kind: .date, aliases: ["Tanggal Pengiriman"]),
                            SheetColumn("Tanggal tiba", key: "arrived", kind: .date, aliases: ["Tanggal Ketibaan"]),
                            SheetColumn("Moda angkutan", key: "transport", aliases: ["Mode Angkutan"]),
                            SheetColumn("Penyedia", key: "supplier")])
        case .logisticsSorting:
            Sheet(id: id, title: "Penerimaan dan penyortiran logistik",
                  hint: "Satu baris per jenis logistik: jumlah dipesan, diterima, hasil sortir baik dan rusak, dan permintaan kekurangan/rusak. Kurang dan lebih kirim dihitung; baik + rusak harus sama dengan diterima.",
                  path: ["logistics", "sorting"],
                  columns: [SheetColumn("Jenis logistik", key: "item", required: true, aliases: ["Jenis Logistik Pemilu", "Jenis Logistik Pemilihan"]),
                            SheetColumn("Satuan", key: "unit"),
                            SheetColumn("Dipesan", key: "ordered", kind: .count, required: true, aliases: ["Jumlah yang dipesan", "Jumlah Yang di Pesan"]),
                            SheetColumn("Diterima", key: "received", kind: .count, required: true, aliases: ["Jumlah yang diterima", "Jumlah Yang di Terima"]),
                            SheetColumn("Baik", key: "good", kind: .count, required: true, aliases: ["Hasil Penyortiran Baik"]),
                            SheetColumn("Rusak", key: "damaged", kind: .count, required: true, aliases: ["Hasil Penyortiran Rusak"]),
                            SheetColumn("Permintaan kekurangan/rusak", key: "requested", kind: .count,
                                        aliases: ["Permintaan Kekurangan/ Rusak", "Permintaan Kekurangan/ Rusak (n)", "Permintaan Kekurangan"]),
                            SheetColumn("Tanggal permintaan", key: "requestDate", kind: .date),
                            SheetColumn("Tanggal pemenuhan", key: "fulfilledDate", kind: .date)])
        case .logisticsDistribution:
            Sheet(id: id, title: "Distribusi logistik ke TPS",
                  hint: "Satu baris per kelurahan/desa. Isi kecamatannya agar TPS dapat dibandingkan dengan rekap DPT. Jumlah dihitung dari baris-baris ini.",
                  path: ["logistics", "distribution"],
                  columns: [SheetColumn("Kecamatan", key: "district", aliases: ["Nama Kecamatan"]),
                            SheetColumn("Kelurahan/Desa", key: "area", required: true, aliases: ["Kelurahan", "Desa", "Desa/Kelurahan"]),
                            SheetColumn("TPS", key: "tps", kind: .count, required: true, aliases: ["Jumlah TPS"]),
                            SheetColumn("Kotak suara", key: "boxes", kind: .count, required: true,
                                        aliases: ["Jumlah Kotak Suara Berisi Logistik (Buah)", "Jumlah Kotak Suara"]),
                            SheetColumn("Kantong logistik", key: "bags", kind: .count, required: true,
                                        aliases: ["Jumlah Kantong Plastik Berisi Logistik (Bungkus)", "Jumlah Kantong Plastik", "Kantong plastik"]),
                            SheetColumn("Tanggal kirim", key: "sent", kind: .date, aliases: ["Tanggal Pengiriman"]),
                            SheetColumn("Tanggal tiba", key: "arrived", kind: .date, aliases: ["Tanggal Ketibaan di TPS", "Tanggal Ketibaan"]),
                            SheetColumn("Moda angkutan", key: "transport", aliases: ["Mode Angkutan"])])
        case .logisticsTransport:
            Sheet(id: id, title: "Moda transportasi logistik",
                  hint: "Jumlah kendaraan per moda untuk tiap ruas: KPU ke PPK, PPK ke PPS, PPS ke TPS.",
                  path: ["logistics", "transport"],
                  columns: [SheetColumn("Jenis transportasi", key: "mode", required: true, aliases: ["Moda Transportasi", "Jenis Angkutan"]),
                            SheetColumn("PPK", key: "ppk", kind: .count, aliases: ["Jumlah Mode Transportasi PPK"]),
                            SheetColumn("PPS", key: "pps", kind: .count, aliases: ["Jumlah Mode Transportasi PPS"]),
                            SheetColumn("TPS", key: "tps", kind: .count, aliases: ["Jumlah Mode Transportasi TPS"])])
        case .logisticsWarehouses:
            Sheet(id: id, title: "Gudang logistik",
                  hint: "Satu baris per gudang: status kepemilikan (milik KPU, pinjam, sewa), jangka waktu pinjam/sewa dalam bulan, dan kondisinya (memadai, kurang memadai).",
                  path: ["logistics", "warehouses"],
                  columns: [SheetColumn("Nama", key: "name"), SheetColumn("Alamat", key: "address"), SheetColumn("Ukuran", key: "size"),
                            SheetColumn("Status", key: "ownership", kind: .choice(of: Warehouse.Ownership.self), required: true, aliases: ["Status Kepemilikan"]),
                            SheetColumn("Jangka waktu (bulan)", key: "months", kind: .count, aliases: ["Jangka Waktu"]),
                            SheetColumn("Kondisi", key: "condition", kind: .choice(of: Warehouse.Condition.self), required: true, aliases: ["Kondisi Gudang"])])
        case .logisticsDestruction:
            Sheet(id: id, title: "Pemusnahan surat suara",
                  hint: "Surat suara rusak dan lebih kirim yang dimusnahkan (Tabel 8), dengan tanggal dan nomor berita acaranya.",
                  path: ["logistics", "destruction"],
                  columns: [SheetColumn("Jenis surat suara", key: "item", required: true, aliases: ["Jenis Logistik"]),
                            SheetColumn("Jumlah dimusnahkan", key: "count", kind: .count, required: true,
                                        aliases: ["Jumlah Surat Suara Yang di Musnahkan (Lembar)", "Jumlah Surat Suara yang dimusnahkan"]),
                            SheetColumn("Tanggal", key: "date", kind: .date, aliases: ["Tanggal Pemusnahan"]),
                            SheetColumn("Berita acara", key: "reference", aliases: ["Nomor Berita Acara"])])
        default:
            nil
        }
    }
}
