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

    /// The build folder holding the tests and `punctual`.
    static var buildFolder: URL { URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent() }

    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    /// A shell in a fresh temporary folder holding (a link to) the repository's data/, as a clone
    /// would; the caller removes `folder`.
    static func withSampleData(_ name: String) throws -> Shell {
        let folder = try temporaryFolder(name)
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("data"),
                                                   withDestinationURL: repositoryRoot.appendingPathComponent("data"))
        return Shell(folder: folder)
    }

    /// A fresh temporary folder, removed by the caller.
    static func temporaryFolder(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("punctual-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs `line` with `bash -c` and waits for it. posix_spawn and waitpid rather than
    /// Foundation's `Process`, whose run-loop wait can miss the child's exit when the suite runs
    /// under a moved clock (libfaketime); output goes to files, so it can never stall a pipe.
    func run(_ line: String) throws -> Outcome {
        var env = ProcessInfo.processInfo.environment
        env["PATH"] = Self.buildFolder.path + ":" + (env["PATH"] ?? "/usr/bin:/bin")
        env["PUNCTUAL_DB"] = nil
        let output = folder.appendingPathComponent(".shell-\(UUID().uuidString).out").path
        let errors = folder.appendingPathComponent(".shell-\(UUID().uuidString).err").path
        defer {
            try? FileManager.default.removeItem(atPath: output)
            try? FileManager.default.removeItem(atPath: errors)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let script = "cd '\(folder.path)' && \(line)"
        let arguments: [UnsafeMutablePointer<CChar>?] = (["/bin/bash", "-c", script] as [String]).map { strdup($0) } + [nil]
        let variables: [UnsafeMutablePointer<CChar>?] = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (arguments + variables).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/bash", &actions, nil, arguments, variables)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Outcome(status: exitStatus, output: try String(contentsOfFile: output, encoding: .utf8),
                       errors: try String(contentsOfFile: errors, encoding: .utf8))
    }
}
