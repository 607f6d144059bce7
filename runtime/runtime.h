//===- runtime/runtime.h - declarations shared by the runtime's files -----===//
//
// Go's runtime is one package, so its files see each other without
// declarations; golc's runtime is several C++ files and one assembly file,
// and this header is what they say to each other. Every function carries
// its Go name as its symbol (`__asm__("runtime.newproc1")`), so debuggers,
// tracebacks and compiled code all see `runtime.newproc1`.
//
// The layouts live in runtime2.h; the entry points compiled code calls are
// listed in docs/runtime-abi.md. Nothing here may need libstdc++: golc links
// programs with libc, libpthread and libgc only.
//
//===----------------------------------------------------------------------===//
#ifndef GOLC_RUNTIME_RUNTIME_H
#define GOLC_RUNTIME_RUNTIME_H

#include "runtime2.h"

#define NORETURN __attribute__((noreturn))
// Not instrumented by ThreadSanitizer (race.cpp): the functions that never
// return, whose entries would pile up on a TSan shadow stack.
#define NORACE __attribute__((disable_sanitizer_instrumentation))

//===- asm_amd64.S --------------------------------------------------------===//

// Boots the runtime on the main thread (see asm_amd64.S). Never returns.
NORETURN void rt0_go(int argc, char **argv) __asm__("runtime.rt0_go");
// Switches to the goroutine saved in buf. Never returns.
NORETURN void gogo(gobuf *buf) __asm__("runtime.gogo");
// Saves the current goroutine's context in its g.sched, switches to the
// M's g0 stack and calls fn(gp). fn must not return.
void mcall(void (*fn)(g *)) __asm__("runtime.mcall");
// Runs fn(arg) on the M's g0 stack (directly if already on g0 or gsignal)
// and returns to the calling goroutine's stack.
void systemstack(void (*fn)(void *), void *arg) __asm__("runtime.systemstack");
// The return address a new goroutine's first frame returns to, minus
// PCQuantum. Never called directly.
void goexit() __asm__("runtime.goexit");
// Where the signal handler redirects a goroutine that faulted: aligns the
// stack and calls sigpanic0 (signal_unix.cpp).
void sigpanic() __asm__("runtime.sigpanic");
// Calls the deferred call fn (its code with fn as the context), first
// storing in *argp where the call's return address goes (panic.cpp).
void calldeferred(funcval *fn, uintptr_t *argp) __asm__("runtime.calldeferred");
// Resumes the frame that deferred a call, as deferproc returning 1 into it
// (ctx: that frame's registers). Never returns.
NORETURN void recovery(gobuf *ctx) __asm__("runtime.recovery");
// &runtime.main, as a funcval for newproc.
extern const funcval mainPC __asm__("runtime.mainPC");

//===- proc.cpp -----------------------------------------------------------===//

extern m m0 __asm__("runtime.m0");
extern g g0 __asm__("runtime.g0");
extern schedt sched __asm__("runtime.sched");
extern m *allm __asm__("runtime.allm");
extern p **allp __asm__("runtime.allp");
extern int32_t gomaxprocs __asm__("runtime.gomaxprocs");
extern int32_t ncpu __asm__("runtime.ncpu");
extern g **allgs __asm__("runtime.allgs");
extern uintptr_t allglen __asm__("runtime.allglen");

// The sizes and batch counts of proc.cpp, as Go's.
enum : uintptr_t {
  StackMin = 2048,        // initial stack of a goroutine: malg(StackMin)
  PCQuantum = 1,          // the minimum instruction size on amd64
  GoidCacheBatch = 16,    // goids a P takes from sched.goidgen at once
  // The main goroutine's stack (stack.cpp): deep recursion in main works.
  StackMainSize = 256 << 20,
};

void schedinit() __asm__("runtime.schedinit");
void newproc(funcval *fn) __asm__("runtime.newproc");
g *newproc1(funcval *fn, g *callergp, uintptr_t callerpc) __asm__("runtime.newproc1");
g *malg(int32_t stacksize) __asm__("runtime.malg");
void casgstatus(g *gp, uint32_t oldval, uint32_t newval) __asm__("runtime.casgstatus");
uint32_t readgstatus(g *gp) __asm__("runtime.readgstatus");
NORETURN void mstart() __asm__("runtime.mstart");
NORETURN void schedule() __asm__("runtime.schedule");
void runqput(p *pp, g *gp, bool next) __asm__("runtime.runqput");
g *runqget(p *pp, bool *inheritTime) __asm__("runtime.runqget");
bool runqempty(p *pp) __asm__("runtime.runqempty");
void globrunqput(g *gp) __asm__("runtime.globrunqput");
g *globrunqget(p *pp, int32_t max) __asm__("runtime.globrunqget");
NORETURN void goexit1() __asm__("runtime.goexit1");
void Gosched() __asm__("runtime.Gosched");
void goyield() __asm__("runtime.goyield");
const char *gstatusname(uint32_t status);
// Go's waitReasonStrings: "chan receive" for waitReasonChanReceive.
const char *waitReasonString(waitReason r);

// Blocking and waking goroutines: the only way a goroutine waits.
//
// gopark puts the current goroutine to sleep: on g0 (mcall(park_m)) it goes
// _Grunning -> _Gwaiting with waitreason reason, leaves its M, and then
// unlockf(gp, lock) runs; if unlockf returns false the goroutine is made
// runnable again at once and continues, else the M schedules another g.
// Whoever holds gp from then on (a channel's wait queue, a timer) must
// eventually goready it. unlockf runs after gp's state is saved, so it may
// publish gp (e.g. release the channel lock): a goready racing with the
// park finds gp fully parked. unlockf must not block or allocate.
void gopark(bool (*unlockf)(g *, void *), void *lock, waitReason reason)
    __asm__("runtime.gopark");
// gopark with unlockf = unlock(lock): parks, then releases the runtime
// lock that guarded the decision to park.
void goparkunlock(mutex *lock, waitReason reason) __asm__("runtime.goparkunlock");
// Makes a parked goroutine runnable: _Gwaiting -> _Grunnable, into the
// current P's runnext (so a hand-off runs it next, on this M, inheriting
// the time slice), and wakes an idle P's M if there is one and no M is
// already spinning. Callable from any goroutine or from g0.
void goready(g *gp) __asm__("runtime.goready");
// Starts an M spinning for work if a P is idle and no M spins already.
void wakep() __asm__("runtime.wakep");
// Ensures that a timer due at `when` (nanotime) is noticed: wakes the M
// sleeping until the next timer if it would sleep past when, or wakes an
// idle P. time.cpp calls it after adding or moving a timer earlier.
void wakeNetPoller(int64_t when) __asm__("runtime.wakeNetPoller");

// System calls. entersyscall, on the goroutine, before a call that may
// block in the kernel: the goroutine goes _Gsyscall and its P can be
// retaken (by sysmon, after 20 us) for other goroutines. exitsyscall after
// it: reacquires that P or another, else queues the goroutine and parks
// the M. entersyscallblock: the same for a call known to block (sleeps,
// reads of pipes): the P is handed off at once.
void entersyscall() __asm__("runtime.entersyscall");
void entersyscallblock() __asm__("runtime.entersyscallblock");
void exitsyscall() __asm__("runtime.exitsyscall");

// A fast pseudo-random number from the current M's state (wyrand): for
// victim order in work stealing, select's poll order, treap priorities.
// Not for anything that needs unpredictability. fastrandn: in [0, n).
uint32_t fastrand() __asm__("runtime.fastrand");
uint32_t fastrandn(uint32_t n) __asm__("runtime.fastrandn");

// package runtime's API.
intgo NumGoroutine() __asm__("runtime.NumGoroutine");
intgo NumCPU() __asm__("runtime.NumCPU");
intgo GOMAXPROCS(intgo n) __asm__("runtime.GOMAXPROCS");


// acquirem pins the current goroutine to its M (no rescheduling while
// mp->locks > 0); releasem undoes it.
static inline m *acquirem() {
  m *mp = getg()->m;
  mp->locks++;
  return mp;
}
static inline void releasem(m *mp) { mp->locks--; }

//===- stack.cpp ----------------------------------------------------------===//

// Reserves the address space of all stacks (schedinit).
void stackinit() __asm__("runtime.stackinit");
// A goroutine stack of at least n bytes (a power of 2): from the current
// P's stack cache if n fits a standard slot.
stack stackalloc(uint32_t n) __asm__("runtime.stackalloc");
// Gives a standard goroutine stack back to the current P's cache.
void stackfree(stack stk) __asm__("runtime.stackfree");
// Empties pp's stack cache into the global pool (pp is being retired).
void stackcache_clear(p *pp) __asm__("runtime.stackcache_clear");
// Gives the memory of idle pooled stacks back to the OS; called at the
// start of each collection, so it skips the work if the pool is busy.
void stackReleaseIdle() __asm__("runtime.stackReleaseIdle");
// A stack for an M (g0, gsignal), above every goroutine stack.
stack stackallocsys(uintptr_t n) __asm__("runtime.stackallocsys");
// Throws `stack overflow` if gp ran off the bottom of a stack that has no
// guard region (its canary is gone).
void stackcheck(g *gp) __asm__("runtime.stackcheck");
// Bytes of inaccessible guard region below every stack's lo.
extern const uintptr_t stackGuardSize __asm__("runtime.stackGuardSize");

//===- lock_futex.cpp -----------------------------------------------------===//

void lock(mutex *l) __asm__("runtime.lock");
void unlock(mutex *l) __asm__("runtime.unlock");
bool trylock(mutex *l) __asm__("runtime.trylock");

// One-shot events, for Ms (not goroutines: a goroutine parks instead).
// noteclear readies n for one use; notewakeup signals it (once per clear);
// notesleep blocks the calling thread until it is signalled; notetsleep
// waits at most ns nanoseconds (ns < 0: forever) and reports whether it
// was signalled. notesleep and notetsleep run on g0; notetsleepg is
// notetsleep from a goroutine, inside entersyscallblock/exitsyscall so
// that its P keeps running other goroutines.
void noteclear(note *n) __asm__("runtime.noteclear");
void notewakeup(note *n) __asm__("runtime.notewakeup");
void notesleep(note *n) __asm__("runtime.notesleep");
bool notetsleep(note *n, int64_t ns) __asm__("runtime.notetsleep");
bool notetsleepg(note *n, int64_t ns) __asm__("runtime.notetsleepg");
// The futex calls underneath: sleep while *addr == val (at most ns
// nanoseconds if ns >= 0; may wake spuriously), wake up to cnt sleepers.
void futexsleep(uint32_t *addr, uint32_t val, int64_t ns) __asm__("runtime.futexsleep");
void futexwakeup(uint32_t *addr, uint32_t cnt) __asm__("runtime.futexwakeup");
// Busy-waits for `cycles` PAUSE instructions.
void procyield(uint32_t cycles) __asm__("runtime.procyield");
// Gives up the CPU to another thread (sched_yield).
void osyield() __asm__("runtime.osyield");

//===- race.cpp -----------------------------------------------------------===//

// ThreadSanitizer's view of goroutines (race.cpp): raceminit makes the
// thread's own fiber mp's g0's; racegostart gives gp a fiber when it first
// runs; raceswitch tells TSan that the thread now runs gp.
#if GOLC_TSAN
void raceminit(m *mp) __asm__("runtime.raceminit");
void racegostart(g *gp) __asm__("runtime.racegostart");
extern "C" void raceswitch(g *gp) __asm__("runtime.raceswitch");
#else
static inline void raceminit(m *mp) {}
static inline void racegostart(g *gp) {}
static inline void raceswitch(g *gp) {}
#endif

//===- os_linux.cpp -------------------------------------------------------===//

void args(int32_t argc, char **argv) __asm__("runtime.args");
void osinit() __asm__("runtime.osinit");
// exit_: `exit` is libc's.
NORETURN void exit_(int32_t code) __asm__("runtime.exit");
// Monotonic time in nanoseconds (CLOCK_MONOTONIC): timers and the
// scheduler's clock.
int64_t nanotime() __asm__("runtime.nanotime");
// Starts an OS thread running mstart on mp, with mp->g0's stack as the
// thread's stack.
void newosproc(m *mp) __asm__("runtime.newosproc");
// Sleeps the calling thread for usec microseconds (usleep: libc's).
void usleep_(uint32_t usec) __asm__("runtime.usleep");
// Per-thread set-up of the M running on the calling thread.
void minit() __asm__("runtime.minit");
void write1(int fd, const void *p, intgo n) __asm__("runtime.write1");
extern uintptr_t physPageSize __asm__("runtime.physPageSize");

//===- signal_unix.cpp ----------------------------------------------------===//

void initsig() __asm__("runtime.initsig");
// Gives the calling thread mp->gsignal's stack as its sigaltstack.
void minitSignalStack(m *mp) __asm__("runtime.minitSignalStack");
const char *signame(uint32_t sig);

//===- malloc.cpp ---------------------------------------------------------===//

void mallocinit() __asm__("runtime.mallocinit");
void *mallocgc(uintptr_t size, _type *typ, bool needzero) __asm__("runtime.mallocgc");
void *newobject(_type *typ) __asm__("runtime.newobject");
// GC memory for the runtime's own structures that hold pointers (g, m, p,
// allgs), zeroed and scanned conservatively: Go's new(T) for runtime types.
// One of 100 KiB or more stays alive only while a pointer to its first 256
// bytes exists.
void *mallocptrs(uintptr_t size) __asm__("runtime.mallocptrs");
// Tells the GC which stack this thread now runs on (see malloc.cpp).
void setgcstack(g *gp) __asm__("runtime.setgcstack");
// Records the GC's handle of the calling thread, mp's thread.
void gcminit(m *mp) __asm__("runtime.gcminit");

//===- print.cpp ----------------------------------------------------------===//

void printlock() __asm__("runtime.printlock");
void printunlock() __asm__("runtime.printunlock");
void printstring(String s) __asm__("runtime.printstring");
void printint(int64_t v) __asm__("runtime.printint");
void printuint(uint64_t v) __asm__("runtime.printuint");
void printfloat(double v) __asm__("runtime.printfloat");
void printcomplex(double re, double im) __asm__("runtime.printcomplex");
void printbool(bool v) __asm__("runtime.printbool");
void printpointer(void *p) __asm__("runtime.printpointer");
void printhex(uint64_t v) __asm__("runtime.printhex");
void printsp() __asm__("runtime.printsp");
void printnl() __asm__("runtime.printnl");
void gwrite(const void *b, intgo n) __asm__("runtime.gwrite");
// print(s) for a C string: the runtime's own messages.
void prints(const char *s) __asm__("runtime.prints");
// println of an interface or a slice: `(0xtype,0xdata)`, `[len/cap]0xarray`.
void printeface(eface e) __asm__("runtime.printeface");
void printiface(iface i) __asm__("runtime.printiface");
void printslice(void *array, intgo len, intgo cap) __asm__("runtime.printslice");

//===- traceback.cpp ------------------------------------------------------===//

// How traceback prints.
enum : unsigned {
  TracebackRuntime = 1, // also runtime-internal frames (fatal errors)
  TracebackExactPC = 2, // the first pc is where the frame is, not a return address
};

// Prints gp's frames from (pc, fp) outwards as gc does (`main.f(...)` and a
// `\t?:0 +0xOFF` line each), where fp is the frame pointer of the function
// containing pc; stops at goexit or after 100 frames. Then `created by`.
void traceback(uintptr_t pc, uintptr_t fp, g *gp, unsigned flags) __asm__("runtime.traceback");
// `goroutine N [status]:`, the status being the wait reason of a
// waiting goroutine (`[chan receive]`).
void goroutineheader(g *gp) __asm__("runtime.goroutineheader");
// The tracebacks of every goroutine but me (proc.cpp), each after an
// empty line and its goroutineheader, as gc prints them after a fatal
// error.
void tracebackothers(g *me) __asm__("runtime.tracebackothers");

//===- panic.cpp, error.cpp -----------------------------------------------===//

NORETURN void gopanic(eface e) __asm__("runtime.gopanic");
// A fatal runtime error: prints `fatal error: s` and a traceback including
// runtime frames, exits 2. (throw_: `throw` is a C++ keyword.)
NORETURN void throw_(const char *s) __asm__("runtime.throw");
// A fatal error of the program (`go of nil func value`, deadlock): the same
// with only the program's frames.
NORETURN void fatal(const char *s) __asm__("runtime.fatal");
// What throw and fatal do: `fatal error: s`, gp's `[signal ...]` line if a
// signal killed it, the traceback of gp from (pc, fp), exit 2.
NORETURN void fatalthrow(const char *s, g *gp, uintptr_t pc, uintptr_t fp, unsigned flags)
    __asm__("runtime.fatalthrow");
NORETURN void panicmem() __asm__("runtime.panicmem");
NORETURN void panicdivide() __asm__("runtime.panicdivide");
NORETURN void panicoverflow() __asm__("runtime.panicoverflow");
NORETURN void panicfloat() __asm__("runtime.panicfloat");
NORETURN void panicshift() __asm__("runtime.panicshift");
// print(v) of a panic's value, as gc prints it after `panic: `.
void printpanicval(eface v) __asm__("runtime.printpanicval");
// What an index or slice expression got wrong: boundsError.code.
enum : uint8_t {
  boundsIndex,      // s[x]: 0 <= x < len(s) failed
  boundsSliceAlen,  // s[?:x]: 0 <= x <= len(s) failed
  boundsSliceAcap,  // s[?:x]: 0 <= x <= cap(s) failed
  boundsSliceB,     // s[x:y]: 0 <= x <= y failed
  boundsSlice3Alen, // s[?:?:x]: 0 <= x <= len(s) failed
  boundsSlice3Acap, // s[?:?:x]: 0 <= x <= cap(s) failed
  boundsSlice3B,    // s[?:x:y]: 0 <= x <= y failed
  boundsSlice3C,    // s[x:y:?]: 0 <= x <= y failed
};
// panic(boundsError{x, y, code}): `runtime error: index out of range ...`.
// x is read as a uint64 when !xsigned (the index had an unsigned type).
NORETURN void panicBounds(uint8_t code, int64_t x, int64_t y, bool xsigned = true)
    __asm__("runtime.panicBounds");
// The runtime.Error value whose message is `runtime error: ` + s.
eface runtimeError(const char *s) __asm__("runtime.runtimeError");
// The runtime.Error value whose message is s alone, without the
// `runtime error: ` prefix (Go's plainError): `send on closed channel`.
eface plainError(const char *s) __asm__("runtime.plainError");

//===- string.cpp, utf8.cpp -----------------------------------------------===//

struct decoderuneResult {
  int32_t r;
  intgo pos;
};
String concatstring2(String a, String b) __asm__("runtime.concatstring2");
String concatstring3(String a, String b, String c) __asm__("runtime.concatstring3");
String concatstrings(String *parts, intgo n) __asm__("runtime.concatstrings");
intgo cmpstring(String a, String b) __asm__("runtime.cmpstring");
bool eqstring(String a, String b) __asm__("runtime.eqstring");
String intstring(int64_t v) __asm__("runtime.intstring");
decoderuneResult decoderune(String s, intgo k) __asm__("runtime.decoderune");
// Writes the UTF-8 encoding of r (U+FFFD if invalid) to p[0..3]; returns
// the byte count.
intgo encoderune(uint8_t *p, int32_t r) __asm__("runtime.encoderune");
// A String for a C string literal (runtime messages).
String gostringnocopy(const char *s) __asm__("runtime.gostringnocopy");
// The conversions string(b), []byte(s), string(rs), []rune(s).
String slicebytetostring(const uint8_t *ptr, intgo n) __asm__("runtime.slicebytetostring");
SliceGrow stringtoslicebyte(String s) __asm__("runtime.stringtoslicebyte");
String slicerunetostring(const int32_t *a, intgo n) __asm__("runtime.slicerunetostring");
SliceGrow stringtoslicerune(String s) __asm__("runtime.stringtoslicerune");

//===- slice.cpp ----------------------------------------------------------===//

void *makeslice(_type *et, intgo len, intgo cap) __asm__("runtime.makeslice");
SliceGrow growslice(void *oldArray, intgo newLen, intgo oldCap, intgo num, _type *et)
    __asm__("runtime.growslice");
// The size of the object gc's allocator would return for a request of
// size bytes (its size classes, then whole pages).
uintptr_t roundupsize(uintptr_t size) __asm__("runtime.roundupsize");

//===- alg.cpp ------------------------------------------------------------===//

// _type.equal: whether the values at a and b are equal.
typedef bool (*equalfunc)(const void *a, const void *b);

uintptr_t memhash(const void *p, uintptr_t seed, uintptr_t size) __asm__("runtime.memhash");
uintptr_t memhash0(const void *p, uintptr_t seed) __asm__("runtime.memhash0");
uintptr_t memhash8(const void *p, uintptr_t seed) __asm__("runtime.memhash8");
uintptr_t memhash16(const void *p, uintptr_t seed) __asm__("runtime.memhash16");
uintptr_t memhash32(const void *p, uintptr_t seed) __asm__("runtime.memhash32");
uintptr_t memhash64(const void *p, uintptr_t seed) __asm__("runtime.memhash64");
uintptr_t memhash128(const void *p, uintptr_t seed) __asm__("runtime.memhash128");
uintptr_t strhash(const void *p, uintptr_t seed) __asm__("runtime.strhash");
uintptr_t f32hash(const void *p, uintptr_t seed) __asm__("runtime.f32hash");
uintptr_t f64hash(const void *p, uintptr_t seed) __asm__("runtime.f64hash");
uintptr_t c64hash(const void *p, uintptr_t seed) __asm__("runtime.c64hash");
uintptr_t c128hash(const void *p, uintptr_t seed) __asm__("runtime.c128hash");
uintptr_t interhash(const void *p, uintptr_t seed) __asm__("runtime.interhash");
uintptr_t nilinterhash(const void *p, uintptr_t seed) __asm__("runtime.nilinterhash");
// The hash of a value of type t at p, by t's kind (interface hashing).
uintptr_t typehash(_type *t, const void *p, uintptr_t seed) __asm__("runtime.typehash");

bool memequal(const void *a, const void *b, uintptr_t size) __asm__("runtime.memequal");
bool memequal0(const void *a, const void *b) __asm__("runtime.memequal0");
bool memequal8(const void *a, const void *b) __asm__("runtime.memequal8");
bool memequal16(const void *a, const void *b) __asm__("runtime.memequal16");
bool memequal32(const void *a, const void *b) __asm__("runtime.memequal32");
bool memequal64(const void *a, const void *b) __asm__("runtime.memequal64");
bool memequal128(const void *a, const void *b) __asm__("runtime.memequal128");
bool f32equal(const void *a, const void *b) __asm__("runtime.f32equal");
bool f64equal(const void *a, const void *b) __asm__("runtime.f64equal");
bool c64equal(const void *a, const void *b) __asm__("runtime.c64equal");
bool c128equal(const void *a, const void *b) __asm__("runtime.c128equal");
bool strequal(const void *a, const void *b) __asm__("runtime.strequal");
bool interequal(const void *a, const void *b) __asm__("runtime.interequal");
bool nilinterequal(const void *a, const void *b) __asm__("runtime.nilinterequal");
// == on interface values whose dynamic types are both t (null: both nil).
bool efaceeq(_type *t, const void *x, const void *y) __asm__("runtime.efaceeq");
bool ifaceeq(_type *t, const void *x, const void *y) __asm__("runtime.ifaceeq");

//===- map.cpp ------------------------------------------------------------===//

hmap *makemap(maptype *t, intgo hint) __asm__("runtime.makemap");
void *mapaccess1(maptype *t, hmap *h, const void *key) __asm__("runtime.mapaccess1");
MapAccess2 mapaccess2(maptype *t, hmap *h, const void *key) __asm__("runtime.mapaccess2");
void *mapaccess1_fast64(maptype *t, hmap *h, uint64_t key) __asm__("runtime.mapaccess1_fast64");
MapAccess2 mapaccess2_fast64(maptype *t, hmap *h, uint64_t key) __asm__("runtime.mapaccess2_fast64");
void *mapaccess1_faststr(maptype *t, hmap *h, String key) __asm__("runtime.mapaccess1_faststr");
MapAccess2 mapaccess2_faststr(maptype *t, hmap *h, String key) __asm__("runtime.mapaccess2_faststr");
void *mapassign(maptype *t, hmap *h, const void *key) __asm__("runtime.mapassign");
void *mapassign_fast64(maptype *t, hmap *h, uint64_t key) __asm__("runtime.mapassign_fast64");
void *mapassign_faststr(maptype *t, hmap *h, String key) __asm__("runtime.mapassign_faststr");
void mapdelete(maptype *t, hmap *h, const void *key) __asm__("runtime.mapdelete");
void mapclear(maptype *t, hmap *h) __asm__("runtime.mapclear");
intgo maplen(hmap *h) __asm__("runtime.maplen");
void mapiterinit(maptype *t, hmap *h, hiter *it) __asm__("runtime.mapiterinit");
void mapiternext(hiter *it) __asm__("runtime.mapiternext");

//===- iface.cpp ----------------------------------------------------------===//

// The runtime's descriptors of string and func() string.
extern _type stringType __asm__("runtime.stringType");
extern functype funcStringType __asm__("runtime.funcStringType");
extern functype funcNoArgsType __asm__("runtime.funcNoArgsType");
itab *getitab(interfacetype *inter, _type *typ, bool canfail) __asm__("runtime.getitab");
// x.(I) for an interface x whose dynamic type is typ (null: x is nil).
itab *assertE2I(interfacetype *inter, _type *typ) __asm__("runtime.assertE2I");
NORETURN void panicdottypeE(_type *have, _type *want, _type *iface) __asm__("runtime.panicdottypeE");
NORETURN void panicdottypeI(itab *have, _type *want, _type *iface) __asm__("runtime.panicdottypeI");
NORETURN void panicnildottype(_type *want) __asm__("runtime.panicnildottype");
// Whether pc is in a wrapper the compiler generated around a call (a go or
// defer thunk, an itab's ·i, a method value's -fm), which recover looks
// through and tracebacks hide (panic.cpp).
bool inwrapper(uintptr_t pc) __asm__("runtime.inwrapper");
// The code of t's method `name() string` (Error, String), or null.
void *stringmethod(_type *t, const char *name) __asm__("runtime.stringmethod");

//===- symtab.cpp ---------------------------------------------------------===//

// A function of the program: its name (null: pc is in no function known
// by name) and the address of its first instruction.
struct funcInfo {
  const char *name;
  uintptr_t entry;
};
// The function containing pc, from the executable's ELF symbol table
// (read on the first call, outside the GC heap and without locks, so a
// dying program can call it anywhere). Go names throughout:
// main.main.func1, main.main.gowrap1.
funcInfo findfunc(uintptr_t pc) __asm__("runtime.findfunc");

#endif // GOLC_RUNTIME_RUNTIME_H
