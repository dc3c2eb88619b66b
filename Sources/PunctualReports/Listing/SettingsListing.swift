import PunctualCore

/// `punctual settings list`: one setting a paragraph — `key = value`, where the value came from, and
/// what it means on the line below, long values folded — so it reads in an 80-column terminal; secrets
/// shown by their last characters only.
public struct SettingsListing: Sendable {
    public var settings: Settings
    /// The secrets the environment gives, by key: those values come from there, not the database.
    public var fromEnvironment: Set<SettingKey>
    public var width: Int

    public init(settings: Settings, fromEnvironment: Set<SettingKey> = [], width: Int = 80) {
        self.settings = settings
        self.fromEnvironment = fromEnvironment
        self.width = width
    }

    /// Every setting with the value in force, secrets masked: what `--format json` prints.
    public var values: [String: String] {
        Dictionary(uniqueKeysWithValues: SettingKey.allCases.map { ($0.rawValue, $0.shown(settings.text($0))) })
    }

    public var rendered: String {
        var lines: [String] = []
        var group = ""
        for key in SettingKey.allCases {
            let prefix = String(key.rawValue.prefix { $0 != "." })
            if prefix != group, !lines.isEmpty { lines.append("") }
            group = prefix
            let value = key.shown(settings.text(key))
            var origin = ""
            if fromEnvironment.contains(key), let variable = key.environmentVariable {
                origin = "  (from \(variable))"
            } else if settings.overrides[key] != nil {
                origin = "  (set; default: \(key.defaultValue.isEmpty ? "none" : key.shown(key.defaultValue)))"
            }
            // The key, "=" and the value's first word stay on one line, however long that word is.
            lines += Self.fold("\(key.rawValue) = \(value.isEmpty ? "(none)" : value)\(origin)", width: width, indent: "      ", unbroken: 3)
            lines += Self.fold(key.summary, width: width, indent: "    ", first: "    ")
        }
        return lines.joined(separator: "\n")
    }

    /// `text` in lines of at most `width` characters, broken at spaces (a word longer than a line
    /// stands alone) but not among its first `unbroken` words; lines after the first start with `indent`.
    static func fold(_ text: String, width: Int, indent: String, first: String = "", unbroken: Int = 1) -> [String] {
        var lines: [String] = []
        var line = first
        var lineHasWord = false
        for (k, word) in text.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
            if lineHasWord && k >= unbroken && line.count + 1 + word.count > width {
                lines.append(line)
                line = indent
                lineHasWord = false
            }
            line += (lineHasWord ? " " : "") + word
            lineHasWord = true
        }
        lines.append(line)
        return lines
    }
}
