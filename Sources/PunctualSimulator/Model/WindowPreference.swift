import Foundation
import Punctual
import PunctualCore

/// When a simulated customer wants the technician: many can only do mornings or afternoons, and
/// they pick from what they are offered by that, not by the product's ranking.
enum WindowPreference: Sendable {
    case morning
    case afternoon
    case any

    /// A customer's preference: 40 % mornings, 35 % afternoons, the rest whenever.
    static func draw(_ random: inout SimulationRandom) -> WindowPreference {
        let u = random.unit()
        return u < 0.4 ? .morning : u < 0.75 ? .afternoon : .any
    }

    /// Whether a window starting at `start` (local) suits.
    func suits(_ start: TimeOfDay) -> Bool {
        switch self {
        case .morning: start.minutes < 12 * 60
        case .afternoon: start.minutes >= 12 * 60
        case .any: true
        }
    }

    /// The window taken from `offers` (not empty): one of the first three that suit, else the first
    /// offered (the customer makes do).
    func choose(from offers: [WindowOffer], calendar: BusinessCalendar, random: inout SimulationRandom) -> WindowOffer {
        let suiting = offers.filter { suits(calendar.local($0.window.start).time) }
        let pool = suiting.isEmpty ? [offers[0]] : Array(suiting.prefix(3))
        return pool[random.int(in: 0...(pool.count - 1))]
    }
}
