/// A route's job sequence with one more job inserted, viewed without copying.
struct InsertedJobs: Sequence {
    let base: [Int]
    let job: Int
    /// Index in `base` before which `job` goes (`base.count` appends).
    let position: Int

    struct Iterator: IteratorProtocol {
        let base: [Int]
        let job: Int
        let position: Int
        var i = 0
        var done = false

        @inline(__always) mutating func next() -> Int? {
            if i == position && !done {
                done = true
                return job
            }
            if i < base.count {
                defer { i += 1 }
                return base[i]
            }
            return nil
        }
    }

    func makeIterator() -> Iterator { Iterator(base: base, job: job, position: position) }
}
