import Foundation
import PunctualCore

/// The secrets the environment gives (`PUNCTUAL_SMS_AUTH_TOKEN`, or `PUNCTUAL_SMS_AUTH_TOKEN_FILE`
/// naming a file that holds it, as container secrets are mounted): they take the place of the
/// database's value for as long as the process runs, and are never written to it.
public enum SecretEnvironment {
    public enum Problem: Error, CustomStringConvertible, Equatable {
        case unreadableFile(variable: String, path: String)
        case both(variable: String)

        public var description: String {
            switch self {
            case .unreadableFile(let variable, let path): "\(variable): cannot read \(path)"
            case .both(let variable): "\(variable) and \(variable)_FILE are both set: give the secret one way"
            }
        }
    }

    /// The secrets `environment` sets, by key; a file's trailing newline is not part of its secret.
    public static func secrets(in environment: [String: String]) throws -> [SettingKey: String] {
        var secrets: [SettingKey: String] = [:]
        for key in SettingKey.secrets {
            guard let variable = key.environmentVariable else { continue }
            let direct = environment[variable].flatMap { $0.isEmpty ? nil : $0 }
            let file = environment[variable + "_FILE"].flatMap { $0.isEmpty ? nil : $0 }
            if direct != nil && file != nil { throw Problem.both(variable: variable) }
            if let direct { secrets[key] = direct }
            if let file {
                guard let contents = FileManager.default.contents(atPath: file), let text = String(data: contents, encoding: .utf8) else {
                    throw Problem.unreadableFile(variable: variable + "_FILE", path: file)
                }
                var secret = Substring(text)
                while secret.last == "\n" || secret.last == "\r" { secret = secret.dropLast() }
                secrets[key] = String(secret)
            }
        }
        return secrets
    }
}
