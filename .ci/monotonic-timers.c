/*
 * Preloaded before libfaketime in CI's moved-clock runs: absolute timers on the monotonic clocks go
 * straight to the kernel.
 *
 * libfaketime 0.9.10 (Debian 12) shifts an absolute timerfd deadline by the fake offset whatever
 * the timer's clock, even with FAKETIME_DONT_FAKE_MONOTONIC=1, so a CLOCK_MONOTONIC timer armed
 * for "now + 1 s" fires a year later. libdispatch arms its timers that way: Task.sleep and every
 * timeout then ran only when something else woke the process, and a quiet test run hung for good.
 * Wall-clock timers keep libfaketime's translation.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdatomic.h>
#include <sys/syscall.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

enum { tracked = 65536 };
/* The clock of each timerfd this process created, plus one (0: not created here). */
static _Atomic int clocks[tracked];

int timerfd_create(int clockid, int flags) {
    int fd = (int)syscall(SYS_timerfd_create, clockid, flags);
    if (fd >= 0 && fd < tracked) atomic_store(&clocks[fd], clockid + 1);
    return fd;
}

int timerfd_settime(int fd, int flags, const struct itimerspec *value, struct itimerspec *old) {
    int clock = (fd >= 0 && fd < tracked) ? atomic_load(&clocks[fd]) - 1 : -1;
    int wall = clock == CLOCK_REALTIME || clock == CLOCK_REALTIME_ALARM;
    if ((flags & TFD_TIMER_ABSTIME) && clock >= 0 && !wall)
        return (int)syscall(SYS_timerfd_settime, fd, flags, value, old);
    static int (*next)(int, int, const struct itimerspec *, struct itimerspec *);
    if (!next) next = dlsym(RTLD_NEXT, "timerfd_settime");
    return next(fd, flags, value, old);
}
