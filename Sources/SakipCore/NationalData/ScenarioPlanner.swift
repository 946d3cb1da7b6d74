/// Assigns the scenario of every office-year of the data set: exact quotas drawn by a seeded shuffle, so that the
/// same seed always gives the same assignment.
struct ScenarioPlanner {
    /// What the planner needs to know of one office-year.
    struct Slot {
        var office: NationalOffice
        var year: Int
        /// Mistakes that can be written into this office-year (its data has the figures they corrupt).
        var applicableMistakes: [InjectedMistake]
        /// Governing-PK indicator ids that can be reworded and that notes can point at.
        var indicatorIds: [String]
    }

    static let returnNotes: [(text: String, place: @Sendable (Slot) -> ReturnNote.Place)] = [
        ("Realisasi indikator ini belum didukung bukti dukung yang memadai; lengkapi dan jelaskan perhitungannya.",
         { .indicator(id: $0.indicatorIds.first ?? "I1") }),
        ("Analisis capaian belum membandingkan dengan tahun sebelumnya dan target Renstra.", { _ in .chapter("BAB III") }),
        ("Perbaiki temuan reviu sebelum diajukan kembali.", { _ in .finding(code: "ARITH-CAPAIAN") }),
        ("Target pada tabel tidak sama dengan Perjanjian Kinerja yang ditandatangani.",
         { .tableRow(table: "Tabel 3.1", row: $0.indicatorIds.dropFirst().first ?? "I2") }),
        ("Kesimpulan BAB IV belum memuat langkah perbaikan untuk indikator yang tidak mencapai target.", { _ in .chapter("BAB IV") }),
    ]

    let seed: UInt64
    let mix: ScenarioMix

    func plan(_ slots: [Slot]) -> [OfficeYearScenario] {
        let latest = slots.map(\.year).max() ?? 0
        var pkStates = [SubmissionState](repeating: .draft, count: slots.count)
        var lkjStates = pkStates
        let latestSlots = slots.indices.filter { slots[$0].year == latest }
        let earlierSlots = slots.indices.filter { slots[$0].year != latest }
        assign(&pkStates, latestSlots, mix.latestPK, "pk-latest")
        assign(&lkjStates, latestSlots, mix.latestLKj, "lkj-latest")
        assign(&pkStates, earlierSlots, mix.earlier, "pk-earlier")
        assign(&lkjStates, earlierSlots, mix.earlier, "lkj-earlier")
        let pkLate = late(pkStates, groups: [latestSlots, earlierSlots], "pk")
        let lkjLate = late(lkjStates, groups: [latestSlots, earlierSlots], "lkj")
        let pkReturnCycle = returnCycles(pkStates, "pk")
        let lkjReturnCycle = returnCycles(lkjStates, "lkj")

        // Mistakes go to office-years whose LKj is not accepted (an evaluator would not accept them), first those with
        // the most applicable kinds, in seeded order.
        var random = SeededRandom(seed: seed, "mistakes")
        let candidates = slots.indices.filter { !slots[$0].applicableMistakes.isEmpty }
        let preferred = shuffled(candidates.filter { lkjStates[$0] != .accepted }, &random) + shuffled(candidates.filter { lkjStates[$0] == .accepted }, &random)
        let withMistakes = Set(preferred.prefix(ScenarioMix.share(mix.mistakesPercent, of: slots.count)))
        let kabupatenKota = slots.indices.filter { slots[$0].office.metadata.level == .kabupatenKota && slots[$0].indicatorIds.count > 2 }
        let reworded = Set(shuffled(kabupatenKota, &random).prefix(ScenarioMix.share(mix.rewordedPercent, of: kabupatenKota.count)))

        return slots.indices.map { index in
            let slot = slots[index]
            var stream = SeededRandom(seed: seed, "scenario", slot.office.code, "\(slot.year)")
            var mistakes: [InjectedMistake] = []
            if withMistakes.contains(index) {
                let kinds = shuffled(slot.applicableMistakes, &stream)
                mistakes = Array(kinds.prefix(stream.chance(30) ? 2 : 1)).sorted { $0.rawValue < $1.rawValue }
            }
            var rewordedIds: [String] = []
            if reworded.contains(index) {
                rewordedIds = Array(shuffled(Array(slot.indicatorIds.dropFirst(2)), &stream).prefix(stream.chance(40) ? 2 : 1)).sorted()
            }
            return OfficeYearScenario(
                officeCode: slot.office.code, year: slot.year,
                pk: document(.pk, slot, pkStates[index], late: pkLate.contains(index), returnCycle: pkReturnCycle.contains(index), &stream),
                lkj: document(.lkj, slot, lkjStates[index], late: lkjLate.contains(index), returnCycle: lkjReturnCycle.contains(index), &stream),
                mistakes: mistakes, rewordedIndicators: rewordedIds)
        }
    }

    private func assign(_ states: inout [SubmissionState], _ group: [Int], _ percentages: [SubmissionState: Int], _ name: String) {
        var random = SeededRandom(seed: seed, "states", name)
        let quotas = ScenarioMix.quotas(percentages, of: group.count, order: SubmissionState.allCases)
        var order = shuffled(group, &random)[...]
        for state in SubmissionState.allCases {
            for index in order.prefix(quotas[state] ?? 0) { states[index] = state }
            order = order.dropFirst(quotas[state] ?? 0)
        }
    }

    private func late(_ states: [SubmissionState], groups: [[Int]], _ name: String) -> Set<Int> {
        var random = SeededRandom(seed: seed, "late", name)
        var result = Set<Int>()
        for group in groups {
            let submitted = group.filter { states[$0] != .draft }
            result.formUnion(shuffled(submitted, &random).prefix(ScenarioMix.share(mix.latePercent, of: submitted.count)))
        }
        return result
    }

    private func returnCycles(_ states: [SubmissionState], _ name: String) -> Set<Int> {
        var random = SeededRandom(seed: seed, "return-cycle", name)
        let accepted = states.indices.filter { states[$0] == .accepted }
        return Set(shuffled(accepted, &random).prefix(ScenarioMix.share(mix.acceptedAfterReturnPercent, of: accepted.count)))
    }

    private func document(_ document: DocumentScenario.Document, _ slot: Slot, _ state: SubmissionState, late: Bool, returnCycle: Bool,
                          _ random: inout SeededRandom) -> DocumentScenario {
        let deadline = SubmissionDeadline.defaultDate(document, year: slot.year)
        guard state != .draft else { return DocumentScenario(document: document, state: .draft, deadline: deadline, daysLate: nil, transitions: []) }
        let daysLate = late ? random.int(1...45) : 0
        var day = late ? deadline.adding(days: daysLate) : deadline.adding(days: -random.int(0...(document == .pk ? 9 : 25)))
        var transitions = [DocumentScenario.Transition(from: .draft, to: .submitted, on: day, actor: .ketua, note: nil)]
        func step(_ from: SubmissionState, _ to: SubmissionState, _ days: ClosedRange<Int>, _ actor: DocumentScenario.Actor) {
            day = day.adding(days: random.int(days))
            var note: ReturnNote?
            if to == .returned {
                let chosen = random.pick(Self.returnNotes)
                note = ReturnNote(text: chosen.text, place: chosen.place(slot))
            }
            transitions.append(DocumentScenario.Transition(from: from, to: to, on: day, actor: actor, note: note))
        }
        switch state {
        case .draft, .submitted: break
        case .returned: step(.submitted, .returned, 3...10, .evaluator)
        case .resubmitted:
            step(.submitted, .returned, 3...10, .evaluator)
            step(.returned, .resubmitted, 2...8, .ketua)
        case .accepted where returnCycle:
            step(.submitted, .returned, 3...10, .evaluator)
            step(.returned, .resubmitted, 2...8, .ketua)
            step(.resubmitted, .accepted, 2...10, .evaluator)
        case .accepted: step(.submitted, .accepted, 2...10, .evaluator)
        }
        return DocumentScenario(document: document, state: state, deadline: deadline, daysLate: daysLate, transitions: transitions)
    }

    private func shuffled<T>(_ items: [T], _ random: inout SeededRandom) -> [T] {
        var items = items
        guard items.count > 1 else { return items }
        for index in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(index, random.int(0...index))
        }
        return items
    }
}
