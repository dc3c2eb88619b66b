/// Reads the common shapes of a position post — one fix object, or an array of them — straight
/// from the body's bytes, without `JSONDecoder`'s generic machinery (a phone posts every few
/// seconds, so this is the API's hottest path).
///
/// It is only a fast path: it answers nil for anything it does not fully understand (the
/// `{"fixes": [...]}` wrapper, an unknown or repeated key, a string with escapes, a `null` where a
/// number is required, malformed JSON), and the caller then decodes with `JSONDecoder`, whose
/// answer — or error — stands. For what it does accept, it yields what `JSONDecoder` would.
struct FixPayloadReader {
    private let bytes: UnsafeRawBufferPointer
    private var offset = 0

    private init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    /// The payload in `bytes`, or nil when `JSONDecoder` must decide.
    static func read(_ bytes: UnsafeRawBufferPointer) -> PositionsPayload? {
        var reader = FixPayloadReader(bytes)
        reader.skipWhitespace()
        guard let first = reader.peek() else { return nil }
        let payload: PositionsPayload
        if first == UInt8(ascii: "[") {
            reader.offset += 1
            var fixes: [FixPayload] = []
            reader.skipWhitespace()
            if reader.peek() == UInt8(ascii: "]") {
                reader.offset += 1
            } else {
                while true {
                    guard let fix = reader.readFix() else { return nil }
                    fixes.append(fix)
                    reader.skipWhitespace()
                    guard let next = reader.next() else { return nil }
                    if next == UInt8(ascii: "]") { break }
                    guard next == UInt8(ascii: ",") else { return nil }
                    reader.skipWhitespace()
                }
            }
            payload = PositionsPayload(fixes: fixes, isBatch: true)
        } else {
            guard let fix = reader.readFix() else { return nil }
            payload = PositionsPayload(fixes: [fix], isBatch: false)
        }
        reader.skipWhitespace()
        return reader.offset == bytes.count ? payload : nil
    }

    private enum Key: CaseIterable {
        case at, lat, lon, accuracy, speed, heading

        var name: [UInt8] {
            switch self {
            case .at: Array("at".utf8)
            case .lat: Array("lat".utf8)
            case .lon: Array("lon".utf8)
            case .accuracy: Array("accuracy_m".utf8)
            case .speed: Array("speed_mps".utf8)
            case .heading: Array("heading".utf8)
            }
        }

        static let names = allCases.map { ($0, $0.name) }
    }

    /// `{"at": "...", "lat": n, "lon": n, ...}` with each key at most once and no other key.
    private mutating func readFix() -> FixPayload? {
        guard next() == UInt8(ascii: "{") else { return nil }
        var at: String?
        var lat: Double?
        var lon: Double?
        var accuracy: Double??
        var speed: Double??
        var heading: Double??
        skipWhitespace()
        if peek() == UInt8(ascii: "}") { return nil }
        while true {
            skipWhitespace()
            guard let key = readKey() else { return nil }
            skipWhitespace()
            guard next() == UInt8(ascii: ":") else { return nil }
            skipWhitespace()
            switch key {
            case .at:
                guard at == nil, let value = readString() else { return nil }
                at = value
            case .lat:
                guard lat == nil, let value = readNumber() else { return nil }
                lat = value
            case .lon:
                guard lon == nil, let value = readNumber() else { return nil }
                lon = value
            case .accuracy:
                guard accuracy == nil, let value = readOptionalNumber() else { return nil }
                accuracy = value
            case .speed:
                guard speed == nil, let value = readOptionalNumber() else { return nil }
                speed = value
            case .heading:
                guard heading == nil, let value = readOptionalNumber() else { return nil }
                heading = value
            }
            skipWhitespace()
            guard let separator = next() else { return nil }
            if separator == UInt8(ascii: "}") { break }
            guard separator == UInt8(ascii: ",") else { return nil }
        }
        guard let at, let lat, let lon else { return nil }
        return FixPayload(at: at, lat: lat, lon: lon, accuracy_m: accuracy ?? nil, speed_mps: speed ?? nil, heading: heading ?? nil)
    }

    private mutating func readKey() -> Key? {
        guard next() == UInt8(ascii: "\"") else { return nil }
        let start = offset
        while let byte = peek(), byte != UInt8(ascii: "\"") {
            guard byte != UInt8(ascii: "\\") else { return nil }
            offset += 1
        }
        guard peek() != nil else { return nil }
        let length = offset - start
        offset += 1
        for (key, name) in Key.names where name.count == length {
            if name.indices.allSatisfy({ bytes[start + $0] == name[$0] }) { return key }
        }
        return nil
    }

    /// A string without escapes or control characters.
    private mutating func readString() -> String? {
        guard next() == UInt8(ascii: "\"") else { return nil }
        let start = offset
        while let byte = peek(), byte != UInt8(ascii: "\"") {
            guard byte != UInt8(ascii: "\\"), byte >= 0x20 else { return nil }
            offset += 1
        }
        guard peek() != nil else { return nil }
        let text = String(validating: UnsafeRawBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
        offset += 1
        return text
    }

    /// A number, `null` (as `.some(nil)`), or nil when it is neither.
    private mutating func readOptionalNumber() -> Double?? {
        if peek() == UInt8(ascii: "n") {
            let null = Array("null".utf8)
            guard bytes.count - offset >= 4, null.indices.allSatisfy({ bytes[offset + $0] == null[$0] }) else { return nil }
            offset += 4
            return .some(nil)
        }
        return readNumber().map { .some($0) }
    }

    /// A JSON number: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, finite as a Double.
    private mutating func readNumber() -> Double? {
        let start = offset
        if peek() == UInt8(ascii: "-") { offset += 1 }
        guard let first = peek(), first.isDigit else { return nil }
        offset += 1
        if first != UInt8(ascii: "0") { skipDigits() }
        if peek() == UInt8(ascii: ".") {
            offset += 1
            guard skipDigits() > 0 else { return nil }
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            offset += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { offset += 1 }
            guard skipDigits() > 0 else { return nil }
        }
        guard let text = String(validating: UnsafeRawBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self),
              let value = Double(text), value.isFinite else { return nil }
        return value
    }

    @discardableResult
    private mutating func skipDigits() -> Int {
        let start = offset
        while let byte = peek(), byte.isDigit { offset += 1 }
        return offset - start
    }

    private mutating func skipWhitespace() {
        while let byte = peek(), byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { offset += 1 }
    }

    private func peek() -> UInt8? {
        offset < bytes.count ? bytes[offset] : nil
    }

    private mutating func next() -> UInt8? {
        guard offset < bytes.count else { return nil }
        defer { offset += 1 }
        return bytes[offset]
    }
}

private extension UInt8 {
    var isDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
}
