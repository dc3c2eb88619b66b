import Testing
@testable import Punctual
@testable import PunctualCore
@testable import PunctualReports

extension ReportingTests {
    @Suite struct HTMLEscapingTests {
        @Test func replacesTheFiveSpecialCharactersAndNothingElse() {
            #expect(HTMLEscaping.escape("<Tom & \"Jerry\"> it's") == "&lt;Tom &amp; &quot;Jerry&quot;&gt; it&#39;s")
            #expect(HTMLEscaping.escape("Café — 09:00–10:00") == "Café — 09:00–10:00")
            #expect(HTMLEscaping.escape("&amp;") == "&amp;amp;")
        }
    }

    @Suite struct TechnicianPaletteTests {
        @Test func coloursAreHexAndDistinctForMoreRoutesThanHandPicked() {
            let colours = (0..<40).map(TechnicianPalette.colour(at:))
            #expect(Set(colours).count == colours.count)
            #expect(colours.allSatisfy { $0.count == 7 && $0.hasPrefix("#") && $0.dropFirst().allSatisfy(\.isHexDigit) })
        }
    }
}
