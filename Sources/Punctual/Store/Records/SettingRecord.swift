import PunctualCore
/// One overridden setting.
struct SettingRecord: StoreRecord {
    static let databaseTableName = "setting"
    var key: String
    var value: String

    enum CodingKeys: String, CodingKey {
        case key, value
    }
}
