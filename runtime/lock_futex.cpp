//===- runtime/lock_futex.cpp - runtime locks on Linux futexes ------------===//
//
// runtime.lock/unlock: the mutex guarding the runtime's own shared state
// (sched.lock, sched.gFree.lock, allglock, the print lock). A goroutine
// never waits on one of these for long (channel and sync waits park the
// goroutine instead), so a waiter first spins a little, then
// yields the CPU, then sleeps in the kernel on the lock word (futex).
//
// mutex.key is one of three states. `sleeping` means there may be waiters
// in the kernel, so unlock must wake one; a waiter that got the lock while
// others may still sleep keeps that state rather than `locked`, so no
// wake-up is lost.
//
// Holding a lock counts in m.locks: the scheduler refuses to switch
// goroutines on an M that holds one.
//
// Notes are the other primitive: one-shot events on which an M (a thread,
// never a goroutine) waits, e.g. an idle M in stopm until startm hands it
// a P. note.key is 0 until notewakeup sets it to 1; a sleeper sleeps in
// the kernel while it is 0. The futex re-checks the word in the kernel, so
// a wake-up between the check and the sleep is not lost.
//
//===----------------------------------------------------------------------===//

#include "runtime.h"

#include <linux/futex.h>
#include <sched.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

enum : uint32_t {
  mutex_unlocked = 0,
  mutex_locked = 1,
  mutex_sleeping = 2,
};

enum {
  active_spin = 4,      // rounds of busy-waiting, on a multi-core machine
  active_spin_cnt = 30, // PAUSE instructions per round
  passive_spin = 1,     // rounds of sched_yield
};

void futexsleep(uint32_t *addr, uint32_t val, int64_t ns) {
  if (ns < 0) {
    syscall(SYS_futex, addr, FUTEX_WAIT_PRIVATE, val, nullptr, nullptr, 0);
  } else {
    struct timespec ts = {(time_t)(ns / 1000000000), (long)(ns % 1000000000)};
    syscall(SYS_futex, addr, FUTEX_WAIT_PRIVATE, val, &ts, nullptr, 0);
  }
}

void futexwakeup(uint32_t *addr, uint32_t cnt) {
  syscall(SYS_futex, addr, FUTEX_WAKE_PRIVATE, cnt, nullptr, nullptr, 0);
}

void procyield(uint32_t cycles) {
  for (uint32_t i = 0; i < cycles; i++)
    __builtin_ia32_pause();
}

void osyield() { sched_yield(); }

static bool casKey(mutex *l, uint32_t old, uint32_t neu) {
  return __atomic_compare_exchange_n(&l->key, &old, neu, false, __ATOMIC_ACQUIRE,
                                     __ATOMIC_RELAXED);
}

void lock(mutex *l) {
  getg()->m->locks++;

  // Speculative grab for the uncontended case.
  uint32_t v = __atomic_exchange_n(&l->key, mutex_locked, __ATOMIC_ACQUIRE);
  if (v == mutex_unlocked)
    return;

  // The state to take the lock in: `sleeping` once anyone may be asleep.
  uint32_t wait = v;
  int spin = ncpu > 1 ? active_spin : 0;
  for (;;) {
    for (int i = 0; i < spin; i++) {
      while (__atomic_load_n(&l->key, __ATOMIC_RELAXED) == mutex_unlocked)
        if (casKey(l, mutex_unlocked, wait))
          return;
      procyield(active_spin_cnt);
    }
    for (int i = 0; i < passive_spin; i++) {
      while (__atomic_load_n(&l->key, __ATOMIC_RELAXED) == mutex_unlocked)
        if (casKey(l, mutex_unlocked, wait))
          return;
      osyield();
    }
    // Announce a sleeper, then sleep unless the lock came free meanwhile.
    v = __atomic_exchange_n(&l->key, mutex_sleeping, __ATOMIC_ACQUIRE);
    if (v == mutex_unlocked)
      return;
    wait = mutex_sleeping;
    futexsleep(&l->key, mutex_sleeping, -1);
  }
}

void unlock(mutex *l) {
  uint32_t v = __atomic_exchange_n(&l->key, mutex_unlocked, __ATOMIC_RELEASE);
  if (v == mutex_unlocked)
    throw_("unlock of unlocked lock");
  if (v == mutex_sleeping)
    futexwakeup(&l->key, 1);
  m *mp = getg()->m;
  if (--mp->locks < 0)
    throw_("runtime.unlock: lock count");
}

// Takes l if it is free, without waiting. For callers that must not block,
// such as the GC's start callback (malloc.cpp).
bool trylock(mutex *l) {
  m *mp = getg()->m;
  mp->locks++;
  if (casKey(l, mutex_unlocked, mutex_locked))
    return true;
  mp->locks--;
  return false;
}

//===----------------------------------------------------------------------===//
// Notes
//===----------------------------------------------------------------------===//

void noteclear(note *n) { __atomic_store_n(&n->key, 0, __ATOMIC_RELAXED); }

void notewakeup(note *n) {
  uint32_t old = __atomic_exchange_n(&n->key, 1, __ATOMIC_RELEASE);
  if (old != 0)
    throw_("notewakeup - double wakeup");
  futexwakeup(&n->key, 1);
}

void notesleep(note *n) {
  g *gp = getg();
  if (gp != gp->m->g0)
    throw_("notesleep not on g0");
  while (__atomic_load_n(&n->key, __ATOMIC_ACQUIRE) == 0) {
    gp->m->blocked = true;
    futexsleep(&n->key, 0, -1); // wakes early on signals, e.g. the GC's
    gp->m->blocked = false;
  }
}

// notetsleep without the g0 check: notetsleepg runs it on a goroutine.
static bool notetsleep_internal(note *n, int64_t ns) {
  g *gp = getg();
  if (ns < 0) {
    while (__atomic_load_n(&n->key, __ATOMIC_ACQUIRE) == 0) {
      gp->m->blocked = true;
      futexsleep(&n->key, 0, -1);
      gp->m->blocked = false;
    }
    return true;
  }
  if (__atomic_load_n(&n->key, __ATOMIC_ACQUIRE) != 0)
    return true;
  int64_t deadline = nanotime() + ns;
  for (;;) {
    gp->m->blocked = true;
    futexsleep(&n->key, 0, ns);
    gp->m->blocked = false;
    if (__atomic_load_n(&n->key, __ATOMIC_ACQUIRE) != 0)
      return true;
    int64_t now = nanotime();
    if (now >= deadline)
      return false;
    ns = deadline - now; // woken early (a signal): sleep for the rest
  }
}

bool notetsleep(note *n, int64_t ns) {
  g *gp = getg();
  if (gp != gp->m->g0)
    throw_("notetsleep not on g0");
  return notetsleep_internal(n, ns);
}

bool notetsleepg(note *n, int64_t ns) {
  g *gp = getg();
  if (gp == gp->m->g0)
    throw_("notetsleepg on g0");
  entersyscallblock();
  bool ok = notetsleep_internal(n, ns);
  exitsyscall();
  return ok;
}
