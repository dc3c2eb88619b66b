import Punctual
import PunctualCore
/// Given names and family names for the sample's technicians and customers.
///
/// A mixed list (common Montana surnames, Scandinavian and German ones from the valley's settlers,
/// Salish and Hispanic names, recent arrivals) so generated people look like a real customer base and
/// two customers rarely collide by accident.
enum SampleNames {
    static let given = [
        "Aaron", "Abigail", "Adam", "Aiden", "Alex", "Alicia", "Amanda", "Amber", "Andrea", "Andrew",
        "Angela", "Anna", "Anthony", "Ashley", "Austin", "Ava", "Beau", "Ben", "Beth", "Blake",
        "Brandon", "Brenda", "Brian", "Brittany", "Brooke", "Caleb", "Cameron", "Carlos", "Carmen",
        "Carol", "Casey", "Chad", "Charlotte", "Chelsea", "Chris", "Claire", "Cody", "Colton", "Connor",
        "Dakota", "Dale", "Dana", "Daniel", "Darla", "David", "Deb", "Derek", "Diana", "Dillon", "Dustin",
        "Dylan", "Elena", "Eli", "Elise", "Emily", "Emma", "Eric", "Erin", "Ethan", "Evan", "Faith",
        "Gabe", "Gail", "Gary", "Grace", "Greg", "Hailey", "Hannah", "Hector", "Holly", "Hunter", "Ian",
        "Isaac", "Isabel", "Jack", "Jacob", "Jake", "James", "Jamie", "Janet", "Jared", "Jason", "Jenna",
        "Jennifer", "Jesse", "Jill", "Joel", "John", "Jordan", "Jose", "Josh", "Joy", "Julia", "Justin",
        "Kaitlyn", "Karen", "Kate", "Kayla", "Keith", "Kelly", "Kevin", "Kim", "Kyle", "Laura", "Leah",
        "Liam", "Lily", "Linda", "Logan", "Lucas", "Luis", "Lydia", "Maggie", "Maria", "Mark", "Marcus",
        "Mason", "Matt", "Megan", "Mia", "Miguel", "Molly", "Nate", "Nina", "Noah", "Nora", "Olivia",
        "Owen", "Paige", "Pat", "Paul", "Peggy", "Quinn", "Rachel", "Rebecca", "Reed", "Rick", "Riley",
        "Rosa", "Ruth", "Ryan", "Sam", "Sara", "Sean", "Shane", "Shannon", "Sophie", "Stacy", "Steve",
        "Sue", "Tanner", "Tara", "Teresa", "Tom", "Tony", "Tracy", "Travis", "Trevor", "Tyler",
        "Valerie", "Vanessa", "Wade", "Walt", "Wes", "Whitney", "Will", "Wyatt", "Yvonne", "Zach", "Zoe",
    ]

    static let family = [
        "Adams", "Aguilar", "Andersen", "Anderson", "Bailey", "Baker", "Barnes", "Bell", "Bergstrom",
        "Big Crane", "Brooks", "Brown", "Burke", "Campbell", "Carlson", "Carter", "Castillo", "Chen",
        "Clark", "Cole", "Collins", "Cook", "Cooper", "Cruz", "Dahl", "Davis", "Diaz", "Dunn", "Edwards",
        "Ellis", "Erickson", "Evans", "Finley", "Fischer", "Fisher", "Flores", "Foster", "Garcia",
        "Gibson", "Gonzalez", "Graham", "Grant", "Gray", "Green", "Gustafson", "Hall", "Hansen",
        "Harris", "Hayes", "Hedstrom", "Henderson", "Hernandez", "Hill", "Hoffman", "Holm", "Howard",
        "Hughes", "Jacobsen", "Jensen", "Johnson", "Jones", "Keller", "Kelly", "Kennedy", "Kim", "King",
        "Klein", "Knutson", "Kowalski", "Larsen", "Larson", "Lee", "Lewis", "Lindquist", "Lopez",
        "Lund", "Martin", "Martinez", "McCarthy", "McDonald", "Meyer", "Miller", "Mitchell", "Moore",
        "Morgan", "Morris", "Murphy", "Nelson", "Nguyen", "Nilsen", "O'Brien", "O'Connor", "Olsen",
        "Olson", "Ortiz", "Owens", "Parker", "Patel", "Pederson", "Perez", "Peterson", "Phillips",
        "Price", "Quinn", "Ramirez", "Reed", "Reyes", "Richards", "Rivera", "Roberts", "Robinson",
        "Rogers", "Ross", "Russell", "Ryan", "Sanchez", "Schmidt", "Schultz", "Scott", "Shaw",
        "Simmons", "Smith", "Sorensen", "Stewart", "Stone", "Sullivan", "Swanson", "Taylor", "Thomas",
        "Thompson", "Torres", "Tran", "Turner", "Two Bears", "Vance", "Wagner", "Walker", "Ward",
        "Watson", "Weber", "White", "Williams", "Wilson", "Wolfe", "Wood", "Wright", "Young", "Zimmerman",
    ]
}
