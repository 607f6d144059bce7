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
// With several Ms, a collection started by one M stops the others with a
// signal, which can land in the middle of a switch: between setgcstack and
// the move of sp, the sp Boehm records and the bottom it was told are on two
// different stacks. Whichever comes first, the range is wrong: a bottom
// above sp spans every stack between the two (unmapped guards included), a
// bottom below sp gives a negative size, which Boehm adds into the total
// stack size it paces collections by (min_bytes_allocd): after one such
// stop, the next collection is due only some 2^64 bytes later, and the heap
// grows to its limit. No order of the two moves avoids both, so the stopped
// thread fixes its bottom itself: gcsuspend, installed in front of Boehm's
// suspend-signal handler, sets the bottom to the top of the stack the
// handler runs on (the interrupted one: the handler is not SA_ONSTACK), lets
// Boehm record sp and wait for the world to restart, and then puts back the
// bottom setgcstack last set (gcstackbottom), for the switch to go on. In
// that window the goroutine being left or entered is still covered by the
// push callback (its gobuf.sp is saved before the switch and cleared after).
// The collecting thread and a lone M are never in the middle of a switch
// when Boehm reads their bottom.
//
// A collection runs on the stack of the allocation that triggers it, and
// needs room there: 26 KiB measured with Boehm 8.2 (a parallel-marking
// helper could put a 64 KiB mark stack in a frame). A goroutine's stack is
// fixed (stack.cpp), so mallocgc calls the collector's allocator on the
// M's g0 stack when less than mallocStackNeed is left; the usual case, a
// goroutine far from the bottom of its 256 KiB, pays no switch.
//
// The start of every full collection also gives the memory of idle pooled
// stacks back to the OS (stackReleaseIdle in stack.cpp), as Go's collector
// frees idle stack spans, so a burst of goroutines does not keep its
// stacks' memory forever.
//
//===----------------------------------------------------------------------===//

#include "runtime.h"

#define GC_THREADS
#include <gc/gc.h>
#include <gc/gc_mark.h>
#include <signal.h>
#include <string.h>

// Every zero-byte allocation returns this address, as in Go.
static uint64_t zerobase __asm__("runtime.zerobase");

static GC_push_other_roots_proc prevPushOtherRoots;

// Runtime output is gc's: the collector's warnings (e.g. about repeated
// large allocations) have no place in it.
static void GC_CALLBACK gcwarn(char *msg, GC_word arg) {}

// Pushes the stacks no thread is running on (see the file comment). The
// world is stopped, which ThreadSanitizer cannot see (the collector is not
// instrumented): NORACE, or every read here would be reported.
NORACE static void GC_CALLBACK pushgoroutinestacks() {
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
    if (g0 && g0->sched.sp)
      GC_push_all_eager((void *)g0->sched.sp, (void *)g0->stack.hi);
  }
}

// A collection can start on a thread that runs no M yet (a new M's
// thread, registering with the collector before mstart): the stack pool
// is left alone there.
static void GC_CALLBACK gcstart() {
  if (getg())
    stackReleaseIdle();
}

// The bottom of this thread's stack as the collector was last told it
// (setgcstack), which gcsuspend puts back.
static __thread uintptr_t gcstackbottom __attribute__((tls_model("local-exec")));

void gcminit(m *mp) {
  GC_stack_base sb;
  void *handle = GC_get_my_stackbottom(&sb);
  gcstackbottom = (uintptr_t)sb.mem_base;
  __atomic_signal_fence(__ATOMIC_SEQ_CST);
  mp->gcthread = handle;
}

void setgcstack(g *gp) {
  gcstackbottom = gp->stack.hi;
  // Recorded before Boehm is told: a stop in between then puts back the
  // new bottom, which the store below writes again.
  __atomic_signal_fence(__ATOMIC_SEQ_CST);
  GC_stack_base sb = {(void *)gp->stack.hi};
  GC_set_stackbottom(gp->m->gcthread, &sb);
}

// The top of the stack sp is on, of the stacks mp's thread runs on: its
// current goroutine's, or else its g0 stack (whose bottom is not known for
// m0: it is the process's stack). Never the signal stack: sighandler blocks
// every signal, the collector's included, while it runs there.
static uintptr_t stackhiOf(m *mp, uintptr_t sp) {
  g *gp = mp->curg;
  if (gp && gp->stack.lo <= sp && sp < gp->stack.hi)
    return gp->stack.hi;
  return mp->g0->stack.hi;
}

static void (*boehmSuspendHandler)(int, siginfo_t *, void *);

// Boehm's suspend signal, on a thread it stops for a collection: the
// bottom of the thread's stack is made the top of the stack the thread is
// on while Boehm's handler waits in it (see the file comment). Only
// async-signal-safe work: GC_set_stackbottom with a thread handle is two
// stores. NORACE: the fields read are the interrupted thread's own.
NORACE static void gcsuspend(int sig, siginfo_t *info, void *ctx) {
  g *gp = getg();
  m *mp = gp ? gp->m : nullptr;
  if (!mp || !mp->gcthread) {
    // A thread that runs no M yet: its stack is the one Boehm knows.
    boehmSuspendHandler(sig, info, ctx);
    return;
  }
  uintptr_t told = gcstackbottom;
  GC_stack_base sb = {(void *)stackhiOf(mp, (uintptr_t)__builtin_frame_address(0))};
  GC_set_stackbottom(mp->gcthread, &sb);
  boehmSuspendHandler(sig, info, ctx);
  sb.mem_base = (void *)told;
  GC_set_stackbottom(mp->gcthread, &sb);
}

// Puts gcsuspend in front of the handler GC_INIT installed for the
// suspend signal, with its mask and flags.
static void installgcsuspend() {
  int sig = GC_get_suspend_signal();
  struct sigaction sa;
  if (sigaction(sig, nullptr, &sa) != 0 || !(sa.sa_flags & SA_SIGINFO))
    throw_("mallocinit: unexpected collector suspend handler");
  boehmSuspendHandler = sa.sa_sigaction;
  sa.sa_sigaction = gcsuspend;
  if (sigaction(sig, &sa, nullptr) != 0)
    throw_("mallocinit: sigaction failed");
}

// Starts the collector. schedinit calls it first, on the main thread.
void mallocinit() {
  GC_set_warn_proc(gcwarn);
  // Go's pacing (GOGC=100): the next collection when the heap has grown
  // by about its own size since the last one. (Boehm's default, 3, collects
  // three times as often; a burst of a million goroutines then spends most
  // of its time marking.)
  GC_set_free_space_divisor(1);
  GC_INIT();
  prevPushOtherRoots = GC_get_push_other_roots();
  GC_set_push_other_roots(pushgoroutinestacks);
  GC_set_start_callback(gcstart);
  installgcsuspend();
#if GOLC_TSAN
  // No collections under ThreadSanitizer (race.cpp says why).
  GC_disable();
#endif
}

// Stack bytes an allocation that may collect needs (see the file comment).
enum : uintptr_t { mallocStackNeed = 128 << 10 };

struct gcmallocArgs {
  uintptr_t size;
  bool scan;
  bool offpage; // only pointers to its first 256 bytes keep it alive
  void *x;
};

// GC_MALLOC(size), or GC_MALLOC_ATOMIC when !scan, on a stack deep enough
// for a collection.
static void gcmalloc_m(void *arg) {
  gcmallocArgs *a = (gcmallocArgs *)arg;
  if (a->offpage)
    a->x = GC_MALLOC_IGNORE_OFF_PAGE(a->size);
  else
    a->x = a->scan ? GC_MALLOC(a->size) : GC_MALLOC_ATOMIC(a->size);
}

static void *gcmalloc(uintptr_t size, bool scan, bool offpage = false) {
  gcmallocArgs a = {size, scan, offpage, nullptr};
  g *gp = getg();
  if ((uintptr_t)__builtin_frame_address(0) - gp->stack.lo > mallocStackNeed)
    gcmalloc_m(&a);
  else
    systemstack(gcmalloc_m, &a);
  if (!a.x)
    throw_("runtime: out of memory");
  return a.x;
}

// Allocates an object of size bytes: scanned by the GC if typ has
// pointers, zeroed if needzero (or if it will be scanned: the collector
// must not see stale pointers).
void *mallocgc(uintptr_t size, _type *typ, bool needzero) {
  if (size == 0)
    return &zerobase;
  m *mp = acquirem();
  mp->mallocing++;
  bool scan = typ && typ->ptrdata != 0;
  void *x = gcmalloc(size, scan);
  if (!scan && needzero)
    memset(x, 0, size);
  mp->mallocing--;
  releasem(mp);
  return x;
}

// new(T).
void *newobject(_type *typ) { return mallocgc(typ->size, typ, true); }

// runtime.GC: a full collection now, on the g0 stack like any collection
// an allocation starts.
static void gcollect_m(void *) { GC_gcollect(); }
void GC() __asm__("runtime.GC");
void GC() {
  m *mp = acquirem();
  systemstack(gcollect_m, nullptr);
  releasem(mp);
}

// The runtime's large arrays (allgs, a P's timer heap) are referenced
// only from their start: allocated so (GC_MALLOC_IGNORE_OFF_PAGE), the
// collector need not find a run of pages no stray integer points into,
// which for arrays of megabytes can take many collections.
enum : uintptr_t { mallocLargeArray = 100 << 10 };

void *mallocptrs(uintptr_t size) { return gcmalloc(size, true, size >= mallocLargeArray); }
