/// How people are named to each other in messages and on pages: by first name only.
public enum PersonName {
    /// The first word of `name` ("Kim" of "Kim Edwards"), or the whole name when it has none.
    public static func first(_ name: String) -> String {
        name.split(separator: " ").first.map(String.init) ?? name
    }
}
