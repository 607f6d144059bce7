// A goroutine blocked for good on a channel, a select or a semaphore,
// with nothing left that could wake it: gc's deadlock report, the wait
// reason in the goroutine's header, exit status 2 (the same program under
// gc prints the same lines). A pending timer is not a deadlock: it will
// wake a goroutine.
// RUN: %clang -std=c++17 -fno-exceptions -fno-rtti -O1 %runtime_cflags %s %runtime_link -o %t
// RUN: %expect-exit 2 %t recv 2>&1 | FileCheck %s --check-prefix=RECV
// RUN: %expect-exit 2 %t nilrecv 2>&1 | FileCheck %s --check-prefix=NILRECV
// RUN: %expect-exit 2 %t nilsend 2>&1 | FileCheck %s --check-prefix=NILSEND
// RUN: %expect-exit 2 %t send 2>&1 | FileCheck %s --check-prefix=SEND
// RUN: %expect-exit 2 %t select 2>&1 | FileCheck %s --check-prefix=SELECT
// RUN: %expect-exit 2 %t allnil 2>&1 | FileCheck %s --check-prefix=SELECT
// RUN: %expect-exit 2 %t block 2>&1 | FileCheck %s --check-prefix=BLOCK
// RUN: %expect-exit 2 %t sema 2>&1 | FileCheck %s --check-prefix=SEMA
// RUN: env GOMAXPROCS=1 %t sleep 2>&1 | FileCheck %s --check-prefix=SLEEP
// RUN: env GOMAXPROCS=4 %t sleep 2>&1 | FileCheck %s --check-prefix=SLEEP
#include "Inputs/chantest.h"

extern char **argv __asm__("runtime.argv");

TEST_TYPE(intType, int64_t, kindInt)

extern "C" __attribute__((noinline)) void check() __asm__("main.check");
void check() {
  const char *mode = argv[1];
  int64_t v = 1;
  hchan *c = makechan(&intType, 0), *d = makechan(&intType, 0);
  uint16_t order[4];
  if (!strcmp(mode, "recv"))
    chanrecv1(c, &v);
  if (!strcmp(mode, "nilrecv"))
    chanrecv1(nullptr, &v);
  if (!strcmp(mode, "nilsend"))
    chansend1(nullptr, &v);
  if (!strcmp(mode, "send"))
    chansend1(c, &v);
  if (!strcmp(mode, "select")) {
    scase cases[2] = {{d, &v}, {c, &v}};
    selectgo(cases, order, 1, 1, true);
  }
  if (!strcmp(mode, "allnil")) {
    scase cases[2] = {{nullptr, &v}, {nullptr, &v}};
    selectgo(cases, order, 1, 1, true);
  }
  if (!strcmp(mode, "block"))
    block();
  if (!strcmp(mode, "sema")) {
    static uint32_t sema;
    sync_runtime_Semacquire(&sema);
  }
  if (!strcmp(mode, "sleep")) {
    // Every goroutine is blocked for 30ms, but a timer is pending.
    go([c] {
      timeSleep(30 * 1000000);
      int64_t one = 1;
      chansend1(c, &one);
    });
    chanrecv1(c, &v);
    say("received", v);
  }
}

void main_main() {
  check();
  __asm__ volatile(""); // keep the call a call
}

// RECV:      fatal error: all goroutines are asleep - deadlock!
// RECV-EMPTY:
// RECV-NEXT: goroutine 1 [chan receive]:
// RECV-NEXT: main.check(...)
// NILRECV:      fatal error: all goroutines are asleep - deadlock!
// NILRECV-EMPTY:
// NILRECV-NEXT: goroutine 1 [chan receive (nil chan)]:
// NILRECV-NEXT: main.check(...)
// NILSEND:      fatal error: all goroutines are asleep - deadlock!
// NILSEND-EMPTY:
// NILSEND-NEXT: goroutine 1 [chan send (nil chan)]:
// NILSEND-NEXT: main.check(...)
// SEND:      fatal error: all goroutines are asleep - deadlock!
// SEND-EMPTY:
// SEND-NEXT: goroutine 1 [chan send]:
// SEND-NEXT: main.check(...)
// SELECT:      fatal error: all goroutines are asleep - deadlock!
// SELECT-EMPTY:
// SELECT-NEXT: goroutine 1 [select]:
// SELECT-NEXT: main.check(...)
// BLOCK:      fatal error: all goroutines are asleep - deadlock!
// BLOCK-EMPTY:
// BLOCK-NEXT: goroutine 1 [select (no cases)]:
// BLOCK-NEXT: main.check(...)
// SEMA:      fatal error: all goroutines are asleep - deadlock!
// SEMA-EMPTY:
// SEMA-NEXT: goroutine 1 [semacquire]:
// SEMA-NEXT: sync.runtime_Semacquire(...)
// SEMA-NEXT: {{^}}	?:0 +0x{{[0-9a-f]+$}}
// SEMA-NEXT: main.check(...)
// SLEEP: received 1
// SLEEP-NOT: {{.}}
