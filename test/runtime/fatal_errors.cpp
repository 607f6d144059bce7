// Fatal errors print `fatal error: msg`, then the traceback: the program's
// frames for the program's errors (go of a nil func value, raised on the
// system stack inside newproc, yet reported on the goroutine that made the
// call), runtime frames too when the runtime finds itself broken (a G
// state transition casgstatus does not allow). A scheduler with nothing to
// run and nothing that could wake a goroutine is a deadlock, reported with
// the parked goroutine's wait reason and frames. Exit status 2.
// RUN: %clang -std=c++17 -fno-exceptions -fno-rtti -O1 %runtime_cflags %s %runtime_link -o %t
// RUN: %expect-exit 2 %t nilfunc 2>&1 | FileCheck %s --check-prefix=NILFUNC
// RUN: %expect-exit 2 %t badtransition 2>&1 | FileCheck %s --check-prefix=BADTRANSITION
// RUN: %expect-exit 2 %t wrongstate 2>&1 | FileCheck %s --check-prefix=WRONGSTATE
// RUN: %expect-exit 2 %t deadlock 2>&1 | FileCheck %s --check-prefix=DEADLOCK
#include "runtime.h"

#include <string.h>

extern char **argv __asm__("runtime.argv");

void main_init() __asm__("main.init");
void main_init() {}

void main_main() __asm__("main.main");
void main_main() {
  const char *mode = argv[1];
  if (!strcmp(mode, "nilfunc"))
    newproc(nullptr);
  if (!strcmp(mode, "badtransition"))
    casgstatus(getg(), _Gdead, _Grunning);
  if (!strcmp(mode, "wrongstate"))
    casgstatus(getg(), _Grunnable, _Grunning);
  if (!strcmp(mode, "deadlock"))
    gopark(nullptr, nullptr, waitReasonChanReceive); // waits for nothing
  __asm__ volatile("");
}

// NILFUNC:      fatal error: go of nil func value
// NILFUNC-EMPTY:
// NILFUNC-NEXT: goroutine 1 [running]:
// NILFUNC-NEXT: main.main(...)
// NILFUNC-NEXT: {{^}}	?:0 +0x{{[0-9a-f]+$}}
// NILFUNC-NOT:  {{.}}

// BADTRANSITION:      runtime: casgstatus: oldval=dead newval=running
// BADTRANSITION-NEXT: fatal error: casgstatus: bad incoming values
// BADTRANSITION-EMPTY:
// BADTRANSITION-NEXT: goroutine 1 [running]:
// BADTRANSITION-NEXT: runtime.casgstatus(...)
// BADTRANSITION-NEXT: {{^}}	?:0 +0x{{[0-9a-f]+$}}
// BADTRANSITION-NEXT: main.main(...)
// BADTRANSITION:      runtime.main(...)

// WRONGSTATE:      runtime: casgstatus runnable->running failed: goroutine 1 is running
// WRONGSTATE-NEXT: fatal error: casgstatus: bad transition

// DEADLOCK:      fatal error: all goroutines are asleep - deadlock!
// DEADLOCK-EMPTY:
// DEADLOCK-NEXT: goroutine 1 [chan receive]:
// DEADLOCK-NEXT: main.main(...)
// DEADLOCK-NEXT: {{^}}	?:0 +0x{{[0-9a-f]+$}}
// DEADLOCK-NOT:  {{.}}
