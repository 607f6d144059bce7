//===- runtime/timers.h - what the scheduler calls in time.cpp ------------===//
//
// Timers live in per-P heaps (time.cpp explains them); the scheduler is
// what runs them. These are its entry points, with Go's names and Go's
// contracts:
//
//   - findRunnable calls checkTimers(pp, 0, &pollUntil) on its own P
//     before it looks at run queues (a timer may ready a goroutine), and on
//     the other Ps while it steals work (an idle P's timers are nobody
//     else's to run).
//   - An M about to sleep for want of work sleeps at most until
//     timeSleepUntil(), and checkdead declares a deadlock only if it is
//     INT64_MAX (a pending timer can still wake a goroutine).
//   - procresize, before it retires a P, moves that P's timers to a live
//     one with moveTimers.
//
// In the other direction, time.cpp calls wakeNetPoller(when) (proc.cpp)
// whenever a timer is added or moved earlier, so a sleeping M notices it.
//
//===----------------------------------------------------------------------===//
#ifndef GOLC_RUNTIME_TIMERS_H
#define GOLC_RUNTIME_TIMERS_H

#include "runtime.h"

// Runs the timers of pp that are due at now (0: read nanotime), on the
// calling M, which must hold a P (a timer's function may goready a
// goroutine onto it) and no lock. Reports whether it ran any; *pollUntil
// is when the earliest timer still in pp's heap fires, 0 if none.
bool checkTimers(p *pp, int64_t now, int64_t *pollUntil) __asm__("runtime.checkTimers");

// When the earliest timer of all Ps fires (nanotime), INT64_MAX if there
// is none. Reads allp[0..gomaxprocs) without a lock.
int64_t timeSleepUntil() __asm__("runtime.timeSleepUntil");

// Moves every timer of from (a P being retired) to to's heap, the P of
// the calling M, which will see them when the world restarts: no M is
// woken (the caller may hold sched.lock).
void moveTimers(p *to, p *from) __asm__("runtime.moveTimers");

#endif // GOLC_RUNTIME_TIMERS_H
