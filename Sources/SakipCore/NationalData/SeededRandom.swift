import Foundation

/// A deterministic pseudo-random stream (SplitMix64): the same seed gives the same numbers on every machine and
/// every run, so that the national data set is the same bytes each time it is generated.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// A stream for one purpose of one thing ("budget" of office 655921 in 2024), independent of every other
    /// stream, so that any office-year can be generated on its own.
    public init(seed: UInt64, _ parts: String...) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ seed
        for part in parts {
            for byte in part.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
            hash ^= 0xFF
            hash = hash &* 0x0000_0100_0000_01B3
        }
        state = hash
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// An integer in a closed range.
    /// (Its own modulo reduction, not the standard library's, so that the numbers never change with the toolchain.)
    public mutating func int(_ range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound) + 1
        return range.lowerBound + Int(next() % span)
    }

    /// An exact decimal of `scale` fraction digits whose digits, read as an integer, lie in `units`
    /// (`decimal(920...1080, scale: 3)` is 0,920 to 1,080).
    public mutating func decimal(_ units: ClosedRange<Int>, scale: Int) -> Decimal {
        Decimal(units: int(units), scale: scale)
    }

    /// True with a probability in percent.
    public mutating func chance(_ percent: Int) -> Bool { int(0...99) < percent }

    /// One element; the array must not be empty.
    public mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }
}

extension Decimal {
    /// `units` × 10^−`scale`, built without arithmetic (Decimal(units: 7463, scale: 2) is 74,63).
    init(units: Int, scale: Int) {
        self.init(sign: units < 0 ? .minus : .plus, exponent: -scale, significand: Decimal(units.magnitude))
    }

    /// The value in units of 10^−`scale`, rounded half up (74,63 in hundredths is 7463).
    func units(scale: Int) -> Int {
        var value = self
        var scaled = Decimal()
        NSDecimalMultiplyByPowerOf10(&scaled, &value, Int16(scale), .plain)
        return NSDecimalNumber(decimal: scaled.roundedHalfUp(scale: 0)).intValue
    }
}
