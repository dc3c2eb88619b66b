import Punctual
import PunctualCore
/// Hands out unique, fictional US phone numbers in E.164 form.
///
/// Only 555-0100 to 555-0199 are reserved for fiction in each area code, so a business bigger than
/// a hundred people needs several area codes; Missoula's own 406 comes first, then real area codes of
/// the region and beyond (people keep their old cell numbers when they move). Unique numbers matter:
/// an inbound text is matched to its customer by phone number.
struct SamplePhoneBook {
    /// Real US area codes, Montana's first; 60 codes give 6,000 distinct fictional numbers.
    static let areaCodes = [
        406, 208, 509, 307, 701, 801, 385, 435, 303, 720, 970, 503, 541, 971, 360, 206, 253, 425,
        702, 775, 602, 480, 520, 505, 575, 605, 402, 308, 316, 785, 612, 651, 763, 952, 218, 507,
        414, 608, 715, 312, 773, 847, 630, 815, 314, 816, 417, 913, 512, 214, 713, 210, 415, 510,
        408, 619, 916, 310, 818, 909,
    ]

    /// How many distinct numbers the book can hand out before it starts over.
    static var capacity: Int { areaCodes.count * 100 }

    private var order: [Int]
    private var next = 0

    /// Prepares `count` numbers: the first area codes are used up before later ones, and within an
    /// area code the lines are shuffled so neighbouring people get unrelated numbers.
    init(count: Int, random: inout SampleRandom) {
        let codes = max(1, min(Self.areaCodes.count, (count + 99) / 100))
        var order: [Int] = []
        for code in 0..<codes {
            var lines = Array(0..<100)
            random.shuffle(&lines)
            order += lines.map { code * 100 + $0 }
        }
        self.order = order
    }

    /// The next unused number, e.g. `+14065550123` (numbers repeat only past `capacity`).
    mutating func take() -> String {
        let slot = order[next % order.count]
        next += 1
        return "+1\(Self.areaCodes[slot / 100])55501\(slot % 100 < 10 ? "0" : "")\(slot % 100)"
    }
}
