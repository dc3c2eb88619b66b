import Foundation
import Punctual
import PunctualCore

/// Reads the fields of one CSV row into typed values, recording a located issue for each bad one.
///
/// Every accessor returns nil (or an empty value) on failure and keeps going, so one pass over a
/// row reports all of its problems rather than the first.
public struct RowReader {
    public let file: String
    public let line: Int
    private let values: [String: String]
    public private(set) var issues: [ImportIssue] = []
    /// The business's country calling code, for phone numbers written the national way.
    var callingCode: String?

    init(file: String, line: Int, header: [String], fields: [String]) {
        self.file = file
        self.line = line
        var values: [String: String] = [:]
        for (index, column) in header.enumerated() where index < fields.count {
            values[column] = fields[index].trimmingCharacters(in: .whitespaces)
        }
        self.values = values
    }

    /// The trimmed text of `column`; empty when the column is absent or blank.
    public func text(_ column: String) -> String { values[column] ?? "" }

    public mutating func fail(_ column: String?, _ message: String) {
        issues.append(ImportIssue(file: file, line: line, column: column, message: message))
    }

    /// A non-empty value, or an issue saying it is required.
    public mutating func required(_ column: String) -> String? {
        let value = text(column)
        if value.isEmpty {
            fail(column, "is required")
            return nil
        }
        return value
    }

    /// The value of a column that may be blank: nil when blank, with an issue only if `isRequired`.
    private mutating func optional(_ column: String, required isRequired: Bool) -> String? {
        let value = text(column)
        if value.isEmpty {
            if isRequired { fail(column, "is required") }
            return nil
        }
        return value
    }

    /// An id: ASCII letters, digits, `-`, `_` and `.` only, so it can be typed on a command line; the
    /// API's rule too.
    public static func isIdentifier(_ value: String) -> Bool {
        !value.isEmpty && value.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "-_.".unicodeScalars.contains($0)) }
    }

    /// A skill name: letters, digits, '-' or '_', not empty.
    public static func isSkillName(_ value: String) -> Bool {
        !value.isEmpty && value.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_" }
    }

    /// The column as an id (`isIdentifier`).
    public mutating func identifier(_ column: String) -> String? {
        guard let value = required(column) else { return nil }
        guard Self.isIdentifier(value) else {
            fail(column, "'\(value)' is not a valid id (use letters, digits, '-', '_' or '.')")
            return nil
        }
        return value
    }

    public mutating func latitude(_ column: String) -> Double? {
        coordinate(column, limit: 90, isValid: GeoPoint.isValidLatitude)
    }

    public mutating func longitude(_ column: String) -> Double? {
        coordinate(column, limit: 180, isValid: GeoPoint.isValidLongitude)
    }

    private mutating func coordinate(_ column: String, limit: Int, isValid: (Double) -> Bool) -> Double? {
        guard let value = required(column) else { return nil }
        guard let number = DecimalNumber.parse(value), isValid(number) else {
            fail(column, "'\(value)' is not a coordinate between -\(limit) and \(limit)")
            return nil
        }
        return number
    }

    /// A local time `HH:MM`; nil without an issue when blank and not required.
    public mutating func timeOfDay(_ column: String, required isRequired: Bool) -> TimeOfDay? {
        guard let value = optional(column, required: isRequired) else { return nil }
        guard let time = TimeOfDay(parsing: value) else {
            fail(column, "'\(value)' is not a time of day HH:MM (00:00 to 24:00)")
            return nil
        }
        return time
    }

    /// A whole number in 1...`maximum`; nil without an issue when blank and not required.
    public mutating func positiveInteger(_ column: String, required isRequired: Bool, maximum: Int = Int.max) -> Int? {
        guard let value = optional(column, required: isRequired) else { return nil }
        guard let number = Int(value), number > 0, number <= maximum else {
            let range = maximum == Int.max ? "a whole number greater than 0" : "a whole number from 1 to \(maximum)"
            fail(column, "'\(value)' is not \(range)")
            return nil
        }
        return number
    }

    /// A phone number in E.164 (`+` country code and number, 8 to 15 digits).
    public mutating func phone(_ column: String, required isRequired: Bool) -> String? {
        guard let value = optional(column, required: isRequired) else { return nil }
        guard let number = PhoneNumber.normalized(value, callingCode: callingCode) else {
            let national = callingCode.map { " or as a national number of the business's country (+\($0))" } ?? ""
            fail(column, "'\(value)' is not a phone number: write it in E.164, like +14065550123\(national)")
            return nil
        }
        return number
    }

    public mutating func email(_ column: String, required isRequired: Bool) -> String? {
        guard let value = optional(column, required: isRequired) else { return nil }
        guard EmailAddress.isValid(value) else {
            fail(column, "'\(value)' is not a valid email address")
            return nil
        }
        return value
    }

    /// A `;`-separated list of skill names, lowercased, sorted and without repeats.
    public mutating func skills(_ column: String) -> [String] {
        var skills: Set<String> = []
        for item in text(column).split(separator: ";") {
            let skill = item.trimmingCharacters(in: .whitespaces).lowercased()
            if skill.isEmpty { continue }
            guard Self.isSkillName(skill) else {
                fail(column, "'\(skill)' is not a valid skill name (letters, digits, '-' or '_')")
                continue
            }
            skills.insert(skill)
        }
        return skills.sorted()
    }

    /// `part:quantity;part:quantity`, each part known and listed once.
    public mutating func partList(_ column: String, isKnownPart: (String) -> Bool) -> [PartQuantity] {
        var parts: [PartQuantity] = []
        for item in text(column).split(separator: ";") {
            let entry = item.trimmingCharacters(in: .whitespaces)
            if entry.isEmpty { continue }
            let pieces = entry.split(separator: ":", omittingEmptySubsequences: false)
            guard pieces.count == 2, let quantity = Int(pieces[1].trimmingCharacters(in: .whitespaces)), quantity > 0 else {
                fail(column, "'\(entry)' is not part:quantity with a quantity greater than 0")
                continue
            }
            let part = pieces[0].trimmingCharacters(in: .whitespaces)
            if !isKnownPart(part) {
                fail(column, "unknown part '\(part)'; add it to the parts catalogue first")
            } else if parts.contains(where: { $0.part == part }) {
                fail(column, "part '\(part)' is listed twice")
            } else {
                parts.append(PartQuantity(part: part, quantity: quantity))
            }
        }
        return parts.sorted { $0.part < $1.part }
    }

    /// One of an enumeration's raw values; `defaultValue` when blank.
    public mutating func choice<Value: RawRepresentable & CaseIterable>(
        _ column: String, default defaultValue: Value?
    ) -> Value? where Value.RawValue == String {
        let value = text(column).lowercased()
        if value.isEmpty {
            if defaultValue == nil { fail(column, "is required") }
            return defaultValue
        }
        guard let result = Value(rawValue: value) else {
            fail(column, "'\(value)' is not one of \(Value.allCases.map(\.rawValue).joined(separator: "|"))")
            return nil
        }
        return result
    }

    public mutating func date(_ column: String) -> LocalDate? {
        guard let value = required(column) else { return nil }
        guard let date = LocalDate(parsing: value) else {
            fail(column, "'\(value)' is not a date YYYY-MM-DD")
            return nil
        }
        return date
    }

    /// `HH:MM-HH:MM;HH:MM-HH:MM`, sorted; overlapping stretches are an issue.
    public mutating func timeRanges(_ column: String) -> [TimeOfDayRange] {
        var ranges: [TimeOfDayRange] = []
        for item in text(column).split(separator: ";") {
            let entry = item.trimmingCharacters(in: .whitespaces)
            if entry.isEmpty { continue }
            guard let range = TimeOfDayRange(parsing: entry) else {
                fail(column, "'\(entry)' is not a time range HH:MM-HH:MM with the start before the end")
                continue
            }
            ranges.append(range)
        }
        ranges.sort { $0.start < $1.start }
        for (earlier, later) in zip(ranges, ranges.dropFirst()) where earlier.overlaps(later) {
            fail(column, "\(earlier) and \(later) overlap")
        }
        return ranges
    }
}
