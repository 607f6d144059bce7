// The channel operations' panics, with gc's messages and exit status 2:
// a send on a closed channel (found closed, or woken by close while
// parked, or chosen in a select), close of a closed or nil channel, make
// with a negative size. The runtime's frames stay out of the traceback.
// RUN: %clang -std=c++17 -fno-exceptions -fno-rtti -O1 %runtime_cflags %s %runtime_link -o %t
// RUN: %expect-exit 2 %t sendclosed 2>&1 | FileCheck %s --check-prefix=SEND
// RUN: %expect-exit 2 %t sendwake 2>&1 | FileCheck %s --check-prefix=SEND
// RUN: %expect-exit 2 %t selectsend 2>&1 | FileCheck %s --check-prefix=SEND
// RUN: %expect-exit 2 %t selectwake 2>&1 | FileCheck %s --check-prefix=SEND
// RUN: %expect-exit 2 %t closeclosed 2>&1 | FileCheck %s --check-prefix=CLOSED
// RUN: %expect-exit 2 %t closenil 2>&1 | FileCheck %s --check-prefix=NIL
// RUN: %expect-exit 2 %t makechan 2>&1 | FileCheck %s --check-prefix=MAKE
#include "Inputs/chantest.h"

extern char **argv __asm__("runtime.argv");

TEST_TYPE(intType, int64_t, kindInt)

// What the compiled channel operations of main.check do.
extern "C" __attribute__((noinline)) void check() __asm__("main.check");
void check() {
  const char *mode = argv[1];
  int64_t v = 1;
  if (!strcmp(mode, "sendclosed")) {
    hchan *c = makechan(&intType, 1);
    closechan(c);
    chansend1(c, &v);
  }
  if (!strcmp(mode, "sendwake") || !strcmp(mode, "selectwake")) {
    // Parked sending when another goroutine closes the channel.
    hchan *c = makechan(&intType, 0);
    go([c] {
      Gosched();
      closechan(c);
    });
    if (!strcmp(mode, "sendwake")) {
      chansend1(c, &v);
    } else {
      hchan *d = makechan(&intType, 0);
      scase cases[2] = {{c, &v}, {d, &v}};
      uint16_t order[4];
      selectgo(cases, order, 1, 1, true);
    }
  }
  if (!strcmp(mode, "selectsend")) {
    hchan *c = makechan(&intType, 1);
    closechan(c);
    scase cases[2] = {{c, &v}, {nullptr, &v}};
    uint16_t order[4];
    selectgo(cases, order, 1, 1, true);
  }
  if (!strcmp(mode, "closeclosed")) {
    hchan *c = makechan(&intType, 0);
    closechan(c);
    closechan(c);
  }
  if (!strcmp(mode, "closenil"))
    closechan(nullptr);
  if (!strcmp(mode, "makechan"))
    makechan(&intType, -1);
  say("no panic");
}

void main_main() {
  check();
  __asm__ volatile(""); // keep the call a call
}

// SEND:      panic: send on closed channel
// SEND-EMPTY:
// SEND-NEXT: goroutine 1 [running]:
// SEND-NEXT: main.check(...)
// SEND-NEXT: {{^}}	?:0 +0x{{[0-9a-f]+$}}
// SEND-NEXT: main.main(...)
// SEND-NEXT: {{^}}	?:0 +0x{{[0-9a-f]+$}}
// SEND-NOT: {{.}}
// CLOSED:      panic: close of closed channel
// CLOSED-EMPTY:
// CLOSED-NEXT: goroutine 1 [running]:
// CLOSED-NEXT: main.check(...)
// NIL:      panic: close of nil channel
// NIL-EMPTY:
// NIL-NEXT: goroutine 1 [running]:
// NIL-NEXT: main.check(...)
// MAKE:      panic: makechan: size out of range
// MAKE-EMPTY:
// MAKE-NEXT: goroutine 1 [running]:
// MAKE-NEXT: main.check(...)
