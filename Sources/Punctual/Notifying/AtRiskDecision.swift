/// What to do about a visit that went at risk.
public enum AtRiskDecision: Sendable, Equatable {
    /// Send this technician instead (the window still holds), then tell the customer who is coming.
    case reassign(ReassignmentOption)
    /// Nobody else can make it, or the business does not reassign by itself: tell the customer the
    /// new arrival and offer wait or rebook.
    case tellCustomer
}
