import ArgumentParser
import Foundation
import Punctual
import PunctualCore
import PunctualImport
import PunctualSample

/// The business `demo` and `simulate` play: a folder the user names, or else the sample built
/// into `punctual` (the generator's defaults, byte for byte the repository's data/), so both
/// commands work from any folder.
enum SampleFolder {
    static let files = ["business.csv"] + ImportKind.allCases.map(\.fileName)

    /// `validate()` of the option naming a folder: every file must be there.
    static func check(_ folder: String?, option: String) throws {
        guard let folder else { return }
        let missing = files.filter { !FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent($0)) }
        if !missing.isEmpty {
            throw ValidationError("\(option) '\(folder)' has no \(missing.joined(separator: ", ")); point it at a folder like the "
                                  + "repository's data/, or leave \(option) out to play the sample built into punctual")
        }
    }

    /// `folder`, or the built-in sample written into `scratch`.
    static func resolve(_ folder: String?, scratch: URL) throws -> String {
        if let folder { return folder }
        let sample = scratch.appendingPathComponent("sample", isDirectory: true)
        try SampleBusinessGenerator().generate().write(to: sample)
        return sample.path
    }
}
