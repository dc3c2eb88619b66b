import PunctualCore
/// Punctual holds the embedded store (GRDB over SQLite, the only place that knows SQL) and the
/// services that work on it: booking windows, planning the day, re-dispatch, tracking it and
/// deciding what to tell a customer. It turns the `PunctualCore` vocabulary into a `Routing`
/// problem and back, so the optimizer never sees a date or a customer.
public enum PunctualModule {}
