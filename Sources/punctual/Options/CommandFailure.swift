/// A failure the user can act on, found while a command runs: printed as `Error: …` with exit
/// status 1, without the usage lines that belong to a malformed command line (status 64).
struct CommandFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
