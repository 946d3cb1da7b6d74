import Foundation

extension OfficeYearGenerator {
    /// The elections a Kab/Kota ran in a year: Pemilu and Pemilihan in 2024, the Pemilihan of 9 December 2020 where
    /// it was held. DPT per kecamatan (split by the office's fixed weights), TPS within PKPU's voters-per-TPS limits,
    /// turnout drawn around national rates.
    func elections(_ prepared: PreparedOffice, year: Int) -> [ElectionEvent] {
        guard holdsOwnElection(prepared, year: year) else { return [] }
        var random = SeededRandom(seed: seed, "elections", prepared.office.code, "\(year)")
        let voters = prepared.template.baseVoters * prepared.office.scale.units(scale: 2) / 100
        switch year {
        case 2024:
            return [event(prepared, id: "pemilu2024", name: "Pemilu 14 Februari 2024", date: CalendarDate(year: 2024, month: 2, day: 14),
                          kind: .pemilu, voters: voters, perTPS: 260...290, turnout: 780...880, &random),
                    event(prepared, id: "pemilihan2024", name: "Pemilihan Serentak 27 November 2024",
                          date: CalendarDate(year: 2024, month: 11, day: 27), kind: .pemilihan, voters: voters * 1006 / 1000,
                          perTPS: 420...480, turnout: 620...800, &random)]
        case 2020 where prepared.office.pilkada2020:
            return [event(prepared, id: "pemilihan2020", name: "Pemilihan Serentak 9 Desember 2020",
                          date: CalendarDate(year: 2020, month: 12, day: 9), kind: .pemilihan, voters: voters * 940 / 1000,
                          perTPS: 400...480, turnout: 650...780, &random)]
        default:
            return []
        }
    }

    /// Whether a Kab/Kota runs an election (with its own DPT recap) in a year.
    func holdsOwnElection(_ prepared: PreparedOffice, year: Int) -> Bool {
        prepared.office.metadata.level == .kabupatenKota && !prepared.office.office.areas.isEmpty
            && (year == 2024 || (year == 2020 && prepared.office.pilkada2020))
    }

    private func event(_ prepared: PreparedOffice, id: String, name: String, date: CalendarDate?, kind: ElectionKind, voters total: Int,
                       perTPS: ClosedRange<Int>, turnout rate: ClosedRange<Int>, _ random: inout SeededRandom) -> ElectionEvent {
        let areas = prepared.office.office.areas
        let weights = prepared.areaWeights
        let weightSum = max(weights.reduce(0, +), 1)
        var rows: [DPTRow] = []
        for (index, area) in areas.enumerated() {
            let count = max(total * weights[index] / weightSum, 60)
            let male = count * random.int(495...505) / 1000
            let voters = VoterCount(male: male, female: count - male)
            let perStation = random.int(perTPS)
            let tps = max((count + perStation - 1) / perStation, 1)
            rows.append(DPTRow(area: area.name, villageCount: area.villages.count, tps: tps, voters: voters, statedTotal: voters.total))
        }
        var recap = DPTRecap(location: "Tabel 3.3", rows: rows)
        recap.statedTotal = DPTRecap.StatedTotal(villageCount: recap.villageCount, tps: recap.tps, male: recap.voters.male,
                                                 female: recap.voters.female, total: recap.voters.total)
        let dpt = recap.voters
        let base: ParticipationBase = kind == .pemilu ? .dptDptbDpk : .dpt
        let dptb = kind == .pemilu ? VoterCount(male: dpt.male * random.int(2...6) / 1000, female: dpt.female * random.int(2...6) / 1000) : nil
        let dpk = kind == .pemilu ? VoterCount(male: dpt.male * random.int(1...4) / 1000, female: dpt.female * random.int(1...4) / 1000) : nil
        let registered = dpt + (dptb ?? .zero) + (dpk ?? .zero)
        let share = random.int(rate)
        let womenExtra = random.int(5...30)
        let votedMale = Self.part(registered.male, share)
        let votedFemale = min(Self.part(registered.female, share + womenExtra), registered.female)
        let disabled = max(dpt.total * random.int(4...8) / 1000, 1)
        let firstTime = kind == .pemilu ? dpt.total * random.int(50...100) / 1000 : nil
        let voted = votedMale + votedFemale
        let invalid = voted * random.int(20...50) / 1000
        let turnout = Turnout(voted: VoterCount(male: votedMale, female: votedFemale), disabilityRegistered: disabled,
                              disabilityVoted: Self.part(disabled, random.int(550...900)),
                              firstTimeRegistered: firstTime, firstTimeVoted: firstTime.map { Self.part($0, random.int(700...900)) },
                              validBallots: voted - invalid, invalidBallots: invalid)
        return ElectionEvent(id: id, name: name, date: date, kind: kind, participationBase: base, dpt: recap, dptb: dptb, dpk: dpk,
                             turnout: turnout)
    }

    /// A count's share given in thousandths, rounded half up.
    static func part(_ count: Int, _ thousandths: Int) -> Int { (count * thousandths + 500) / 1000 }
}
