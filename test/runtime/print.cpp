// print/println's formats are gc's, byte for byte (the CHECK lines are what
// gc 1.19 prints for the same values), floats included.
// RUN: %clang -std=c++17 -fno-exceptions -fno-rtti -O1 %runtime_cflags %s %runtime_link -o %t
// RUN: %t 2>&1 | FileCheck --match-full-lines %s
#include "runtime.h"

#include <math.h>
#include <string.h>

static String S(const char *s) { return gostringnocopy(s); }

// One println(vs...) of floats.
static void printlnfloats(const double *vs, int n) {
  printlock();
  for (int i = 0; i < n; i++) {
    if (i)
      printsp();
    printfloat(vs[i]);
  }
  printnl();
  printunlock();
}

void main_init() __asm__("main.init");
void main_init() {}

void main_main() __asm__("main.main");
void main_main() {
  volatile double zero = 0.0;
  // CHECK: +1.500000e+000 -0.000000e+000 +4.940656e-324 +1.000000e+021 +1.000000e-001 +1.234568e+008 +1.797693e+308 NaN +Inf -Inf -2.500000e-007 +0.000000e+000 +1.000000e+001
  double fs[] = {1.5, -zero, 5e-324, 1e21, 0.1, 123456789.0, 1.7976931348623157e308,
                 zero / zero, 1 / zero, -1 / zero, -2.5e-7, 0.0, 9.9999999};
  printlnfloats(fs, sizeof fs / sizeof fs[0]);
  // float32(0.1) widened, as print(float32) does.
  // CHECK-NEXT: +1.000000e-001
  double f32[] = {(double)0.1f};
  printlnfloats(f32, 1);

  // CHECK-NEXT: -9223372036854775808 9223372036854775807 18446744073709551615 true false
  printlock();
  printint(INT64_MIN);
  printsp();
  printint(INT64_MAX);
  printsp();
  printuint(UINT64_MAX);
  printsp();
  printbool(true);
  printsp();
  printbool(false);
  printnl();
  printunlock();

  // CHECK-NEXT: 0x0 (+1.000000e+000-2.500000e+000i) str
  printlock();
  printpointer(nullptr);
  printsp();
  printcomplex(1, -2.5);
  printsp();
  printstring(S("str"));
  printsp();
  printstring(S(""));
  printnl();
  printunlock();

  // print without spaces or newline, then a hex pointer.
  // CHECK-NEXT: a1b0xc000012345
  printlock();
  printstring(S("a"));
  printint(1);
  printstring(S("b"));
  printpointer((void *)0xc000012345);
  printnl();
  printunlock();
}
