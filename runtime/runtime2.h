//===- runtime/runtime2.h - the runtime's shared data layouts -------------===//
//
// The one declaration of every structure that compiled Go code, the
// assembly in asm_amd64.S and the C++ runtime share: the value layouts of
// docs/runtime-abi.md (String, Slice, eface, funcval, _type) and the
// scheduler's g, m, p, gobuf, stack and schedt, named and shaped after Go's
// runtime/runtime2.go. tools/abigen reads this header to give the compiler
// the same layouts, so a field moves in one place.
//
// The assembly cannot read C++ structs, so the offsets it uses are #defines
// below (visible when this file is included from a .S), and each one is
// pinned by a static_assert against offsetof: a layout change that would
// break asm_amd64.S stops the build instead of the program.
//
// Differences from Go's layout, and why:
//   - gobuf also holds rbx and r12-r15. Go's own ABI has no callee-saved
//     registers, so its gobuf needs only sp, pc and bp; golc functions use
//     the C calling convention, whose callers expect those five registers to
//     survive a call, including a call to mcall that parks the goroutine and
//     runs others on the same thread. gobuf has no lr (no link register on
//     amd64) and no ret (gogo passes no value).
//   - A goroutine's stack is a fixed-size reservation until split stacks
//     arrive (see stack.cpp); g.stack describes the whole usable range. A
//     goroutine has a stack only from its first execute to its exit.
//
//===----------------------------------------------------------------------===//
#ifndef GOLC_RUNTIME_RUNTIME2_H
#define GOLC_RUNTIME_RUNTIME2_H

// Offsets used by asm_amd64.S. Checked against the structs at the end of
// this file.
#define G_STACK_LO 0
#define G_STACK_HI 8
#define G_STACKGUARD0 16
#define G_STACKGUARD1 24
#define G_M 40
#define G_SCHED 48
#define GOBUF_SP 0
#define GOBUF_PC 8
#define GOBUF_G 16
#define GOBUF_CTXT 24
#define GOBUF_BP 32
#define GOBUF_BX 40
#define GOBUF_R12 48
#define GOBUF_R13 56
#define GOBUF_R14 64
#define GOBUF_R15 72
#define DEFER_CTX 0
#define M_G0 0
#define M_CURG 8
#define M_GSIGNAL 16

// Bytes kept free at the bottom of every stack for the runtime's own use,
// as Go's _StackGuard. stackguard0 = stack.lo + StackGuard.
#define StackGuard 928

#ifndef __ASSEMBLER__

#include <stddef.h>
#include <stdint.h>

// Marks the records compiled code shares: tools/abigen gives the compiler
// their layouts as Clang computes them.
#define GOLC_ABI __attribute__((annotate("golc.abi")))

typedef int64_t intgo;
typedef uint64_t uintgo;

//===----------------------------------------------------------------------===//
// Values shared with compiled code (docs/runtime-abi.md)
//===----------------------------------------------------------------------===//

// A Go string: LLVM { ptr, i64 }. str need not be NUL-terminated; it may be
// null when len is 0.
struct GOLC_ABI String {
  const uint8_t *str;
  intgo len;
};

// A Go slice: LLVM { ptr, i64, i64 }.
struct GOLC_ABI Slice {
  void *array;
  intgo len;
  intgo cap;
};

struct _type;

// An empty interface value: LLVM { ptr, ptr }. data always points to a
// (GC-allocated) copy of the value; _type is null for a nil interface.
struct GOLC_ABI eface {
  _type *_type;
  void *data;
};

// A func value. fn is the code; a closure's captured variables follow it in
// memory. The called code receives the funcval's address in r10 (LLVM's
// `nest` parameter), which gogo loads from gobuf.ctxt.
struct GOLC_ABI funcval {
  uintptr_t fn;
  // variable-size, fn-specific data here
};

// Go's kind numbering, stored in _type.kind (low 5 bits).
enum : uint8_t {
  kindBool = 1,
  kindInt,
  kindInt8,
  kindInt16,
  kindInt32,
  kindInt64,
  kindUint,
  kindUint8,
  kindUint16,
  kindUint32,
  kindUint64,
  kindUintptr,
  kindFloat32,
  kindFloat64,
  kindComplex64,
  kindComplex128,
  kindArray,
  kindChan,
  kindFunc,
  kindInterface,
  kindMap,
  kindPointer,
  kindSlice,
  kindString,
  kindStruct,
  kindUnsafePointer,
  kindMask = (1 << 5) - 1,
};

struct uncommontype;

// A type descriptor, emitted by the compiler as `type.T`: LLVM
// { i64, i64, i32, i8, i8, i8, i8, ptr, ptr, { ptr, i64 }, ptr }.
// ptrdata is the size of the prefix that can hold pointers (0: the value
// has no pointers, and mallocgc gives it memory the GC does not scan).
// str is the type's name as Go prints it ("int", "main.T"). uncommon is
// the type's method set (type.h), or null. Kinds with more to say extend
// this header (type.h: ptrtype, maptype, ...).
struct GOLC_ABI _type {
  uintptr_t size;
  uintptr_t ptrdata;
  uint32_t hash;
  uint8_t tflag;
  uint8_t align;
  uint8_t fieldAlign;
  uint8_t kind;
  void *equal;
  uint8_t *gcdata;
  String str;
  uncommontype *uncommon;
};

//===----------------------------------------------------------------------===//
// The scheduler's structures (proc.cpp explains how they fit together)
//===----------------------------------------------------------------------===//

struct g;
struct m;
struct p;

// A stack's usable bounds: [lo, hi). A goroutine's sp starts at hi and
// grows down towards lo.
struct stack {
  uintptr_t lo;
  uintptr_t hi;
};

// The saved context of a goroutine that is not running on an M: where gogo
// resumes it. sp == 0 while the goroutine runs (gogo clears it), which is
// how the GC tells a parked stack (scan [sp, stack.hi)) from a running one
// (the thread's own stack scan covers it).
struct gobuf {
  uintptr_t sp;
  uintptr_t pc;
  g *g;
  void *ctxt; // the funcval for a goroutine that has not started yet: r10
  uintptr_t bp;
  // The C calling convention's callee-saved registers, saved by mcall and
  // restored by gogo (Go's ABI has none; see the file comment).
  uintptr_t bx, r12, r13, r14, r15;
};

// The G states. Go's numbering; 5 is unused, as in Go.
enum : uint32_t {
  // _Gidle: just allocated by malg, not yet initialised or registered in
  // allgs. On no queue; its stack belongs to whoever allocated it.
  _Gidle = 0,
  // _Grunnable: ready to run, on a run queue (a P's runnext or ring, or the
  // global queue). It is not executing; its stack is owned by nobody but
  // holds the saved frame gogo will resume (gobuf.sp != 0). One that has
  // not started yet has no stack (gobuf.sp == 0, gobuf.ctxt its funcval):
  // execute gives it one.
  _Grunnable = 1,
  // _Grunning: executing on an M that owns a P (g.m and m.curg point at
  // each other). On no queue; the goroutine owns its stack.
  _Grunning = 2,
  // _Gsyscall: executing a blocking system call, not Go code. It still
  // has an M and its stack, but its P may be retaken (entersyscall).
  _Gsyscall = 3,
  // _Gwaiting: blocked in the runtime (channel, lock, sleep): on the wait
  // queue of whatever it waits for, never on a run queue. Its stack is
  // owned by that wait queue's owner until goready makes it runnable.
  _Gwaiting = 4,
  // _Gdead: unused: finished (goexit0) or freshly registered. On a free
  // list (a P's gFree or sched.gFree), without a stack: goexit0 gave it to
  // the P's stack cache, and the next goroutine it runs gets one when it
  // first executes.
  _Gdead = 6,
};

// The P states.
enum : uint32_t {
  _Pidle = 0,    // on sched.pidle, owned by no M
  _Prunning = 1, // owned by an M, which runs user code or the scheduler
  _Psyscall = 2, // its M is in a system call; may be retaken (sysmon)
  _Pgcstop = 3,  // halted (before procresize gives it work)
  _Pdead = 4,    // no longer used (GOMAXPROCS shrank)
};

// A runtime lock: a futex word (lock_futex.cpp). Zero value is unlocked.
struct mutex {
  uint32_t key;
};

// A one-shot event (lock_futex.cpp): noteclear resets it, one notewakeup
// signals it, notesleep waits for it. An idle M sleeps on its m.park.
struct note {
  uint32_t key; // 0: not signalled; 1: signalled
};

// Why a goroutine is in _Gwaiting: printed in tracebacks as
// `goroutine 1 [chan receive]:`. Go's list and numbering, Go's strings
// (waitReasonStrings in proc.cpp).
enum waitReason : uint8_t {
  waitReasonZero,
  waitReasonGCAssistMarking,
  waitReasonIOWait,
  waitReasonChanReceiveNilChan,
  waitReasonChanSendNilChan,
  waitReasonDumpingHeap,
  waitReasonGarbageCollection,
  waitReasonGarbageCollectionScan,
  waitReasonPanicWait,
  waitReasonSelect,
  waitReasonSelectNoCases,
  waitReasonGCAssistWait,
  waitReasonGCSweepWait,
  waitReasonGCScavengeWait,
  waitReasonChanReceive,
  waitReasonChanSend,
  waitReasonFinalizerWait,
  waitReasonForceGCIdle,
  waitReasonSemacquire,
  waitReasonSleep,
  waitReasonSyncCondWait,
  waitReasonTimerGoroutineIdle,
  waitReasonTraceReaderBlocked,
  waitReasonWaitForGCCycle,
  waitReasonGCWorkerIdle,
  waitReasonPreempted,
  waitReasonDebugCall,
};

// A stack of g's linked through g.schedlink.
struct gList {
  g *head;
};

// A FIFO queue of g's linked through g.schedlink.
struct gQueue {
  g *head;
  g *tail;
};

struct _panic;
struct _defer;
struct sudog;
struct timer;

// A goroutine.
struct g {
  stack stack;           // the stack's bounds (G_STACK_LO, G_STACK_HI)
  uintptr_t stackguard0; // stack.lo + StackGuard: the limit Go code checks
  uintptr_t stackguard1; // the limit C code would check; ~0 on goroutines
  _panic *_panic;        // innermost panic running on this goroutine
  m *m;                  // the M running it; null unless running
  gobuf sched;           // where it resumes (G_SCHED)
  uintptr_t stktopsp;    // expected sp at the top of the stack
  uint32_t atomicstatus; // one of _Gidle.._Gdead; change with casgstatus
  int64_t goid;          // 1 for the main goroutine
  g *schedlink;          // next g on a run queue or free list
  int64_t parentGoid;    // goid of the goroutine that created it
  uintptr_t gopc;        // pc of the go statement (newproc's caller)
  uintptr_t startpc;     // the function it starts in (fn->fn)
  // Signal that turned into this goroutine's panic (signal_unix.cpp), as
  // printed in `[signal SIGSEGV: ... code=sigcode0 addr=sigcode1 pc=sigpc]`.
  uint32_t sig;
  uintptr_t sigcode0;
  uintptr_t sigcode1;
  uintptr_t sigpc;
  // While parked (_Gwaiting): why, as gopark was told.
  waitReason waitreason;
  // Passed by whoever wakes the goroutine: e.g. the sudog that completed
  // a select, or a success flag of a channel operation.
  void *param;
  // The sudogs this goroutine waits on (a select waits on several),
  // linked through sudog.waitlink; owned by chan.cpp and select.cpp.
  sudog *waiting;
  // Set (atomically) by the first case of a select to fire.
  uint32_t selectDone;
  // The timer time.Sleep reuses for this goroutine (time.cpp).
  timer *timer;
  // Where a goroutine in _Gsyscall left Go code (entersyscall), for
  // tracebacks and the GC: its stack is live from syscallsp up.
  uintptr_t syscallsp;
  uintptr_t syscallpc;
  uintptr_t syscallbp;
  // Its ThreadSanitizer fiber, in a -DGOLC_TSAN=ON build (race.cpp).
  uintptr_t racectx;
  // The deferred calls of its frames, innermost first (panic.cpp). (Go
  // keeps it beside _panic; here it comes last so that the offsets the
  // assembly uses stay put.)
  _defer *_defer;
};

// An M: an OS thread. It runs goroutines while it owns a P, and runs the
// scheduler on its own g0 stack.
struct m {
  g *g0;            // goroutine with the scheduling stack (M_G0)
  g *curg;          // current running goroutine (M_CURG)
  g *gsignal;       // signal-handling g: its stack is the sigaltstack
  p *p;             // attached P for executing Go code (null if none)
  int64_t id;
  int32_t locks;    // >0: must not be descheduled (acquirem)
  int32_t mallocing; // >0 inside mallocgc: a fault here must not panic
  int32_t printlock; // nesting depth of printlock
  int32_t dying;    // >0 while dying of a fatal error or panic: counts
                    // nested failures, to stop recursion
  int64_t procid;   // OS thread id, for debuggers
  void *gcthread;   // Boehm's handle of this thread (GC_get_my_stackbottom)
  m *alllink;       // on allm
  m *schedlink;     // next M on sched.midle
  // The P this M will acquire when it starts or wakes up (startm), and the
  // P it held before a system call, to reacquire in exitsyscall.
  struct p *nextp;
  struct p *oldp;
  // Runs first on a new M, before it looks for work (sysmon's M has it).
  void (*mstartfn)();
  // Out of work and looking for it (counted in sched.nmspinning).
  bool spinning;
  // Parked on park (stopm, stopTheWorld): a wakeup is coming.
  bool blocked;
  note park;        // an idle M sleeps here (stopm)
  uint32_t syscalltick; // system calls made: sysmon detects long ones
  // gopark's arguments, handed to park_m on g0.
  bool (*waitunlockf)(g *, void *);
  void *waitlock;
  uint64_t fastrand; // this M's random state (runqsteal victim order)
  uintptr_t thread;  // the pthread_t running this M
};

// The P's local run queue: a ring of this many g's plus runnext.
#define RunqSize 256

// What sysmon last saw of a P, to tell a long time slice or a long system
// call from a P that has moved on.
struct sysmontick {
  uint32_t schedtick;
  int64_t schedwhen;
  uint32_t syscalltick;
  int64_t syscallwhen;
};

// A P: the resource an M needs to run Go code: a run queue of goroutines,
// a free-g list and a goid cache. There are GOMAXPROCS of them (allp).
struct p {
  int32_t id;
  uint32_t status;      // one of _Pidle.._Pdead
  p *link;              // next P on sched.pidle
  uint32_t schedtick;   // incremented on every scheduler call
  uint32_t syscalltick; // incremented on every system call
  sysmontick sysmontick; // sysmon's last observation
  m *m;                 // back-link to the associated M (null if idle)
  // goids handed out by this P: [goidcache, goidcacheend), refilled from
  // sched.goidgen in batches of GoidCacheBatch.
  uint64_t goidcache;
  uint64_t goidcacheend;
  // The run queue: a lock-free ring of RunqSize g's. The owner P puts at
  // runqtail; the owner and stealing Ms take at runqhead, both
  // with atomic loads/stores/CAS.
  uint32_t runqhead;
  uint32_t runqtail;
  g *runq[RunqSize];
  // The g to run next, ahead of the ring: the goroutine the current one
  // just made runnable (a new goroutine, a woken receiver), so a hand-off
  // inherits the time slice. Set and taken by CAS.
  g *runnext;
  // Dead g's (status _Gdead), reused by newproc1.
  gList gFree;
  int32_t gFreen;
  // Free goroutine stacks (stack.cpp), linked through their slots' link
  // words: a dead goroutine's stack, for the next one to start here.
  uintptr_t stackcache;
  int32_t stackcachen;
  // Timers (time.cpp): a 4-ary min-heap of numTimers timers ordered by
  // when, in an array of timersCap, under timersLock. timer0When is the
  // when of timers[0], 0 if there is none; read without the lock.
  mutex timersLock;
  timer **timers;
  int32_t numTimers;
  int32_t timersCap;
  int64_t timer0When;
  // The current time slice has lasted forcePreemptNS (sysmon's retake sets
  // it; atomic): the next schedule on this P ends the slice, instead of
  // letting runnext inherit it (proc.cpp, preemptrunnext). Go's p.preempt
  // asks the P to enter the scheduler at once; golc cannot interrupt a
  // goroutine, so the request waits for the P's next schedule.
  bool preempt;
};

// Global scheduler state.
struct schedt {
  uint64_t goidgen; // last goid handed out to a P's cache (atomic)
  mutex lock;       // guards everything below but gFree
  m *midle;         // idle M's waiting for work
  int32_t nmidle;   // number of idle M's waiting for work
  // Ms counted as idle though they are not (sysmon, while it hands off a
  // P it retook from a system call): keeps checkdead from firing early.
  int32_t nmidlelocked;
  int32_t nmsys;    // number of system M's (sysmon) not counted for deadlock
  int64_t mnext;    // number of Ms created; the next M's id
  int32_t maxmcount; // maximum number of M's allowed (or die)
  p *pidle;         // idle P's
  int32_t npidle;   // read without the lock too (atomic)
  int32_t nmspinning; // Ms spinning in findRunnable (atomic)
  // Global runnable queue: Gosched'd goroutines and the overflow of full
  // local queues.
  gQueue runq;
  int32_t runqsize;
  // Global cache of dead G's: the overflow of P's free lists.
  struct {
    mutex lock;
    gList list;
    int32_t n;
  } gFree;
  // Stopping the world (runtime.GOMAXPROCS, GODEBUG=schedtrace): the Ps
  // still to stop, and the note the stopper sleeps on meanwhile.
  uint32_t gcwaiting; // the world is stopping or stopped (atomic)
  int32_t stopwait;
  note stopnote;
  // sysmon sleeps on sysmonnote while every P is idle.
  uint32_t sysmonwait; // (atomic)
  note sysmonnote;
  // At most one idle M sleeps until the next timer (Go's net poller does
  // this; golc has no network poller, only this timed sleep). lastpoll is
  // 0 while one does, else when the last one woke; pollUntil is when it
  // will wake; incrementing pollBreak (a futex word) wakes it early.
  uint64_t lastpoll;
  int64_t pollUntil;
  uint32_t pollBreak;
};

// A panic in progress, linked from g._panic, innermost first.
struct _panic {
  eface arg;    // the argument to panic
  _panic *link; // the panic this one interrupted (from a deferred call)
  // Where the deferred call it is running has its return address (that
  // call's argp: recover works only in the function with this argp, or in
  // the one that the compiler's wrappers starting there call).
  uintptr_t argp;
  bool recovered; // a deferred call recovered it
  bool aborted;   // a deferred call it ran panicked in turn
};

// A deferred call (a defer statement that ran), linked from g._defer,
// innermost first. ctx is the deferring frame as deferproc returns into it
// (asm_amd64.S): where a recovered panic resumes it, and, through ctx.bp,
// which frame's deferreturn runs the call.
struct _defer {
  gobuf ctx;      // DEFER_CTX
  funcval *fn;    // the call, packed by the compiler
  _defer *link;
  _panic *_panic; // the panic running the call, if one is
  bool started;   // the call has begun
};

// asm_amd64.S depends on these offsets.
static_assert(offsetof(g, stack) + offsetof(stack, lo) == G_STACK_LO, "asm_amd64.S: g.stack.lo");
static_assert(offsetof(g, stack) + offsetof(stack, hi) == G_STACK_HI, "asm_amd64.S: g.stack.hi");
static_assert(offsetof(g, stackguard0) == G_STACKGUARD0, "asm_amd64.S: g.stackguard0");
static_assert(offsetof(g, stackguard1) == G_STACKGUARD1, "asm_amd64.S: g.stackguard1");
static_assert(offsetof(g, m) == G_M, "asm_amd64.S: g.m");
static_assert(offsetof(_defer, ctx) == DEFER_CTX, "asm_amd64.S: _defer.ctx");
static_assert(offsetof(g, sched) == G_SCHED, "asm_amd64.S: g.sched");
static_assert(offsetof(gobuf, sp) == GOBUF_SP, "asm_amd64.S: gobuf.sp");
static_assert(offsetof(gobuf, pc) == GOBUF_PC, "asm_amd64.S: gobuf.pc");
static_assert(offsetof(gobuf, g) == GOBUF_G, "asm_amd64.S: gobuf.g");
static_assert(offsetof(gobuf, ctxt) == GOBUF_CTXT, "asm_amd64.S: gobuf.ctxt");
static_assert(offsetof(gobuf, bp) == GOBUF_BP, "asm_amd64.S: gobuf.bp");
static_assert(offsetof(gobuf, bx) == GOBUF_BX, "asm_amd64.S: gobuf.bx");
static_assert(offsetof(gobuf, r12) == GOBUF_R12, "asm_amd64.S: gobuf.r12");
static_assert(offsetof(gobuf, r13) == GOBUF_R13, "asm_amd64.S: gobuf.r13");
static_assert(offsetof(gobuf, r14) == GOBUF_R14, "asm_amd64.S: gobuf.r14");
static_assert(offsetof(gobuf, r15) == GOBUF_R15, "asm_amd64.S: gobuf.r15");
static_assert(offsetof(m, g0) == M_G0, "asm_amd64.S: m.g0");
static_assert(offsetof(m, curg) == M_CURG, "asm_amd64.S: m.curg");
static_assert(offsetof(m, gsignal) == M_GSIGNAL, "asm_amd64.S: m.gsignal");
static_assert(offsetof(funcval, fn) == 0, "asm_amd64.S: funcval.fn");

// docs/runtime-abi.md pins these value layouts.
static_assert(sizeof(String) == 16 && sizeof(Slice) == 24 && sizeof(eface) == 16,
              "runtime-abi.md: string, slice and interface layouts");
static_assert(offsetof(_type, str) == 40 && offsetof(_type, uncommon) == 56 && sizeof(_type) == 64,
              "runtime-abi.md: _type layout");

//===----------------------------------------------------------------------===//
// Channels, select, semaphores and timers (chan.cpp, select.cpp, sema.cpp,
// time.cpp)
//===----------------------------------------------------------------------===//

struct hchan;

// A goroutine waiting in a list: a channel's recvq or sendq, a semaphore's
// wait tree, a sync.Cond's notify list. A goroutine in a select waits in
// one list per case, with one sudog each, all of them on its g.waiting.
//
// Difference from Go: Go takes sudogs from per-P caches, because its
// stacks move and nothing may point into them. golc's stacks never move, so
// a sudog lives in the frame of the function that waits (chansend,
// chanrecv, selectgo, semacquire1, notifyListWait) for exactly as long as
// it waits: whoever dequeues it finishes with it before goready lets its
// owner return.
struct sudog {
  // Guarded by the lock of the channel (or semaRoot, notifyList) the
  // sudog waits on.
  g *g;
  sudog *next;
  sudog *prev;
  void *elem; // the element to send, or where to put the one received
  // semaRoot: the treap priority of a tree node; after a semrelease, 1 if
  // the semaphore was handed to this waiter. notifyList: the ticket waited
  // for.
  uint32_t ticket;
  // The g is in a select: a waker must win g.selectDone first.
  bool isSelect;
  // Whether the channel operation completed: true if a value was passed,
  // false if the goroutine was woken by close.
  bool success;
  sudog *parent;   // semaRoot binary tree
  sudog *waitlink; // g.waiting list, or the waiters on one semaphore address
  sudog *waittail; // the last of those waiters (semaRoot)
  hchan *c;        // the channel waited on
};

// A queue of sudogs, linked through next and prev.
struct waitq {
  sudog *first;
  sudog *last;
};

// A channel: make(chan T, size) returns an *hchan. A buffered channel
// keeps its elements in a ring of dataqsiz slots at buf; an unbuffered one
// passes each element straight from the sender to a waiting receiver (or
// back). lock guards every field, and the sudogs on recvq and sendq.
// closed and qcount are also read without the lock, by the non-blocking
// fast paths and len (atomically).
struct GOLC_ABI hchan {
  uintgo qcount;    // elements in the buffer
  uintgo dataqsiz;  // size of the ring
  void *buf;        // the ring: dataqsiz elements of elemsize bytes
  uint16_t elemsize;
  uint32_t closed;
  _type *elemtype;  // element type
  uintgo sendx;     // send index in the ring
  uintgo recvx;     // receive index in the ring
  waitq recvq;      // blocked receivers
  waitq sendq;      // blocked senders
  mutex lock;
};

// One case of a select, as the compiler lays out the array it passes to
// selectgo: the channel (nil: the case never fires) and the element to
// send or the place to receive into (nil: discard).
struct GOLC_ABI scase {
  hchan *c;
  void *elem;
};

// selectgo's results: the index of the chosen case (-1 if !block and none
// was ready) and, for a receive, whether a value arrived (false: closed).
struct GOLC_ABI SelectResult {
  intgo chosen;
  bool recvOK;
};

// selectnbrecv's results: whether the case ran, and whether it received
// a value (false: the channel is closed).
struct GOLC_ABI SelectNBRecv {
  bool selected;
  bool received;
};

// A timer: package time's runtimeTimer, whose Go declaration (the stdlib's
// time/sleep.go) must list the same fields:
//
//   type runtimeTimer struct {
//       pp     uintptr
//       when   int64
//       period int64
//       f      func(any, uintptr) // not a closure
//       arg    any
//       seq    uintptr
//       i      int
//   }
//
// When nanotime() reaches when, an M runs f(arg, seq) on its g0 (the M of
// the P whose heap holds the timer, or one stealing that P's timers); a
// timer with period > 0 then fires again every period nanoseconds.
// time.Sleep uses one per goroutine (g.timer), whose f readies the
// goroutine.
//
// Difference from Go 1.19, whose timers have a status word and are deleted
// lazily by their P: a golc timer is in at most one P's heap, and leaves it
// at once, under that P's timersLock, when it is stopped, reset or fired;
// pp and i say where it is (Go 1.13's timer had the same heap index).
struct GOLC_ABI timer {
  p *pp;          // the P whose heap holds it; null when in none
  int64_t when;   // nanotime() when it fires
  int64_t period; // > 0: fire again every period ns
  funcval *f;     // func(arg any, seq uintptr), called on g0 (no closure)
  eface arg;
  uintptr_t seq;
  intgo i;        // index in pp's heap
};

// sync.Cond's wait list (sema.cpp); package sync declares the same fields:
// wait, notify uint32; lock uintptr; head, tail unsafe.Pointer. wait is the
// ticket of the next waiter, notify of the next to wake; both wrap around.
struct notifyList {
  uint32_t wait;   // (atomic)
  uint32_t notify; // (atomic)
  mutex lock;      // guards head and tail
  sudog *head;
  sudog *tail;
};

static_assert(sizeof(timer) == 64 && offsetof(timer, arg) == 32 && offsetof(timer, i) == 56,
              "runtime-abi.md: time's runtimeTimer layout");
static_assert(offsetof(notifyList, head) == 16 && sizeof(notifyList) == 32,
              "runtime-abi.md: sync's notifyList layout");

//===----------------------------------------------------------------------===//
// The current g
//===----------------------------------------------------------------------===//

// The g running on this thread: g0 while the scheduler runs, gsignal in a
// signal handler, else the user goroutine. Only the assembly switches it
// (gogo, mcall, systemstack, rt0_go). Local-exec TLS: the runtime is only
// ever linked into executables, and asm_amd64.S addresses it as
// %fs:runtime.tlsg@tpoff.
extern __thread g *tlsg __asm__("runtime.tlsg") __attribute__((tls_model("local-exec")));

// Returns the current g. Read with a volatile asm, never cached in a
// register: after mcall parks a goroutine, it may resume on another thread
// (another M), where a thread-pointer computed before the switch is stale.
static inline g *getg() {
  g *gp;
  __asm__ volatile("movq %%fs:runtime.tlsg@tpoff, %0" : "=r"(gp));
  return gp;
}

// The kind-specific descriptors, maps and itabs (GOLC_ABI records too).
#include "type.h"

#endif // __ASSEMBLER__
#endif // GOLC_RUNTIME_RUNTIME2_H
