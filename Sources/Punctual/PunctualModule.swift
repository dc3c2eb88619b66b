/// Punctual is the domain of a field-service business: technicians, parts and van stock,
/// customers, jobs with their promised windows, and the plans that route technicians to them.
/// It owns the embedded store (GRDB over SQLite, the only place that knows SQL), the import of the
/// dispatcher's spreadsheets, and — as they arrive — the services that book windows, plan the day,
/// track it and decide when to speak to a customer. It turns the domain into a `Routing` problem
/// and back, so the optimizer never sees a date or a customer.
public enum PunctualModule {}
