//===- runtime/stack.cpp - goroutine and thread stacks --------------------===//
//
// Goroutine stacks cannot grow yet (split stacks come later: see DESIGN.md),
// so every stack is a fixed size, chosen for what runs on it:
//
//   - the main goroutine gets StackMainSize (256 MiB): a million frames of
//     256 bytes, as deep recursion in main needs (gc allows 1 GB);
//   - every other goroutine gets a slot of StackSlotSize (256 KiB):
//     thousands of ordinary frames, and a million goroutines still fit in
//     the address space. A collection needs some room (mallocgc switches
//     to the M's g0 stack when less than 128 KiB is left, malloc.cpp);
//   - each M's g0 stack and signal stack are "system" stacks, used by the
//     scheduler, the collector and C library code.
//
// Stacks are address space reserved once (MAP_NORESERVE) and made
// accessible piecewise: only the pages a goroutine touches cost memory. A
// parked goroutine that never went deep costs one page of stack. A
// goroutine owns a stack only from its first execute to its exit
// (proc.cpp): a dead one gives it back to its P's stack cache (a LIFO, so
// the next goroutine to start gets a stack whose top is still in the cache
// and mapped), and a goroutine that has not started yet has none, so a
// burst of goroutines created faster than they run costs no stack memory.
// Caches overflow into a global pool, and the start of each collection
// gives the memory of up to stackReleaseMax pooled stacks back to the OS
// (MADV_DONTNEED), as Go's collector frees idle stack spans.
//
// The kernel limits a process to vm.max_map_count mappings (65530 by
// default), and a stack with an inaccessible guard region below it costs
// two (the guard splits the mapping). So guards go only where that budget
// allows: the first stacks each get a stackGuardSize guard (about 28000 with
// the default limit; running off the bottom faults there and the SIGSEGV
// handler reports `fatal error: stack overflow`). Later stacks are carved
// back to back out of one accessible mapping, sixteen at a time, and
// instead of a guard, the top word of every slot holds a canary: a
// goroutine that runs off the bottom of its stack overwrites the canary of
// the slot below first, and stackcheck, whenever the goroutine leaves its
// M, finds it gone. The canary shares the page every used stack touches
// first (its top page; the free-list link is its neighbour), so it costs
// no memory of its own. An overflow there is detected at the goroutine's
// next switch (unless its frames skipped the canary's word without writing
// it), or as a fault once it runs past the whole mapping.
//
// One reservation holds every stack, laid out as
//
//   base                                                                 top
//   | guarded stacks, bump up -> | - | unguarded stacks, bump up -> | <- system |
//
// (the "-" is one inaccessible slot, below the lowest unguarded stack).
// m0's g0 is the process's own stack, above any mapping.
//
// Where the reservation lies matters to the collector. Boehm treats every
// word it scans that falls in its "plausible heap" range (from its lowest
// heap section to its highest, plus some slop for growth) as a possible
// pointer, and one that points at no object blacklists its page: no large
// object is placed there later. Saved frame pointers and sched.sp in 100000
// parked stacks are that many such words, near the top of every 256 KiB
// slot, and the blacklist keeps page numbers modulo a power of two (2^18
// in Boehm 8.2): the slots' grid of pages becomes a blacklisted page every
// 64 pages of any address range, no large allocation fits anywhere, and
// the collector grows the heap forever instead of collecting
// (test/run/stack_gc_blacklist.go). Boehm's heap comes from mmap, top-down
// below the shared libraries, with its first sections mapped before
// stackinit: a reservation the kernel placed would sit between sections,
// inside the range. So it is asked for at stackRegionHint, 1 TiB, far below
// anything the kernel places by itself (the mmap area starts near 128 TiB,
// a PIE binary and its brk near 85 TiB, a non-PIE one and its brk in the
// first GiBs), the way Go puts its heap arenas at fixed hints
// (test/runtime/stack_gc_range.cpp checks the result). The reservation also
// lies in ThreadSanitizer's low application memory (below 2 TiB), for the
// -DGOLC_TSAN=ON build. Only if no reservation fits there does the kernel
// choose.
//
//===----------------------------------------------------------------------===//

#include "runtime.h"

#include <stdio.h>
#include <sys/mman.h>

enum : uintptr_t {
  StackSlotSize = 256 << 10,
  // The top of a slot: the canary word, then the free-list link. The
  // usable stack ends below them, 16-byte aligned.
  StackSlotReserved = 16,
  // The reservation: up to StackRegionMax bytes of address space (halved
  // until the kernel agrees), the top StackSystemArea for system stacks.
  StackRegionMax = (uintptr_t)512 << 30,
  StackRegionMin = (uintptr_t)4 << 30,
  // Where the reservation is asked for (see the file comment).
  stackRegionHint = (uintptr_t)1 << 40,
  StackSystemArea = (uintptr_t)16 << 30,
  // Unguarded stacks are made accessible this many at a time.
  StackBatch = 16,
  // Mappings left to the rest of the program when budgeting guards.
  MapCountReserve = 8192,
  // Stacks moved between a P's cache and the pool at a time; a cache
  // holding more than twice this gives half back.
  StackCacheBatch = 32,
  // Pooled stacks whose memory one collection gives back to the OS.
  stackReleaseMax = 4096,
};

static const uint64_t StackCanary = 0x5ca1ab1e0ddba11ull;

// 64 KiB rather than a page: a frame bigger than the guard could jump over
// it into unrelated memory.
const uintptr_t stackGuardSize = 64 << 10;

static struct {
  mutex lock;
  uintptr_t base, top;   // the reservation
  uintptr_t unguarded;   // [unguarded, sysBase): unguarded stacks
  uintptr_t sysBase;     // [sysBase, top): system stacks
  uintptr_t gnext;       // next guarded stack's guard
  uintptr_t unext;       // next unguarded slot
  uintptr_t snext;       // lowest system stack so far
  // Free stacks whose memory may be resident, linked through their
  // top-of-slot link word (the stack's hi).
  uintptr_t free;
  int64_t nfree;
  // Free stacks whose memory went back to the OS: their link word is gone
  // too, so they are kept in an array (his), with room for every slot.
  uintptr_t *released;
  int64_t nreleased;
  int64_t nguarded, guardBudget;
} stackpool;

// vm.max_map_count, or the kernel's default if it cannot be read.
static int64_t maxMapCount() {
  int64_t n = 65530;
  if (FILE *f = fopen("/proc/sys/vm/max_map_count", "r")) {
    long long v;
    if (fscanf(f, "%lld", &v) == 1 && v > 0)
      n = v;
    fclose(f);
  }
  return n;
}

static void *reserve(uintptr_t size) {
  void *mem = mmap(nullptr, size, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  return mem == MAP_FAILED ? nullptr : mem;
}

// size bytes of address space at exactly addr, or null if any of it is
// taken. (A kernel before Linux 4.17 takes MAP_FIXED_NOREPLACE for a mere
// hint, and may map elsewhere.)
static void *reserveAt(uintptr_t addr, uintptr_t size) {
  void *mem = mmap((void *)addr, size, PROT_NONE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED_NOREPLACE, -1, 0);
  if (mem == MAP_FAILED)
    return nullptr;
  if ((uintptr_t)mem != addr) {
    munmap(mem, size);
    return nullptr;
  }
  return mem;
}

// The stack reservation: as large as the kernel allows, at stackRegionHint
// if it is free (see the file comment), or else where the kernel puts it.
static void *reserveStackRegion(uintptr_t *size) {
  for (uintptr_t n = StackRegionMax; n >= StackRegionMin; n /= 2)
    if (void *mem = reserveAt(stackRegionHint, n)) {
      *size = n;
      return mem;
    }
  for (uintptr_t n = StackRegionMax; n >= StackRegionMin; n /= 2)
    if (void *mem = reserve(n)) {
      *size = n;
      return mem;
    }
  throw_("stackinit: cannot reserve address space for stacks");
}

static void makeAccessible(uintptr_t lo, uintptr_t size) {
  if (mprotect((void *)lo, size, PROT_READ | PROT_WRITE) != 0)
    throw_("out of memory allocating stack");
}

void stackinit() {
  uintptr_t size;
  void *mem = reserveStackRegion(&size);
  stackpool.base = (uintptr_t)mem;
  stackpool.top = stackpool.base + size;
  stackpool.sysBase = stackpool.top - StackSystemArea;
  stackpool.snext = stackpool.top;
  stackpool.guardBudget = (maxMapCount() - MapCountReserve) / 2;
  if (stackpool.guardBudget < 0)
    stackpool.guardBudget = 0;
  // The main goroutine's stack and the guarded ones come first.
  uintptr_t guardedSize = StackMainSize + stackGuardSize +
                          (uintptr_t)stackpool.guardBudget * (StackSlotSize + stackGuardSize);
  if (guardedSize > (stackpool.sysBase - stackpool.base) / 2)
    guardedSize = (stackpool.sysBase - stackpool.base) / 2;
  guardedSize &= ~(StackSlotSize - 1);
  stackpool.gnext = stackpool.base;
  stackpool.unguarded = stackpool.base + guardedSize;
  stackpool.unext = stackpool.unguarded + StackSlotSize; // above the "-" slot

  uintptr_t slots = (stackpool.sysBase - stackpool.base) / StackSlotSize;
  stackpool.released = (uintptr_t *)reserve(slots * sizeof(uintptr_t));
  if (!stackpool.released)
    throw_("stackinit: cannot reserve the stack pool");
  makeAccessible((uintptr_t)stackpool.released, slots * sizeof(uintptr_t));
}

// The stack in the slot ending at slotEnd.
static stack slotStack(uintptr_t slotEnd) {
  return stack{slotEnd - StackSlotSize, slotEnd - StackSlotReserved};
}
static uintptr_t *linkOf(stack s) { return (uintptr_t *)(s.hi + 8); }
static uint64_t *canaryOf(stack s) { return (uint64_t *)s.hi; }

// Pushes a free stack on a list linked through its link word.
static void listPush(uintptr_t *list, stack s) {
  *linkOf(s) = *list;
  *list = s.hi + StackSlotReserved;
}

static stack listPop(uintptr_t *list) {
  stack s = slotStack(*list);
  *list = *linkOf(s);
  return s;
}

// A fresh stack of size bytes above a guard region, from the guarded area
// while it lasts. stackpool.lock is held.
static bool allocGuarded(uintptr_t size, stack *out) {
  if (stackpool.gnext + stackGuardSize + size > stackpool.unguarded)
    return false;
  uintptr_t lo = stackpool.gnext + stackGuardSize;
  makeAccessible(lo, size);
  stackpool.gnext = lo + size;
  *out = stack{lo, lo + size};
  return true;
}

// A free goroutine stack from the pool, or fresh address space.
// stackpool.lock is held.
static stack poolget() {
  if (stackpool.free) {
    stackpool.nfree--;
    return listPop(&stackpool.free);
  }
  if (stackpool.nreleased) {
    stack s = slotStack(stackpool.released[--stackpool.nreleased]);
    *canaryOf(s) = StackCanary;
    return s;
  }
  stack s;
  if (stackpool.nguarded < stackpool.guardBudget && allocGuarded(StackSlotSize, &s)) {
    stackpool.nguarded++;
    s = slotStack(s.hi);
    return s;
  }
  // A batch of unguarded stacks, made accessible with one mprotect (and
  // merged into one mapping with the batch before): the first is
  // returned, the others go to the pool.
  uintptr_t lo = stackpool.unext;
  uintptr_t size = StackBatch * StackSlotSize;
  if (lo + size > stackpool.sysBase)
    throw_("out of memory allocating stack");
  makeAccessible(lo, size);
  stackpool.unext = lo + size;
  for (uintptr_t i = 1; i <= StackBatch; i++) {
    stack x = slotStack(lo + i * StackSlotSize);
    *canaryOf(x) = StackCanary;
    if (i > 1) {
      listPush(&stackpool.free, x);
      stackpool.nfree++;
    }
  }
  return slotStack(lo + StackSlotSize);
}

// Refills pp's stack cache with a batch from the pool.
static void stackcacherefill(p *pp) {
  lock(&stackpool.lock);
  for (int i = 0; i < StackCacheBatch; i++) {
    listPush(&pp->stackcache, poolget());
    pp->stackcachen++;
  }
  unlock(&stackpool.lock);
}

// Gives half of pp's stack cache back to the pool.
static void stackcacherelease(p *pp, int32_t keep) {
  lock(&stackpool.lock);
  while (pp->stackcachen > keep) {
    listPush(&stackpool.free, listPop(&pp->stackcache));
    pp->stackcachen--;
    stackpool.nfree++;
  }
  unlock(&stackpool.lock);
}

stack stackalloc(uint32_t n) {
  if (n & (n - 1))
    throw_("stackalloc: bad n");
  if (n > StackSlotSize - StackSlotReserved) {
    uintptr_t size = ((uintptr_t)n + physPageSize - 1) & ~(physPageSize - 1);
    stack s;
    lock(&stackpool.lock);
    bool ok = allocGuarded(size, &s);
    unlock(&stackpool.lock);
    if (!ok)
      throw_("out of memory allocating stack");
    return s;
  }
  p *pp = getg()->m->p;
  if (!pp) {
    lock(&stackpool.lock);
    stack s = poolget();
    unlock(&stackpool.lock);
    return s;
  }
  if (!pp->stackcache)
    stackcacherefill(pp);
  pp->stackcachen--;
  return listPop(&pp->stackcache);
}

void stackfree(stack stk) {
  if (stk.hi - stk.lo != StackSlotSize - StackSlotReserved)
    throw_("stackfree: not a goroutine stack");
  p *pp = getg()->m->p;
  if (!pp)
    throw_("stackfree: no p");
  listPush(&pp->stackcache, stk);
  if (++pp->stackcachen > 2 * StackCacheBatch)
    stackcacherelease(pp, StackCacheBatch);
}

void stackcache_clear(p *pp) { stackcacherelease(pp, 0); }

void stackReleaseIdle() {
  // The collector calls this with its own lock held: waiting here for a
  // thread that waits for the collector would deadlock, so a busy pool is
  // left for the next collection.
  if (!trylock(&stackpool.lock))
    return;
  for (int i = 0; i < stackReleaseMax && stackpool.free; i++) {
    stack s = listPop(&stackpool.free);
    stackpool.nfree--;
    madvise((void *)s.lo, StackSlotSize, MADV_DONTNEED);
    stackpool.released[stackpool.nreleased++] = s.hi + StackSlotReserved;
  }
  unlock(&stackpool.lock);
}

stack stackallocsys(uintptr_t n) {
  uintptr_t size = (n + physPageSize - 1) & ~(physPageSize - 1);
  lock(&stackpool.lock);
  uintptr_t lo = stackpool.snext - size;
  if (lo - stackGuardSize < stackpool.sysBase)
    throw_("stackallocsys: too many threads");
  makeAccessible(lo, size);
  stackpool.snext = lo - stackGuardSize;
  unlock(&stackpool.lock);
  return stack{lo, lo + size};
}

void stackcheck(g *gp) {
  stack s = gp->stack;
  // The slot below must be an unguarded one: its top word is the canary.
  if (s.lo < stackpool.unguarded + 2 * StackSlotSize || s.lo >= stackpool.sysBase)
    return;
  // 0: the slot below was released (its memory reads as zeros again).
  uint64_t canary = *(uint64_t *)(s.lo - StackSlotReserved);
  if (canary == StackCanary || canary == 0)
    return;
  printlock();
  prints("runtime: goroutine stack exceeds ");
  printint((int64_t)(s.hi - s.lo));
  prints("-byte limit\n");
  prints("runtime: stack=[");
  printhex(s.lo);
  prints(", ");
  printhex(s.hi);
  prints("]\n");
  throw_("stack overflow");
}
