//===- runtime/panic.cpp - panics and fatal errors ------------------------===//
//
// panic(v) and the runtime's own panics (index out of range, nil
// dereference, division by zero) all end in gopanic. Until the compiler
// emits defer (issue 3) no deferred call can recover, so gopanic goes
// straight to fatalpanic, which prints what gc prints for an unrecovered
// panic and exits with status 2:
//
//   panic: <value: an error's Error(), else a Stringer's String(), else
//           as printpanicval prints it>
//   [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x...]
//                                            (only if a signal caused it)
//   <empty line>
//   goroutine 1 [running]:
//   <traceback>
//
// A fatal error (throw: the runtime found itself broken; fatal: the program
// did something unrecoverable) prints `fatal error: <msg>` instead, and its
// traceback also shows runtime frames. When the failure happened on g0 (the
// scheduler, or a systemstack call), the g0 frames come first under
// `runtime stack:`, then the goroutine that was running.
//
// startpanic guards against failing again while failing: the second
// failure only adds `panic during panic`, a third gives up at once.
//
//===----------------------------------------------------------------------===//

#include "runtime.h"

#include <stdio.h>
#include <string.h>

// Serialises dying Ms: the first one prints and exits, the others wait.
static mutex paniclk;

// Prepares the M for dying. False if it is already dying (then only a
// traceback is worth attempting).
bool startpanic_m() __asm__("runtime.startpanic_m");
bool startpanic_m() {
  m *mp = getg()->m;
  switch (mp->dying) {
  case 0:
    mp->dying = 1;
    lock(&paniclk);
    printlock(); // held until exit: nothing interleaves with the report
    return true;
  case 1:
    mp->dying = 2;
    prints("panic during panic\n");
    return false;
  case 2:
    mp->dying = 3;
    prints("stack trace unavailable\n");
    exit_(4);
  default:
    exit_(5);
  }
}

// Prints the tracebacks of a fatal error or panic of gp, whose own frames
// start at (pc, fp), and exits 2.
NORETURN void dopanic_m(g *gp, uintptr_t pc, uintptr_t fp, unsigned flags) __asm__("runtime.dopanic_m");
void dopanic_m(g *gp, uintptr_t pc, uintptr_t fp, unsigned flags) {
  if (gp->sig) {
    const char *name = signame(gp->sig);
    prints("[signal ");
    if (name)
      prints(name);
    else
      printhex(gp->sig);
    prints(" code=");
    printhex(gp->sigcode0);
    prints(" addr=");
    printhex(gp->sigcode1);
    prints(" pc=");
    printhex(gp->sigpc);
    prints("]\n");
  }
  g *curg = getg()->m->curg;
  if (gp == curg) {
    printnl();
    goroutineheader(gp);
    traceback(pc, fp, gp, flags);
  } else {
    // gp is g0 or gsignal: the runtime's own stack.
    if (flags & TracebackRuntime) {
      prints("\nruntime stack:\n");
      traceback(pc, fp, gp, flags);
    }
    // The goroutine that was running left its frames in sched (systemstack
    // and mcall record them).
    if (curg) {
      printnl();
      goroutineheader(curg);
      traceback(curg->sched.pc, curg->sched.bp, curg, flags & ~TracebackExactPC);
    }
  }
  exit_(2);
}

void fatalthrow(const char *s, g *gp, uintptr_t pc, uintptr_t fp, unsigned flags) {
  if (startpanic_m()) {
    prints("fatal error: ");
    prints(s);
    printnl();
  }
  dopanic_m(gp, pc, fp, flags);
}

void throw_(const char *s) {
  fatalthrow(s, getg(), (uintptr_t)__builtin_return_address(0),
             *(uintptr_t *)__builtin_frame_address(0), TracebackRuntime);
}

void fatal(const char *s) {
  fatalthrow(s, getg(), (uintptr_t)__builtin_return_address(0),
             *(uintptr_t *)__builtin_frame_address(0), 0);
}

// What preprintpanics leaves as the value of a panic while it runs that
// value's Error or String method.
static _type preprintingType = {0, 0, 0, 0, 1, 1, kindStruct, nullptr, nullptr,
                                {(const uint8_t *)"runtime.preprinting", 19}, nullptr};

// Replaces the value of each panic that is an error or a Stringer by the
// string its Error (or else String) method returns, as gc does: a panic
// prints as `panic: ` + err.Error(). Those methods are Go code, which may
// allocate, print or block, so they run before startpanic takes the print
// lock. A panic inside one of them is fatal; gc recovers it to say so,
// here the nested fatalpanic finds the marker its outer call left.
static void preprintpanics(_panic *p) {
  for (_panic *q = p->link; q; q = q->link) {
    if (q->arg._type != &preprintingType)
      continue;
    char msg[256];
    _type *t = p->arg._type;
    if (t && (t->kind & kindMask) == kindString && t->str.len == 6 && memcmp(t->str.str, "string", 6) == 0) {
      String r = *(String *)p->arg.data;
      snprintf(msg, sizeof msg, "panic while printing panic value: %.*s", (int)r.len, (const char *)r.str);
    } else {
      String n = t ? t->str : gostringnocopy("nil");
      snprintf(msg, sizeof msg, "panic while printing panic value: type %.*s", (int)n.len, (const char *)n.str);
    }
    throw_(msg);
  }
  for (; p; p = p->link) {
    _type *t = p->arg._type;
    if (!t)
      continue;
    void *fn = stringmethod(t, "Error");
    if (!fn)
      fn = stringmethod(t, "String");
    if (!fn)
      continue;
    void *data = p->arg.data;
    p->arg = eface{&preprintingType, nullptr};
    String s = ((String(*)(void *))fn)(data);
    String *box = (String *)mallocgc(sizeof(String), &stringType, true);
    *box = s;
    p->arg = eface{&stringType, box};
  }
}

// `panic: v` for p and the panics it interrupted, outermost first.
void printpanics(_panic *p) __asm__("runtime.printpanics");
void printpanics(_panic *p) {
  if (p->link) {
    printpanics(p->link);
    prints("\t");
  }
  prints("panic: ");
  printpanicval(p->arg);
  printnl();
}

// An unrecovered panic: print it and die. (pc, fp): the caller of gopanic.
NORETURN void fatalpanic(_panic *msgs, uintptr_t pc, uintptr_t fp) __asm__("runtime.fatalpanic");
void fatalpanic(_panic *msgs, uintptr_t pc, uintptr_t fp) {
  g *gp = getg();
  preprintpanics(msgs);
  if (startpanic_m())
    printpanics(msgs);
  dopanic_m(gp, pc, fp, 0);
}

// The implementation of the predeclared function panic.
void gopanic(eface e) {
  g *gp = getg();
  m *mp = gp->m;
  if (gp != mp->curg) {
    printlock();
    prints("panic: ");
    printpanicval(e);
    printnl();
    throw_("panic on system stack");
  }
  if (mp->mallocing) {
    printlock();
    prints("panic: ");
    printpanicval(e);
    printnl();
    throw_("panic during malloc");
  }
  if (mp->locks) {
    printlock();
    prints("panic: ");
    printpanicval(e);
    printnl();
    throw_("panic holding locks");
  }

  _panic p = {e, gp->_panic};
  gp->_panic = &p;
  // Deferred calls will run here, innermost first, once the compiler emits
  // defer (issue 3); a recover among them will stop the panic.
  fatalpanic(gp->_panic, (uintptr_t)__builtin_return_address(0),
             *(uintptr_t *)__builtin_frame_address(0));
}

// The runtime's panics, called by compiled code (docs/runtime-abi.md) and
// by sigpanic0. Their values are runtime errors (error.cpp). Each bounds
// check has two: name for a bad index x of a signed type, nameU for one of
// an unsigned type, which prints as the uint64 it is (gc's panicIndexU:
// `index out of range [18446744073709551615] with length 3`).
#define PANIC_BOUNDS(name, code)                                                                   \
  extern "C" NORETURN void name(int64_t x, int64_t y) __asm__("runtime." #name);                   \
  void name(int64_t x, int64_t y) { panicBounds(code, x, y); }                                     \
  extern "C" NORETURN void name##U(uint64_t x, int64_t y) __asm__("runtime." #name "U");           \
  void name##U(uint64_t x, int64_t y) { panicBounds(code, (int64_t)x, y, false); }

PANIC_BOUNDS(panicIndex, boundsIndex)
PANIC_BOUNDS(panicSliceAlen, boundsSliceAlen)
PANIC_BOUNDS(panicSliceAcap, boundsSliceAcap)
PANIC_BOUNDS(panicSliceB, boundsSliceB)
PANIC_BOUNDS(panicSlice3Alen, boundsSlice3Alen)
PANIC_BOUNDS(panicSlice3Acap, boundsSlice3Acap)
PANIC_BOUNDS(panicSlice3B, boundsSlice3B)
PANIC_BOUNDS(panicSlice3C, boundsSlice3C)

void panicdivide() { gopanic(runtimeError("integer divide by zero")); }
void panicoverflow() { gopanic(runtimeError("integer overflow")); }
void panicfloat() { gopanic(runtimeError("floating point error")); }
void panicshift() { gopanic(runtimeError("negative shift amount")); }
void panicmem() { gopanic(runtimeError("invalid memory address or nil pointer dereference")); }
