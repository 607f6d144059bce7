// The state the boot path leaves behind, seen from main.main: rt0_go set up
// m0 and g0 and called schedinit (GOMAXPROCS Ps, allp[0] on m0), newproc
// made goroutine 1 to run runtime.main (gopc in rt0_go, the fake return
// address goexit+1 at the top of its stack), mstart's schedule ran it, and
// runtime.main called main.init before main.main, then exits 0.
// RUN: %clang -std=c++17 -fno-exceptions -fno-rtti -O1 %runtime_cflags %s %runtime_link -o %t
// RUN: env GOMAXPROCS=3 %t 2>&1 | FileCheck %s
#include "runtime.h"

#include <dlfcn.h>

static bool initDone;

static const char *funcname(uintptr_t pc) {
  Dl_info info;
  return dladdr((void *)pc, &info) && info.dli_sname ? info.dli_sname : "?";
}

static void say(const char *what, const char *value) {
  printlock();
  prints(what);
  prints(" ");
  prints(value);
  printnl();
  printunlock();
}

static void sayint(const char *what, int64_t v) {
  printlock();
  prints(what);
  prints(" ");
  printint(v);
  printnl();
  printunlock();
}

void main_init() __asm__("main.init");
void main_init() { initDone = true; }

void runtime_main() __asm__("runtime.main");

void main_main() __asm__("main.main");
void main_main() {
  g *gp = getg();
  // CHECK: init before main: true
  say("init before main:", initDone ? "true" : "false");
  // CHECK-NEXT: goid 1
  sayint("goid", gp->goid);
  // CHECK-NEXT: parentGoid 0
  sayint("parentGoid", gp->parentGoid);
  // CHECK-NEXT: status running
  say("status", gstatusname(readgstatus(gp)));
  // CHECK-NEXT: startpc runtime.main
  say("startpc", funcname(gp->startpc));
  // CHECK-NEXT: gopc runtime.rt0_go
  say("gopc", funcname(gp->gopc - 1));
  // The return address newproc1 planted above the first frame.
  // CHECK-NEXT: bottom return address goexit+1: true
  uintptr_t ret = *(uintptr_t *)(gp->stktopsp - sizeof(uintptr_t));
  say("bottom return address goexit+1:", ret == (uintptr_t)&goexit + 1 ? "true" : "false");
  // CHECK-NEXT: first frame 32 bytes below stack.hi: true
  say("first frame 32 bytes below stack.hi:", gp->stack.hi - gp->stktopsp == 32 ? "true" : "false");
  uintptr_t sp = (uintptr_t)__builtin_frame_address(0);
  // CHECK-NEXT: running on its own stack: true
  say("running on its own stack:", sp >= gp->stack.lo && sp < gp->stack.hi ? "true" : "false");
  // CHECK-NEXT: m0 runs it: true
  say("m0 runs it:", gp->m == &m0 && m0.curg == gp ? "true" : "false");
  // CHECK-NEXT: g0 and m0 linked: true
  say("g0 and m0 linked:", m0.g0 == &g0 && g0.m == &m0 ? "true" : "false");
  // g0 resumes in mstart0's frame, where mstart1 left it.
  // CHECK-NEXT: g0.sched.pc runtime.mstart0
  say("g0.sched.pc", funcname(g0.sched.pc - 1));
  // CHECK-NEXT: g0.sched.sp on the OS stack: true
  say("g0.sched.sp on the OS stack:",
      g0.sched.sp > g0.stack.lo && g0.sched.sp < g0.stack.hi ? "true" : "false");
  // CHECK-NEXT: gomaxprocs 3
  sayint("gomaxprocs", gomaxprocs);
  // CHECK-NEXT: m0 owns allp[0]: true
  say("m0 owns allp[0]:", m0.p == allp[0] && allp[0]->m == &m0 && allp[0]->status == _Prunning ? "true" : "false");
  // CHECK-NEXT: idle Ps 2
  sayint("idle Ps", sched.npidle);
  // The first goid batch is [1, 16].
  // CHECK-NEXT: goid cache next 2 end 17
  printlock();
  prints("goid cache next ");
  printuint(m0.p->goidcache);
  prints(" end ");
  printuint(m0.p->goidcacheend);
  printnl();
  printunlock();
  // CHECK-NEXT: allgs 1
  sayint("allgs", (int64_t)allglen);
  // CHECK-NEXT: m0 id 0, has gsignal: true
  printlock();
  prints("m0 id ");
  printint(m0.id);
  prints(", has gsignal: ");
  printbool(m0.gsignal && m0.gsignal->stack.lo);
  printnl();
  printunlock();
  // CHECK-NOT: {{.}}
}
