//===- runtime/traceback.cpp - goroutine stack traces ---------------------===//
//
// Tracebacks in gc's shape:
//
//   goroutine 1 [running]:
//   main.f(...)
//           ?:0 +0x45
//   main.main(...)
//           ?:0 +0x1b
//
// Every golc function keeps a frame pointer ("frame-pointer"="all"; the
// runtime is built with -fno-omit-frame-pointer), so the frames of a stack
// are a linked list: at fp, the caller's fp; at fp+8, the return address
// into the caller. Function names come from the executable's symbol table
// (findfunc, symtab.cpp), where every Go function has its Go name, func
// literals and the thunks of go and defer statements included. There is no
// line table yet, so the position is gc's unknown-position form `?:0`,
// followed as in gc by the offset of the pc in its function. gc prints
// argument words; golc prints `(...)`.
//
// Which frames show, as gc's default GOTRACEBACK: functions of the program
// and exported runtime functions, not the runtime's internals (a fatal
// error shows those too), nor the wrappers the compiler generates around a
// call (go and defer thunks) unless the panic is in them. The walk ends at
// goexit, the bottom of every goroutine, or when the frame pointer leaves
// the stacks the goroutine and its M run on.
//
//===----------------------------------------------------------------------===//

#include "runtime.h"

#include <string.h>

enum { TracebackMaxFrames = 100 };


// Reports whether a frame of f is shown: named like a Go function
// (pkg.name) and not runtime-internal unless flags ask for those. gc shows
// a wrapper only when the wrapper itself panicked; here a wrapper shows
// only if the frame it called did not: then the panic was in the wrapper,
// or in the wrapped function that LLVM inlined into it.
static bool showframe(funcInfo f, unsigned flags, bool calleeShown) {
  if (!f.name || !strchr(f.name, '.'))
    return false;
  if (flags & TracebackRuntime)
    return true;
  // A wrapper the compiler generated around a call (a go or defer thunk,
  // an itab's ·i, a method value's -fm): in the section golc_wrapper.
  if (calleeShown && inwrapper(f.entry))
    return false;
  if (strncmp(f.name, "runtime.", 8) != 0)
    return true;
  char c = f.name[8]; // exported runtime functions (runtime.Gosched) show
  return c >= 'A' && c <= 'Z';
}

static bool within(uintptr_t fp, const stack &s) {
  return fp >= s.lo && fp + 2 * sizeof(uintptr_t) <= s.hi;
}

// Reports whether fp can be a frame pointer of gp's traceback: aligned,
// inside gp's stack or a stack of gp's M (a traceback from g0 continues
// into the goroutine that switched to g0).
static bool validfp(uintptr_t fp, g *gp) {
  if (fp == 0 || fp % sizeof(uintptr_t) != 0)
    return false;
  if (within(fp, gp->stack))
    return true;
  m *mp = gp->m ? gp->m : getg()->m;
  return mp && (within(fp, mp->g0->stack) || (mp->curg && within(fp, mp->curg->stack)));
}

// One frame: `name(...)` and `\t?:0 +0xOFF`.
static void printframe(funcInfo f, uintptr_t pc) {
  prints(f.name);
  prints("(...)\n\t?:0");
  if (pc > f.entry) {
    prints(" +");
    printhex(pc - f.entry);
  }
  printnl();
}

void traceback(uintptr_t pc, uintptr_t fp, g *gp, unsigned flags) {
  bool exact = flags & TracebackExactPC;
  bool shown = false; // whether the previous (callee) frame showed
  int n = 0;
  while (pc) {
    // A return address may be just past the end of the calling function:
    // look up the call instruction before it instead.
    funcInfo f = findfunc(exact ? pc : pc - 1);
    if (f.entry == (uintptr_t)&goexit)
      break;
    shown = showframe(f, flags, shown);
    if (shown) {
      if (n == TracebackMaxFrames) {
        prints("...additional frames elided...\n");
        break;
      }
      printframe(f, pc);
      n++;
    }
    if (!validfp(fp, gp))
      break;
    // The frame that runtime.sigpanic seems to return to is the one that
    // faulted, at the faulting instruction itself.
    exact = f.entry == (uintptr_t)&sigpanic;
    pc = ((uintptr_t *)fp)[1];
    fp = ((uintptr_t *)fp)[0];
  }

  // Where the goroutine was created, unless the runtime made it.
  if (gp->gopc && gp->goid != 1) {
    funcInfo f = findfunc(gp->gopc - 1);
    if (showframe(f, flags, false)) {
      prints("created by ");
      prints(f.name);
      prints("\n\t?:0");
      if (gp->gopc > f.entry) {
        prints(" +");
        printhex(gp->gopc - f.entry);
      }
      printnl();
    }
  }
}

void goroutineheader(g *gp) {
  prints("goroutine ");
  printint(gp->goid);
  prints(" [");
  uint32_t status = readgstatus(gp);
  if (status == _Gwaiting && gp->waitreason != waitReasonZero)
    prints(waitReasonString(gp->waitreason));
  else
    prints(gstatusname(status));
  prints("]:\n");
}
