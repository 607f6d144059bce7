// Stacks beyond the guard budget (stack.cpp): with more goroutines than
// the kernel's mapping limit allows guard regions for, later stacks have
// no guard, but a canary in the top word of every slot. A goroutine that
// runs off the bottom of such a stack overwrites the canary of the slot
// below; when it next leaves its M (here: it parks), stackcheck reports
// the overflow as gc reports one, and the program dies with exit status 2.
// UNSUPPORTED: tsan
// RUN: %clang -std=c++17 -fno-exceptions -fno-rtti -O1 %runtime_cflags %s %runtime_link -o %t
// RUN: %expect-exit 2 env GOMAXPROCS=1 %t 2>&1 | FileCheck %s
#include "Inputs/schedtest.h"

enum : int64_t { NG = 40000, Canary = 0x5ca1ab1e0ddba11 };

// Uses about 4 KiB of stack per level, all written (as Go code writes its
// zeroed locals).
static __attribute__((noinline)) int64_t deep(int n) {
  volatile char buf[4000];
  for (int i = 0; i < 4000; i++)
    buf[i] = (char)n;
  if (n == 0)
    return buf[0];
  return deep(n - 1) + buf[0];
}

void main_main() {
  static sema park;
  static int64_t started;
  // Enough parked goroutines to use up the guarded stacks.
  for (int64_t i = 0; i < NG; i++)
    go([] {
      __atomic_add_fetch(&started, 1, __ATOMIC_RELAXED);
      gopark(nullptr, nullptr, waitReasonChanReceive); // forever
    });
  while (__atomic_load_n(&started, __ATOMIC_RELAXED) < NG)
    Gosched();
  go([] {
    g *gp = getg();
    // CHECK: unguarded stack with a canary below: 1
    say("unguarded stack with a canary below:", *(int64_t *)(gp->stack.lo - 16) == Canary);
    deep(80); // 320 KiB: past the bottom of a 256 KiB stack
    gopark(nullptr, nullptr, waitReasonChanReceive);
  });
  acquire(&park);
}

// CHECK-NEXT: runtime: goroutine stack exceeds 262128-byte limit
// CHECK-NEXT: runtime: stack=[0x{{[0-9a-f]+}}, 0x{{[0-9a-f]+}}]
// CHECK-NEXT: fatal error: stack overflow
