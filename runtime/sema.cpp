//===- runtime/sema.cpp - semaphores and notify lists for package sync ----===//
//
// package sync (written in Go, in stdlib/sync) builds Mutex, RWMutex,
// WaitGroup and Once out of atomic operations on its own words, and when
// it must wait, it calls down here: runtime_Semacquire(addr) sleeps until
// *addr > 0 and decrements it; runtime_Semrelease(addr) increments it and
// wakes a sleeper. Cond uses notify lists. Waiting parks the goroutine, so
// a goroutine blocked on a sync.Mutex holds no thread and no OS mutex.
//
// As Go's runtime/sema.go says, these are less semaphores than a sleep and
// wake-up pair in which every sleep is matched by one wake-up even if the
// wake-up comes first (Mullender and Cox, "Semaphores in Plan 9"). The
// shape is Go's:
//
//   - semtable hashes the address to one of 251 semaRoots, each with its
//     own lock, padded to a cache line so that unrelated semaphores do not
//     contend.
//   - A semaRoot keeps the waiters in a treap (a binary search tree on the
//     address, balanced as a heap on random tickets): one node per
//     distinct address, and the other waiters on that address in a list
//     behind it (waitlink/waittail), so lookups cost O(log n) in the
//     number of addresses and queueing O(1).
//   - nwait counts the waiters of a root, so a release without waiters
//     costs one atomic add and one load. An acquirer counts itself in
//     nwait before its last try, so a release that comes after that try
//     sees it and wakes it: no lost wake-up.
//   - Handoff (sync.Mutex in starvation mode): the releaser takes the
//     count for the waiter it wakes (sudog.ticket = 1), so no goroutine
//     arriving meanwhile can barge in, and yields to it.
//
// The sudogs live in the waiters' frames (see sudog in runtime2.h): the
// releaser dequeues one under the root lock, and touches it only before
// goready.
//
//===----------------------------------------------------------------------===//

#include "runtime.h"

#include <string.h>

// A semaRoot holds a balanced tree of sudogs with distinct addresses
// (s->elem). Each of those may in turn point (through s->waitlink) to a
// list of other sudogs waiting on the same address.
struct semaRoot {
  mutex lock;
  sudog *treap;   // root of the balanced tree of unique waiters
  uint32_t nwait; // number of waiters; read without the lock (atomic)
};

// A prime, so as not to correlate with patterns in the addresses.
enum { semTabSize = 251 };

struct alignas(64) semTableEntry {
  semaRoot root;
};
static semTableEntry semtable[semTabSize];

static semaRoot *semroot(uint32_t *addr) {
  return &semtable[((uintptr_t)addr >> 3) % semTabSize].root;
}

// Takes one count from *addr if it is positive.
static bool cansemacquire(uint32_t *addr) {
  uint32_t v = __atomic_load_n(addr, __ATOMIC_ACQUIRE);
  for (;;) {
    if (v == 0)
      return false;
    if (__atomic_compare_exchange_n(addr, &v, v - 1, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
      return true;
  }
}

//===----------------------------------------------------------------------===//
// The treap
//===----------------------------------------------------------------------===//

// Rotates the tree rooted at x: (x a (y b c)) becomes (y (x a b) c).
void rotateLeft(semaRoot *root, sudog *x) __asm__("runtime.(*semaRoot).rotateLeft");
void rotateLeft(semaRoot *root, sudog *x) {
  sudog *p = x->parent;
  sudog *y = x->next;
  sudog *b = y->prev;

  y->prev = x;
  x->parent = y;
  x->next = b;
  if (b)
    b->parent = x;

  y->parent = p;
  if (!p)
    root->treap = y;
  else if (p->prev == x)
    p->prev = y;
  else if (p->next == x)
    p->next = y;
  else
    throw_("semaRoot rotateLeft");
}

// Rotates the tree rooted at y: (y (x a b) c) becomes (x a (y b c)).
void rotateRight(semaRoot *root, sudog *y) __asm__("runtime.(*semaRoot).rotateRight");
void rotateRight(semaRoot *root, sudog *y) {
  sudog *p = y->parent;
  sudog *x = y->prev;
  sudog *b = x->next;

  x->next = y;
  y->parent = x;
  y->prev = b;
  if (b)
    b->parent = y;

  x->parent = p;
  if (!p)
    root->treap = x;
  else if (p->prev == y)
    p->prev = x;
  else if (p->next == y)
    p->next = x;
  else
    throw_("semaRoot rotateRight");
}

// Adds s, the current goroutine's, to the waiters on addr: at the end of
// their list, or at its head if lifo (a Mutex waiter that already waited
// once goes first).
void semaQueue(semaRoot *root, uint32_t *addr, sudog *s, bool lifo)
    __asm__("runtime.(*semaRoot).queue");
void semaQueue(semaRoot *root, uint32_t *addr, sudog *s, bool lifo) {
  s->g = getg();
  s->elem = addr;
  s->next = nullptr;
  s->prev = nullptr;

  sudog *last = nullptr;
  sudog **pt = &root->treap;
  for (sudog *t = *pt; t; t = *pt) {
    if (t->elem == addr) {
      // addr already has waiters.
      if (lifo) {
        // s takes t's place in the tree, t heads s's list.
        *pt = s;
        s->ticket = t->ticket;
        s->parent = t->parent;
        s->prev = t->prev;
        s->next = t->next;
        if (s->prev)
          s->prev->parent = s;
        if (s->next)
          s->next->parent = s;
        s->waitlink = t;
        s->waittail = t->waittail ? t->waittail : t;
        t->parent = nullptr;
        t->prev = nullptr;
        t->next = nullptr;
        t->waittail = nullptr;
      } else {
        // s goes to the end of t's list.
        if (!t->waittail)
          t->waitlink = s;
        else
          t->waittail->waitlink = s;
        t->waittail = s;
        s->waitlink = nullptr;
      }
      return;
    }
    last = t;
    pt = (uintptr_t)addr < (uintptr_t)t->elem ? &t->prev : &t->next;
  }

  // A new leaf for a new address. The tree stays balanced on average by
  // keeping the tickets, random, in heap order (a node's ticket is at most
  // its children's). The ticket is odd: semrelease's "handed off" is 1
  // only on dequeued sudogs, whose ticket is reset to 0.
  s->ticket = fastrand() | 1;
  s->parent = last;
  *pt = s;

  // Rotate up into the tree according to the ticket (priority).
  while (s->parent && s->parent->ticket > s->ticket) {
    if (s->parent->prev == s)
      rotateRight(root, s->parent);
    else if (s->parent->next == s)
      rotateLeft(root, s->parent);
    else
      throw_("semaRoot queue");
  }
}

// Removes and returns the first goroutine waiting on addr, null if none.
sudog *semaDequeue(semaRoot *root, uint32_t *addr) __asm__("runtime.(*semaRoot).dequeue");
sudog *semaDequeue(semaRoot *root, uint32_t *addr) {
  sudog **ps = &root->treap;
  sudog *s = *ps;
  for (; s; s = *ps) {
    if (s->elem == addr)
      break;
    ps = (uintptr_t)addr < (uintptr_t)s->elem ? &s->prev : &s->next;
  }
  if (!s)
    return nullptr;

  if (sudog *t = s->waitlink) {
    // The next waiter on addr takes s's place in the tree.
    *ps = t;
    t->ticket = s->ticket;
    t->parent = s->parent;
    t->prev = s->prev;
    if (t->prev)
      t->prev->parent = t;
    t->next = s->next;
    if (t->next)
      t->next->parent = t;
    t->waittail = t->waitlink ? s->waittail : nullptr;
    s->waitlink = nullptr;
    s->waittail = nullptr;
  } else {
    // Rotate s down to a leaf, respecting the priorities, and cut it off.
    while (s->next || s->prev) {
      if (!s->next || (s->prev && s->prev->ticket < s->next->ticket))
        rotateRight(root, s);
      else
        rotateLeft(root, s);
    }
    if (s->parent) {
      if (s->parent->prev == s)
        s->parent->prev = nullptr;
      else
        s->parent->next = nullptr;
    } else {
      root->treap = nullptr;
    }
  }
  s->parent = nullptr;
  s->elem = nullptr;
  s->next = nullptr;
  s->prev = nullptr;
  s->ticket = 0;
  return s;
}

//===----------------------------------------------------------------------===//
// Acquire and release
//===----------------------------------------------------------------------===//

bool semaparkcommit(g *gp, void *rootLock) __asm__("runtime.semaparkcommit");
bool semaparkcommit(g *gp, void *rootLock) {
  unlock((mutex *)rootLock);
  return true;
}

// Waits until *addr > 0, then decrements it. lifo: queue at the head of
// the waiters on addr.
void semacquire1(uint32_t *addr, bool lifo) __asm__("runtime.semacquire1");
void semacquire1(uint32_t *addr, bool lifo) {
  g *gp = getg();
  if (gp != gp->m->curg)
    throw_("semacquire not on the G stack");

  // Easy case.
  if (cansemacquire(addr))
    return;

  // Harder case: count ourselves as a waiter, try once more (a release
  // that came before the count did not see us), queue and sleep. The
  // releaser dequeues the sudog.
  sudog s = {};
  semaRoot *root = semroot(addr);
  for (;;) {
    lock(&root->lock);
    __atomic_add_fetch(&root->nwait, 1, __ATOMIC_SEQ_CST);
    if (cansemacquire(addr)) {
      __atomic_sub_fetch(&root->nwait, 1, __ATOMIC_SEQ_CST);
      unlock(&root->lock);
      return;
    }
    semaQueue(root, addr, &s, lifo);
    gopark(semaparkcommit, &root->lock, waitReasonSemacquire);
    // Handed the count directly, or it is there to take. Otherwise a
    // goroutine that did not sleep took it first: wait again.
    if (s.ticket != 0 || cansemacquire(addr))
      return;
  }
}

// Increments *addr and wakes a goroutine waiting on it, if any. handoff:
// give the count to that goroutine directly and let it run at once on this
// P.
void semrelease1(uint32_t *addr, bool handoff) __asm__("runtime.semrelease1");
void semrelease1(uint32_t *addr, bool handoff) {
  semaRoot *root = semroot(addr);
  __atomic_add_fetch(addr, 1, __ATOMIC_SEQ_CST);

  // Easy case: no waiters? This must come after the add, see semacquire1.
  if (__atomic_load_n(&root->nwait, __ATOMIC_SEQ_CST) == 0)
    return;

  // Harder case: search for a waiter and wake it.
  lock(&root->lock);
  if (__atomic_load_n(&root->nwait, __ATOMIC_SEQ_CST) == 0) {
    // The count was already taken by another goroutine, so there is no
    // one to wake.
    unlock(&root->lock);
    return;
  }
  sudog *s = semaDequeue(root, addr);
  if (s)
    __atomic_sub_fetch(&root->nwait, 1, __ATOMIC_SEQ_CST);
  unlock(&root->lock);
  if (!s)
    return;

  // Unlocked first: goready may take other locks. s is still ours until
  // goready; after it, its goroutine may return and its frame be gone.
  if (s->ticket != 0)
    throw_("corrupted semaphore ticket");
  bool handedOff = handoff && cansemacquire(addr);
  if (handedOff)
    s->ticket = 1;
  goready(s->g);
  if (handedOff && getg()->m->locks == 0) {
    // Direct handoff: goready put the waiter in this P's runnext; yield so
    // that it runs now, instead of the releaser going on and perhaps
    // taking the semaphore back. (Only when asked: without starvation a
    // waiter woken late may find the count gone anyway.) The releaser
    // waits on this P's queue behind the waiter (goyield), not on the
    // global queue.
    goyield();
  }
}

// sync.Mutex, RWMutex, WaitGroup: the Go signatures of sync/runtime.go.
// They keep their frames (no tail calls), which tracebacks show as gc's
// do: `sync.runtime_Semacquire(...)` above the waiting sync method.
void sync_runtime_Semacquire(uint32_t *addr) __asm__("sync.runtime_Semacquire");
__attribute__((disable_tail_calls)) void sync_runtime_Semacquire(uint32_t *addr) {
  semacquire1(addr, false);
}

void sync_runtime_SemacquireMutex(uint32_t *addr, bool lifo, intgo skipframes)
    __asm__("sync.runtime_SemacquireMutex");
__attribute__((disable_tail_calls)) void sync_runtime_SemacquireMutex(uint32_t *addr, bool lifo,
                                                                     intgo skipframes) {
  semacquire1(addr, lifo);
}

void sync_runtime_Semrelease(uint32_t *addr, bool handoff, intgo skipframes)
    __asm__("sync.runtime_Semrelease");
__attribute__((disable_tail_calls)) void sync_runtime_Semrelease(uint32_t *addr, bool handoff,
                                                                 intgo skipframes) {
  semrelease1(addr, handoff);
}

// Active spinning for sync.Mutex: a goroutine that finds the Mutex locked
// spins a few times before it sleeps on the semaphore, if that can pay:
// on a multicore machine, with another P running (the holder, likely) and
// nothing else for this P to do. sync.Mutex is cooperative, so it spins
// little, and never yields the thread (there may be work elsewhere).
enum { activeSpin = 4, activeSpinCnt = 30 };

bool sync_runtime_canSpin(intgo i) __asm__("sync.runtime_canSpin");
bool sync_runtime_canSpin(intgo i) {
  if (i >= activeSpin || ncpu <= 1 ||
      gomaxprocs <= __atomic_load_n(&sched.npidle, __ATOMIC_RELAXED) +
                        __atomic_load_n(&sched.nmspinning, __ATOMIC_RELAXED) + 1)
    return false;
  return runqempty(getg()->m->p);
}

void sync_runtime_doSpin() __asm__("sync.runtime_doSpin");
void sync_runtime_doSpin() { procyield(activeSpinCnt); }

//===----------------------------------------------------------------------===//
// Notify lists (sync.Cond)
//===----------------------------------------------------------------------===//
//
// A ticket-based list of waiters: Cond.Wait takes a ticket (notifyListAdd)
// before it unlocks the Cond's Locker, then waits for that ticket
// (notifyListWait); Signal wakes the oldest ticket not yet notified, and
// Broadcast all of them. A notification that comes between the two calls
// is not lost: the ticket is already below l->notify.

// Whether ticket a comes before b, with wrap-around.
static bool less(uint32_t a, uint32_t b) { return (int32_t)(a - b) < 0; }

uint32_t notifyListAdd(notifyList *l) __asm__("sync.runtime_notifyListAdd");
uint32_t notifyListAdd(notifyList *l) { return __atomic_fetch_add(&l->wait, 1, __ATOMIC_SEQ_CST); }

// Waits for ticket t's notification, unless it already came.
void notifyListWait(notifyList *l, uint32_t t) __asm__("sync.runtime_notifyListWait");
void notifyListWait(notifyList *l, uint32_t t) {
  lock(&l->lock);
  if (less(t, __atomic_load_n(&l->notify, __ATOMIC_SEQ_CST))) {
    unlock(&l->lock);
    return;
  }
  sudog s = {};
  s.g = getg();
  s.ticket = t;
  if (!l->tail)
    l->head = &s;
  else
    l->tail->next = &s;
  l->tail = &s;
  goparkunlock(&l->lock, waitReasonSyncCondWait);
}

// Wakes every goroutine waiting on l.
void notifyListNotifyAll(notifyList *l) __asm__("sync.runtime_notifyListNotifyAll");
void notifyListNotifyAll(notifyList *l) {
  // Fast path: no waiters since the last notification.
  if (__atomic_load_n(&l->wait, __ATOMIC_SEQ_CST) == __atomic_load_n(&l->notify, __ATOMIC_SEQ_CST))
    return;

  // Take the whole list; later waiters will see notify and not wait.
  lock(&l->lock);
  sudog *s = l->head;
  l->head = nullptr;
  l->tail = nullptr;
  __atomic_store_n(&l->notify, __atomic_load_n(&l->wait, __ATOMIC_SEQ_CST), __ATOMIC_SEQ_CST);
  unlock(&l->lock);

  while (s) {
    sudog *next = s->next;
    s->next = nullptr;
    goready(s->g);
    s = next;
  }
}

// Wakes the goroutine with the oldest ticket not yet notified, if it is
// waiting already (if not, it will not wait).
void notifyListNotifyOne(notifyList *l) __asm__("sync.runtime_notifyListNotifyOne");
void notifyListNotifyOne(notifyList *l) {
  if (__atomic_load_n(&l->wait, __ATOMIC_SEQ_CST) == __atomic_load_n(&l->notify, __ATOMIC_SEQ_CST))
    return;

  lock(&l->lock);
  // Re-check under the lock.
  uint32_t t = l->notify;
  if (t == __atomic_load_n(&l->wait, __ATOMIC_SEQ_CST)) {
    unlock(&l->lock);
    return;
  }
  __atomic_store_n(&l->notify, t + 1, __ATOMIC_SEQ_CST);

  // Ticket t's goroutine may not be in the list yet (it is between Add and
  // Wait): then it will see notify > t and not sleep.
  for (sudog *p = nullptr, *s = l->head; s; p = s, s = s->next) {
    if (s->ticket == t) {
      sudog *n = s->next;
      if (p)
        p->next = n;
      else
        l->head = n;
      if (!n)
        l->tail = p;
      unlock(&l->lock);
      s->next = nullptr;
      goready(s->g);
      return;
    }
  }
  unlock(&l->lock);
}

//===----------------------------------------------------------------------===//
// Fatal errors of package sync
//===----------------------------------------------------------------------===//

// A NUL-terminated copy of s, for the runtime's C-string messages.
static const char *cstring(String s) {
  char *p = (char *)mallocgc(s.len + 1, nullptr, true);
  if (s.len)
    memcpy(p, s.str, s.len);
  return p;
}

// sync's `fatal error: sync: unlock of unlocked mutex` and the like: the
// program broke sync's rules (fatal) or sync found itself broken (throw).
NORETURN void sync_throw(String s) __asm__("sync.throw");
void sync_throw(String s) { throw_(cstring(s)); }
NORETURN void sync_fatal(String s) __asm__("sync.fatal");
void sync_fatal(String s) { fatal(cstring(s)); }
