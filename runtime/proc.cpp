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
//       reuse, a cache of goroutine ids and a heap of timers (time.cpp).
//       There are GOMAXPROCS Ps (allp); an M without a P is idle, in a
//       system call, or sysmon.
//
// Work flows through run queues. newproc and goready put the goroutine
// they make runnable in their P's runnext, so it runs next, on the same
// M, inheriting the time slice: a hand-off between goroutines costs two
// stack switches and no thread wake-up. The goroutine runnext displaces
// moves to the tail of the ring; a full ring spills half of itself to the
// global run queue (sched.runq, under sched.lock). An M in schedule takes
// the next g from its P: once every 61 ticks from the global queue first
// (so it cannot starve), else runnext, the ring, the global queue, then it
// steals (findRunnable). execute marks the g running and gogo switches to
// its stack. The g leaves the M again through mcall, which saves its
// context and calls a function on g0: goexit0 when it returns (the g goes
// dead onto the P's free list, the next newproc reuses it and its stack),
// gosched_m when it yields (it joins the global queue; goyield_m, for the
// runtime's own yields, keeps it on its P's queue), park_m when it
// blocks (gopark: it waits, on no run queue, until someone goreadies it).
// Every change of a g's state goes through casgstatus, which refuses any
// transition the state machine does not have.
//
// Time slices: execute advances the P's schedtick for every g it starts on
// a slice of its own; a g taken from runnext inherits the current one (the
// tick stands still). A slice lasts at most forcePreemptNS (10 ms): sysmon
// sees a tick stand still that long and asks the P to end its slice
// (retake, preemptone). Go would preempt the running goroutine; golc
// cannot (see below), so the slice ends at the P's next schedule instead,
// where the g in runnext, which would inherit it, is preempted in its stead
// (preemptrunnext): it goes to the tail of the global queue, and what
// waits in the ring and the global queue gets its turn. Otherwise two
// goroutines that ready each other through runnext (an unbuffered
// ping-pong) would keep the P forever, and with one P every other
// goroutine would starve.
//
// Worker thread parking/unparking. There must be enough running Ms to use
// the Ps while there is work, and as few spinning or waking Ms as possible
// otherwise, because waking a parked thread costs tens of microseconds. As
// in Go, an M that runs out of local work becomes "spinning" (counted in
// sched.nmspinning) while it looks through the global queue, the timers
// and the other Ps' run queues, stealing half of a victim's queue
// (runqsteal); it parks (stopm, on its m.park note) only after it found
// nothing. Whoever makes a goroutine runnable calls wakep, which unparks an
// M only if a P is idle and no M spins already: a spinning M will find the
// work, and when it does, it calls wakep in its turn (resetspinning), so
// the Ms come up one at a time as long as there is more work. Unlike Go's,
// a spinning M that found nothing keeps spinning for up to 50 us before it
// parks (spinForWork), so that goroutines handing work to each other on
// another P find it still spinning instead of paying a wake-up. The last M
// to stop spinning must not miss work submitted meanwhile: it drops
// nmspinning first, then looks at every run queue again; the submitter
// queues first, then reads nmspinning (both sides with a full barrier).
//
// System calls: entersyscall leaves the P in _Psyscall, where sysmon (a
// thread of its own, without a P) retakes it after 20 us if there is other
// work (retake, handoffp); entersyscallblock hands it off at once.
// exitsyscall takes the P back, or another idle one, or queues the
// goroutine and parks the M.
//
// Timers: each P services its own timers at every schedule (checkTimers,
// time.cpp), and a spinning M runs other Ps' due timers. An M with nothing
// to do and timers pending sleeps until the next one, and at most one M
// does (sched.lastpoll: the role Go's network poller plays); an earlier
// timer wakes it (wakeNetPoller).
//
// The boot path, which this file shares with asm_amd64.S, is the one of
// Go's runtime (see docs/boot-path.md for a gdb session retracing it):
// rt0_go sets up m0 and g0 on the OS stack, calls schedinit (GC, stacks, m0,
// GOMAXPROCS Ps with allp[0] bound to m0), newproc(&mainPC) creates
// goroutine 1 to run runtime.main, and mstart enters the scheduler, which
// runs it: runtime.main starts sysmon, calls main.init, main.main, then
// exits.
//
// When no M runs and no goroutine can ever become runnable (no timer is
// pending), the program is deadlocked: checkdead reports it as gc does.
//
// What is not there: goroutines are not preempted (compiled code has no
// safe points yet), so a goroutine that never blocks, yields or returns
// keeps its M and P past its time slice, and runtime.GOMAXPROCS, which
// stops the world, waits for it.
//
// Memory: g's, m's and p's are GC objects, reachable from allgs, allm and
// allp. Goroutine stacks are not GC memory (stack.cpp); malloc.cpp pushes
// them as roots.
//
//===----------------------------------------------------------------------===//

#include "runtime.h"
#include "timers.h"

#include <stdlib.h>
#include <string.h>

__thread g *tlsg __asm__("runtime.tlsg") __attribute__((tls_model("local-exec")));

m m0 __asm__("runtime.m0");
g g0 __asm__("runtime.g0");
schedt sched __asm__("runtime.sched");
m *allm __asm__("runtime.allm");
// allp[0..gomaxprocs): the Ps. Readers without sched.lock load gomaxprocs
// first, then allp: a grown array is published before the count that
// needs it, and a shrinking GOMAXPROCS keeps the array.
p **allp __asm__("runtime.allp");
static int32_t allpcap;
int32_t gomaxprocs __asm__("runtime.gomaxprocs");
int32_t ncpu __asm__("runtime.ncpu");
// GOMAXPROCS to apply at the next startTheWorld (0: none).
static int32_t newprocs;
// runtime.main has started: new goroutines may wake other Ms.
static bool mainStarted;
// nanotime at schedinit: the origin of schedtrace's times.
static int64_t runtimeInitTime;

// GODEBUG settings: schedtrace=MS prints a line about the scheduler every
// MS milliseconds; scheddetail=1 adds one per P, M and G.
static struct {
  int32_t schedtrace;
  int32_t scheddetail;
} debug;

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

NORETURN void sysmon() __asm__("runtime.sysmon");
void checkdead() __asm__("runtime.checkdead");
static void newm(void (*fn)(), p *pp, int64_t id);

static void newmSysmon(void *) { newm(sysmon, nullptr, -1); }

// The main goroutine: starts sysmon, runs the package initialisers, then
// main.main, then exits the process, taking every other goroutine with it.
void runtime_main() __asm__("runtime.main");
void runtime_main() {
  g *gp = getg();
  if (gp->m != &m0)
    throw_("runtime.main not on m0");
  __atomic_store_n(&mainStarted, true, __ATOMIC_RELEASE);
  systemstack(newmSysmon, nullptr);
  main_init();
  main_main();
  // A goroutine that is dying of a panic holds the print lock until it
  // has printed its report and exited: wait for it, as Go's runtime.main
  // waits while panicking != 0.
  printlock();
  exit_(0);
}

//===----------------------------------------------------------------------===//
// Initialisation
//===----------------------------------------------------------------------===//

void mcommoninit(m *mp, int64_t id) __asm__("runtime.mcommoninit");
p *procresize(int32_t nprocs) __asm__("runtime.procresize");

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

// Reads GODEBUG's comma-separated name=value pairs that concern the
// scheduler; others are ignored.
static void parsedebugvars() {
  const char *s = getenv("GODEBUG");
  while (s && *s) {
    const char *end = strchr(s, ',');
    size_t len = end ? (size_t)(end - s) : strlen(s);
    char field[64];
    if (len < sizeof field) {
      memcpy(field, s, len);
      field[len] = 0;
      char *eq = strchr(field, '=');
      if (eq) {
        *eq = 0;
        int32_t v;
        if (atoi32(eq + 1, &v)) {
          if (strcmp(field, "schedtrace") == 0)
            debug.schedtrace = v;
          else if (strcmp(field, "scheddetail") == 0)
            debug.scheddetail = v;
        }
      }
    }
    s = end ? end + 1 : nullptr;
  }
}

// The bootstrap sequence, called by rt0_go on g0 of m0 before any goroutine
// exists: the heap, the stacks, m0, then GOMAXPROCS Ps.
void schedinit() {
  g *gp = getg();
  runtimeInitTime = nanotime();
  sched.maxmcount = 10000;
  sched.lastpoll = (uint64_t)runtimeInitTime;
  mallocinit();
  stackinit();
  mcommoninit(gp->m, -1);
  parsedebugvars();

  int32_t procs = ncpu;
  int32_t n;
  if (atoi32(getenv("GOMAXPROCS"), &n) && n > 0)
    procs = n;
  lock(&sched.lock);
  if (procresize(procs))
    throw_("unknown runnable goroutine during bootstrap");
  unlock(&sched.lock);
}

// Throws if there are too many Ms. sched.lock must be held.
static void checkmcount() {
  if (sched.mnext > sched.maxmcount) {
    printlock();
    prints("runtime: program exceeds ");
    printint(sched.maxmcount);
    prints("-thread limit\n");
    throw_("thread exhaustion");
  }
}

// The id of a new M, which checkdead counts as running from now on.
// sched.lock must be held.
static int64_t mReserveID() {
  int64_t id = sched.mnext++;
  checkmcount();
  return id;
}

// Allocates a g with a system stack of size bytes, for an M (g0, gsignal).
static g *malgsys(uintptr_t size) {
  g *newg = (g *)mallocptrs(sizeof(g));
  newg->stack = stackallocsys(size);
  newg->stackguard0 = newg->stack.lo + StackGuard;
  newg->stackguard1 = newg->stackguard0;
  return newg;
}

enum : uintptr_t {
  StackSystemSize = 1 << 20, // an M's g0 stack (stack.cpp)
  StackSignalSize = 32 << 10, // an M's gsignal stack
};

// Gives mp an id (id, or a new one if id < 0), a signal stack and a
// random state, and links it on allm.
void mcommoninit(m *mp, int64_t id) {
  lock(&sched.lock);
  mp->id = id >= 0 ? id : mReserveID();
  unlock(&sched.lock);
  mp->fastrand = (uint64_t)nanotime() ^ ((uint64_t)mp->id * 0x9e3779b97f4a7c15ull);

  // The signal handler runs on this g's stack (sigaltstack), so that a
  // goroutine that overflowed its stack can still be reported.
  mp->gsignal = malgsys(StackSignalSize);
  mp->gsignal->m = mp;

  lock(&sched.lock);
  mp->alllink = allm;
  __atomic_store_n(&allm, mp, __ATOMIC_RELEASE);
  unlock(&sched.lock);
}

static uint32_t pstatus(p *pp) { return __atomic_load_n(&pp->status, __ATOMIC_ACQUIRE); }
static void setpstatus(p *pp, uint32_t s) { __atomic_store_n(&pp->status, s, __ATOMIC_RELEASE); }

// Readies pp (new, or dead since GOMAXPROCS shrank) to be allp[id].
static void pinit(p *pp, int32_t id) {
  pp->id = id;
  setpstatus(pp, _Pgcstop);
}

// Binds pp to the current M.
void acquirep(p *pp) __asm__("runtime.acquirep");
void acquirep(p *pp) {
  m *mp = getg()->m;
  if (mp->p || pp->m || pstatus(pp) != _Pidle) {
    printlock();
    prints("runtime: acquirep: p->m=");
    printint(pp->m ? pp->m->id : -1);
    prints(" p->status=");
    printint(pstatus(pp));
    printnl();
    throw_("acquirep: invalid p state");
  }
  mp->p = pp;
  pp->m = mp;
  setpstatus(pp, _Prunning);
}

// Unbinds the current M from its P and returns the P, _Pidle.
p *releasep() __asm__("runtime.releasep");
p *releasep() {
  m *mp = getg()->m;
  p *pp = mp->p;
  if (!pp || pp->m != mp || pstatus(pp) != _Prunning)
    throw_("releasep: invalid p state");
  mp->p = nullptr;
  pp->m = nullptr;
  setpstatus(pp, _Pidle);
  return pp;
}

// Puts pp on the idle list. sched.lock must be held.
void pidleput(p *pp) __asm__("runtime.pidleput");
void pidleput(p *pp) {
  if (!runqempty(pp))
    throw_("pidleput: P has non-empty run queue");
  setpstatus(pp, _Pidle);
  pp->link = sched.pidle;
  __atomic_store_n(&sched.pidle, pp, __ATOMIC_RELEASE);
  __atomic_store_n(&sched.npidle, sched.npidle + 1, __ATOMIC_RELEASE);
}

// Takes a P off the idle list, or returns null. sched.lock must be held.
p *pidleget() __asm__("runtime.pidleget");
p *pidleget() {
  p *pp = sched.pidle;
  if (pp) {
    __atomic_store_n(&sched.pidle, pp->link, __ATOMIC_RELEASE);
    __atomic_store_n(&sched.npidle, sched.npidle - 1, __ATOMIC_RELEASE);
  }
  return pp;
}

// The order in which a spinning M visits the Ps to steal from: all of
// them, from a random start, by a random stride coprime with their
// number, so that Ms looking at the same time spread over the victims.
static struct {
  uint32_t count;
  uint32_t *coprimes;
  uint32_t ncoprimes;
} stealOrder;

static uint32_t gcd(uint32_t a, uint32_t b) {
  while (b) {
    uint32_t t = a % b;
    a = b;
    b = t;
  }
  return a;
}

static void stealOrderReset(uint32_t count) {
  uint32_t *cs = (uint32_t *)mallocgc(count * sizeof(uint32_t), nullptr, false);
  uint32_t n = 0;
  for (uint32_t i = 1; i <= count; i++)
    if (gcd(i, count) == 1)
      cs[n++] = i;
  stealOrder.count = count;
  stealOrder.coprimes = cs;
  stealOrder.ncoprimes = n;
}

void globrunqputhead(g *gp) __asm__("runtime.globrunqputhead");
void gfpurge(p *pp) __asm__("runtime.gfpurge");
static m *mget();

// Retires pp (GOMAXPROCS shrank): its goroutines go to the head of the
// global queue in their order, its timers to the current M's P, its free
// g's to the global list. The world is stopped.
static void pdestroy(p *pp) {
  while (pp->runqhead != pp->runqtail) {
    pp->runqtail--;
    globrunqputhead(pp->runq[pp->runqtail % RunqSize]);
  }
  if (pp->runnext) {
    globrunqputhead(pp->runnext);
    pp->runnext = nullptr;
  }
  moveTimers(getg()->m->p, pp);
  gfpurge(pp);
  stackcache_clear(pp);
  setpstatus(pp, _Pdead);
}

// Makes allp hold nprocs Ps: the current M keeps its P if it survives,
// else takes allp[0]; Ps beyond nprocs are retired; the others go idle, or,
// if they have work, are returned linked through p.link, each with an idle
// M in p.m if there is one, for the caller to start. sched.lock must be
// held, and the world stopped (or not started yet).
p *procresize(int32_t nprocs) {
  int32_t old = gomaxprocs;
  if (old < 0 || nprocs <= 0)
    throw_("procresize: invalid arg");

  if (nprocs > allpcap) {
    p **newallp = (p **)mallocptrs(sizeof(p *) * nprocs);
    for (int32_t i = 0; i < allpcap; i++)
      newallp[i] = allp[i];
    __atomic_store_n(&allp, newallp, __ATOMIC_RELEASE);
    allpcap = nprocs;
  }
  for (int32_t i = old; i < nprocs; i++) {
    if (!allp[i])
      allp[i] = (p *)mallocptrs(sizeof(p));
    pinit(allp[i], i);
  }

  m *mp = getg()->m;
  if (mp->p && mp->p->id < nprocs) {
    setpstatus(mp->p, _Prunning);
  } else {
    if (mp->p)
      mp->p->m = nullptr;
    mp->p = nullptr;
    p *pp = allp[0];
    pp->m = nullptr;
    setpstatus(pp, _Pidle);
    acquirep(pp);
  }
  for (int32_t i = nprocs; i < old; i++)
    pdestroy(allp[i]);
  __atomic_store_n(&gomaxprocs, nprocs, __ATOMIC_RELEASE);

  p *runnablePs = nullptr;
  for (int32_t i = nprocs - 1; i >= 0; i--) {
    p *pp = allp[i];
    if (mp->p == pp)
      continue;
    setpstatus(pp, _Pidle);
    if (runqempty(pp)) {
      pidleput(pp);
    } else {
      pp->m = mget();
      pp->link = runnablePs;
      runnablePs = pp;
    }
  }
  stealOrderReset((uint32_t)nprocs);
  return runnablePs;
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

const char *waitReasonString(waitReason r) {
  static const char *const strings[] = {
      "",
      "GC assist marking",
      "IO wait",
      "chan receive (nil chan)",
      "chan send (nil chan)",
      "dumping heap",
      "garbage collection",
      "garbage collection scan",
      "panicwait",
      "select",
      "select (no cases)",
      "GC assist wait",
      "GC sweep wait",
      "GC scavenge wait",
      "chan receive",
      "chan send",
      "finalizer wait",
      "force gc (idle)",
      "semacquire",
      "sleep",
      "sync.Cond.Wait",
      "timer goroutine (idle)",
      "trace reader (blocked)",
      "wait for GC cycle",
      "GC worker (idle)",
      "preempted",
      "debug call",
  };
  static_assert(sizeof strings / sizeof strings[0] == waitReasonDebugCall + 1,
                "waitReasonString: one string per waitReason");
  if (r > waitReasonDebugCall)
    return "unknown wait reason";
  return strings[r];
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
static void gQueuePush(gQueue *q, g *gp) {
  gp->schedlink = q->head;
  q->head = gp;
  if (!q->tail)
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
// same name): create the g and queue it on this P, to run next, and get an
// idle P working if there is one.
void newproc_func1(void *arg) __asm__("runtime.newproc.func1");
void newproc_func1(void *arg) {
  newprocArgs *a = (newprocArgs *)arg;
  g *newg = newproc1(a->fn, a->callergp, a->callerpc);
  p *pp = getg()->m->p;
  runqput(pp, newg, true);
  if (__atomic_load_n(&mainStarted, __ATOMIC_ACQUIRE))
    wakep();
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

// Builds gp's first frame at the top of its stack: a call of fn that will
// return into goexit. (Inlined, so that newproc1 keeps Go's shape under a
// debugger: docs/boot-path.md steps through it.)
static inline __attribute__((always_inline)) void gostartframe(g *gp, funcval *fn) {
  // 4 words of room above sp, as Go leaves in case a function reads
  // slightly beyond its frame; a multiple of 16, so the pushed return
  // address leaves sp where the C ABI wants it at a call.
  uintptr_t totalSize = 4 * sizeof(uintptr_t);
  totalSize = (totalSize + 15) & ~(uintptr_t)15;
  uintptr_t sp = gp->stack.hi - totalSize;
  gp->sched.sp = sp;
  gp->stktopsp = sp;
  // The return address of fn's frame: goexit + PCQuantum, so the address
  // looked up for that frame (return address - 1) is inside goexit.
  gp->sched.pc = (uintptr_t)&goexit + PCQuantum;
  gostartcallfn(&gp->sched, fn);
}

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
    // The main goroutine gets a stack deep enough for deep recursion now;
    // the others get a standard one when they first run (execute).
    newg = malg(fn == &mainPC ? StackMainSize : -1);
    casgstatus(newg, _Gidle, _Gdead);
    allgadd(newg); // visible to the GC from now on, as dead: its stack is not scanned yet
  }
  if (readgstatus(newg) != _Gdead)
    throw_("newproc1: new g is not Gdead");

  memset(&newg->sched, 0, sizeof newg->sched);
  newg->sched.g = newg;
  if (newg->stack.hi)
    gostartframe(newg, fn);
  else
    newg->sched.ctxt = fn; // execute gives it a stack and this frame
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
  }
  newg->stackguard1 = ~(uintptr_t)0;
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

// The free-g counts are read without locks (NumGoroutine): stores are
// atomic.
static void addgfreen(p *pp, int32_t n) {
  __atomic_store_n(&pp->gFreen, pp->gFreen + n, __ATOMIC_RELAXED);
}
static void addschedgfreen(int32_t n) {
  __atomic_store_n(&sched.gFree.n, sched.gFree.n + n, __ATOMIC_RELAXED);
}

// Puts a dead g (without a stack) on pp's free list. Past 64 entries,
// half of them move to the global list, where other Ps find them.
void gfput(p *pp, g *gp) __asm__("runtime.gfput");
void gfput(p *pp, g *gp) {
  if (readgstatus(gp) != _Gdead)
    throw_("gfput: bad status (not Gdead)");
  gListPush(&pp->gFree, gp);
  addgfreen(pp, 1);
  if (pp->gFreen < 64)
    return;
  gList moving = {};
  int32_t moved = 0;
  while (pp->gFreen >= 32) {
    gListPush(&moving, gListPop(&pp->gFree));
    addgfreen(pp, -1);
    moved++;
  }
  lock(&sched.gFree.lock);
  while (g *x = gListPop(&moving))
    gListPush(&sched.gFree.list, x);
  addschedgfreen(moved);
  unlock(&sched.gFree.lock);
}

// Takes a dead g from pp's free list, refilling it from the global list
// first if it is empty. Returns null if there is none.
__attribute__((noinline)) g *gfget(p *pp) {
  if (gListEmpty(&pp->gFree) && __atomic_load_n(&sched.gFree.n, __ATOMIC_RELAXED) > 0) {
    lock(&sched.gFree.lock);
    while (pp->gFreen < 32) {
      g *gp = gListPop(&sched.gFree.list);
      if (!gp)
        break;
      addschedgfreen(-1);
      gListPush(&pp->gFree, gp);
      addgfreen(pp, 1);
    }
    unlock(&sched.gFree.lock);
  }
  g *gp = gListPop(&pp->gFree);
  if (gp)
    addgfreen(pp, -1);
  return gp;
}

// Moves all of pp's free g's to the global list (pdestroy).
void gfpurge(p *pp) {
  lock(&sched.gFree.lock);
  while (g *gp = gListPop(&pp->gFree)) {
    addgfreen(pp, -1);
    gListPush(&sched.gFree.list, gp);
    addschedgfreen(1);
  }
  unlock(&sched.gFree.lock);
}

// runtime.NumGoroutine: the goroutines that exist (are not dead).
intgo NumGoroutine() {
  int64_t n = (int64_t)__atomic_load_n(&allglen, __ATOMIC_ACQUIRE) -
              __atomic_load_n(&sched.gFree.n, __ATOMIC_RELAXED);
  int32_t np = __atomic_load_n(&gomaxprocs, __ATOMIC_ACQUIRE);
  p **ps = __atomic_load_n(&allp, __ATOMIC_ACQUIRE);
  for (int32_t i = 0; i < np; i++)
    n -= __atomic_load_n(&ps[i]->gFreen, __ATOMIC_RELAXED);
  // The counts are read at different times: never report fewer than the
  // caller.
  return n < 1 ? 1 : n;
}

intgo NumCPU() { return ncpu; }

//===----------------------------------------------------------------------===//
// Random numbers
//===----------------------------------------------------------------------===//

uint32_t fastrand() {
  m *mp = getg()->m;
  mp->fastrand += 0xa0761d6478bd642full;
  __uint128_t x = (__uint128_t)mp->fastrand * (mp->fastrand ^ 0xe7037ed1a0b428dbull);
  return (uint32_t)((uint64_t)(x >> 64) ^ (uint64_t)x);
}

uint32_t fastrandn(uint32_t n) { return (uint32_t)(((uint64_t)fastrand() * n) >> 32); }

//===----------------------------------------------------------------------===//
// Ms: starting, parking and waking threads
//===----------------------------------------------------------------------===//

// Installs the signal handlers; runs once, on m0.
void mstartm0() __asm__("runtime.mstartm0");
void mstartm0() { initsig(); }

NORETURN void mstart1() __asm__("runtime.mstart1");
NORETURN void mstart0() __asm__("runtime.mstart0");

// The entry point of an M: rt0_go calls it on m0 after creating the main
// goroutine, newosproc's thread on every other M. Enters the scheduler.
// Never returns.
NORACE void mstart() { mstart0(); }

NORACE __attribute__((noinline)) void mstart0() { mstart1(); }

// Records where g0's stack stays in use (the frame of mstart0: everything
// below is the scheduler's scratch space, which each mcall reuses from that
// point), sets up the thread, runs the M's start function, takes the P it
// was started for, and enters the scheduler.
NORACE __attribute__((noinline)) void mstart1() {
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
  m *mp = gp->m;
  if (mp == &m0)
    mstartm0();
  if (mp->mstartfn)
    mp->mstartfn();
  if (mp != &m0) {
    acquirep(mp->nextp);
    mp->nextp = nullptr;
  }
  schedule();
}

// Allocates an M that will run fn first (if not null), then pp. Runs on g0.
static m *allocm(p *pp, void (*fn)(), int64_t id) {
  m *mp = (m *)mallocptrs(sizeof(m));
  mp->mstartfn = fn;
  mp->g0 = malgsys(StackSystemSize);
  mp->g0->m = mp;
  mcommoninit(mp, id); // links mp into allm, where the collector finds g0
  return mp;
}

// Creates a new M, a thread that will run fn, then take pp and schedule.
// id is the M's reserved id, or -1. Runs on g0.
static void newm(void (*fn)(), p *pp, int64_t id) {
  m *mp = allocm(pp, fn, id);
  mp->nextp = pp;
  newosproc(mp);
}

// Puts mp on the idle M list. sched.lock must be held.
static void mput(m *mp) {
  mp->schedlink = sched.midle;
  sched.midle = mp;
  sched.nmidle++;
  checkdead();
}

// Takes an M off the idle list, or returns null. sched.lock must be held.
static m *mget() {
  m *mp = sched.midle;
  if (mp) {
    sched.midle = mp->schedlink;
    sched.nmidle--;
  }
  return mp;
}

// Parks the current M until startm (or startTheWorld) hands it a P.
static void mPark() {
  m *mp = getg()->m;
  notesleep(&mp->park);
  noteclear(&mp->park);
}

// Stops the current M, which has no P, until there is work for it; then
// it returns holding the P it was given.
void stopm() __asm__("runtime.stopm");
void stopm() {
  m *mp = getg()->m;
  if (mp->locks)
    throw_("stopm holding locks");
  if (mp->p)
    throw_("stopm holding p");
  if (mp->spinning)
    throw_("stopm spinning");
  lock(&sched.lock);
  mput(mp);
  unlock(&sched.lock);
  mPark();
  acquirep(mp->nextp);
  mp->nextp = nullptr;
}

// A new M's start function when its starter counted it in nmspinning.
static void mspinning() { getg()->m->spinning = true; }

static void startmSpinning(void *);

// Gets an M to run pp: an idle one, or a new one. If pp is null, takes an
// idle P, and does nothing if there is none. If spinning, the caller has
// counted the M in nmspinning: the M starts spinning, or the count is
// undone if there is no P. Runs on g0.
void startm(p *pp, bool spinning) __asm__("runtime.startm");
void startm(p *pp, bool spinning) {
  m *mp = acquirem();
  lock(&sched.lock);
  if (!pp) {
    pp = pidleget();
    if (!pp) {
      unlock(&sched.lock);
      if (spinning && __atomic_sub_fetch(&sched.nmspinning, 1, __ATOMIC_SEQ_CST) < 0)
        throw_("startm: negative nmspinning");
      releasem(mp);
      return;
    }
  }
  m *nmp = mget();
  if (!nmp) {
    // Reserve the new M's id while sched.lock is held: from now on
    // checkdead counts it as running, though its thread does not exist
    // yet.
    int64_t id = mReserveID();
    unlock(&sched.lock);
    newm(spinning ? mspinning : nullptr, pp, id);
    releasem(mp);
    return;
  }
  unlock(&sched.lock);
  if (nmp->spinning)
    throw_("startm: m is spinning");
  if (nmp->nextp)
    throw_("startm: m has p");
  if (spinning && !runqempty(pp))
    throw_("startm: p has runnable gs");
  nmp->spinning = spinning;
  nmp->nextp = pp;
  notewakeup(&nmp->park);
  releasem(mp);
}

static void startmSpinning(void *) { startm(nullptr, true); }

// Tries to get one more P running goroutines: called when a goroutine
// becomes runnable. Does nothing if no P is idle or an M already spins (it
// will find the goroutine).
void wakep() {
  if (__atomic_load_n(&sched.npidle, __ATOMIC_SEQ_CST) == 0)
    return;
  int32_t zero = 0;
  if (__atomic_load_n(&sched.nmspinning, __ATOMIC_SEQ_CST) != 0 ||
      !__atomic_compare_exchange_n(&sched.nmspinning, &zero, 1, false, __ATOMIC_SEQ_CST,
                                   __ATOMIC_SEQ_CST))
    return;
  systemstack(startmSpinning, nullptr);
}

// Hands off pp, whose M goes into a system call or stops: starts an M on
// it if there is work it would find, else makes it idle. Runs on g0,
// without a P.
void handoffp(p *pp) __asm__("runtime.handoffp");
void handoffp(p *pp) {
  // The conditions here and in findRunnable must agree: if findRunnable
  // would find a g for pp, handoffp starts an M.
  if (!runqempty(pp) || __atomic_load_n(&sched.runqsize, __ATOMIC_RELAXED) != 0) {
    startm(pp, false);
    return;
  }
  // No local work: start a spinning M unless there are spinning or idle
  // Ms already (then their help is not needed).
  int32_t zero = 0;
  if (__atomic_load_n(&sched.nmspinning, __ATOMIC_SEQ_CST) +
              __atomic_load_n(&sched.npidle, __ATOMIC_SEQ_CST) ==
          0 &&
      __atomic_compare_exchange_n(&sched.nmspinning, &zero, 1, false, __ATOMIC_SEQ_CST,
                                  __ATOMIC_SEQ_CST)) {
    startm(pp, true);
    return;
  }
  lock(&sched.lock);
  if (__atomic_load_n(&sched.gcwaiting, __ATOMIC_ACQUIRE)) {
    setpstatus(pp, _Pgcstop);
    if (--sched.stopwait == 0)
      notewakeup(&sched.stopnote);
    unlock(&sched.lock);
    return;
  }
  if (sched.runqsize != 0) {
    unlock(&sched.lock);
    startm(pp, false);
    return;
  }
  int64_t when = __atomic_load_n(&pp->timer0When, __ATOMIC_ACQUIRE);
  pidleput(pp);
  unlock(&sched.lock);
  // Someone must sleep until pp's timers are due.
  if (when != 0)
    wakeNetPoller(when);
}

//===----------------------------------------------------------------------===//
// Sleeping until the next timer
//===----------------------------------------------------------------------===//

// Wakes the M sleeping in timerSleep (Go's netpollBreak).
static void timerSleepBreak() {
  __atomic_fetch_add(&sched.pollBreak, 1, __ATOMIC_SEQ_CST);
  futexwakeup(&sched.pollBreak, 1);
}

void wakeNetPoller(int64_t when) {
  if (__atomic_load_n(&sched.lastpoll, __ATOMIC_SEQ_CST) == 0) {
    // An M sleeps until the next timer: wake it if this one is sooner.
    int64_t pollerPollUntil = __atomic_load_n(&sched.pollUntil, __ATOMIC_SEQ_CST);
    if (pollerPollUntil == 0 || pollerPollUntil > when)
      timerSleepBreak();
  } else {
    // Nobody sleeps for timers: get an M that will.
    wakep();
  }
}

//===----------------------------------------------------------------------===//
// The scheduler
//===----------------------------------------------------------------------===//

g *runqsteal(p *pp, p *p2, bool stealRunNextG) __asm__("runtime.runqsteal");

// Stops the current M for a stop-the-world: its P goes _Pgcstop.
static void gcstopm() {
  m *mp = getg()->m;
  if (!__atomic_load_n(&sched.gcwaiting, __ATOMIC_ACQUIRE))
    throw_("gcstopm: not waiting for gc");
  if (mp->spinning) {
    mp->spinning = false;
    if (__atomic_sub_fetch(&sched.nmspinning, 1, __ATOMIC_SEQ_CST) < 0)
      throw_("gcstopm: negative nmspinning");
  }
  p *pp = releasep();
  lock(&sched.lock);
  setpstatus(pp, _Pgcstop);
  if (--sched.stopwait == 0)
    notewakeup(&sched.stopnote);
  unlock(&sched.lock);
  stopm();
}

enum { stealTries = 4 };

// Tries to steal a runnable goroutine from the other Ps, and runs their
// due timers on the last round. *newWork: a timer ran (and may have made
// goroutines runnable elsewhere), or the world is stopping: look again.
// *pollUntil: the earliest timer seen, if earlier.
static g *stealWork(int64_t now, bool *inheritTime, int64_t *pollUntil, bool *newWork) {
  p *pp = getg()->m->p;
  bool ranTimer = false;
  *newWork = false;
  uint32_t count = stealOrder.count;
  for (int i = 0; i < stealTries; i++) {
    // Stealing runnext, which the victim is about to run itself, is the
    // last resort; so is running its timers.
    bool stealTimersOrRunNextG = i == stealTries - 1;
    uint32_t r = fastrand();
    uint32_t pos = r % count;
    uint32_t inc = stealOrder.coprimes[r / count % stealOrder.ncoprimes];
    for (uint32_t k = 0; k < count; k++, pos = (pos + inc) % count) {
      if (__atomic_load_n(&sched.gcwaiting, __ATOMIC_ACQUIRE)) {
        *newWork = true;
        return nullptr;
      }
      p *p2 = allp[pos];
      if (p2 == pp)
        continue;
      if (stealTimersOrRunNextG && __atomic_load_n(&p2->timer0When, __ATOMIC_ACQUIRE) != 0) {
        int64_t w;
        bool ran = checkTimers(p2, now, &w);
        if (w != 0 && (*pollUntil == 0 || w < *pollUntil))
          *pollUntil = w;
        if (ran) {
          // The timers may have readied goroutines onto this P: run
          // them rather than steal (runqsteal needs an empty queue).
          if (g *gp = runqget(pp, inheritTime))
            return gp;
          ranTimer = true;
        }
      }
      if (pstatus(p2) != _Pidle) {
        if (g *gp = runqsteal(pp, p2, stealTimersOrRunNextG)) {
          *inheritTime = false;
          return gp;
        }
      }
    }
  }
  *newWork = ranTimer;
  return nullptr;
}

// Looks at every P's run queue once more, after the M stopped spinning.
// If one has work and a P is idle, returns that idle P for the caller to
// take and go stealing again.
static p *checkRunqsNoP() {
  int32_t n = __atomic_load_n(&gomaxprocs, __ATOMIC_ACQUIRE);
  p **ps = __atomic_load_n(&allp, __ATOMIC_ACQUIRE);
  for (int32_t i = 0; i < n; i++) {
    if (!runqempty(ps[i])) {
      lock(&sched.lock);
      p *pp = pidleget();
      unlock(&sched.lock);
      return pp; // if null, no P can run it anyway: whoever holds one will
    }
  }
  return nullptr;
}

// Sleeps (holding no P) until nanotime() reaches until, or until
// timerSleepBreak. sched.lastpoll is 0: this M is the one that sleeps.
static void timerSleep(int64_t until) {
  // Read the break counter before publishing until: a break from a
  // waker that saw the old pollUntil then changes it and ends the sleep.
  uint32_t v = __atomic_load_n(&sched.pollBreak, __ATOMIC_SEQ_CST);
  __atomic_store_n(&sched.pollUntil, until, __ATOMIC_SEQ_CST);
  int64_t delay = until - nanotime();
  if (delay > 0)
    futexsleep(&sched.pollBreak, v, delay);
  __atomic_store_n(&sched.pollUntil, 0, __ATOMIC_SEQ_CST);
  __atomic_store_n(&sched.lastpoll, (uint64_t)nanotime(), __ATOMIC_SEQ_CST);
}

// How long a spinning M that found nothing waits for work before parking.
enum : int64_t { spinBeforeParkNS = 50 * 1000 };

// Waits, spinning, up to spinBeforeParkNS for work: a goroutine in any run
// queue, a timer due before pollUntil (0: none), or a stop-the-world.
// Reports whether there is some.
static bool spinForWork(int64_t pollUntil) {
  int64_t deadline = nanotime() + spinBeforeParkNS;
  for (;;) {
    procyield(50);
    if (__atomic_load_n(&sched.gcwaiting, __ATOMIC_ACQUIRE) ||
        __atomic_load_n(&sched.runqsize, __ATOMIC_RELAXED) != 0)
      return true;
    int32_t n = __atomic_load_n(&gomaxprocs, __ATOMIC_ACQUIRE);
    p **ps = __atomic_load_n(&allp, __ATOMIC_ACQUIRE);
    // A P's runnext alone is not work to wait for: its owner is about to
    // run it (a goroutine just readied another), and a spinning M that
    // waited on it would never park while goroutines hand off to each
    // other.
    for (int32_t i = 0; i < n; i++)
      if (__atomic_load_n(&ps[i]->runqhead, __ATOMIC_ACQUIRE) !=
          __atomic_load_n(&ps[i]->runqtail, __ATOMIC_ACQUIRE))
        return true;
    int64_t now = nanotime();
    if (pollUntil != 0 && now >= pollUntil)
      return true;
    if (now >= deadline)
      return false;
  }
}

// Ends pp's time slice, which sysmon found has lasted forcePreemptNS
// (preemptone). The g in runnext would inherit the slice: it is preempted
// instead, and goes where Go's gopreempt_m puts a preempted goroutine, to
// the tail of the global queue, behind the goroutines that wait there. The
// P goes on with the head of its ring (or the global queue) on a new
// slice. Executed only by the owner P.
static void preemptrunnext(p *pp) {
  __atomic_store_n(&pp->preempt, false, __ATOMIC_RELAXED);
  g *next = __atomic_load_n(&pp->runnext, __ATOMIC_RELAXED);
  // If the CAS fails, a stealer took next, which then runs on a new slice
  // anyway.
  if (next && __atomic_compare_exchange_n(&pp->runnext, &next, nullptr, false, __ATOMIC_ACQ_REL,
                                          __ATOMIC_RELAXED)) {
    lock(&sched.lock);
    globrunqput(next);
    unlock(&sched.lock);
  }
}

// Finds a runnable goroutine to execute: the global queue once in a while
// for fairness, then the local queue (runnext first), the global queue,
// other Ps' queues (stealing). With nothing to do, releases the P and
// parks the M (or sleeps until the next timer) until there is, so it may
// return on another P. *inheritTime: the g takes over the current time
// slice (it was runnext).
g *findRunnable(bool *inheritTime) __asm__("runtime.findRunnable");
g *findRunnable(bool *inheritTime) {
  m *mp = getg()->m;
  *inheritTime = false;

top:
  p *pp = mp->p;
  if (__atomic_load_n(&sched.gcwaiting, __ATOMIC_ACQUIRE)) {
    gcstopm();
    goto top;
  }

  // Timers due on this P run now: they may ready goroutines.
  int64_t now = nanotime();
  int64_t pollUntil = 0;
  checkTimers(pp, now, &pollUntil);

  // The time slice is over: runnext (where the timers may just have put a
  // goroutine) does not inherit it.
  if (__atomic_load_n(&pp->preempt, __ATOMIC_RELAXED))
    preemptrunnext(pp);

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

  // Steal, spinning. At most half as many Ms spin as Ps are busy: with
  // little parallelism, GOMAXPROCS spinning Ms would burn the CPUs.
  int32_t procs = __atomic_load_n(&gomaxprocs, __ATOMIC_ACQUIRE);
  if (mp->spinning || 2 * __atomic_load_n(&sched.nmspinning, __ATOMIC_SEQ_CST) <
                          procs - __atomic_load_n(&sched.npidle, __ATOMIC_SEQ_CST)) {
    if (!mp->spinning) {
      mp->spinning = true;
      __atomic_add_fetch(&sched.nmspinning, 1, __ATOMIC_SEQ_CST);
    }
    bool newWork;
    int64_t w = 0;
    if (g *gp = stealWork(now, inheritTime, &w, &newWork))
      return gp;
    if (newWork)
      goto top;
    if (w != 0 && (pollUntil == 0 || w < pollUntil))
      pollUntil = w;
    // Unlike Go, a spinning M keeps spinning a little longer before it
    // parks: work submitted meanwhile finds it spinning (so wakep costs
    // nothing), instead of paying a futex wake-up and the tens of
    // microseconds a parked thread takes to run again.
    if (spinForWork(pollUntil))
      goto top;
  }

  // Nothing to do: give up the P.
  {
    lock(&sched.lock);
    if (__atomic_load_n(&sched.gcwaiting, __ATOMIC_ACQUIRE)) {
      unlock(&sched.lock);
      goto top;
    }
    if (sched.runqsize != 0) {
      g *gp = globrunqget(pp, 0);
      unlock(&sched.lock);
      return gp;
    }
    if (releasep() != pp)
      throw_("findRunnable: wrong p");
    pidleput(pp);
    unlock(&sched.lock);
  }

  // The delicate part: stop spinning, then look at every run queue again.
  // In the other order, a goroutine queued after the look but before the
  // decrement would find nmspinning > 0 (so its wakep does nothing) and
  // nobody to run it.
  bool wasSpinning = mp->spinning;
  if (mp->spinning) {
    mp->spinning = false;
    if (__atomic_sub_fetch(&sched.nmspinning, 1, __ATOMIC_SEQ_CST) < 0)
      throw_("findRunnable: negative nmspinning");
    if ((pp = checkRunqsNoP())) {
      acquirep(pp);
      mp->spinning = true;
      __atomic_add_fetch(&sched.nmspinning, 1, __ATOMIC_SEQ_CST);
      goto top;
    }
  }

  // Timers anywhere (this P's included, now idle) bound the sleep.
  int64_t next = timeSleepUntil();
  if (next != INT64_MAX && (pollUntil == 0 || next < pollUntil))
    pollUntil = next;

  if (pollUntil != 0 && __atomic_exchange_n(&sched.lastpoll, 0, __ATOMIC_SEQ_CST) != 0) {
    // This M sleeps until the next timer, then takes an idle P to run it.
    timerSleep(pollUntil);
    lock(&sched.lock);
    pp = pidleget();
    unlock(&sched.lock);
    if (pp) {
      acquirep(pp);
      if (wasSpinning) {
        mp->spinning = true;
        __atomic_add_fetch(&sched.nmspinning, 1, __ATOMIC_SEQ_CST);
      }
      goto top;
    }
  } else if (pollUntil != 0) {
    // Another M sleeps for timers: make sure it wakes up in time.
    int64_t pollerPollUntil = __atomic_load_n(&sched.pollUntil, __ATOMIC_SEQ_CST);
    if (pollerPollUntil == 0 || pollerPollUntil > pollUntil)
      timerSleepBreak();
  }
  stopm();
  goto top;
}

// The M stops spinning: it found work. Another M may find more.
static void resetspinning() {
  m *mp = getg()->m;
  if (!mp->spinning)
    throw_("resetspinning: not a spinning m");
  mp->spinning = false;
  if (__atomic_sub_fetch(&sched.nmspinning, 1, __ATOMIC_SEQ_CST) < 0)
    throw_("findRunnable: negative nmspinning");
  wakep();
}

// Runs gp on the current M: gp becomes m->curg, _Grunning, and gogo
// switches to it. If inheritTime, gp shares the current time slice (the
// schedtick does not advance). Never returns.
NORETURN void execute(g *gp, bool inheritTime) __asm__("runtime.execute");
NORACE __attribute__((noinline)) void execute(g *gp, bool inheritTime) {
  m *mp = getg()->m;
  if (!gp->stack.hi) {
    // Its first run: a stack, with the call of its function on top.
    gp->stack = stackalloc(StackMin);
    gostartframe(gp, (funcval *)gp->sched.ctxt);
  }
  mp->curg = gp;
  gp->m = mp;
  casgstatus(gp, _Grunnable, _Grunning);
  gp->stackguard0 = gp->stack.lo + StackGuard;
  if (!inheritTime)
    __atomic_store_n(&mp->p->schedtick, mp->p->schedtick + 1, __ATOMIC_RELAXED);
  racegostart(gp);
  raceswitch(gp);
  gogo(&gp->sched);
}

// One round of scheduling: find a runnable g and run it. Never returns.
// Runs on g0.
NORACE void schedule() {
  m *mp = getg()->m;
  if (mp->locks)
    throw_("schedule: holding locks");
  if (mp->spinning && !runqempty(mp->p))
    throw_("schedule: spinning with local work");
  bool inheritTime;
  g *gp = findRunnable(&inheritTime); // blocks until work is available
  // This M found work: if it was spinning, another one may start.
  if (mp->spinning)
    resetspinning();
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
NORACE void goexit0(g *gp) {
  m *mp = getg()->m;
  p *pp = mp->p;
  stackcheck(gp);
  casgstatus(gp, _Grunning, _Gdead);
  gp->_panic = nullptr;
  gp->sig = 0;
  gp->sigcode0 = gp->sigcode1 = gp->sigpc = 0;
  gp->waitreason = waitReasonZero;
  gp->param = nullptr;
  gp->timer = nullptr;
  dropg();
  // The stack goes to the P's cache, for the next goroutine to start; the
  // g to the free list.
  stackfree(gp->stack);
  gp->stack = stack{0, 0};
  gp->stackguard0 = 0;
  gfput(pp, gp);
  schedule();
}

// Ends the current goroutine: called by goexit when the goroutine's
// function returns. The g is recycled on g0 by goexit0.
NORACE void goexit1() {
  mcall(goexit0);
  __builtin_unreachable();
}

// Puts gp, which yields, on the global queue and schedules another g.
NORETURN void goschedImpl(g *gp) __asm__("runtime.goschedImpl");
NORACE void goschedImpl(g *gp) {
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
NORACE void gosched_m(g *gp) {
  stackcheck(gp);
  goschedImpl(gp);
}

// runtime.Gosched: lets other goroutines run; the caller goes to the back
// of the global queue and continues when the scheduler gets to it.
void Gosched() { mcall(gosched_m); }

// goyield continuation on g0: gp goes to the tail of its P's own run queue.
void goyield_m(g *gp) __asm__("runtime.goyield_m");
NORACE void goyield_m(g *gp) {
  stackcheck(gp);
  p *pp = gp->m->p;
  casgstatus(gp, _Grunning, _Grunnable);
  dropg();
  runqput(pp, gp, false);
  schedule();
}

// Like Gosched, but the caller stays with its P: it goes to the tail of
// the local run queue, behind what this P already has to run, instead of
// to the global queue, which a P looks at only when its own queue is empty
// (or once every 61 schedules) and from which any P may take it. For the
// runtime's own short yields (semrelease1's hand-off).
void goyield() { mcall(goyield_m); }

// gopark continuation on g0: gp is parked, then the waiter's unlockf runs
// (from then on, anyone may goready gp); if it refuses, gp runs on.
void park_m(g *gp) __asm__("runtime.park_m");
NORACE void park_m(g *gp) {
  m *mp = getg()->m;
  stackcheck(gp);
  casgstatus(gp, _Grunning, _Gwaiting);
  dropg();
  if (bool (*fn)(g *, void *) = mp->waitunlockf) {
    bool ok = fn(gp, mp->waitlock);
    mp->waitunlockf = nullptr;
    mp->waitlock = nullptr;
    if (!ok) {
      casgstatus(gp, _Gwaiting, _Grunnable);
      execute(gp, true); // Schedule it back, never returns.
    }
  }
  schedule();
}

__attribute__((noinline)) void gopark(bool (*unlockf)(g *, void *), void *lock, waitReason reason) {
  m *mp = acquirem();
  g *gp = mp->curg;
  if (gp != getg())
    throw_("gopark: not on the goroutine");
  if (readgstatus(gp) != _Grunning)
    throw_("gopark: bad g status");
  mp->waitlock = lock;
  mp->waitunlockf = unlockf;
  gp->waitreason = reason;
  releasem(mp);
  mcall(park_m);
}

static bool parkunlock_c(g *gp, void *lock) {
  unlock((mutex *)lock);
  return true;
}

void goparkunlock(mutex *lock, waitReason reason) { gopark(parkunlock_c, lock, reason); }

// Marks gp ready to run: into the current P's runnext if next, else the
// tail of its ring.
static void ready(g *gp, bool next) {
  m *mp = acquirem();
  uint32_t status = readgstatus(gp);
  if (status != _Gwaiting) {
    printlock();
    prints("runtime: goroutine ");
    printint(gp->goid);
    prints(" is ");
    prints(gstatusname(status));
    printnl();
    throw_("bad g->status in ready");
  }
  if (!mp->p)
    throw_("ready: no p");
  casgstatus(gp, _Gwaiting, _Grunnable);
  runqput(mp->p, gp, next);
  wakep();
  releasem(mp);
}

__attribute__((noinline)) void goready(g *gp) { ready(gp, true); }

// mcall's and systemstack's complaints (asm_amd64.S).
extern "C" NORETURN void badmcall(void (*fn)(g *)) __asm__("runtime.badmcall");
void badmcall(void (*fn)(g *)) { throw_("runtime: mcall called on m->g0 stack"); }
extern "C" NORETURN void badmcall2(void (*fn)(g *)) __asm__("runtime.badmcall2");
void badmcall2(void (*fn)(g *)) { throw_("runtime: mcall function returned"); }
extern "C" NORETURN void badsystemstack() __asm__("runtime.badsystemstack");
void badsystemstack() { throw_("systemstack called from unexpected goroutine"); }

//===----------------------------------------------------------------------===//
// System calls
//===----------------------------------------------------------------------===//

// sysmon sleeps while every P is idle; a goroutine entering a system call
// may keep a P busy for long: wake sysmon, so it can retake that P.
static void entersyscall_sysmon(void *) {
  lock(&sched.lock);
  if (__atomic_load_n(&sched.sysmonwait, __ATOMIC_ACQUIRE)) {
    __atomic_store_n(&sched.sysmonwait, 0, __ATOMIC_RELEASE);
    notewakeup(&sched.sysmonnote);
  }
  unlock(&sched.lock);
}

// The world is stopping: a P entering _Psyscall is stopped right away.
static void entersyscall_gcwait(void *) {
  m *mp = getg()->m;
  p *pp = mp->oldp;
  lock(&sched.lock);
  uint32_t s = _Psyscall;
  if (sched.stopwait > 0 &&
      __atomic_compare_exchange_n(&pp->status, &s, _Pgcstop, false, __ATOMIC_ACQ_REL,
                                  __ATOMIC_ACQUIRE)) {
    pp->syscalltick++;
    if (--sched.stopwait == 0)
      notewakeup(&sched.stopnote);
  }
  unlock(&sched.lock);
}

// The bookkeeping common to entersyscall and entersyscallblock: the
// caller's frame (sp, pc, bp) for tracebacks, and _Gsyscall.
static inline void reentersyscall(g *gp, uintptr_t fp) {
  gp->syscallsp = fp + 2 * sizeof(uintptr_t);
  gp->syscallpc = ((uintptr_t *)fp)[1];
  gp->syscallbp = ((uintptr_t *)fp)[0];
  casgstatus(gp, _Grunning, _Gsyscall);
}

__attribute__((noinline)) void entersyscall() {
  g *gp = getg();
  m *mp = gp->m;
  mp->locks++; // nothing may reschedule gp while its state is half-changed
  reentersyscall(gp, (uintptr_t)__builtin_frame_address(0));
  if (__atomic_load_n(&sched.sysmonwait, __ATOMIC_ACQUIRE))
    systemstack(entersyscall_sysmon, nullptr);
  p *pp = mp->p;
  mp->syscalltick = pp->syscalltick;
  pp->m = nullptr;
  mp->oldp = pp;
  mp->p = nullptr;
  setpstatus(pp, _Psyscall);
  if (__atomic_load_n(&sched.gcwaiting, __ATOMIC_ACQUIRE))
    systemstack(entersyscall_gcwait, nullptr);
  mp->locks--;
}

static void entersyscallblock_handoff(void *) { handoffp(releasep()); }

__attribute__((noinline)) void entersyscallblock() {
  g *gp = getg();
  m *mp = gp->m;
  mp->locks++;
  __atomic_store_n(&mp->p->syscalltick, mp->p->syscalltick + 1, __ATOMIC_RELAXED);
  reentersyscall(gp, (uintptr_t)__builtin_frame_address(0));
  systemstack(entersyscallblock_handoff, nullptr);
  mp->locks--;
}

struct exitsyscallfastArgs {
  bool ok;
};

// Takes any idle P, on g0.
static void exitsyscallfast_pidle(void *arg) {
  exitsyscallfastArgs *a = (exitsyscallfastArgs *)arg;
  lock(&sched.lock);
  p *pp = pidleget();
  if (pp && __atomic_load_n(&sched.sysmonwait, __ATOMIC_ACQUIRE)) {
    __atomic_store_n(&sched.sysmonwait, 0, __ATOMIC_RELEASE);
    notewakeup(&sched.sysmonnote);
  }
  unlock(&sched.lock);
  if (pp)
    acquirep(pp);
  a->ok = pp != nullptr;
}

// Reacquires oldp, the P the goroutine had before the system call, if
// nobody retook it, else any idle P. False if there is none.
static bool exitsyscallfast(p *oldp) {
  m *mp = getg()->m;
  uint32_t s = _Psyscall;
  if (oldp && __atomic_compare_exchange_n(&oldp->status, &s, _Pidle, false, __ATOMIC_ACQ_REL,
                                          __ATOMIC_ACQUIRE)) {
    acquirep(oldp);
    if (mp->syscalltick != oldp->syscalltick)
      __atomic_store_n(&oldp->syscalltick, oldp->syscalltick + 1, __ATOMIC_RELAXED);
    return true;
  }
  if (__atomic_load_n(&sched.pidle, __ATOMIC_ACQUIRE)) {
    exitsyscallfastArgs a = {false};
    systemstack(exitsyscallfast_pidle, &a);
    return a.ok;
  }
  return false;
}

// exitsyscall's slow path, on g0: no P was free. gp runs on an idle P if
// one appeared, else it is queued and the M parks.
NORETURN void exitsyscall0(g *gp) __asm__("runtime.exitsyscall0");
NORACE void exitsyscall0(g *gp) {
  casgstatus(gp, _Gsyscall, _Grunnable);
  dropg();
  lock(&sched.lock);
  p *pp = pidleget();
  if (!pp)
    globrunqput(gp);
  else if (__atomic_load_n(&sched.sysmonwait, __ATOMIC_ACQUIRE)) {
    __atomic_store_n(&sched.sysmonwait, 0, __ATOMIC_RELEASE);
    notewakeup(&sched.sysmonnote);
  }
  unlock(&sched.lock);
  if (pp) {
    acquirep(pp);
    execute(gp, false);
  }
  stopm();
  schedule();
}

__attribute__((noinline)) void exitsyscall() {
  g *gp = getg();
  m *mp = gp->m;
  mp->locks++;
  p *oldp = mp->oldp;
  mp->oldp = nullptr;
  if (exitsyscallfast(oldp)) {
    __atomic_store_n(&mp->p->syscalltick, mp->p->syscalltick + 1, __ATOMIC_RELAXED);
    casgstatus(gp, _Gsyscall, _Grunning);
    gp->syscallsp = 0;
    mp->locks--;
    return;
  }
  mp->locks--;
  mcall(exitsyscall0);
  // Rescheduled, maybe on another M, with a P.
  gp->syscallsp = 0;
  p *pp = getg()->m->p;
  __atomic_store_n(&pp->syscalltick, pp->syscalltick + 1, __ATOMIC_RELAXED);
}

//===----------------------------------------------------------------------===//
// sysmon
//===----------------------------------------------------------------------===//

// Counts one more M as idle (v = 1) or one less (v = -1), checking for a
// deadlock when the count grows.
static void incidlelocked(int32_t v) {
  lock(&sched.lock);
  sched.nmidlelocked += v;
  if (v > 0)
    checkdead();
  unlock(&sched.lock);
}

enum : int64_t {
  // The longest time slice: a P whose schedtick stands still this long
  // is asked to end it (preemptone).
  forcePreemptNS = 10 * 1000 * 1000,
  // A P in a system call this long is retaken even if nothing waits.
  retakeSyscallNS = 10 * 1000 * 1000,
  // sysmon's longest sleep while everything is idle.
  sysmonIdleNS = 60LL * 1000 * 1000 * 1000,
};

// Asks pp, whose time slice has lasted forcePreemptNS, to end it. Go
// preempts the goroutine running on pp at its next function call (or at
// once, with a signal); golc's compiled code has no safe points, so the
// request waits for the goroutine to block, yield or exit, and the P's
// next schedule ends the slice (preemptrunnext). A P in a system call has
// no goroutine running on it: nothing to ask.
static void preemptone(p *pp) {
  if (pstatus(pp) != _Prunning)
    return;
  // Written once per slice, not at every sysmon tick: the owner P reads
  // this cache line at every schedule.
  if (!__atomic_load_n(&pp->preempt, __ATOMIC_RELAXED))
    __atomic_store_n(&pp->preempt, true, __ATOMIC_RELAXED);
}

// Ends the time slices that have lasted 10 ms (preemptone), and retakes
// the Ps that have been in a system call for a sysmon tick (20 us or more)
// when there is other work, or for 10 ms regardless. Returns how many it
// retook.
static uint32_t retake(int64_t now) {
  uint32_t n = 0;
  int32_t np = __atomic_load_n(&gomaxprocs, __ATOMIC_ACQUIRE);
  p **ps = __atomic_load_n(&allp, __ATOMIC_ACQUIRE);
  for (int32_t i = 0; i < np; i++) {
    p *pp = ps[i];
    sysmontick *pd = &pp->sysmontick;
    uint32_t s = pstatus(pp);
    bool sysretake = false;
    if (s == _Prunning || s == _Psyscall) {
      uint32_t t = __atomic_load_n(&pp->schedtick, __ATOMIC_RELAXED);
      if (pd->schedtick != t) {
        pd->schedtick = t;
        pd->schedwhen = now;
      } else if (pd->schedwhen + forcePreemptNS <= now) {
        // The time slice has lasted 10 ms: end it. A P stuck in a system
        // call, which no goroutine runs on, is retaken instead.
        preemptone(pp);
        sysretake = true;
      }
    }
    if (s != _Psyscall)
      continue;
    uint32_t t = __atomic_load_n(&pp->syscalltick, __ATOMIC_RELAXED);
    if (!sysretake && pd->syscalltick != t) {
      pd->syscalltick = t;
      pd->syscallwhen = now;
      continue;
    }
    // Leave the P to its system call if nothing else waits for it, for
    // 10 ms at most.
    if (runqempty(pp) &&
        __atomic_load_n(&sched.nmspinning, __ATOMIC_SEQ_CST) +
                __atomic_load_n(&sched.npidle, __ATOMIC_SEQ_CST) >
            0 &&
        pd->syscallwhen + retakeSyscallNS > now)
      continue;
    // Count this M as running while the P is handed off: otherwise the M
    // in the system call could return, find no P, go idle, and checkdead
    // would see no M running.
    incidlelocked(-1);
    uint32_t expect = _Psyscall;
    if (__atomic_compare_exchange_n(&pp->status, &expect, _Pidle, false, __ATOMIC_ACQ_REL,
                                    __ATOMIC_ACQUIRE)) {
      n++;
      __atomic_store_n(&pp->syscalltick, pp->syscalltick + 1, __ATOMIC_RELAXED);
      handoffp(pp);
    }
    incidlelocked(1);
  }
  return n;
}

static void schedtrace(bool detailed);

// The system monitor: a thread of its own, without a P, that wakes up
// every 20 us to 10 ms to end time slices that lasted 10 ms, to retake Ps
// from long system calls and to print GODEBUG=schedtrace lines. While
// every P is idle it sleeps until the next timer (or a system call wakes
// it). It does not count as running for checkdead.
NORACE void sysmon() {
  lock(&sched.lock);
  sched.nmsys++;
  checkdead();
  unlock(&sched.lock);

  int64_t lasttrace = 0;
  uint32_t idle = 0; // how many cycles in succession found nothing to do
  uint32_t delay = 0;
  for (;;) {
    if (idle == 0)
      delay = 20; // start with 20 us
    else if (idle > 50)
      delay *= 2; // then double after 1 ms
    if (delay > 10 * 1000)
      delay = 10 * 1000; // up to 10 ms
    usleep_(delay);

    int64_t now = nanotime();
    if (debug.schedtrace <= 0 &&
        (__atomic_load_n(&sched.gcwaiting, __ATOMIC_ACQUIRE) ||
         __atomic_load_n(&sched.npidle, __ATOMIC_ACQUIRE) ==
             __atomic_load_n(&gomaxprocs, __ATOMIC_ACQUIRE))) {
      lock(&sched.lock);
      if (__atomic_load_n(&sched.gcwaiting, __ATOMIC_ACQUIRE) || sched.npidle == gomaxprocs) {
        bool syscallWake = false;
        int64_t next = timeSleepUntil();
        if (next > now) {
          __atomic_store_n(&sched.sysmonwait, 1, __ATOMIC_RELEASE);
          unlock(&sched.lock);
          int64_t sleep = sysmonIdleNS;
          if (next - now < sleep)
            sleep = next - now;
          syscallWake = notetsleep(&sched.sysmonnote, sleep);
          lock(&sched.lock);
          __atomic_store_n(&sched.sysmonwait, 0, __ATOMIC_RELEASE);
          noteclear(&sched.sysmonnote);
        }
        if (syscallWake) {
          idle = 0;
          delay = 20;
        }
      }
      unlock(&sched.lock);
      now = nanotime();
    }
    if (retake(now) != 0)
      idle = 0;
    else
      idle++;
    if (debug.schedtrace > 0 && lasttrace + (int64_t)debug.schedtrace * 1000000 <= now) {
      lasttrace = now;
      schedtrace(debug.scheddetail > 0);
    }
  }
}

// Prints a GODEBUG=schedtrace line, as Go does:
//   SCHED 1004ms: gomaxprocs=2 idleprocs=0 threads=4 spinningthreads=0
//   idlethreads=1 runqueue=0 [3 0]
// (one line), the numbers of Ps, idle Ps, Ms, spinning and idle Ms, the
// length of the global queue and of each P's. With scheddetail=1, one line
// per P, M and G follows. The counts are read without stopping anything.
static void schedtrace(bool detailed) {
  int64_t now = nanotime();
  lock(&sched.lock);
  printlock();
  prints("SCHED ");
  printint((now - runtimeInitTime) / 1000000);
  prints("ms: gomaxprocs=");
  printint(gomaxprocs);
  prints(" idleprocs=");
  printint(sched.npidle);
  prints(" threads=");
  printint(sched.mnext);
  prints(" spinningthreads=");
  printint(__atomic_load_n(&sched.nmspinning, __ATOMIC_RELAXED));
  prints(" idlethreads=");
  printint(sched.nmidle);
  prints(" runqueue=");
  printint(sched.runqsize);
  if (detailed) {
    prints(" gcwaiting=");
    printint(__atomic_load_n(&sched.gcwaiting, __ATOMIC_RELAXED));
    prints(" nmidlelocked=");
    printint(sched.nmidlelocked);
    prints(" stopwait=");
    printint(sched.stopwait);
    prints(" sysmonwait=");
    printint(__atomic_load_n(&sched.sysmonwait, __ATOMIC_RELAXED));
    printnl();
  }
  for (int32_t i = 0; i < gomaxprocs; i++) {
    p *pp = allp[i];
    uint32_t h = __atomic_load_n(&pp->runqhead, __ATOMIC_ACQUIRE);
    uint32_t t = __atomic_load_n(&pp->runqtail, __ATOMIC_ACQUIRE);
    if (detailed) {
      m *mp = __atomic_load_n(&pp->m, __ATOMIC_RELAXED);
      prints("  P");
      printint(i);
      prints(": status=");
      printint(pstatus(pp));
      prints(" schedtick=");
      printint(__atomic_load_n(&pp->schedtick, __ATOMIC_RELAXED));
      prints(" syscalltick=");
      printint(__atomic_load_n(&pp->syscalltick, __ATOMIC_RELAXED));
      prints(" m=");
      printint(mp ? mp->id : -1);
      prints(" runqsize=");
      printint(t - h);
      prints(" gfreecnt=");
      printint(__atomic_load_n(&pp->gFreen, __ATOMIC_RELAXED));
      prints(" timerslen=");
      printint(__atomic_load_n(&pp->numTimers, __ATOMIC_RELAXED));
      printnl();
    } else {
      prints(i == 0 ? " [" : " ");
      printint(t - h);
      if (i == gomaxprocs - 1)
        prints("]\n");
    }
  }
  if (!detailed) {
    printunlock();
    unlock(&sched.lock);
    return;
  }
  for (m *mp = allm; mp; mp = mp->alllink) {
    p *pp = __atomic_load_n(&mp->p, __ATOMIC_RELAXED);
    g *curg = __atomic_load_n(&mp->curg, __ATOMIC_RELAXED);
    prints("  M");
    printint(mp->id);
    prints(": p=");
    printint(pp ? pp->id : -1);
    prints(" curg=");
    printint(curg ? curg->goid : -1);
    prints(" mallocing=");
    printint(mp->mallocing);
    prints(" locks=");
    printint(mp->locks);
    prints(" dying=");
    printint(mp->dying);
    prints(" spinning=");
    printbool(mp->spinning);
    prints(" blocked=");
    printbool(mp->blocked);
    printnl();
  }
  uintptr_t n = __atomic_load_n(&allglen, __ATOMIC_ACQUIRE);
  g **gs = __atomic_load_n(&allgs, __ATOMIC_ACQUIRE);
  for (uintptr_t i = 0; i < n; i++) {
    g *gp = gs[i];
    m *mp = __atomic_load_n(&gp->m, __ATOMIC_RELAXED);
    uint32_t status = readgstatus(gp);
    prints("  G");
    printint(gp->goid);
    prints(": status=");
    printint(status);
    prints("(");
    prints(status == _Gwaiting ? waitReasonString(gp->waitreason) : "");
    prints(") m=");
    printint(mp ? mp->id : -1);
    printnl();
  }
  printunlock();
  unlock(&sched.lock);
}

//===----------------------------------------------------------------------===//
// Stopping the world, GOMAXPROCS
//===----------------------------------------------------------------------===//

// Held by the goroutine that stops the world, until it starts it again.
static mutex worldsema;

// Stops every P: the caller's at once, idle ones and ones in system calls
// directly, running ones when their M next enters the scheduler (there is
// no preemption: until a running goroutine blocks, yields or exits).
// Runs on g0.
static void stopTheWorldWithSema(void *) {
  m *mp = getg()->m;
  if (mp->locks != 1) // worldsema
    throw_("stopTheWorld: holding locks");
  lock(&sched.lock);
  sched.stopwait = gomaxprocs;
  __atomic_store_n(&sched.gcwaiting, 1, __ATOMIC_SEQ_CST);
  // This M's P.
  setpstatus(mp->p, _Pgcstop);
  sched.stopwait--;
  // Ps in system calls.
  for (int32_t i = 0; i < gomaxprocs; i++) {
    p *pp = allp[i];
    uint32_t s = _Psyscall;
    if (__atomic_compare_exchange_n(&pp->status, &s, _Pgcstop, false, __ATOMIC_ACQ_REL,
                                    __ATOMIC_ACQUIRE)) {
      __atomic_store_n(&pp->syscalltick, pp->syscalltick + 1, __ATOMIC_RELAXED);
      sched.stopwait--;
    }
  }
  // Idle Ps.
  while (p *pp = pidleget()) {
    setpstatus(pp, _Pgcstop);
    sched.stopwait--;
  }
  bool wait = sched.stopwait > 0;
  unlock(&sched.lock);
  if (wait) {
    notesleep(&sched.stopnote);
    noteclear(&sched.stopnote);
  }
  if (sched.stopwait != 0)
    throw_("stopTheWorld: not stopped (stopwait != 0)");
  for (int32_t i = 0; i < gomaxprocs; i++)
    if (pstatus(allp[i]) != _Pgcstop)
      throw_("stopTheWorld: not stopped (status != _Pgcstop)");
}

// Restarts the world, with newprocs Ps if that was set: Ps with work get
// an M each.
static void startTheWorldWithSema(void *) {
  lock(&sched.lock);
  int32_t procs = gomaxprocs;
  if (newprocs) {
    procs = newprocs;
    newprocs = 0;
  }
  p *p1 = procresize(procs);
  __atomic_store_n(&sched.gcwaiting, 0, __ATOMIC_SEQ_CST);
  if (__atomic_load_n(&sched.sysmonwait, __ATOMIC_ACQUIRE)) {
    __atomic_store_n(&sched.sysmonwait, 0, __ATOMIC_RELEASE);
    notewakeup(&sched.sysmonnote);
  }
  unlock(&sched.lock);
  while (p1) {
    p *pp = p1;
    p1 = p1->link;
    if (m *mp = pp->m) {
      pp->m = nullptr;
      if (mp->nextp)
        throw_("startTheWorld: inconsistent mp->nextp");
      mp->nextp = pp;
      notewakeup(&mp->park);
    } else {
      newm(nullptr, pp, -1);
    }
  }
  // More goroutines than running Ps: one more M may find them.
  wakep();
}

// Takes worldsema. Never waits on it holding a P another stopper needs:
// while it is taken, the caller yields its P and tries again.
static void acquireWorldsema() {
  while (!trylock(&worldsema))
    Gosched();
}

// runtime.GOMAXPROCS: sets the number of Ps to n if n > 0 and returns
// the previous setting. Stops the world to change it.
intgo GOMAXPROCS(intgo n) {
  lock(&sched.lock);
  intgo ret = gomaxprocs;
  unlock(&sched.lock);
  if (n <= 0 || n == ret)
    return ret;
  if (n > INT32_MAX)
    n = INT32_MAX;
  acquireWorldsema();
  systemstack(stopTheWorldWithSema, nullptr);
  newprocs = (int32_t)n;
  systemstack(startTheWorldWithSema, nullptr);
  unlock(&worldsema);
  return ret;
}

//===----------------------------------------------------------------------===//
// Deadlock detection
//===----------------------------------------------------------------------===//

bool startpanic_m() __asm__("runtime.startpanic_m");

// Prints the traceback of every goroutine but me, as gc does after a
// fatal error: each after an empty line, under its `goroutine N [status]:`
// header.
void tracebackothers(g *me) __asm__("runtime.tracebackothers");
void tracebackothers(g *me) {
  uintptr_t n = __atomic_load_n(&allglen, __ATOMIC_ACQUIRE);
  g **gs = __atomic_load_n(&allgs, __ATOMIC_ACQUIRE);
  for (uintptr_t i = 0; i < n; i++) {
    g *gp = gs[i];
    uint32_t status = readgstatus(gp);
    if (gp == me || status == _Gdead || status == _Gidle)
      continue;
    printnl();
    goroutineheader(gp);
    if (status == _Grunning) {
      prints("\tgoroutine running on other thread; stack unavailable\n");
      continue;
    }
    if (status == _Gsyscall)
      traceback(gp->syscallpc, gp->syscallbp, gp, 0);
    else
      traceback(gp->sched.pc, gp->sched.bp, gp, 0);
  }
}

// Called whenever an M goes idle, with sched.lock held: if no M is
// running Go code and no goroutine can become runnable (every one waits,
// and no timer is pending), the program can never go on. Reports
// `fatal error: all goroutines are asleep - deadlock!` with every
// goroutine's traceback, and exits 2, as gc does.
void checkdead() {
  int64_t run = sched.mnext - sched.nmidle - sched.nmidlelocked - sched.nmsys;
  if (run > 0)
    return;
  if (run < 0) {
    printlock();
    prints("runtime: checkdead: nmidle=");
    printint(sched.nmidle);
    prints(" nmidlelocked=");
    printint(sched.nmidlelocked);
    prints(" mcount=");
    printint(sched.mnext);
    prints(" nmsys=");
    printint(sched.nmsys);
    printnl();
    unlock(&sched.lock);
    throw_("checkdead: inconsistent counts");
  }

  int64_t grunning = 0;
  uintptr_t n = __atomic_load_n(&allglen, __ATOMIC_ACQUIRE);
  g **gs = __atomic_load_n(&allgs, __ATOMIC_ACQUIRE);
  for (uintptr_t i = 0; i < n; i++) {
    g *gp = gs[i];
    switch (uint32_t s = readgstatus(gp)) {
    case _Gwaiting:
      grunning++;
      break;
    case _Grunnable:
    case _Grunning:
    case _Gsyscall:
      printlock();
      prints("runtime: checkdead: find g ");
      printint(gp->goid);
      prints(" in status ");
      printint(s);
      printnl();
      unlock(&sched.lock);
      throw_("checkdead: runnable g");
    }
  }
  // A pending timer will wake somebody up.
  if (timeSleepUntil() != INT64_MAX)
    return;
  unlock(&sched.lock);
  if (grunning == 0)
    fatal("no goroutines (main called runtime.Goexit) - deadlock!");
  if (startpanic_m())
    prints("fatal error: all goroutines are asleep - deadlock!\n");
  tracebackothers(nullptr);
  exit_(2);
}

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

// Puts gp at the head of the global queue. sched.lock must be held.
void globrunqputhead(g *gp) {
  gQueuePush(&sched.runq, gp);
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

// The slots of a run queue ring: a stealer may read a slot while the
// owner rewrites it (the stealer's CAS on runqhead then fails and its read
// is discarded), so every access is atomic.
static g *runqload(p *pp, uint32_t i) {
  return __atomic_load_n(&pp->runq[i % RunqSize], __ATOMIC_RELAXED);
}
static void runqstore(p *pp, uint32_t i, g *gp) {
  __atomic_store_n(&pp->runq[i % RunqSize], gp, __ATOMIC_RELAXED);
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
    batch[i] = runqload(pp, h + i);
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
    // A full barrier (the CAS): wakep's reads of nmspinning and npidle
    // come after gp is visible here (see the file comment).
    g *oldnext = __atomic_load_n(&pp->runnext, __ATOMIC_RELAXED);
    while (!__atomic_compare_exchange_n(&pp->runnext, &oldnext, gp, false, __ATOMIC_SEQ_CST,
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
      runqstore(pp, t, gp);
      // Release: a consumer that sees the new tail sees the slot written.
      __atomic_store_n(&pp->runqtail, t + 1, __ATOMIC_SEQ_CST);
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
    g *gp = runqload(pp, h);
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

// How long a stealer gives a running victim to take its own runnext
// first: it is about to run it (a goroutine just readied another), and
// moving it to another thread would cost more than the wait.
enum : int64_t { runnextGraceNS = 3000 };

// Grabs a batch of half of pp's runnable g's into batch, a ring of
// RunqSize slots, from batchHead on. With stealRunNextG, takes pp's
// runnext if the ring is empty. Returns how many it took. Can be executed
// by any P.
uint32_t runqgrab(p *pp, g **batch, uint32_t batchHead, bool stealRunNextG)
    __asm__("runtime.runqgrab");
uint32_t runqgrab(p *pp, g **batch, uint32_t batchHead, bool stealRunNextG) {
  for (;;) {
    uint32_t h = __atomic_load_n(&pp->runqhead, __ATOMIC_ACQUIRE); // with other consumers
    uint32_t t = __atomic_load_n(&pp->runqtail, __ATOMIC_ACQUIRE); // with the producer
    uint32_t n = t - h;
    n = n - n / 2;
    if (n == 0) {
      if (!stealRunNextG)
        return 0;
      g *next = __atomic_load_n(&pp->runnext, __ATOMIC_ACQUIRE);
      if (!next)
        return 0;
      if (pstatus(pp) == _Prunning) {
        int64_t until = nanotime() + runnextGraceNS;
        while (__atomic_load_n(&pp->runnext, __ATOMIC_ACQUIRE) == next && nanotime() < until)
          procyield(10);
      }
      if (!__atomic_compare_exchange_n(&pp->runnext, &next, nullptr, false, __ATOMIC_ACQ_REL,
                                       __ATOMIC_RELAXED))
        continue;
      __atomic_store_n(&batch[batchHead % RunqSize], next, __ATOMIC_RELAXED);
      return 1;
    }
    if (n > RunqSize / 2) // h and t read inconsistently: retry
      continue;
    for (uint32_t i = 0; i < n; i++)
      __atomic_store_n(&batch[(batchHead + i) % RunqSize], runqload(pp, h + i), __ATOMIC_RELAXED);
    // Committed only if no other consumer moved head meanwhile.
    if (__atomic_compare_exchange_n(&pp->runqhead, &h, h + n, false, __ATOMIC_RELEASE,
                                    __ATOMIC_RELAXED))
      return n;
  }
}

// Steals half of p2's runnable g's into pp's ring, whose queue must be
// empty, and returns one of them to run, or null.
g *runqsteal(p *pp, p *p2, bool stealRunNextG) {
  uint32_t t = pp->runqtail;
  uint32_t n = runqgrab(p2, pp->runq, t, stealRunNextG);
  if (n == 0)
    return nullptr;
  n--;
  g *gp = runqload(pp, t + n);
  if (n == 0)
    return gp;
  uint32_t h = __atomic_load_n(&pp->runqhead, __ATOMIC_ACQUIRE);
  if (t - h + n >= RunqSize)
    throw_("runqsteal: runq overflow");
  __atomic_store_n(&pp->runqtail, t + n, __ATOMIC_RELEASE); // publishes the stolen g's
  return gp;
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
