extension LKEDefault {
    /// 4. Evaluasi Akuntabilitas Kinerja Internal (25): 3 + 5 + 5 criteria.
    static let evaluasiInternal = component("4", "Evaluasi Akuntabilitas Kinerja Internal", weight: 25, [
        ("Evaluasi Akuntabilitas Kinerja Internal telah dilaksanakan", [
            criterion("4.a.1", "Terdapat pedoman teknis Evaluasi Akuntabilitas Kinerja Internal.",
                      evidence: "Peraturan/SK pedoman evaluasi internal"),
            criterion("4.a.2", "Evaluasi Akuntabilitas Kinerja Internal telah dilaksanakan pada seluruh unit kerja/perangkat daerah.",
                      evidence: "LHE internal setiap unit kerja, rekap nilai", documents: [.previousLHE]),
            criterion("4.a.3", "Evaluasi Akuntabilitas Kinerja Internal telah dilaksanakan secara berjenjang.",
                      evidence: "SK tim evaluasi, catatan evaluasi berjenjang", requires: ["4.a.2"]),
        ]),
        ("Evaluasi Akuntabilitas Kinerja Internal telah dilaksanakan secara berkualitas dengan Sumber Daya yang memadai", [
            criterion("4.b.1", "Evaluasi Akuntabilitas Kinerja Internal telah dilaksanakan sesuai standar.",
                      evidence: "LKE internal, LHE internal", requires: ["4.a.1"]),
            criterion("4.b.2", "Evaluasi Akuntabilitas Kinerja Internal telah dilaksanakan oleh SDM yang memadai.",
                      evidence: "Sertifikat pelatihan evaluator", requires: ["4.a.1"]),
            criterion("4.b.3", "Evaluasi Akuntabilitas Kinerja Internal telah dilaksanakan dengan pendalaman yang memadai.",
                      evidence: "Kertas kerja evaluasi", requires: ["4.a.1"]),
            criterion("4.b.4", "Evaluasi Akuntabilitas Kinerja Internal telah dilaksanakan pada seluruh unit kerja/perangkat daerah.",
                      evidence: "LHE internal setiap unit kerja", requires: ["4.a.2"]),
            criterion("4.b.5", "Evaluasi Akuntabilitas Kinerja Internal telah dilaksanakan menggunakan Teknologi Informasi (Aplikasi).",
                      evidence: "Tangkapan layar aplikasi evaluasi", requires: ["4.a.1"]),
        ]),
        ("Implementasi SAKIP telah meningkat karena evaluasi Akuntabilitas Kinerja Internal sehingga memberikan kesan yang nyata (dampak) dalam efektifitas dan efisiensi Kinerja", [
            criterion("4.c.1", "Seluruh rekomendasi atas hasil evaluasi akuntablitas kinerja internal telah ditindaklanjuti.",
                      evidence: "Matriks tindak lanjut LHE (rekomendasi, rencana aksi, penanggung jawab, status)",
                      documents: [.previousLHE, .followUp], suggestion: .previousFollowUpComplete, requires: ["4.a.2"]),
            criterion("4.c.2", "Telah terjadi peningkatan implementasi SAKIP dengan melaksanakan tindak lanjut atas rekomendasi hasil evaluasi akuntablitas Kinerja internal.",
                      evidence: "Tren nilai SAKIP n-2, n-1, n", documents: [.previousLHE, .followUp], requires: ["4.a.2"]),
            criterion("4.c.3", "Hasil Evaluasi Akuntabilitas Kinerja Internal telah dimanfaatkan untuk perbaikan dan peningkatan akuntabilitas kinerja.",
                      evidence: "LHE tahun n-1 dan bukti perbaikan", documents: [.previousLHE], requires: ["4.a.2"]),
            criterion("4.c.4", "Hasil dari Evaluasi Akuntabilitas Kinerja Internal telah dimanfaatkan dalam mendukung efektifitas dan efisiensi kinerja.",
                      evidence: "Bukti pemanfaatan hasil evaluasi", documents: [.previousLHE], requires: ["4.a.2"]),
            criterion("4.c.5", "Telah terjadi perbaikan dan peningkatan kinerja dengan memanfaatkan hasil evaluasi akuntablitas kinerja internal.",
                      evidence: "Bukti peningkatan kinerja", documents: [.previousLHE], requires: ["4.a.2"]),
        ]),
    ])
}
