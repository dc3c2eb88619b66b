import Foundation
import PunctualCore

/// Which windows a customer said they prefer: `mornings`, `afternoons`, `after 15:00`, `before 11:00`.
public enum OfferPreference: Hashable, Sendable {
    case any, mornings, afternoons
    case after(TimeOfDay)
    case before(TimeOfDay)

    /// Noon splits the day.
    public static let noon = TimeOfDay(hour: 12)

    public init?(parsing text: String) {
        let words = text.lowercased().split(separator: " ").map(String.init)
        switch (words.first, words.count) {
        case ("mornings", 1), ("morning", 1): self = .mornings
        case ("afternoons", 1), ("afternoon", 1): self = .afternoons
        case ("any", 1): self = .any
        case ("after", 2): guard let time = TimeOfDay(parsing: words[1]) else { return nil }; self = .after(time)
        case ("before", 2): guard let time = TimeOfDay(parsing: words[1]) else { return nil }; self = .before(time)
        default: return nil
        }
    }

    public static let accepted = "mornings, afternoons, 'after HH:MM' or 'before HH:MM'"

    /// Whether a window of `range` suits the preference: it starts after, or ends by, the time said.
    public func accepts(_ range: TimeOfDayRange) -> Bool {
        switch self {
        case .any: true
        case .mornings: range.start < Self.noon
        case .afternoons: range.start >= Self.noon
        case .after(let time): range.start >= time
        case .before(let time): range.end <= time
        }
    }
}

/// Chooses the few windows a person can read out on the phone: spread over days and over mornings
/// and afternoons, the best of each part of a day first, never two starts within an hour of each
/// other on the same half-day, and read in the order of the calendar.
public enum OfferSpread {
    /// At most `limit` of `offers`, in time order.
    public static func pick(_ offers: [WindowOffer], limit: Int, calendar: BusinessCalendar,
                            preference: OfferPreference = .any, spacing: TimeInterval = 3600) -> [WindowOffer] {
        let suitable = offers.filter { preference.accepts(calendar.localRange($0.window)) }
        // One offer per window: the best technician's.
        var best: [DateInterval: WindowOffer] = [:]
        for offer in suitable where best[offer.window].map({ WindowOffer.isBetter(offer, than: $0) }) ?? true {
            best[offer.window] = offer
        }
        struct HalfDay: Hashable { var date: LocalDate; var afternoon: Bool }
        let buckets = Dictionary(grouping: best.values) { HalfDay(date: $0.date, afternoon: calendar.local($0.window.start).time >= OfferPreference.noon) }
            .mapValues { $0.sorted(by: WindowOffer.isBetter) }
        // Half-days whose best window is surest first; among equals, the sooner.
        let order = buckets.keys.sorted { a, b in
            let x = buckets[a]![0], y = buckets[b]![0]
            let px = (x.onTimeProbability * 20).rounded(.down), py = (y.onTimeProbability * 20).rounded(.down)
            return px != py ? px > py : x.window.start < y.window.start
        }
        var chosen: [WindowOffer] = []
        var taken: Set<DateInterval> = []
        var picks: [HalfDay: Int] = [:]
        let deepest = buckets.values.map(\.count).max() ?? 0
        // Round by round each half-day may add one more window: first each its best, then only
        // windows an hour or more from those chosen, then, if the limit is not reached, any.
        for (gap, rounds) in [(0, 0..<min(1, deepest)), (spacing, min(1, deepest)..<deepest), (0, min(1, deepest)..<deepest)] {
            for round in rounds where chosen.count < limit {
                for key in order where chosen.count < limit && picks[key, default: 0] <= round {
                    guard let next = buckets[key]!.first(where: { offer in
                        !taken.contains(offer.window) && chosen.allSatisfy { abs($0.window.start.timeIntervalSince(offer.window.start)) >= gap }
                    }) else { continue }
                    chosen.append(next)
                    taken.insert(next.window)
                    picks[key, default: 0] += 1
                }
            }
        }
        return chosen.sorted { $0.window.start < $1.window.start }
    }
}
