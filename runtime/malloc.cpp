//===- runtime/malloc.cpp - the heap, on the Boehm-Demers-Weiser GC -------===//
//
// Every Go allocation is a GC_MALLOC: objects whose type has no pointers
// (ptrdata == 0: strings' bytes, []int) go to GC_MALLOC_ATOMIC, which the
// collector never scans; everything else is scanned conservatively. The
// collector is told about threads by libgc itself (GC_THREADS); what it
// cannot know about are goroutine stacks, and this file tells it:
//
//   - A thread's own stack is scanned from its sp up to the bottom it was
//     told. Goroutines move threads from stack to stack, so every switch
//     (gogo, mcall, systemstack in asm_amd64.S) calls setgcstack, which
//     sets that bottom to the stack the thread is about to run on.
//   - Every other goroutine's stack is pushed as a root from the
//     GC_push_other_roots callback: the live part of a parked goroutine's
//     stack is [sched.sp, stack.hi), its saved registers are in its g (a
//     GC object); a running goroutine has sched.sp == 0 and is covered by
//     its thread. Each M's g0 stack is pushed the same way from g0.sched.sp.
//
// With one M, a collection can only start inside an allocation on that M,
// when sp and the bottom it was told agree. When issue 4 adds Ms, another
// M's collection can stop this one mid-switch, between setgcstack and the
// move of sp; the switch then has to be made atomic with respect to
// collections (e.g. under GC_alloc_lock, or by a per-M marker that the push
// callback understands).
//
// The start of every full collection also frees the stacks of g's idle on
// the global free list (markrootFreeGStacks in proc.cpp), as Go's collector
// does, so a burst of goroutines does not keep its stacks forever.
//
//===----------------------------------------------------------------------===//

#include "runtime.h"

#define GC_THREADS
#include <gc/gc.h>
#include <gc/gc_mark.h>
#include <string.h>

// Every zero-byte allocation returns this address, as in Go.
static uint64_t zerobase __asm__("runtime.zerobase");

static GC_push_other_roots_proc prevPushOtherRoots;

// Runtime output is gc's: the collector's warnings (e.g. about repeated
// large allocations) have no place in it.
static void GC_CALLBACK gcwarn(char *msg, GC_word arg) {}

// Pushes the stacks no thread is running on (see the file comment).
static void GC_CALLBACK pushgoroutinestacks() {
  if (prevPushOtherRoots)
    prevPushOtherRoots();
  uintptr_t n = __atomic_load_n(&allglen, __ATOMIC_ACQUIRE);
  g **gs = __atomic_load_n(&allgs, __ATOMIC_ACQUIRE);
  for (uintptr_t i = 0; i < n; i++) {
    g *gp = gs[i];
    uint32_t status = readgstatus(gp);
    if (status == _Gidle || status == _Gdead || gp->sched.sp == 0)
      continue;
    GC_push_all_eager((void *)gp->sched.sp, (void *)gp->stack.hi);
  }
  for (m *mp = __atomic_load_n(&allm, __ATOMIC_ACQUIRE); mp; mp = mp->alllink) {
    g *g0 = mp->g0;
    if (g0->sched.sp)
      GC_push_all_eager((void *)g0->sched.sp, (void *)g0->stack.hi);
  }
}

static void GC_CALLBACK gcstart() { markrootFreeGStacks(); }

// Starts the collector. schedinit calls it first, on the main thread.
void mallocinit() {
  GC_set_warn_proc(gcwarn);
  GC_INIT();
  prevPushOtherRoots = GC_get_push_other_roots();
  GC_set_push_other_roots(pushgoroutinestacks);
  GC_set_start_callback(gcstart);
}

void gcminit(m *mp) {
  GC_stack_base sb;
  mp->gcthread = GC_get_my_stackbottom(&sb);
}

void setgcstack(g *gp) {
  GC_stack_base sb = {(void *)gp->stack.hi};
  GC_set_stackbottom(gp->m->gcthread, &sb);
}

// Allocates an object of size bytes: scanned by the GC if typ has
// pointers, zeroed if needzero (or if it will be scanned: the collector
// must not see stale pointers).
void *mallocgc(uintptr_t size, _type *typ, bool needzero) {
  if (size == 0)
    return &zerobase;
  m *mp = getg()->m;
  mp->mallocing++;
  void *x;
  if (!typ || typ->ptrdata == 0) {
    x = GC_MALLOC_ATOMIC(size);
    if (x && needzero)
      memset(x, 0, size);
  } else {
    x = GC_MALLOC(size);
  }
  mp->mallocing--;
  if (!x)
    throw_("runtime: out of memory");
  return x;
}

// new(T).
void *newobject(_type *typ) { return mallocgc(typ->size, typ, true); }

void *mallocptrs(uintptr_t size) {
  void *x = GC_MALLOC(size);
  if (!x)
    throw_("runtime: out of memory");
  return x;
}
