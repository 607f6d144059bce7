// Deadlock detection with several Ms. When every goroutine waits and no
// timer is pending, the last M to go idle reports it as gc does: `fatal
// error: all goroutines are asleep - deadlock!`, then every goroutine
// under its wait reason, each after an empty line, and exit status 2. A
// pending timer is not a deadlock: a goroutine sleeping in time.Sleep will
// wake the others (here it wakes main, which then waits forever: that is
// the deadlock reported, after the sleep). No deadlock is reported while
// a goroutine is in a blocking system call, which may still return.
// (No sibling calls: the frames that wait stay on the stack, as gc's do.)
// RUN: %clang -std=c++17 -fno-exceptions -fno-rtti -O2 -fno-optimize-sibling-calls %runtime_cflags %s %runtime_link -o %t
// RUN: %expect-exit 2 env GOMAXPROCS=1 %t 2>&1 | FileCheck %s
// RUN: %expect-exit 2 env GOMAXPROCS=4 %t 2>&1 | FileCheck %s
// RUN: %expect-exit 2 env GOMAXPROCS=4 %t syscall 2>&1 | FileCheck %s --check-prefix=SYSCALL
#include "Inputs/schedtest.h"

#include <string.h>
#include <unistd.h>

extern "C" void timeSleep(int64_t ns) __asm__("time.Sleep");
extern char **argv __asm__("runtime.argv");

static sema forever1, forever2, forever3, wake;

extern "C" __attribute__((noinline)) void waitSelect() __asm__("main.waitSelect");
void waitSelect() { acquire(&forever1, waitReasonSelectNoCases); }

extern "C" __attribute__((noinline)) void waitSend() __asm__("main.waitSend");
void waitSend() { acquire(&forever2, waitReasonChanSendNilChan); }

extern "C" __attribute__((noinline)) void sleeper() __asm__("main.sleeper");
void sleeper() {
  timeSleep(50 * 1000 * 1000);
  say("slept");
  release(&wake);
  acquire(&forever3, waitReasonSemacquire);
}

static int fds[2];

extern "C" __attribute__((noinline)) void reader() __asm__("main.reader");
void reader() {
  char c;
  entersyscall();
  ssize_t n = read(fds[0], &c, 1);
  exitsyscall();
  say("read", n);
  release(&wake);
}

void main_main() {
  if (argv[1] && !strcmp(argv[1], "syscall")) {
    // A goroutine blocked in read(2) keeps the program alive; when it
    // returns and wakes main, main waits for good.
    EXPECT(pipe(fds) == 0);
    go([] { reader(); });
    go([] {
      timeSleep(20 * 1000 * 1000);
      EXPECT(write(fds[1], "x", 1) == 1);
    });
    // SYSCALL: read 1
    acquire(&wake, waitReasonChanReceive);
    // SYSCALL: fatal error: all goroutines are asleep - deadlock!
    // SYSCALL-EMPTY:
    // SYSCALL-NEXT: goroutine 1 [chan receive]:
    // SYSCALL-NEXT: main.main(...)
    acquire(&forever1, waitReasonChanReceive);
  }
  go([] { waitSelect(); });
  go([] { waitSend(); });
  go([] { sleeper(); });
  // CHECK: slept
  acquire(&wake, waitReasonChanReceive);
  static sema never;
  acquire(&never, waitReasonChanReceive);
}

// CHECK-NEXT: fatal error: all goroutines are asleep - deadlock!
// CHECK-EMPTY:
// CHECK-NEXT: goroutine 1 [chan receive]:
// CHECK-NEXT: main.main(...)
// CHECK-NEXT: {{^}}	?:0 +0x{{[0-9a-f]+$}}
// CHECK-EMPTY:
// CHECK-NEXT: goroutine 2 [select (no cases)]:
// CHECK-NEXT: main.waitSelect(...)
// CHECK-NEXT: {{^}}	?:0 +0x{{[0-9a-f]+$}}
// CHECK:      created by main.main
// CHECK-NEXT: {{^}}	?:0 +0x{{[0-9a-f]+$}}
// CHECK-EMPTY:
// CHECK-NEXT: goroutine 3 [chan send (nil chan)]:
// CHECK-NEXT: main.waitSend(...)
// CHECK:      created by main.main
// CHECK-NEXT: {{^}}	?:0 +0x{{[0-9a-f]+$}}
// CHECK-EMPTY:
// CHECK-NEXT: goroutine 4 [semacquire]:
// CHECK-NEXT: main.sleeper(...)
// CHECK:      created by main.main
// CHECK-NOT:  goroutine
