/// PunctualCore is the vocabulary of a field-service business as plain values: time in the
/// business's own calendar, the business and its customers, jobs with their promised windows,
/// technicians, plans, messages, field events and the tunables. No storage, no I/O and no
/// algorithms live here, so every other module can speak it and none has to drag the store along.
public enum PunctualCoreModule {}
