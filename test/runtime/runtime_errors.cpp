// The run-time panics compiled code calls, with gc's messages: index and
// slice bounds (the negative-index forms need no bound; the U forms, for an
// index of an unsigned type, print it as the uint64 it is), division by zero,
// negative shift, nil dereference. The runtime's own frames (panicIndex,
// gopanic) stay out of the traceback; exit status 2.
// RUN: %clang -std=c++17 -fno-exceptions -fno-rtti -O1 %runtime_cflags %s %runtime_link -o %t
// RUN: %expect-exit 2 %t index 5 3 2>&1 | FileCheck %s --check-prefix=INDEX
// RUN: %expect-exit 2 %t index -1 3 2>&1 | FileCheck %s --check-prefix=INDEXNEG
// RUN: %expect-exit 2 %t alen 10 3 2>&1 | FileCheck %s --check-prefix=ALEN
// RUN: %expect-exit 2 %t acap 10 3 2>&1 | FileCheck %s --check-prefix=ACAP
// RUN: %expect-exit 2 %t b 5 2 2>&1 | FileCheck %s --check-prefix=B
// RUN: %expect-exit 2 %t b -1 2 2>&1 | FileCheck %s --check-prefix=BNEG
// RUN: %expect-exit 2 %t 3alen 7 4 2>&1 | FileCheck %s --check-prefix=3ALEN
// RUN: %expect-exit 2 %t 3acap 7 4 2>&1 | FileCheck %s --check-prefix=3ACAP
// RUN: %expect-exit 2 %t 3b 3 1 2>&1 | FileCheck %s --check-prefix=3B
// RUN: %expect-exit 2 %t 3c 3 1 2>&1 | FileCheck %s --check-prefix=3C
// RUN: %expect-exit 2 %t 3c -2 1 2>&1 | FileCheck %s --check-prefix=3CNEG
// RUN: %expect-exit 2 %t indexu 18446744073709551615 3 2>&1 | FileCheck %s --check-prefix=INDEXU
// RUN: %expect-exit 2 %t indexu 5 3 2>&1 | FileCheck %s --check-prefix=INDEX
// RUN: %expect-exit 2 %t alenu 9223372036854775808 3 2>&1 | FileCheck %s --check-prefix=ALENU
// RUN: %expect-exit 2 %t acapu 18446744073709551615 3 2>&1 | FileCheck %s --check-prefix=ACAPU
// RUN: %expect-exit 2 %t bu 18446744073709551615 2 2>&1 | FileCheck %s --check-prefix=BU
// RUN: %expect-exit 2 %t 3alenu 18446744073709551615 4 2>&1 | FileCheck %s --check-prefix=3ALENU
// RUN: %expect-exit 2 %t 3acapu 18446744073709551615 4 2>&1 | FileCheck %s --check-prefix=3ACAPU
// RUN: %expect-exit 2 %t 3bu 18446744073709551615 1 2>&1 | FileCheck %s --check-prefix=3BU
// RUN: %expect-exit 2 %t 3cu 18446744073709551615 1 2>&1 | FileCheck %s --check-prefix=3CU
// RUN: %expect-exit 2 %t divide 0 0 2>&1 | FileCheck %s --check-prefix=DIVIDE
// RUN: %expect-exit 2 %t shift 0 0 2>&1 | FileCheck %s --check-prefix=SHIFT
// RUN: %expect-exit 2 %t mem 0 0 2>&1 | FileCheck %s --check-prefix=MEM
#include "runtime.h"

#include <stdlib.h>
#include <string.h>

extern char **argv __asm__("runtime.argv");

#define PANIC(name) extern "C" NORETURN void name(int64_t, int64_t) __asm__("runtime." #name);
PANIC(panicIndex)
PANIC(panicSliceAlen)
PANIC(panicSliceAcap)
PANIC(panicSliceB)
PANIC(panicSlice3Alen)
PANIC(panicSlice3Acap)
PANIC(panicSlice3B)
PANIC(panicSlice3C)
#define PANICU(name) extern "C" NORETURN void name(uint64_t, int64_t) __asm__("runtime." #name);
PANICU(panicIndexU)
PANICU(panicSliceAlenU)
PANICU(panicSliceAcapU)
PANICU(panicSliceBU)
PANICU(panicSlice3AlenU)
PANICU(panicSlice3AcapU)
PANICU(panicSlice3BU)
PANICU(panicSlice3CU)

// What a compiled bounds check does when it fails.
extern "C" __attribute__((noinline)) void check() __asm__("main.check");
void check() {
  const char *mode = argv[1];
  int64_t x = atoll(argv[2]), y = atoll(argv[3]);
  uint64_t ux = strtoull(argv[2], nullptr, 10);
  if (!strcmp(mode, "index")) panicIndex(x, y);
  if (!strcmp(mode, "alen")) panicSliceAlen(x, y);
  if (!strcmp(mode, "acap")) panicSliceAcap(x, y);
  if (!strcmp(mode, "b")) panicSliceB(x, y);
  if (!strcmp(mode, "3alen")) panicSlice3Alen(x, y);
  if (!strcmp(mode, "3acap")) panicSlice3Acap(x, y);
  if (!strcmp(mode, "3b")) panicSlice3B(x, y);
  if (!strcmp(mode, "3c")) panicSlice3C(x, y);
  if (!strcmp(mode, "indexu")) panicIndexU(ux, y);
  if (!strcmp(mode, "alenu")) panicSliceAlenU(ux, y);
  if (!strcmp(mode, "acapu")) panicSliceAcapU(ux, y);
  if (!strcmp(mode, "bu")) panicSliceBU(ux, y);
  if (!strcmp(mode, "3alenu")) panicSlice3AlenU(ux, y);
  if (!strcmp(mode, "3acapu")) panicSlice3AcapU(ux, y);
  if (!strcmp(mode, "3bu")) panicSlice3BU(ux, y);
  if (!strcmp(mode, "3cu")) panicSlice3CU(ux, y);
  if (!strcmp(mode, "divide")) panicdivide();
  if (!strcmp(mode, "shift")) panicshift();
  if (!strcmp(mode, "mem")) panicmem();
}

void main_init() __asm__("main.init");
void main_init() {}

void main_main() __asm__("main.main");
void main_main() {
  check();
  __asm__ volatile(""); // keep the call a call
}

// INDEX:      panic: runtime error: index out of range [5] with length 3
// INDEX-EMPTY:
// INDEX-NEXT: goroutine 1 [running]:
// INDEX-NEXT: main.check(...)
// INDEX-NEXT: {{^}}	?:0 +0x{{[0-9a-f]+$}}
// INDEX-NEXT: main.main(...)
// INDEX-NEXT: {{^}}	?:0 +0x{{[0-9a-f]+$}}
// INDEX-NOT: {{.}}
// INDEXNEG: panic: runtime error: index out of range [-1]{{$}}
// ALEN: panic: runtime error: slice bounds out of range [:10] with length 3
// ACAP: panic: runtime error: slice bounds out of range [:10] with capacity 3
// B: panic: runtime error: slice bounds out of range [5:2]
// BNEG: panic: runtime error: slice bounds out of range [-1:]{{$}}
// 3ALEN: panic: runtime error: slice bounds out of range [::7] with length 4
// 3ACAP: panic: runtime error: slice bounds out of range [::7] with capacity 4
// 3B: panic: runtime error: slice bounds out of range [:3:1]
// 3C: panic: runtime error: slice bounds out of range [3:1:]
// 3CNEG: panic: runtime error: slice bounds out of range [-2::]{{$}}
// INDEXU:      panic: runtime error: index out of range [18446744073709551615] with length 3
// INDEXU-EMPTY:
// INDEXU-NEXT: goroutine 1 [running]:
// INDEXU-NEXT: main.check(...)
// INDEXU-NEXT: {{^}}	?:0 +0x{{[0-9a-f]+$}}
// INDEXU-NEXT: main.main(...)
// ALENU: panic: runtime error: slice bounds out of range [:9223372036854775808] with length 3
// ACAPU: panic: runtime error: slice bounds out of range [:18446744073709551615] with capacity 3
// BU: panic: runtime error: slice bounds out of range [18446744073709551615:2]
// 3ALENU: panic: runtime error: slice bounds out of range [::18446744073709551615] with length 4
// 3ACAPU: panic: runtime error: slice bounds out of range [::18446744073709551615] with capacity 4
// 3BU: panic: runtime error: slice bounds out of range [:18446744073709551615:1]
// 3CU: panic: runtime error: slice bounds out of range [18446744073709551615:1:]
// DIVIDE: panic: runtime error: integer divide by zero
// DIVIDE-EMPTY:
// SHIFT: panic: runtime error: negative shift amount
// MEM: panic: runtime error: invalid memory address or nil pointer dereference
// MEM-EMPTY:
// MEM-NEXT: goroutine 1 [running]:
