//===- runtime/proc.cpp - goroutines, the scheduler and the boot path -----===//
//
// Goroutine scheduler
//
// The scheduler hands ready-to-run goroutines to worker threads. It has
// three kinds of object, named as in Go's runtime:
//
//   G - a goroutine: a function running on its own stack, with the saved
//       context (gobuf) that lets any thread resume it.
//   M - a worker thread ("machine"). Each M has a g0 whose stack is where
//       the scheduler itself runs; an M runs goroutines one at a time.
//   P - a processor: what an M must hold to run Go code. A P owns a local
//       run queue (a 256-slot ring plus runnext), a list of dead g's to
//       reuse and a cache of goroutine ids. There are GOMAXPROCS Ps (allp).
//
// Work flows through run queues. newproc puts a new goroutine in its P's
// runnext, so it runs next; the goroutine it displaces moves to the tail of
// the ring; a full ring spills half of itself to the global run queue
// (sched.runq, under sched.lock). An M in schedule takes the next g from its
// P: once every 61 ticks from the global queue first (so it cannot starve),
// else runnext, the ring, then the global queue. execute marks the g
// running and gogo switches to its stack. The g leaves the M again through
// mcall, which saves its context and calls a function on g0: goexit0 when
// it returns (the g goes dead onto the P's free list, the next newproc
// reuses it and its stack), gosched_m when it yields (it joins the global
// queue). Every change of a g's state goes through casgstatus, which
// refuses any transition the state machine does not have.
//
// The boot path, which this file shares with asm_amd64.S, is the one of
// Go's runtime (see docs/boot-path.md for a gdb session retracing it):
// rt0_go sets up m0 and g0 on the OS stack, calls schedinit (GC, stacks, m0,
// GOMAXPROCS Ps with allp[0] bound to m0), newproc(&mainPC) creates
// goroutine 1 to run runtime.main, and mstart enters the scheduler, which
// runs it: runtime.main calls main.init, main.main, then exits.
//
// Today one M (m0, the main thread) runs everything; the other Ps wait idle
// on sched.pidle. The structures are already the multi-threaded ones:
// runqput/runqget are lock-free as stealing Ms will need, goids come from
// per-P caches, the global queue and free list are lock-protected. Issue 4
// adds Ms (newm, startm/stopm parked on futex notes, wakep, runqsteal),
// gopark/goready, system calls and timers; findRunnable then waits for work
// instead of declaring a deadlock.
//
// Memory: g's, m's and p's are GC objects, reachable from allgs, allm and
// allp. Goroutine stacks are not GC memory (stack.cpp); malloc.cpp pushes
// them as roots.
//
//===----------------------------------------------------------------------===//

#include "runtime.h"

#include <stdlib.h>
#include <string.h>

__thread g *tlsg __asm__("runtime.tlsg") __attribute__((tls_model("local-exec")));

m m0 __asm__("runtime.m0");
g g0 __asm__("runtime.g0");
schedt sched __asm__("runtime.sched");
m *allm __asm__("runtime.allm");
p **allp __asm__("runtime.allp");
int32_t gomaxprocs __asm__("runtime.gomaxprocs");
int32_t ncpu __asm__("runtime.ncpu");

// allgs holds every g ever created (they are never freed, only reused).
// Readers that do not take allglock load allglen first, then allgs: a grown
// array is published before the length that needs it.
g **allgs __asm__("runtime.allgs");
uintptr_t allglen __asm__("runtime.allglen");
static uintptr_t allgcap;
static mutex allglock;

// The program, compiled by golc.
void main_init() __asm__("main.init");
void main_main() __asm__("main.main");

// The main goroutine: runs the package initialisers, then main.main, then
// exits the process, taking every other goroutine with it.
void runtime_main() __asm__("runtime.main");
void runtime_main() {
  g *gp = getg();
  if (gp->m != &m0)
    throw_("runtime.main not on m0");
  main_init();
  main_main();
  exit_(0);
}

//===----------------------------------------------------------------------===//
// Initialisation
//===----------------------------------------------------------------------===//

void mcommoninit(m *mp) __asm__("runtime.mcommoninit");
void procresize(int32_t nprocs) __asm__("runtime.procresize");

// Parses a positive decimal int32, as GOMAXPROCS needs; false otherwise.
static bool atoi32(const char *s, int32_t *out) {
  if (!s || !*s)
    return false;
  int64_t n = 0;
  for (; *s; s++) {
    if (*s < '0' || *s > '9')
      return false;
    n = n * 10 + (*s - '0');
    if (n > INT32_MAX)
      return false;
  }
  *out = (int32_t)n;
  return true;
}

// The bootstrap sequence, called by rt0_go on g0 of m0 before any goroutine
// exists: the heap, m0, then GOMAXPROCS Ps.
void schedinit() {
  g *gp = getg();
  mallocinit();
  mcommoninit(gp->m);

  int32_t procs = ncpu;
  int32_t n;
  if (atoi32(getenv("GOMAXPROCS"), &n) && n > 0)
    procs = n;
  procresize(procs);
}

// Gives mp an id and a signal stack and links it on allm.
void mcommoninit(m *mp) {
  lock(&sched.lock);
  mp->id = sched.mnext++;
  unlock(&sched.lock);

  // The signal handler runs on this g's stack (sigaltstack), so that a
  // goroutine that overflowed its stack can still be reported.
  mp->gsignal = malg(32 * 1024);
  mp->gsignal->m = mp;

  mp->alllink = allm;
  __atomic_store_n(&allm, mp, __ATOMIC_RELEASE);
}

static p *newp(int32_t id) {
  p *pp = (p *)mallocptrs(sizeof(p));
  pp->id = id;
  pp->status = _Pgcstop;
  return pp;
}

// Binds pp to the current M.
void acquirep(p *pp) __asm__("runtime.acquirep");
void acquirep(p *pp) {
  m *mp = getg()->m;
  if (mp->p || pp->m || pp->status != _Pidle)
    throw_("acquirep: invalid p state");
  mp->p = pp;
  pp->m = mp;
  pp->status = _Prunning;
}

// Puts pp on the idle list. sched.lock must be held.
void pidleput(p *pp) __asm__("runtime.pidleput");
void pidleput(p *pp) {
  if (!runqempty(pp))
    throw_("pidleput: P has non-empty run queue");
  pp->status = _Pidle;
  pp->link = sched.pidle;
  sched.pidle = pp;
  sched.npidle++;
}

// Makes allp hold nprocs Ps: the current M takes allp[0], the rest go idle.
// Today it runs once, at boot; shrinking (runtime.GOMAXPROCS) and the
// stop-the-world it needs come with issue 4.
void procresize(int32_t nprocs) {
  if (nprocs <= 0 || nprocs < gomaxprocs)
    throw_("procresize: invalid arg");
  p **newallp = (p **)mallocptrs(sizeof(p *) * nprocs);
  for (int32_t i = 0; i < nprocs; i++)
    newallp[i] = i < gomaxprocs ? allp[i] : newp(i);
  __atomic_store_n(&allp, newallp, __ATOMIC_RELEASE);

  m *mp = getg()->m;
  if (!mp->p) {
    allp[0]->status = _Pidle;
    acquirep(allp[0]);
  }
  lock(&sched.lock);
  for (int32_t i = nprocs - 1; i >= gomaxprocs; i--)
    if (allp[i] != mp->p)
      pidleput(allp[i]);
  unlock(&sched.lock);
  gomaxprocs = nprocs;
}

//===----------------------------------------------------------------------===//
// G states
//===----------------------------------------------------------------------===//

const char *gstatusname(uint32_t status) {
  switch (status) {
  case _Gidle: return "idle";
  case _Grunnable: return "runnable";
  case _Grunning: return "running";
  case _Gsyscall: return "syscall";
  case _Gwaiting: return "waiting";
  case _Gdead: return "dead";
  }
  return "???";
}

uint32_t readgstatus(g *gp) { return __atomic_load_n(&gp->atomicstatus, __ATOMIC_ACQUIRE); }

// The edges of the G state machine (see the states in runtime2.h).
static bool validTransition(uint32_t from, uint32_t to) {
  switch (from) {
  case _Gidle: return to == _Gdead;              // malg'd, registered
  case _Gdead: return to == _Grunnable;          // newproc1
  case _Grunnable: return to == _Grunning;       // execute
  case _Grunning:                                // yield, park, syscall, exit
    return to == _Grunnable || to == _Gwaiting || to == _Gsyscall || to == _Gdead;
  case _Gwaiting: return to == _Grunnable;       // goready
  case _Gsyscall: return to == _Grunning || to == _Grunnable; // exitsyscall
  }
  return false;
}

// Moves gp from oldval to newval. A transition the state machine does not
// have, or a g that is not in oldval, is a fatal error: either means two
// parts of the runtime disagree about who owns gp.
__attribute__((noinline)) void casgstatus(g *gp, uint32_t oldval, uint32_t newval) {
  if (!validTransition(oldval, newval)) {
    printlock();
    prints("runtime: casgstatus: oldval=");
    prints(gstatusname(oldval));
    prints(" newval=");
    prints(gstatusname(newval));
    printnl();
    printunlock();
    throw_("casgstatus: bad incoming values");
  }
  uint32_t cur = oldval;
  if (!__atomic_compare_exchange_n(&gp->atomicstatus, &cur, newval, false, __ATOMIC_ACQ_REL,
                                   __ATOMIC_ACQUIRE)) {
    printlock();
    prints("runtime: casgstatus ");
    prints(gstatusname(oldval));
    prints("->");
    prints(gstatusname(newval));
    prints(" failed: goroutine ");
    printint(gp->goid);
    prints(" is ");
    prints(gstatusname(cur));
    printnl();
    printunlock();
    throw_("casgstatus: bad transition");
  }
}

//===----------------------------------------------------------------------===//
// g lists
//===----------------------------------------------------------------------===//

static bool gListEmpty(gList *l) { return !l->head; }
static void gListPush(gList *l, g *gp) {
  gp->schedlink = l->head;
  l->head = gp;
}
static g *gListPop(gList *l) {
  g *gp = l->head;
  if (gp)
    l->head = gp->schedlink;
  return gp;
}

static void gQueuePushBack(gQueue *q, g *gp) {
  gp->schedlink = nullptr;
  if (q->tail)
    q->tail->schedlink = gp;
  else
    q->head = gp;
  q->tail = gp;
}
static g *gQueuePop(gQueue *q) {
  g *gp = q->head;
  if (gp) {
    q->head = gp->schedlink;
    if (!q->head)
      q->tail = nullptr;
  }
  return gp;
}

//===----------------------------------------------------------------------===//
// Creating goroutines
//===----------------------------------------------------------------------===//

struct newprocArgs {
  funcval *fn;
  g *callergp;
  uintptr_t callerpc;
};

// The part of newproc that runs on the system stack (Go's closure of the
// same name): create the g and queue it on this P, to run next.
void newproc_func1(void *arg) __asm__("runtime.newproc.func1");
void newproc_func1(void *arg) {
  newprocArgs *a = (newprocArgs *)arg;
  g *newg = newproc1(a->fn, a->callergp, a->callerpc);
  p *pp = getg()->m->p;
  runqput(pp, newg, true);
}

// Creates a g running fn and puts it on this P's run queue.
// Every `go` statement is lowered to a call of this; rt0_go calls it for
// runtime.main.
__attribute__((noinline)) void newproc(funcval *fn) {
  newprocArgs a = {fn, getg(), (uintptr_t)__builtin_return_address(0)};
  systemstack(newproc_func1, &a);
}

void allgadd(g *gp) __asm__("runtime.allgadd");
g *gfget(p *pp) __asm__("runtime.gfget");
void gostartcallfn(gobuf *gobuf, funcval *fv) __asm__("runtime.gostartcallfn");

// Builds a goroutine that will start in fn, and returns it _Grunnable but
// on no queue: queueing it is the caller's job. callergp and callerpc
// (the go statement, or rt0_go's call) are recorded for tracebacks.
// Runs on the system stack.
__attribute__((noinline)) g *newproc1(funcval *fn, g *callergp, uintptr_t callerpc) {
  if (!fn)
    fatal("go of nil func value");

  m *mp = acquirem(); // mp and pp stay ours while this runs
  p *pp = mp->p;
  g *newg = gfget(pp);
  if (!newg) {
    newg = malg(StackMin);
    casgstatus(newg, _Gidle, _Gdead);
    allgadd(newg); // visible to the GC from now on, as dead: its stack is not scanned yet
  }
  if (newg->stack.hi == 0)
    throw_("newproc1: newg missing stack");
  if (readgstatus(newg) != _Gdead)
    throw_("newproc1: new g is not Gdead");

  // The first frame: 4 words of room above sp, as Go leaves in case a
  // function reads slightly beyond its frame; a multiple of 16, so the
  // pushed return address leaves sp where the C ABI wants it at a call.
  uintptr_t totalSize = 4 * sizeof(uintptr_t);
  totalSize = (totalSize + 15) & ~(uintptr_t)15;
  uintptr_t sp = newg->stack.hi - totalSize;

  memset(&newg->sched, 0, sizeof newg->sched);
  newg->sched.sp = sp;
  newg->stktopsp = sp;
  // The return address of fn's frame: goexit + PCQuantum, so the address
  // looked up for that frame (return address - 1) is inside goexit.
  newg->sched.pc = (uintptr_t)&goexit + PCQuantum;
  newg->sched.g = newg;
  gostartcallfn(&newg->sched, fn);
  newg->parentGoid = callergp->goid;
  newg->gopc = callerpc;
  newg->startpc = fn->fn;
  casgstatus(newg, _Gdead, _Grunnable);

  if (pp->goidcache == pp->goidcacheend) {
    // sched.goidgen is the last allocated id; this batch is
    // [goidgen+1, goidgen+GoidCacheBatch]. The first goid is 1.
    pp->goidcache = __atomic_add_fetch(&sched.goidgen, GoidCacheBatch, __ATOMIC_ACQ_REL);
    pp->goidcache -= GoidCacheBatch - 1;
    pp->goidcacheend = pp->goidcache + GoidCacheBatch;
  }
  newg->goid = (int64_t)pp->goidcache;
  pp->goidcache++;
  releasem(mp);
  return newg;
}

// Rewrites buf so that resuming it enters fn with context ctxt, and fn
// later returns to buf's old pc: that pc is pushed where a call would have
// put its return address.
void gostartcall(gobuf *buf, void *fn, void *ctxt) __asm__("runtime.gostartcall");
__attribute__((noinline)) void gostartcall(gobuf *buf, void *fn, void *ctxt) {
  uintptr_t sp = buf->sp;
  sp -= sizeof(uintptr_t);
  *(uintptr_t *)sp = buf->pc;
  buf->sp = sp;
  buf->pc = (uintptr_t)fn;
  buf->ctxt = ctxt;
}

// gostartcall with fn from the funcval fv, and fv itself as the context
// (the closure pointer a Go function receives in r10).
__attribute__((noinline)) void gostartcallfn(gobuf *gobuf, funcval *fv) {
  gostartcall(gobuf, (void *)fv->fn, fv);
}

static uint32_t round2(uint32_t x) {
  uint32_t s = 1;
  while (s < x)
    s <<= 1;
  return s;
}

// Allocates a new g, with a stack big enough for stacksize bytes (none if
// stacksize < 0). The g starts in _Gidle, known to nobody. Runs on g0.
__attribute__((noinline)) g *malg(int32_t stacksize) {
  g *newg = (g *)mallocptrs(sizeof(g));
  if (stacksize >= 0) {
    newg->stack = stackalloc(round2((uint32_t)stacksize));
    newg->stackguard0 = newg->stack.lo + StackGuard;
    newg->stackguard1 = ~(uintptr_t)0;
    // Clear the bottom word of the stack, as Go does.
    *(uintptr_t *)newg->stack.lo = 0;
  }
  return newg;
}

// Registers gp in allgs.
__attribute__((noinline)) void allgadd(g *gp) {
  if (readgstatus(gp) == _Gidle)
    throw_("allgadd: bad status Gidle");
  lock(&allglock);
  if (allglen == allgcap) {
    uintptr_t newcap = allgcap ? 2 * allgcap : 64;
    g **newallgs = (g **)mallocptrs(newcap * sizeof(g *));
    if (allglen)
      memcpy(newallgs, allgs, allglen * sizeof(g *));
    __atomic_store_n(&allgs, newallgs, __ATOMIC_RELEASE);
    allgcap = newcap;
  }
  allgs[allglen] = gp;
  __atomic_store_n(&allglen, allglen + 1, __ATOMIC_RELEASE);
  unlock(&allglock);
}

// Puts a dead g on pp's free list. Past 64 entries, half of them move to
// the global list, where other Ps find them and the GC may free their
// stacks (malloc.cpp).
void gfput(p *pp, g *gp) __asm__("runtime.gfput");
void gfput(p *pp, g *gp) {
  if (readgstatus(gp) != _Gdead)
    throw_("gfput: bad status (not Gdead)");
  gListPush(&pp->gFree, gp);
  pp->gFreen++;
  if (pp->gFreen < 64)
    return;
  gList withStack = {}, noStack = {};
  int32_t moved = 0;
  while (pp->gFreen >= 32) {
    g *x = gListPop(&pp->gFree);
    pp->gFreen--;
    gListPush(x->stack.lo ? &withStack : &noStack, x);
    moved++;
  }
  lock(&sched.gFree.lock);
  while (g *x = gListPop(&withStack))
    gListPush(&sched.gFree.stack, x);
  while (g *x = gListPop(&noStack))
    gListPush(&sched.gFree.noStack, x);
  sched.gFree.n += moved;
  unlock(&sched.gFree.lock);
}

// Takes a dead g from pp's free list, refilling it from the global list
// first if it is empty. Gives the g a stack if the GC took its own.
// Returns null if there is none.
__attribute__((noinline)) g *gfget(p *pp) {
  if (gListEmpty(&pp->gFree) &&
      (!gListEmpty(&sched.gFree.stack) || !gListEmpty(&sched.gFree.noStack))) {
    lock(&sched.gFree.lock);
    while (pp->gFreen < 32) {
      g *gp = gListPop(&sched.gFree.stack);
      if (!gp)
        gp = gListPop(&sched.gFree.noStack);
      if (!gp)
        break;
      sched.gFree.n--;
      gListPush(&pp->gFree, gp);
      pp->gFreen++;
    }
    unlock(&sched.gFree.lock);
  }
  g *gp = gListPop(&pp->gFree);
  if (!gp)
    return nullptr;
  pp->gFreen--;
  if (gp->stack.lo == 0)
    gp->stack = stackalloc(StackMin);
  gp->stackguard0 = gp->stack.lo + StackGuard;
  return gp;
}

//===----------------------------------------------------------------------===//
// Starting an M
//===----------------------------------------------------------------------===//

// Installs the signal handlers; runs once, on m0.
void mstartm0() __asm__("runtime.mstartm0");
void mstartm0() { initsig(); }

NORETURN void mstart1() __asm__("runtime.mstart1");
NORETURN void mstart0() __asm__("runtime.mstart0");

// The entry point of an M: rt0_go calls it on m0 after creating the main
// goroutine. Enters the scheduler. Never returns.
void mstart() { mstart0(); }

__attribute__((noinline)) void mstart0() { mstart1(); }

// Records where g0's stack stays in use (the frame of mstart0: everything
// below is the scheduler's scratch space, which each mcall reuses from that
// point), sets up the thread, and enters the scheduler.
__attribute__((noinline)) void mstart1() {
  g *gp = getg();
  if (gp != gp->m->g0)
    throw_("bad runtime.mstart");
  // What mcall will switch to: mstart0's frame, as if mstart1 had returned.
  uintptr_t fp = (uintptr_t)__builtin_frame_address(0);
  gp->sched.g = gp;
  gp->sched.pc = (uintptr_t)__builtin_return_address(0);
  gp->sched.sp = fp + 2 * sizeof(uintptr_t);
  gp->sched.bp = *(uintptr_t *)fp;

  minit();
  if (gp->m == &m0)
    mstartm0();
  schedule();
}

//===----------------------------------------------------------------------===//
// The scheduler
//===----------------------------------------------------------------------===//

// No goroutine can run and none can become runnable: the program is stuck.
// With one M and nothing that can wake a goroutine up (no timers or other
// threads yet), an empty scheduler is exactly this.
NORETURN void checkdead() __asm__("runtime.checkdead");
void checkdead() { fatal("all goroutines are asleep - deadlock!"); }

// Finds a runnable goroutine to execute: the global queue once in a while
// for fairness, then the local queue (runnext first), then the global queue.
// *inheritTime: the g takes over the current time slice (it was runnext).
g *findRunnable(bool *inheritTime) __asm__("runtime.findRunnable");
g *findRunnable(bool *inheritTime) {
  m *mp = getg()->m;
  p *pp = mp->p;
  *inheritTime = false;

  // Every 61st tick the global queue goes first: goroutines that keep
  // re-creating each other in runnext would otherwise starve it.
  if (pp->schedtick % 61 == 0 && __atomic_load_n(&sched.runqsize, __ATOMIC_RELAXED) > 0) {
    lock(&sched.lock);
    g *gp = globrunqget(pp, 1);
    unlock(&sched.lock);
    if (gp)
      return gp;
  }

  if (g *gp = runqget(pp, inheritTime))
    return gp;

  if (__atomic_load_n(&sched.runqsize, __ATOMIC_RELAXED) != 0) {
    lock(&sched.lock);
    g *gp = globrunqget(pp, 0);
    unlock(&sched.lock);
    if (gp)
      return gp;
  }
  checkdead();
}

// Runs gp on the current M: gp becomes m->curg, _Grunning, and gogo
// switches to it. If inheritTime, gp shares the current time slice (the
// schedtick does not advance). Never returns.
NORETURN void execute(g *gp, bool inheritTime) __asm__("runtime.execute");
__attribute__((noinline)) void execute(g *gp, bool inheritTime) {
  m *mp = getg()->m;
  mp->curg = gp;
  gp->m = mp;
  casgstatus(gp, _Grunnable, _Grunning);
  gp->stackguard0 = gp->stack.lo + StackGuard;
  if (!inheritTime)
    mp->p->schedtick++;
  gogo(&gp->sched);
}

// One round of scheduling: find a runnable g and run it. Never returns.
// Runs on g0.
void schedule() {
  m *mp = getg()->m;
  if (mp->locks)
    throw_("schedule: holding locks");
  bool inheritTime;
  g *gp = findRunnable(&inheritTime);
  execute(gp, inheritTime);
}

// Detaches the current M from its goroutine.
void dropg() __asm__("runtime.dropg");
void dropg() {
  m *mp = getg()->m;
  mp->curg->m = nullptr;
  mp->curg = nullptr;
}

// goexit continuation on g0.
NORETURN void goexit0(g *gp) __asm__("runtime.goexit0");
void goexit0(g *gp) {
  m *mp = getg()->m;
  p *pp = mp->p;
  casgstatus(gp, _Grunning, _Gdead);
  gp->_panic = nullptr;
  gp->sig = 0;
  gp->sigcode0 = gp->sigcode1 = gp->sigpc = 0;
  dropg();
  gfput(pp, gp);
  schedule();
}

// Ends the current goroutine: called by goexit when the goroutine's
// function returns. The g is recycled on g0 by goexit0.
void goexit1() {
  mcall(goexit0);
  __builtin_unreachable();
}

// Puts gp, which yields, on the global queue and schedules another g.
NORETURN void goschedImpl(g *gp) __asm__("runtime.goschedImpl");
void goschedImpl(g *gp) {
  if (readgstatus(gp) != _Grunning)
    throw_("bad g status");
  casgstatus(gp, _Grunning, _Grunnable);
  dropg();
  lock(&sched.lock);
  globrunqput(gp);
  unlock(&sched.lock);
  schedule();
}

// Gosched continuation on g0.
void gosched_m(g *gp) __asm__("runtime.gosched_m");
void gosched_m(g *gp) { goschedImpl(gp); }

// runtime.Gosched: lets other goroutines run; the caller goes to the back
// of the global queue and continues when the scheduler gets to it.
void Gosched() { mcall(gosched_m); }

// mcall's and systemstack's complaints (asm_amd64.S).
extern "C" NORETURN void badmcall(void (*fn)(g *)) __asm__("runtime.badmcall");
void badmcall(void (*fn)(g *)) { throw_("runtime: mcall called on m->g0 stack"); }
extern "C" NORETURN void badmcall2(void (*fn)(g *)) __asm__("runtime.badmcall2");
void badmcall2(void (*fn)(g *)) { throw_("runtime: mcall function returned"); }
extern "C" NORETURN void badsystemstack() __asm__("runtime.badsystemstack");
void badsystemstack() { throw_("systemstack called from unexpected goroutine"); }

//===----------------------------------------------------------------------===//
// Run queues
//===----------------------------------------------------------------------===//

// sched.runqsize changes under sched.lock, but findRunnable peeks at it
// without the lock: stores are atomic.
static void addrunqsize(int32_t n) {
  __atomic_store_n(&sched.runqsize, sched.runqsize + n, __ATOMIC_RELAXED);
}

// Puts gp at the tail of the global queue. sched.lock must be held.
void globrunqput(g *gp) {
  gQueuePushBack(&sched.runq, gp);
  addrunqsize(1);
}

// Puts a batch of n g's (linked through schedlink, head..tail) on the global
// queue. sched.lock must be held.
void globrunqputbatch(g *head, g *tail, int32_t n) __asm__("runtime.globrunqputbatch");
void globrunqputbatch(g *head, g *tail, int32_t n) {
  tail->schedlink = nullptr;
  if (sched.runq.tail)
    sched.runq.tail->schedlink = head;
  else
    sched.runq.head = head;
  sched.runq.tail = tail;
  addrunqsize(n);
}

// Moves gp and a batch of work (half of the full ring) from pp's local
// queue to the global queue. Executed only by the owner P. False if a
// stealer took from the ring meanwhile (then the ring has room again).
bool runqputslow(p *pp, g *gp, uint32_t h, uint32_t t) __asm__("runtime.runqputslow");
bool runqputslow(p *pp, g *gp, uint32_t h, uint32_t t) {
  g *batch[RunqSize / 2 + 1];
  uint32_t n = (t - h) / 2;
  if (n != RunqSize / 2)
    throw_("runqputslow: queue is not full");
  for (uint32_t i = 0; i < n; i++)
    batch[i] = pp->runq[(h + i) % RunqSize];
  if (!__atomic_compare_exchange_n(&pp->runqhead, &h, h + n, false, __ATOMIC_RELEASE,
                                   __ATOMIC_RELAXED))
    return false;
  batch[n] = gp;
  for (uint32_t i = 0; i < n; i++)
    batch[i]->schedlink = batch[i + 1];
  lock(&sched.lock);
  globrunqputbatch(batch[0], batch[n], n + 1);
  unlock(&sched.lock);
  return true;
}

// Tries to put gp on pp's local runnable queue. If next, gp goes in
// pp->runnext (the g there moves to the tail of the ring). If the ring is
// full, runqputslow moves half of it to the global queue. Executed only by
// the owner P.
__attribute__((noinline)) void runqput(p *pp, g *gp, bool next) {
  if (next) {
    g *oldnext = __atomic_load_n(&pp->runnext, __ATOMIC_RELAXED);
    while (!__atomic_compare_exchange_n(&pp->runnext, &oldnext, gp, false, __ATOMIC_ACQ_REL,
                                        __ATOMIC_RELAXED)) {
    }
    if (!oldnext)
      return;
    // The displaced runnext goes to the tail of the ring.
    gp = oldnext;
  }
  for (;;) {
    // Acquire: slots before head are free once consumers released them.
    uint32_t h = __atomic_load_n(&pp->runqhead, __ATOMIC_ACQUIRE);
    uint32_t t = pp->runqtail; // only this P writes the tail
    if (t - h < RunqSize) {
      pp->runq[t % RunqSize] = gp;
      // Release: a consumer that sees the new tail sees the slot written.
      __atomic_store_n(&pp->runqtail, t + 1, __ATOMIC_RELEASE);
      return;
    }
    if (runqputslow(pp, gp, h, t))
      return;
    // A stealer emptied part of the ring meanwhile: there is room now.
  }
}

// Gets a g from pp's local runnable queue: runnext first (then
// *inheritTime is true), else the head of the ring. Executed only by the
// owner P. Null if the queue is empty.
g *runqget(p *pp, bool *inheritTime) {
  g *next = __atomic_load_n(&pp->runnext, __ATOMIC_RELAXED);
  // Only the owner sets runnext, stealers only clear it: if the CAS fails,
  // a stealer took it, and the ring is the next place to look.
  if (next && __atomic_compare_exchange_n(&pp->runnext, &next, nullptr, false, __ATOMIC_ACQ_REL,
                                          __ATOMIC_RELAXED)) {
    *inheritTime = true;
    return next;
  }
  *inheritTime = false;
  for (;;) {
    uint32_t h = __atomic_load_n(&pp->runqhead, __ATOMIC_ACQUIRE);
    uint32_t t = pp->runqtail;
    if (t == h)
      return nullptr;
    g *gp = pp->runq[h % RunqSize];
    // The slot is ours only if no stealer moved head since we read it.
    if (__atomic_compare_exchange_n(&pp->runqhead, &h, h + 1, false, __ATOMIC_RELEASE,
                                    __ATOMIC_RELAXED))
      return gp;
  }
}

// Reports whether pp has no g's on its local queue, never wrongly: a g
// can move from runnext into the ring between two reads (runqput displacing
// it), so head, tail and runnext count only if the tail did not move while
// they were read.
bool runqempty(p *pp) {
  for (;;) {
    uint32_t head = __atomic_load_n(&pp->runqhead, __ATOMIC_ACQUIRE);
    uint32_t tail = __atomic_load_n(&pp->runqtail, __ATOMIC_ACQUIRE);
    g *runnext = __atomic_load_n(&pp->runnext, __ATOMIC_ACQUIRE);
    if (tail == __atomic_load_n(&pp->runqtail, __ATOMIC_ACQUIRE))
      return head == tail && !runnext;
  }
}

// Takes a batch from the global queue: returns one g to run and puts up to
// max-1 more (all it can if max is 0, at most half a ring) on pp's local
// queue, leaving a fair share for the other Ps. sched.lock must be held.
g *globrunqget(p *pp, int32_t max) {
  if (sched.runqsize == 0)
    return nullptr;
  int32_t n = sched.runqsize / gomaxprocs + 1;
  if (n > sched.runqsize)
    n = sched.runqsize;
  if (max > 0 && n > max)
    n = max;
  if (n > RunqSize / 2)
    n = RunqSize / 2;
  addrunqsize(-n);
  g *gp = gQueuePop(&sched.runq);
  for (n--; n > 0; n--)
    runqput(pp, gQueuePop(&sched.runq), false);
  return gp;
}

//===----------------------------------------------------------------------===//
// Freeing idle stacks
//===----------------------------------------------------------------------===//

void markrootFreeGStacks() {
  // The GC calls this with its own lock held: waiting here for a thread
  // that waits for the GC would deadlock, so a busy list is left for the
  // next collection.
  if (!trylock(&sched.gFree.lock))
    return;
  while (g *gp = gListPop(&sched.gFree.stack)) {
    stackfree(gp->stack);
    gp->stack = stack{0, 0};
    gp->stackguard0 = 0;
    gListPush(&sched.gFree.noStack, gp);
  }
  unlock(&sched.gFree.lock);
}
