import Foundation
@testable import SakipServer
import Testing

struct SHA256HexTests {
    /// The FIPS 180-2 test vectors: the digests stored before (session hashes, document digests) stay the same.
    @Test func digest_matchesTheStandardVectors() {
        #expect(SHA256Hex.digest(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256Hex.digest(Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }
}
