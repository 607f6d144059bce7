// Faults become what gc makes of them. A nil dereference in Go code panics
// on its goroutine (sigpanic), with gc's [signal ...] line and the faulting
// function at the fault's offset; a hardware division by zero too. Running
// off the bottom of a stack is `fatal error: stack overflow`, reported from
// the signal stack. Any other address is an unexpected fault, and a fault
// while the runtime holds a lock cannot be a panic. All exit with status 2.
// RUN: %clang -std=c++17 -fno-exceptions -fno-rtti -O1 %runtime_cflags %s %runtime_link -o %t
// RUN: %expect-exit 2 %t nil 2>&1 | FileCheck %s --check-prefix=NIL
// RUN: %expect-exit 2 %t overflow 2>&1 | FileCheck %s --check-prefix=OVERFLOW
// RUN: %expect-exit 2 %t fault 2>&1 | FileCheck %s --check-prefix=FAULT
// RUN: %expect-exit 2 %t divide 2>&1 | FileCheck %s --check-prefix=DIVIDE
// RUN: %expect-exit 2 %t locked 2>&1 | FileCheck %s --check-prefix=LOCKED
#include "runtime.h"

#include <string.h>

extern char **argv __asm__("runtime.argv");

struct T {
  int64_t a, b;
};
static T *volatile nilT;
static int64_t *volatile wild = (int64_t *)0xdead0000;
static volatile int64_t zero, seven = 7;
static mutex mu;

// Loads p->b: 8 bytes past nil.
extern "C" __attribute__((noinline)) int64_t load(T *p) __asm__("main.load");
int64_t load(T *p) { return p->b; }

extern "C" __attribute__((noinline)) int64_t rec(int64_t n) __asm__("main.rec");
int64_t rec(int64_t n) {
  volatile char frame[200];
  frame[0] = (char)n;
  return rec(n + 1) + frame[0];
}

void main_init() __asm__("main.init");
void main_init() {}

void main_main() __asm__("main.main");
void main_main() {
  const char *mode = argv[1];
  int64_t v = 0;
  if (!strcmp(mode, "nil"))
    v = load(nilT);
  if (!strcmp(mode, "overflow"))
    v = rec(0);
  if (!strcmp(mode, "fault"))
    v = *wild;
  if (!strcmp(mode, "divide"))
    v = seven / zero;
  if (!strcmp(mode, "locked")) {
    lock(&mu);
    v = nilT->a;
  }
  printint(v);
}

// NIL:      panic: runtime error: invalid memory address or nil pointer dereference
// NIL-NEXT: [signal SIGSEGV: segmentation violation code=0x1 addr=0x8 pc=0x{{[0-9a-f]+}}]
// NIL-EMPTY:
// NIL-NEXT: goroutine 1 [running]:
// NIL-NEXT: main.load(...)
// NIL-NEXT: {{^}}	?:0 +0x{{[0-9a-f]+$}}
// NIL-NEXT: main.main(...)
// NIL-NEXT: {{^}}	?:0 +0x{{[0-9a-f]+$}}
// NIL-NOT: {{.}}

// OVERFLOW:      runtime: goroutine stack exceeds 268435456-byte limit
// OVERFLOW-NEXT: runtime: sp=0x{{[0-9a-f]+}} stack=[0x{{[0-9a-f]+}}, 0x{{[0-9a-f]+}}]
// OVERFLOW-NEXT: fatal error: stack overflow
// OVERFLOW-EMPTY:
// OVERFLOW-NEXT: goroutine 1 [running]:
// OVERFLOW-NEXT: main.rec(...)
// OVERFLOW-NEXT: {{^}}	?:0 +0x{{[0-9a-f]+$}}
// OVERFLOW-NEXT: main.rec(...)
// OVERFLOW:      ...additional frames elided...
// OVERFLOW-NOT:  {{.}}

// FAULT:      unexpected fault address 0xdead0000
// FAULT-NEXT: fatal error: fault
// FAULT-NEXT: [signal SIGSEGV: segmentation violation code=0x1 addr=0xdead0000 pc=0x{{[0-9a-f]+}}]
// FAULT-EMPTY:
// FAULT-NEXT: goroutine 1 [running]:
// FAULT:      main.main(...)

// DIVIDE:      panic: runtime error: integer divide by zero
// DIVIDE-NEXT: [signal SIGFPE: floating-point exception code=0x1 addr=0x{{[0-9a-f]+}} pc=0x{{[0-9a-f]+}}]
// DIVIDE-EMPTY:
// DIVIDE-NEXT: goroutine 1 [running]:
// DIVIDE-NEXT: main.main(...)

// LOCKED:      fatal error: unexpected signal during runtime execution
// LOCKED-NEXT: [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x{{[0-9a-f]+}}]
// LOCKED-EMPTY:
// LOCKED-NEXT: goroutine 1 [running]:
// LOCKED-NEXT: main.main(...)
