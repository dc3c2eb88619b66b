import Foundation

/// Runs command lines through bash as a user would, with the `punctual` that `swift build
/// --build-tests` built beside these tests first on the PATH.
struct Shell {
    struct Outcome {
        var status: Int32
        var output: String
        var errors: String
    }

    /// The folder the commands run in.
    let folder: URL
    var environment: [String: String] = [:]

    /// The build folder holding the tests and `punctual`.
    static var buildFolder: URL { URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent() }

    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    /// A fresh temporary folder, removed by the caller.
    static func temporaryFolder(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("punctual-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func run(_ line: String) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", line]
        process.currentDirectoryURL = folder
        var env = ProcessInfo.processInfo.environment
        env["PATH"] = Self.buildFolder.path + ":" + (env["PATH"] ?? "/usr/bin:/bin")
        env["PUNCTUAL_DB"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        // Files, not pipes: a long output can never fill a pipe and stall the command.
        let output = folder.appendingPathComponent(".shell-\(UUID().uuidString).out")
        let errors = folder.appendingPathComponent(".shell-\(UUID().uuidString).err")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        FileManager.default.createFile(atPath: errors.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: output)
            try? FileManager.default.removeItem(at: errors)
        }
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        process.waitUntilExit()
        let texts = (try String(contentsOf: output, encoding: .utf8), try String(contentsOf: errors, encoding: .utf8))
        return Outcome(status: process.terminationStatus, output: texts.0, errors: texts.1)
    }
}
