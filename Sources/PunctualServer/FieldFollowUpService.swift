import NIOPosix
import Punctual
import PunctualCore
import ServiceLifecycle

/// Catches up a deferred `FieldFollowUp` whenever it rings, so the technicians' POSTs return once
/// their report is stored. The recompute reads the store and blocks, so it runs on NIO's blocking
/// thread pool, not on the cooperative threads the server needs. At shutdown what is due is done.
struct FieldFollowUpService: Service {
    let followUp: FieldFollowUp
    let clock: WallClock

    func run() async throws {
        let followUp = followUp
        await cancelWhenGracefulShutdown {
            for await _ in followUp.rings {
                await catchUp()
            }
        }
        await catchUp()
    }

    func catchUp() async {
        let followUp = followUp, now = clock()
        _ = try? await NIOThreadPool.singleton.runIfActive { followUp.catchUp(now: now) }
    }
}
