//===- runtime/signal_unix.cpp - turning faults into panics ---------------===//
//
// Synchronous signals (SIGSEGV, SIGBUS, SIGFPE) become what gc makes of
// them:
//
//   - a fault in the guard region below a goroutine's stack (or with sp
//     already below it) is a stack overflow: `runtime: goroutine stack
//     exceeds N-byte limit` and `fatal error: stack overflow`, exit 2;
//   - a fault in a goroutine that may panic becomes a panic on that
//     goroutine: the handler rewrites the interrupted context so that the
//     faulting instruction seems to have called runtime.sigpanic
//     (asm_amd64.S), and returns. sigpanic0 then panics as the signal says:
//     a nil dereference (an address below 0x1000) is `panic: runtime error:
//     invalid memory address or nil pointer dereference`, printed with gc's
//     `[signal SIGSEGV: segmentation violation code=... addr=... pc=...]`;
//     integer division by zero is `integer divide by zero`; any other
//     address is `unexpected fault address` + `fatal error: fault`;
//   - a fault in the runtime itself (on g0, with a runtime lock held, inside
//     malloc) cannot be a panic: `fatal error: unexpected signal during
//     runtime execution`.
//
// The handler runs on the M's gsignal stack (sigaltstack), since a goroutine
// that overflowed has no stack left to run it on.
//
//===----------------------------------------------------------------------===//

#include "runtime.h"

#include <signal.h>
#include <ucontext.h>

const char *signame(uint32_t sig) {
  switch (sig) {
  case SIGSEGV: return "SIGSEGV: segmentation violation";
  case SIGBUS: return "SIGBUS: bus error";
  case SIGFPE: return "SIGFPE: floating-point exception";
  }
  return nullptr;
}

void minitSignalStack(m *mp) {
  stack_t st = {};
  st.ss_sp = (void *)mp->gsignal->stack.lo;
  st.ss_size = mp->gsignal->stack.hi - mp->gsignal->stack.lo;
  if (sigaltstack(&st, nullptr) != 0)
    throw_("minitSignalStack: sigaltstack failed");
}

// Reports a stack overflow of gp, which faulted at pc with sp, and exits.
static NORETURN void sigstackoverflow(g *gp, uintptr_t sp, uintptr_t pc, uintptr_t fp) {
  printlock();
  prints("runtime: goroutine stack exceeds ");
  printint((int64_t)(gp->stack.hi - gp->stack.lo));
  prints("-byte limit\n");
  prints("runtime: sp=");
  printhex(sp);
  prints(" stack=[");
  printhex(gp->stack.lo);
  prints(", ");
  printhex(gp->stack.hi);
  prints("]\n");
  fatalthrow("stack overflow", gp, pc, fp, TracebackExactPC);
}

void sighandler(int sig, siginfo_t *info, void *ctx) __asm__("runtime.sighandler");
void sighandler(int sig, siginfo_t *info, void *ctx) {
  ucontext_t *uc = (ucontext_t *)ctx;
  greg_t *regs = uc->uc_mcontext.gregs;
  uintptr_t pc = (uintptr_t)regs[REG_RIP];
  uintptr_t sp = (uintptr_t)regs[REG_RSP];
  uintptr_t fp = (uintptr_t)regs[REG_RBP];
  uintptr_t addr = (uintptr_t)info->si_addr;

  g *gp = getg(); // the g that was interrupted: the handler does not switch
  if (!gp) {
    // A thread the runtime does not run (e.g. one of the GC's markers).
    prints("fatal error: unexpected signal on a non-Go thread\n");
    exit_(2);
  }
  m *mp = gp->m;

  if (gp == mp->curg) {
    if (sig != SIGFPE &&
        (sp < gp->stack.lo || (addr < gp->stack.lo && addr >= gp->stack.lo - stackGuardSize)))
      sigstackoverflow(gp, sp, pc, fp);
    gp->sig = (uint32_t)sig;
    gp->sigcode0 = (uintptr_t)info->si_code;
    gp->sigcode1 = addr;
    gp->sigpc = pc;
    if (mp->locks == 0 && mp->mallocing == 0 && sp < gp->stack.hi) {
      // Make the goroutine call sigpanic from the faulting instruction:
      // push pc as the return address and resume at sigpanic.
      sp -= sizeof(uintptr_t);
      *(uintptr_t *)sp = pc;
      regs[REG_RSP] = (greg_t)sp;
      regs[REG_RIP] = (greg_t)(uintptr_t)&sigpanic;
      return;
    }
  } else {
    gp->sig = (uint32_t)sig;
    gp->sigcode0 = (uintptr_t)info->si_code;
    gp->sigcode1 = addr;
    gp->sigpc = pc;
  }
  fatalthrow("unexpected signal during runtime execution", gp, pc, fp,
             TracebackRuntime | TracebackExactPC);
}

// Installs sighandler for the synchronous signals, on the signal stack.
void initsig() {
  struct sigaction sa = {};
  sa.sa_sigaction = sighandler;
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_RESTART;
  sigfillset(&sa.sa_mask);
  static const int sigs[] = {SIGSEGV, SIGBUS, SIGFPE};
  for (int sig : sigs)
    if (sigaction(sig, &sa, nullptr) != 0)
      throw_("initsig: sigaction failed");
}

// Called through runtime.sigpanic on the goroutine that faulted (gp->sig
// says how): panics as gc does for that signal.
extern "C" NORETURN void sigpanic0() __asm__("runtime.sigpanic0");
void sigpanic0() {
  g *gp = getg();
  switch (gp->sig) {
  case SIGBUS:
    if (gp->sigcode0 == BUS_ADRERR && gp->sigcode1 < 0x1000)
      panicmem();
    break;
  case SIGSEGV:
    if ((gp->sigcode0 == 0 || gp->sigcode0 == SEGV_MAPERR || gp->sigcode0 == SEGV_ACCERR) &&
        gp->sigcode1 < 0x1000)
      panicmem();
    break;
  case SIGFPE:
    if (gp->sigcode0 == FPE_INTDIV)
      panicdivide();
    if (gp->sigcode0 == FPE_INTOVF)
      panicoverflow();
    panicfloat();
  default:
    throw_("unexpected signal value");
  }
  printlock();
  prints("unexpected fault address ");
  printhex(gp->sigcode1);
  printnl();
  throw_("fault");
}
