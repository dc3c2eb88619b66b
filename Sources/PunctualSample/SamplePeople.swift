import Punctual
import PunctualCore
/// Names and e-mail addresses for generated people, unique within a business.
///
/// Technicians and customers share one pool of names so a dispatcher never sees a customer who
/// happens to have a technician's name, which would make the sample's messages confusing to read.
enum SamplePeople {
    /// A full name ("Given Family") not yet in `taken`, which it joins.
    static func uniqueName(random: inout SampleRandom, taken: inout Set<String>) -> (given: String, family: String) {
        while true {
            let given = random.pick(SampleNames.given)
            let family = random.pick(SampleNames.family)
            if taken.insert("\(given) \(family)").inserted || taken.count >= 25_000 {
                return (given, family)
            }
        }
    }

    /// Lowercase letters and digits only, e.g. "O'Brien" → "obrien", "Big Crane" → "bigcrane".
    static func slug(_ text: String) -> String {
        String(text.lowercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber) })
    }

    /// `local@domain`, with a number appended to `local` if that address is already `taken`.
    static func uniqueEmail(local: String, domain: String, taken: inout Set<String>) -> String {
        var candidate = "\(local)@\(domain)"
        var suffix = 2
        while !taken.insert(candidate).inserted {
            candidate = "\(local)\(suffix)@\(domain)"
            suffix += 1
        }
        return candidate
    }

    /// The local part a person might choose for a personal mailbox.
    static func personalMailbox(given: String, family: String, random: inout SampleRandom) -> String {
        let first = slug(given), last = slug(family)
        switch random.int(below: 5) {
        case 0: return "\(first).\(last)"
        case 1: return "\(first.prefix(1))\(last)"
        case 2: return "\(first)\(last)\(random.int(in: 10...99))"
        case 3: return "\(first)_\(last)"
        default: return "\(last).\(first)"
        }
    }
}
