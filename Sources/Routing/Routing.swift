/// Routing is the optimizer: the immutable problem (travel matrices, jobs, technicians), the
/// solution (routes and their schedules), O(1) route evaluation, construction and
/// ruin-and-recreate search, the schedule of a fixed route, and insertion queries. It is pure Swift
/// with no dependencies, no I/O and no dates: times are integer seconds from the plan day's
/// origin, so the same search runs on a real business day and on a Solomon benchmark instance,
/// deterministically for a seed.
///
/// Entry points:
/// - `Problem`: matrices, `Job`s (windows, skills, parts, priority, pin), `Vehicle`s (shift,
///   overtime, skills, stock, `Break`s, fixed prefix).
/// - `Solver`: SISR ruin-and-recreate under simulated annealing → `Solution` (`Route`s of `Visit`s,
///   `UnassignedJob`s with an `UnassignedReason`); `solve(_:startingFrom:)` re-plans from an
///   existing plan.
/// - `Solution(problem:routes:)`: evaluates a plan without optimising it.
/// - `FixedRouteScheduler` / `RouteSchedule`: arrivals and lateness of a route from a `StartState`,
///   allocation-free, for the tracker.
/// - `InsertionQuery`: ranked feasible `Insertion`s of one new job, for booking and re-dispatch.
///
/// Breaks are not route nodes: the schedule takes each at a stop, before service, when it fits in
/// the wait there or when it can be postponed no further. Vehicles with breaks or an overtime rate
/// are checked by simulating the route (O(route length)); all others by O(1) slack arithmetic.
public enum RoutingModule {}
