//===- runtime/panic.cpp - panics and fatal errors ------------------------===//
//
// panic(v) and the runtime's own panics (index out of range, nil
// dereference, division by zero) all end in gopanic.
//
// Deferred calls. A defer statement calls deferproc (asm_amd64.S), which
// pushes a _defer on g._defer holding the packed call and the deferring
// frame's context, and returns 0; the frame's return path calls
// deferreturn, which runs the calls of that frame (those whose ctx.bp is
// its rbp), innermost first. gopanic runs the deferred calls of every frame
// in turn, innermost first, each marked started and linked to the panic. A
// call that recovers (gorecover, called directly by it) makes gopanic jump
// back into the frame that deferred it (recovery): deferproc returns 1
// there, and the frame returns normally through its deferreturn. gc's
// runtime did exactly this before Go 1.13 made most defers open-coded. A
// deferred call that panics aborts the panic that ran it; the new panic
// skips the started call. When no deferred call is left, fatalpanic prints
// what gc prints for an unrecovered panic and exits with status 2:
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
  if (p->recovered)
    prints(" [recovered]");
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

  _panic p = {};
  p.arg = e;
  p.link = gp->_panic;
  gp->_panic = &p;
  for (;;) {
    _defer *d = gp->_defer;
    if (!d)
      break;
    // A call an earlier panic started, which panicked (p): that panic is
    // over, and the call is not run again.
    if (d->started) {
      if (d->_panic)
        d->_panic->aborted = true;
      d->_panic = nullptr;
      gp->_defer = d->link;
      continue;
    }
    d->started = true;
    d->_panic = &p;
    calldeferred(d->fn, &p.argp);
    if (gp->_defer != d)
      throw_("bad defer entry in panic");
    d->_panic = nullptr;
    gp->_defer = d->link;
    if (p.recovered) {
      // The panic is over, and with it those it aborted.
      gp->_panic = p.link;
      while (gp->_panic && gp->_panic->aborted)
        gp->_panic = gp->_panic->link;
      recovery(&d->ctx);
    }
  }
  fatalpanic(gp->_panic, (uintptr_t)__builtin_return_address(0),
             *(uintptr_t *)__builtin_frame_address(0));
}

// deferproc's C++ half: a new _defer for fn, on top of g._defer. deferproc
// fills in ctx.
_defer *newdefer(funcval *fn) __asm__("runtime.newdefer");
_defer *newdefer(funcval *fn) {
  g *gp = getg();
  _defer *d = (_defer *)mallocptrs(sizeof(_defer));
  d->fn = fn;
  d->ctx.g = gp;
  d->link = gp->_defer;
  gp->_defer = d;
  return d;
}

// deferreturn's C++ half: runs the deferred calls of the frame whose rbp is
// bp, innermost first. Each is unlinked before it runs, so that a panic in
// it goes on with the others.
void deferreturn1(uintptr_t bp) __asm__("runtime.deferreturn1");
void deferreturn1(uintptr_t bp) {
  g *gp = getg();
  for (;;) {
    _defer *d = gp->_defer;
    if (!d || d->ctx.bp != bp)
      return;
    gp->_defer = d->link;
    uintptr_t argp;
    calldeferred(d->fn, &argp);
  }
}

// The compiler's wrappers (go and defer thunks, method value and itab
// wrappers) are in their own section; the linker marks its bounds. Weak:
// a program may have none.
extern const char wrapperStart[] __asm__("__start_golc_wrapper") __attribute__((weak));
extern const char wrapperStop[] __asm__("__stop_golc_wrapper") __attribute__((weak));

bool inwrapper(uintptr_t pc) {
  return wrapperStart && pc >= (uintptr_t)wrapperStart && pc < (uintptr_t)wrapperStop;
}

// gorecover's C++ half. fp: the frame of recover's caller (its saved rbp),
// pc: where in that caller recover returns. recover stops the innermost
// panic if called directly by the deferred call the panic is running, as
// the spec says; the compiler's wrappers do not count, in either direction:
// `defer recover()` (its thunk calls recover) does not recover, and
// `defer t.m(x)` recovers in m although thunks stand between m and the
// runtime. So: from the caller's frame up, through wrapper frames only, to
// the frame whose argp (fp + 8: where its return address is) the panic
// recorded.
eface gorecover1(uintptr_t fp, uintptr_t pc) __asm__("runtime.gorecover1");
eface gorecover1(uintptr_t fp, uintptr_t pc) {
  g *gp = getg();
  _panic *p = gp->_panic;
  if (!p || p->recovered || inwrapper(pc))
    return eface{};
  while (fp) {
    if (fp + sizeof(uintptr_t) == p->argp) {
      p->recovered = true;
      return p->arg;
    }
    uintptr_t ret = *(uintptr_t *)(fp + sizeof(uintptr_t));
    if (!inwrapper(ret))
      break;
    fp = *(uintptr_t *)fp;
  }
  return eface{};
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
