import Foundation
import Testing
@testable import PunctualServer

/// The position post's fast paths against the decoders they stand in for: whatever the fast
/// reader accepts, `JSONDecoder` reads the same; whatever the fast time parser accepts, Foundation's
/// ISO 8601 parser reads as the same instant.
@Suite struct FixPayloadReaderTests {
    /// What `JSONDecoder` makes of `body`, for comparison (Double descriptions round-trip exactly).
    static func described(_ payload: PositionsPayload) -> String {
        let fixes = payload.fixes.map { fix in
            [fix.at, "\(fix.lat)", "\(fix.lon)", "\(fix.accuracy_m as Any)", "\(fix.speed_mps as Any)", "\(fix.heading as Any)"].joined(separator: "|")
        }
        return "\(payload.isBatch) " + fixes.joined(separator: ";")
    }

    static func fast(_ body: String) -> PositionsPayload? {
        Array(body.utf8).withUnsafeBytes { FixPayloadReader.read($0) }
    }

    @Test func randomFixPostsReadAsJSONDecoderReadsThem() throws {
        var generator = SplitMix(seed: 7)
        func number() -> String {
            let forms = ["46.87", "-114.02", "0", "-0", "12", "1e2", "2.5E-1", "0.1", "359.999", "46.870000000000001", "3.14159265358979",
                         "\(Double(generator.next() % 1_000_000) / 997)", "\(Int(generator.next() % 200) - 100)"]
            return forms[Int(generator.next() % UInt64(forms.count))]
        }
        func space() -> String { ["", " ", "\n", "\t ", "\r\n  "][Int(generator.next() % 5)] }
        func fix() -> String {
            var fields = [#""at":"2026-11-24T09:20:00.250-07:00""#, #""lat":\#(number())"#, #""lon":\#(number())"#]
            for key in ["accuracy_m", "speed_mps", "heading"] {
                switch generator.next() % 3 {
                case 0: break
                case 1: fields.append(#""\#(key)":\#(number())"#)
                default: fields.append(#""\#(key)":null"#)
                }
            }
            fields.shuffle(using: &generator)
            return "{" + space() + fields.map { $0.replacingOccurrences(of: ":", with: space() + ":" + space(), options: [], range: $0.range(of: "\":")) }
                .joined(separator: space() + "," + space()) + space() + "}"
        }
        var read = 0
        for _ in 0..<2000 {
            let body: String
            if generator.next() % 2 == 0 {
                body = space() + fix() + space()
            } else {
                body = "[" + (0..<Int(generator.next() % 4)).map { _ in space() + fix() + space() }.joined(separator: ",") + "]"
            }
            let expected = try JSONDecoder().decode(PositionsPayload.self, from: Data(body.utf8))
            let fast = try #require(Self.fast(body), "the fast reader refused \(body)")
            #expect(Self.described(fast) == Self.described(expected), "\(body)")
            read += 1
        }
        #expect(read == 2000)
    }

    @Test(arguments: [
        #"{"fixes":[{"at":"2026-11-24T09:20:00Z","lat":46,"lon":-114}]}"#,
        #"{"at":"2026-11-24T09:20:00Z","lat":46,"lon":-114,"altitude":1200}"#,
        #"{"at":"2026-11-24T09:20:00\u005A","lat":46,"lon":-114}"#,
        #"{"at":"2026-11-24T09:20:00Z","lat":46,"lat":47,"lon":-114}"#,
        #"{"at":"2026-11-24T09:20:00Z","lat":null,"lon":-114}"#,
        #"{"at":"2026-11-24T09:20:00Z","lat":"north","lon":-114}"#,
        #"{"at":"2026-11-24T09:20:00Z","lat":46,"lon":-114} x"#,
        #"{"at":"2026-11-24T09:20:00Z","lat":46.,"lon":-114}"#,
        #"{"at":"2026-11-24T09:20:00Z","lat":046,"lon":-114}"#,
        #"{"at":"2026-11-24T09:20:00Z","lat":1e999,"lon":-114}"#,
        #"{"lat":46,"lon":-114}"#,
        #"{"at":"#,
        #"[{"at":"2026-11-24T09:20:00Z","lat":46,"lon":-114},]"#,
        "{}",
        "",
    ])
    func anythingElseIsLeftToJSONDecoder(body: String) {
        #expect(Self.fast(body) == nil)
    }

    @Test func randomInstantsParseAsFoundationParsesThem() throws {
        var generator = SplitMix(seed: 11)
        let style = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
        for _ in 0..<5000 {
            let seconds = 946_684_800 + Int(generator.next() % 3_155_760_000)  // 2000 ... 2099
            var utc = Calendar(identifier: .gregorian)
            utc.timeZone = TimeZone(identifier: "UTC")!
            let parts = utc.dateComponents([.year, .month, .day, .hour, .minute, .second], from: Date(timeIntervalSince1970: Double(seconds)))
            var text = String(format: "%04d-%02d-%02dT%02d:%02d:%02d", parts.year!, parts.month!, parts.day!, parts.hour!, parts.minute!, parts.second!)
            let digits = Int(generator.next() % 4)
            if digits > 0 { text += "." + String(String(format: "%03d", Int(generator.next() % 1000)).prefix(digits)) }
            switch generator.next() % 3 {
            case 0: text += "Z"
            case 1: text += String(format: "-%02d:%02d", Int(generator.next() % 14), [0, 30, 45][Int(generator.next() % 3)])
            default: text += String(format: "+%02d:%02d", Int(generator.next() % 14), [0, 30, 45][Int(generator.next() % 3)])
            }
            let expected = try Date(text, strategy: style)
            let fast = try #require(FastISO8601.parse(text), "the fast parser refused \(text)")
            #expect(fast == expected, "\(text): \(fast.timeIntervalSinceReferenceDate) != \(expected.timeIntervalSinceReferenceDate)")
        }
    }

    @Test(arguments: ["2026-02-29T09:20:00Z", "2026-11-24T24:00:00Z", "2026-11-24T09:60:00Z", "2026-11-24T09:20:00.2500Z",
                      "2026-11-24T09:20:00", "2026-11-24 09:20:00Z", "2026-11-24T09:20:00z", "1999-12-31T23:59:59Z",
                      "2100-01-01T00:00:00Z", "2026-11-24T09:20:00-0700", "2026-11-24T09:20Z", "yesterday"])
    func otherFormsAreLeftToFoundation(text: String) {
        #expect(FastISO8601.parse(text) == nil)
    }
}

/// A small seeded generator, so a failing case can be replayed.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E476
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
