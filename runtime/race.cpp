//===- runtime/race.cpp - the runtime under ThreadSanitizer ---------------===//
//
// With -DGOLC_TSAN=ON, CMake builds the runtime with -fsanitize=thread, so
// that its stress tests (test/runtime/sched_*, runq_*, chan_stress) run
// under ThreadSanitizer. TSan keeps, per thread, a shadow call stack and a
// vector clock; golc switches goroutines on a thread behind its back. So,
// as TSan's fiber interface asks:
//
//   - every goroutine is a TSan fiber (g.racectx, created when it first
//     runs), and every M's g0 is its thread's own fiber;
//   - execute switches to the goroutine's fiber right before gogo, mcall
//     to g0's right after it changed stacks (asm_amd64.S); systemstack
//     does not switch: its calls return, so the shadow stack balances;
//   - the functions that never return (schedule, execute, park_m, mstart1
//     and the like) are NORACE: uninstrumented, so they leave no entry on
//     a shadow stack that would never be popped.
//
// Switches synchronise (TSan's default): goroutines that share an M are
// ordered for TSan, so it finds races between Ms, which is where the
// scheduler's own ones would be.
//
// The collector does not run in this configuration (mallocinit disables
// it): it stops the world with signals, which TSan holds back until the
// thread next calls a function it intercepts, and keeps per fiber, so a
// signal that arrives while a goroutine runs waits until that goroutine
// runs again, and the collector gives up. The tests that need collections
// run in the normal build.
//
// This is Go's race.go/race0.go split: without GOLC_TSAN, runtime.h makes
// these functions empty inline ones and this file is empty.
//
//===----------------------------------------------------------------------===//

#include "runtime.h"

#if GOLC_TSAN

#include <sanitizer/tsan_interface.h>

void raceminit(m *mp) { mp->g0->racectx = (uintptr_t)__tsan_get_current_fiber(); }

void racegostart(g *gp) {
  if (!gp->racectx)
    gp->racectx = (uintptr_t)__tsan_create_fiber(0);
}

// Uninstrumented: its function exit would be counted on the new fiber.
NORACE void raceswitch(g *gp) { __tsan_switch_to_fiber((void *)gp->racectx, 0); }

#endif // GOLC_TSAN
