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
// Frees the stacks of the g's on the global free list (at the start of a
// collection, malloc.cpp). Skips the work if the list is busy.
void markrootFreeGStacks() __asm__("runtime.markrootFreeGStacks");
void globrunqput(g *gp) __asm__("runtime.globrunqput");
g *globrunqget(p *pp, int32_t max) __asm__("runtime.globrunqget");
NORETURN void goexit1() __asm__("runtime.goexit1");
void Gosched() __asm__("runtime.Gosched");
const char *gstatusname(uint32_t status);

// acquirem pins the current goroutine to its M (no rescheduling while
// mp->locks > 0); releasem undoes it.
static inline m *acquirem() {
  m *mp = getg()->m;
  mp->locks++;
  return mp;
}
static inline void releasem(m *mp) { mp->locks--; }

//===- stack.cpp ----------------------------------------------------------===//

stack stackalloc(uint32_t n) __asm__("runtime.stackalloc");
void stackfree(stack stk) __asm__("runtime.stackfree");
// Bytes of inaccessible guard region below every stack's lo.
extern const uintptr_t stackGuardSize __asm__("runtime.stackGuardSize");

//===- lock_futex.cpp -----------------------------------------------------===//

void lock(mutex *l) __asm__("runtime.lock");
void unlock(mutex *l) __asm__("runtime.unlock");
bool trylock(mutex *l) __asm__("runtime.trylock");

//===- os_linux.cpp -------------------------------------------------------===//

void args(int32_t argc, char **argv) __asm__("runtime.args");
void osinit() __asm__("runtime.osinit");
// exit_: `exit` is libc's.
NORETURN void exit_(int32_t code) __asm__("runtime.exit");
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
// `goroutine N [status]:`
void goroutineheader(g *gp) __asm__("runtime.goroutineheader");

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
NORETURN void panicBounds(uint8_t code, int64_t x, int64_t y) __asm__("runtime.panicBounds");
// The runtime.Error value whose message is `runtime error: ` + s.
eface runtimeError(const char *s) __asm__("runtime.runtimeError");

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

#endif // GOLC_RUNTIME_RUNTIME_H
