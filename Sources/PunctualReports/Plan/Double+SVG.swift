import Foundation
import Punctual
import PunctualCore

extension Double {
    /// A coordinate or length as SVG attributes write it: one decimal (a tenth of a pixel is
    /// invisible), no trailing `.0`, `0` for anything non-finite so a bad value cannot break the
    /// document.
    var svg: String {
        guard isFinite else { return "0" }
        let text = String(format: "%.1f", self)
        if text.hasSuffix(".0") { return String(text.dropLast(2)) == "-0" ? "0" : String(text.dropLast(2)) }
        return text
    }
}
