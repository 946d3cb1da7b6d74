import Foundation
import ZIPFoundation

/// The parts of an .xlsx (a ZIP archive), read within ``WorkbookLimits``.
///
/// The central directory is read here with every offset and length checked against the bytes at hand; only the
/// inflating is ZIPFoundation's, fed the entry's own bytes. The inflated bytes are counted as they come, so a
/// part that declares 1 KB and inflates to 1 GB is stopped at the limit.
struct WorkbookArchive {
    /// An entry of the central directory.
    struct Entry {
        var path: String
        var method: UInt16
        var flags: UInt16
        var crc: UInt32
        var compressedSize: Int
        var declaredSize: Int
        var localHeader: Int
    }

    private let data: Data
    private(set) var entries: [String: Entry] = [:]
    /// Inflated bytes so far, over all parts read.
    private var total = 0

    /// Reads the central directory; refused in Indonesian when the bytes are not a ZIP archive this reader takes.
    init(_ data: Data) throws(DocumentError) {
        self.data = data
        guard let end = Self.endRecord(in: data) else {
            throw .unreadable("berkas bukan workbook .xlsx (arsip ZIP tidak terbaca); simpan tabel sebagai Excel Workbook (.xlsx)")
        }
        let count = Int(read16(end + 10)), size = Int(read32(end + 12)), start = Int(read32(end + 16))
        guard count != 0xFFFF, size != 0xFFFF_FFFF, start != 0xFFFF_FFFF else {
            throw .unreadable("arsip ZIP64 tidak didukung; simpan ulang tabel sebagai Excel Workbook (.xlsx)")
        }
        guard count <= WorkbookLimits.entries else {
            throw .unreadable("arsip berisi \(count) bagian; workbook .xlsx yang dibaca paling banyak \(WorkbookLimits.entries)")
        }
        guard start <= end, size <= end - start else { throw Self.damaged("daftar isi arsip di luar berkas") }
        var offset = start
        for index in 0..<count {
            guard offset + 46 <= start + size, read32(offset) == 0x0201_4B50 else {
                throw Self.damaged("entri ke-\(index + 1) daftar isi arsip rusak")
            }
            let nameLength = Int(read16(offset + 28)), extra = Int(read16(offset + 30)), comment = Int(read16(offset + 32))
            guard offset + 46 + nameLength <= start + size else { throw Self.damaged("nama entri ke-\(index + 1) di luar daftar isi") }
            let path = String(decoding: data[data.startIndex + offset + 46 ..< data.startIndex + offset + 46 + nameLength], as: UTF8.self)
            let entry = Entry(path: path, method: read16(offset + 10), flags: read16(offset + 8), crc: read32(offset + 16),
                              compressedSize: Int(read32(offset + 20)), declaredSize: Int(read32(offset + 24)),
                              localHeader: Int(read32(offset + 42)))
            if entries[path] == nil { entries[path] = entry }
            offset += 46 + nameLength + extra + comment
        }
    }

    /// The inflated bytes of a part, nil when the archive has no such part.
    mutating func part(_ path: String) throws(DocumentError) -> Data? {
        guard let entry = entries[path] else { return nil }
        let place = "bagian \(path)"
        guard entry.flags & 1 == 0 else { throw .unreadable("\(place) terenkripsi; simpan workbook tanpa kata sandi") }
        guard entry.declaredSize <= WorkbookLimits.partBytes else { throw Self.tooLarge(place) }
        let header = entry.localHeader
        guard header <= data.count - 30, read32(header) == 0x0403_4B50 else { throw Self.damaged("\(place): kepala entri tidak ditemukan") }
        let begin = header + 30 + Int(read16(header + 26)) + Int(read16(header + 28))
        guard begin <= data.count, entry.compressedSize <= data.count - begin else { throw Self.damaged("\(place): isi entri di luar berkas") }
        let stored = data[data.startIndex + begin ..< data.startIndex + begin + entry.compressedSize]
        var bytes = Data()
        switch entry.method {
        case 0:
            bytes = Data(stored)
            try count(bytes.count, place)
        case 8:
            bytes = try inflate(stored, place: place, into: bytes)
        default:
            throw .unreadable("\(place) memakai metode kompresi \(entry.method) yang tidak dikenal; simpan ulang sebagai Excel Workbook (.xlsx)")
        }
        guard bytes.crc32(checksum: 0) == entry.crc else { throw Self.damaged("\(place): isi tidak cocok dengan checksum CRC-32") }
        return bytes
    }

    private mutating func inflate(_ stored: Data, place: String, into bytes: Data) throws(DocumentError) -> Data {
        var bytes = bytes
        var inflated = 0
        var overflow: DocumentError?
        let chunk = 64 * 1024
        var served = 0
        do {
            _ = try Data.decompress(size: Int64(stored.count), bufferSize: chunk, skipCRC32: true, provider: { _, size in
                // Always a full chunk (zlib is told it has `size` bytes); zeros past the end make a stream that does
                // not end there a data error, and a second request past the end stops it.
                guard served <= stored.count else { throw Stop() }
                let from = stored.startIndex + served
                let to = min(from + size, stored.endIndex)
                var piece = Data(stored[from..<to])
                if piece.count < size { piece.append(Data(count: size - piece.count)) }
                served += size
                return piece
            }, consumer: { piece in
                inflated += piece.count
                guard inflated <= WorkbookLimits.partBytes else {
                    overflow = Self.tooLarge(place)
                    throw Stop()
                }
                bytes.append(piece)
            })
        } catch {
            if let overflow { throw overflow }
            throw Self.damaged("\(place): data terkompresi rusak atau terpotong")
        }
        try count(inflated, place)
        return bytes
    }

    /// Ends the inflating early.
    private struct Stop: Error {}

    private mutating func count(_ bytes: Int, _ place: String) throws(DocumentError) {
        total += bytes
        guard total <= WorkbookLimits.totalBytes else {
            throw .unreadable("\(place): isi workbook melebihi \(WorkbookLimits.megabytes(WorkbookLimits.totalBytes)) setelah diekstrak; kirim hanya lembar tabel yang diimpor")
        }
    }

    private static func tooLarge(_ place: String) -> DocumentError {
        .unreadable("\(place) melebihi \(WorkbookLimits.megabytes(WorkbookLimits.partBytes)) setelah diekstrak; kirim hanya lembar tabel yang diimpor")
    }

    private static func damaged(_ detail: String) -> DocumentError {
        .unreadable("arsip ZIP rusak (\(detail)); simpan ulang tabel sebagai Excel Workbook (.xlsx)")
    }

    /// The offset of the end-of-central-directory record, searched from the end past a comment of up to 64 KB.
    private static func endRecord(in data: Data) -> Int? {
        guard data.count >= 22 else { return nil }
        var offset = data.count - 22
        let lowest = max(0, data.count - 22 - 65_535)
        while offset >= lowest {
            if le32(data, offset) == 0x0605_4B50 { return offset }
            offset -= 1
        }
        return nil
    }

    private func read16(_ offset: Int) -> UInt16 { Self.le16(data, offset) }
    private func read32(_ offset: Int) -> UInt32 { Self.le32(data, offset) }

    /// Little-endian integers at an offset; zero past the end, which every caller's checks then refuse.
    private static func le16(_ data: Data, _ offset: Int) -> UInt16 {
        guard offset >= 0, offset <= data.count - 2 else { return 0 }
        let base = data.startIndex + offset
        return UInt16(data[base]) | UInt16(data[base + 1]) << 8
    }

    private static func le32(_ data: Data, _ offset: Int) -> UInt32 {
        guard offset >= 0, offset <= data.count - 4 else { return 0 }
        let base = data.startIndex + offset
        return UInt32(data[base]) | UInt32(data[base + 1]) << 8 | UInt32(data[base + 2]) << 16 | UInt32(data[base + 3]) << 24
    }
}
