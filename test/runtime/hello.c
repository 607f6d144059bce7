// The smallest program the runtime boots, written in C the way the
// compiler's output looks to the linker: main.init and main.main under
// their Go names, runtime entry points by theirs. runtime.main runs
// main.init before main.main, and the process exits 0 when main.main
// returns.
// RUN: %clang %runtime_cflags %s %runtime_link -o %t
// RUN: %t 2>&1 | FileCheck %s --match-full-lines
#include <stdint.h>

typedef struct {
  const uint8_t *str;
  int64_t len;
} String;

void printlock(void) __asm__("runtime.printlock");
void printunlock(void) __asm__("runtime.printunlock");
void printstring(String) __asm__("runtime.printstring");
void printint(int64_t) __asm__("runtime.printint");
void printsp(void) __asm__("runtime.printsp");
void printnl(void) __asm__("runtime.printnl");

static int64_t answer;

void main_init(void) __asm__("main.init");
void main_init(void) { answer = 42; }

// println("hello, world", answer)
void main_main(void) __asm__("main.main");
void main_main(void) {
  printlock();
  printstring((String){(const uint8_t *)"hello, world", 12});
  printsp();
  printint(answer);
  printnl();
  printunlock();
}

// CHECK: hello, world 42
// CHECK-NOT: {{.}}
