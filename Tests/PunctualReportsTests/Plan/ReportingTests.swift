import Testing

/// Groups the rendering tests so that `swift test --filter Reporting` runs them all.
@Suite enum ReportingTests {}
