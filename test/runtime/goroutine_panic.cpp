// A panic on a goroutine other than main's: its own goid in the header, its
// frames, and where it was created (`created by` the function that ran the
// go statement, at the offset of the call to newproc).
// RUN: %clang -std=c++17 -fno-exceptions -fno-rtti -O1 %runtime_cflags %s %runtime_link -o %t
// RUN: %expect-exit 2 %t 2>&1 | FileCheck %s
#include "runtime.h"

static String msg = gostringnocopy("in a goroutine");
static _type typeString = {16, 8, 0, 0, 8, 8, kindString, nullptr, nullptr,
                           {(const uint8_t *)"string", 6}};

extern "C" __attribute__((noinline)) void worker() __asm__("main.worker");
void worker() {
  gopanic(eface{&typeString, &msg});
}
static funcval workerfv = {(uintptr_t)&worker};

void main_init() __asm__("main.init");
void main_init() {}

void main_main() __asm__("main.main");
void main_main() {
  newproc(&workerfv);
  for (;;)
    Gosched();
}

// CHECK:      panic: in a goroutine
// CHECK-EMPTY:
// CHECK-NEXT: goroutine 2 [running]:
// CHECK-NEXT: main.worker(...)
// CHECK-NEXT: {{^}}	?:0 +0x{{[0-9a-f]+$}}
// CHECK-NEXT: created by main.main
// CHECK-NEXT: {{^}}	?:0 +0x{{[0-9a-f]+$}}
// CHECK-NOT:  {{.}}
