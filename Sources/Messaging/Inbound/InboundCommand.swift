/// What a customer's text asks for, as far as keywords tell.
public enum InboundCommand: Equatable, Sendable {
    /// `WAIT`: keep the visit at the new arrival window.
    case wait
    /// `REBOOK`: offer other windows.
    case rebook
    /// `STOP` (and the carriers' other opt-out words): no more messages.
    case stop
    /// `HELP` or `INFO`: how to reach a person.
    case help
    /// A bare number: a rebook choice when choices are open, else 1 is WAIT and 2 is REBOOK.
    case number(Int)
    /// Anything else: for a person to read.
    case text
}
