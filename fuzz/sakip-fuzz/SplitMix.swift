/// A small deterministic random generator (SplitMix64): the same seed gives the same cases on every machine,
/// so that a CI run and its replay see the same inputs.
struct SplitMix: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// The generator of one case: the run's seed, the target and the case number mixed.
    init(seed: UInt64, target: Target, index: Int) {
        var mixer = SplitMix(seed: seed ^ (UInt64(target.number) &* 0x9E37_79B9_7F4A_7C15) ^ (UInt64(index) &* 0xD1B5_4A32_D192_ED03))
        state = mixer.next()
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<bound (bound > 0).
    mutating func below(_ bound: Int) -> Int { Int.random(in: 0..<bound, using: &self) }

    /// True with probability 1 / n.
    mutating func oneIn(_ n: Int) -> Bool { below(n) == 0 }

    /// An element of a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}
