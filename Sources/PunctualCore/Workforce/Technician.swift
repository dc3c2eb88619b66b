/// A person with a van: where the day starts and ends, the shift, what they can do and what they carry.
public struct Technician: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    /// E.164, when given.
    public var phone: String?
    public var email: String?
    public var start: GeoPoint
    /// Where the day ends; the same as `start` unless the technician takes the van home.
    public var end: GeoPoint
    public var shift: TimeOfDayRange
    /// Lowercase skill names such as `hvac` or `plumbing`, sorted.
    public var skills: [String]
    public var breakRule: BreakRule?
    /// What is in the van at the start of the day, by part.
    public var stock: [PartQuantity]
    /// The shift's end is hard that day (they leave early): no overtime past it.
    public var finishesByShiftEnd: Bool = false

    public init(
        id: String, name: String, phone: String? = nil, email: String? = nil,
        start: GeoPoint, end: GeoPoint? = nil, shift: TimeOfDayRange, skills: [String],
        breakRule: BreakRule? = nil, stock: [PartQuantity] = []
    ) {
        self.id = id
        self.name = name
        self.phone = phone
        self.email = email
        self.start = start
        self.end = end ?? start
        self.shift = shift
        self.skills = skills
        self.breakRule = breakRule
        self.stock = stock
    }
}
