import Foundation
import Punctual
import PunctualCore

/// The colour of each technician's route, shared by the map, the timeline and GeoJSON so a
/// dispatcher can follow one person across every view.
///
/// Colours are picked by the route's position in the report (used or not), so a technician keeps
/// the same colour whichever of the others have work. Red, orange and grey are left out: they mean
/// risk, overtime and unassigned. Every colour is dark enough to carry white text.
public enum TechnicianPalette {
    /// Hand-picked, well separated colours for the first routes.
    static let base = [
        "#2563eb", "#16a34a", "#9333ea", "#0891b2", "#c026d3", "#a16207",
        "#1e3a8a", "#65a30d", "#78350f", "#db2777", "#0f766e", "#5b21b6",
    ]

    /// `#rrggbb` for the route at `index` (0-based); beyond the hand-picked ones, hues step by the
    /// golden angle so neighbours stay apart.
    public static func colour(at index: Int) -> String {
        let index = max(index, 0)
        if index < base.count { return base[index] }
        let hue = (Double(index - base.count) * 137.508 + 200).truncatingRemainder(dividingBy: 360)
        return hex(hue: hue, saturation: 0.65, lightness: 0.38)
    }

    /// `#rrggbb` of an HSL colour; hue in degrees, saturation and lightness in 0…1.
    static func hex(hue: Double, saturation: Double, lightness: Double) -> String {
        let chroma = (1 - abs(2 * lightness - 1)) * saturation
        let sector = hue / 60
        let second = chroma * (1 - abs(sector.truncatingRemainder(dividingBy: 2) - 1))
        let (r, g, b): (Double, Double, Double) = switch sector {
        case ..<1: (chroma, second, 0)
        case ..<2: (second, chroma, 0)
        case ..<3: (0, chroma, second)
        case ..<4: (0, second, chroma)
        case ..<5: (second, 0, chroma)
        default: (chroma, 0, second)
        }
        let m = lightness - chroma / 2
        func byte(_ v: Double) -> Int { min(255, max(0, Int(((v + m) * 255).rounded()))) }
        return String(format: "#%02x%02x%02x", byte(r), byte(g), byte(b))
    }
}
