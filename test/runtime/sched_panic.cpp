// An unrecovered panic in a goroutine running on another M than main's:
// `panic: v`, then that goroutine's own header and frames, and where it
// was created, exit status 2; the other Ms (main spins on its own) do not
// interleave anything with the report, and main does not exit 0 under it.
// RUN: %clang -std=c++17 -fno-exceptions -fno-rtti -O2 -fno-optimize-sibling-calls %runtime_cflags %s %runtime_link -o %t
// RUN: %expect-exit 2 env GOMAXPROCS=4 %t 2>&1 | FileCheck %s
// RUN: %expect-exit 2 env GOMAXPROCS=4 %t exit 2>&1 | FileCheck %s
#include "Inputs/schedtest.h"

extern char **argv __asm__("runtime.argv");

static String msg = gostringnocopy("boom");
static _type typeString = {16, 8, 0, 0, 8, 8, kindString, nullptr, nullptr,
                           {(const uint8_t *)"string", 6}};
static m *mainM;
static volatile int spinning;
static int panicking;

extern "C" __attribute__((noinline)) void explode() __asm__("main.explode");
void explode() {
  // Make sure this runs on another M, as main keeps its own busy.
  while (getg()->m == mainM)
    Gosched();
  __atomic_store_n(&panicking, 1, __ATOMIC_RELEASE);
  gopanic(eface{&typeString, &msg});
}

extern "C" __attribute__((noinline)) void worker() __asm__("main.worker");
void worker() {
  explode();
  __asm__ volatile("");
}

void main_main() {
  mainM = getg()->m;
  go([] { worker(); });
  if (argv[1]) {
    // main returns (exit 0) while the panic is being reported: it waits
    // for the report and the exit 2.
    while (!__atomic_load_n(&panicking, __ATOMIC_ACQUIRE)) {
    }
    int64_t until = nanotime() + 10 * 1000 * 1000; // well into the report
    while (nanotime() < until) {
    }
    return;
  }
  for (;;)
    spinning = 1;
}

// CHECK:      panic: boom
// CHECK-EMPTY:
// CHECK-NEXT: goroutine 2 [running]:
// CHECK-NEXT: main.explode(...)
// CHECK-NEXT: {{^}}	?:0 +0x{{[0-9a-f]+$}}
// CHECK-NEXT: main.worker(...)
// CHECK-NEXT: {{^}}	?:0 +0x{{[0-9a-f]+$}}
// CHECK:      created by main.main
// CHECK-NEXT: {{^}}	?:0 +0x{{[0-9a-f]+$}}
// CHECK-NOT:  {{.}}
