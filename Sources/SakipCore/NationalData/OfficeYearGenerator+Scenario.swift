import Foundation

extension OfficeYearGenerator {
    /// Wordings an office might use for a catalogue indicator that share almost no word with the catalogue's, so that
    /// the indicator stays unmapped until a person decides.
    static let rewordings: [String: String] = [
        "IKU-01": "Tingkat keterbaruan profil partai di laman publik",
        "IKU-02": "Kecocokan naskah ketetapan dengan aturan di atasnya",
        "IKU-07": "Tingkat kehadiran warga di TPS pada hari pencoblosan",
        "IKU-08": "Tingkat kehadiran kaum ibu di bilik suara",
        "IKU-09": "Keikutsertaan penyandang difabel pada hari pencoblosan",
        "IKU-10": "Keikutsertaan warga muda yang baru pertama kali mencoblos",
        "IKU-11": "Warga berhak pilih yang belum tercatat pada daftar",
        "IKU-12": "Ketaatan jadwal tahapan menurut PKPU",
        "IKU-13": "Terselenggaranya pencoblosan tanpa gangguan ketertiban",
        "IKU-14": "Perkara di Mahkamah Konstitusi yang putusannya menguatkan keputusan kami",
        "IKU-15": "Kemutakhiran daftar calon pemilih yang diserahkan sesuai tenggat",
        "IKU-16": "Ketepatan pengiriman kotak suara dan perlengkapan ke TPS",
        "IKU-18": "Kegiatan yang bebas dari pemberian hadiah kepada pegawai",
        "IK-11": "Pelayanan administrasi kepegawaian yang cepat dan cermat",
        "IK-21": "Kesiapan PPK, PPS dan KPPS sebelum hari pencoblosan",
        "IK-37": "Kejadian gangguan di kantor yang tertangani",
    ]

    /// Governing-PK indicators of a template that have a rewording, in PK order.
    static func rewordable(_ template: NationalTemplate) -> [String] {
        template.governingIndicators.filter { id in template.catalogueCodes[id].map { rewordings[$0] != nil } ?? false }
    }

    /// Which injected mistakes fit an office-year (it has the figures they corrupt).
    func applicableMistakes(_ prepared: PreparedOffice, year: Int) -> [InjectedMistake] {
        var kinds: [InjectedMistake] = [.capaianMisprinted, .budgetPersenMisprinted, .programPaguMisprinted, .officeCapaianMisprinted,
                                        .renstraYearWrong, .revisionBeforeDIPA]
        let lower = prepared.template.governingIndicators.contains { id in
            prepared.base.indicator(id)?.polarity == .lowerIsBetter && prepared.template.roles[id].map { role in
                if case .participation = role { return false }
                return true
            } ?? false
        }
        if lower { kinds.append(.polarityIgnored) }
        if holdsOwnElection(prepared, year: year) { kinds.append(.dptTotalMisprinted) }
        return kinds
    }

    /// Writes the scenario's mistakes and rewordings into a clean office-year.
    func apply(_ scenario: OfficeYearScenario, to data: inout OfficeYear, _ prepared: PreparedOffice) {
        for mistake in scenario.mistakes { inject(mistake, into: &data) }
        for id in scenario.rewordedIndicators {
            guard let index = data.indicators.firstIndex(where: { $0.id == id }),
                  let wording = prepared.template.catalogueCodes[id].flatMap({ Self.rewordings[$0] }) else { continue }
            data.indicators[index].statement = wording
        }
    }

    private func inject(_ mistake: InjectedMistake, into data: inout OfficeYear) {
        let result = data.measure()
        switch mistake {
        case .capaianMisprinted:
            guard let row = result.rows.first(where: { $0.indicator.polarity == .higherIsBetter && $0.indicator.kind == .percentage && $0.achievement.percent != nil }),
                  let capaian = row.achievement.percent,
                  let index = data.measurement.rows.firstIndex(where: { $0.indicatorId == row.indicator.id }) else { return }
            data.measurement.rows[index].printedCapaian = IndonesianFormat.percent(capaian + Decimal(string: "7.31")!)
        case .polarityIgnored:
            guard let row = result.rows.first(where: { $0.indicator.polarity == .lowerIsBetter && $0.achievement.percent != nil }),
                  let target = row.target?.amount, let actual = row.realisation?.amount, target != 0,
                  let index = data.measurement.rows.firstIndex(where: { $0.indicatorId == row.indicator.id }) else { return }
            data.measurement.rows[index].printedCapaian = IndonesianFormat.percent(actual / target * 100)
        case .budgetPersenMisprinted:
            data.budget.tree.lines = Self.misprintFirstLeaf(data.budget.tree.lines)
        case .programPaguMisprinted:
            guard !data.budget.tree.lines.isEmpty else { return }
            data.budget.tree.lines[0].printed.pagu = data.budget.tree.lines[0].figures.pagu + 1_000_000
        case .officeCapaianMisprinted:
            guard let mean = result.officeMean else { return }
            data.measurement.printedOfficeCapaian = IndonesianFormat.percent(mean + Decimal(string: "5.5")!)
        case .renstraYearWrong:
            let right = data.renstra?.yearNumber(of: data.year) ?? 1
            data.report.renstraYearNumber = right > 2 ? right - 2 : right + 2
        case .revisionBeforeDIPA:
            guard data.budget.revisions.count > 1, let original = data.budget.revisions[0].date else { return }
            data.budget.revisions[1].date = original.adding(days: -20)
        case .dptTotalMisprinted:
            guard !data.elections.isEmpty else { return }
            let total = data.elections[0].dpt.voters.total
            data.elections[0].dpt.statedTotal?.total = total + 1_000
        }
    }

    /// The first leaf of the tree with a persen printed 3,21 points off.
    private static func misprintFirstLeaf(_ lines: [BudgetLine]) -> [BudgetLine] {
        var lines = lines
        var done = false
        func visit(_ line: inout BudgetLine) {
            guard !done else { return }
            if line.isLeaf, let persen = line.figures.persen {
                line.printed.persen = IndonesianFormat.percent(persen + Decimal(string: "3.21")!)
                done = true
                return
            }
            for index in line.children.indices { visit(&line.children[index]) }
        }
        for index in lines.indices { visit(&lines[index]) }
        return lines
    }
}
