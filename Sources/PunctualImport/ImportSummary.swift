import Punctual
import PunctualCore
/// How many rows of each kind an import added and updated.
public struct ImportSummary: Sendable, Equatable, CustomStringConvertible {
    public struct Counts: Sendable, Equatable {
        public var added = 0
        public var updated = 0
    }

    public private(set) var counts: [ImportKind: Counts] = [:]

    public init() {}

    mutating func count(exists: Bool, kind: ImportKind) {
        if exists { counts[kind, default: Counts()].updated += 1 } else { counts[kind, default: Counts()].added += 1 }
    }

    public var description: String {
        ImportKind.allCases.compactMap { kind in
            counts[kind].map { "\(kind.rawValue): \($0.added) added, \($0.updated) updated" }
        }.joined(separator: "\n")
    }
}
