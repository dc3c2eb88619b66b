/// Messaging delivers what Punctual has to say to customers: the outbox worker, the templates per
/// message kind, the transports (console, SMS over HTTP, SMTP), calendar files and the parsing of
/// inbound replies. It reads the domain models from `Punctual` and never decides *whether* to speak —
/// that is the policy's job — only *how* a queued message reaches the customer.
public enum MessagingModule {}
