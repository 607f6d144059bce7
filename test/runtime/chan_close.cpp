// close wakes every parked receiver with the zero value and ok false (in
// gc's order on one P: the same program under gc with GOMAXPROCS=1 prints
// these lines); a closed buffered channel still delivers what it holds,
// then zero values; non-blocking receives see the same; 1000 receivers
// parked on one channel all wake.
// RUN: %clang -std=c++17 -fno-exceptions -fno-rtti -O2 %runtime_cflags %s %runtime_link -o %t
// RUN: env GOMAXPROCS=1 %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=8 %t many 2>&1 | FileCheck %s --check-prefix=MANY
#include "Inputs/chantest.h"

extern char **argv __asm__("runtime.argv");

TEST_TYPE(intType, int64_t, kindInt)
TEST_TYPE(boolType, bool, kindBool)

// 1000 goroutines parked receiving on one channel; close wakes them all,
// each with 0 and false.
static void many() {
  enum { n = 1000 };
  hchan *c = makechan(&intType, 0);
  hchan *done = makechan(&intType, n);
  static goroutine *gs[n];
  for (int64_t i = 0; i < n; i++)
    gs[i] = go([c, done] {
      int64_t v = -1;
      bool ok = chanrecv2(c, &v);
      int64_t r = v == 0 && !ok;
      chansend1(done, &r);
    });
  // Let them all park (on any P) before closing.
  for (goroutine *r : gs)
    waitparked(r);
  closechan(c);
  int64_t good = 0;
  for (int i = 0; i < n; i++) {
    int64_t r;
    chanrecv1(done, &r);
    good += r;
  }
  say("woken with zero and !ok:", good);
  // MANY: woken with zero and !ok: 1000
}

void main_main() {
  if (argv[1] && !strcmp(argv[1], "many")) {
    many();
    return;
  }
  hchan *c = makechan(&intType, 0);
  hchan *done = makechan(&boolType, 0);
  goroutine *gs[3];
  for (int64_t i = 0; i < 3; i++)
    gs[i] = go([c, done, i] {
      int64_t v = -1;
      bool ok = chanrecv2(c, &v);
      say("g", i, v);
      say("  ok", ok);
      bool t = true;
      chansend1(done, &t);
    });
  for (goroutine *r : gs)
    waitparked(r);
  closechan(c);
  for (int i = 0; i < 3; i++)
    chanrecv1(done, nullptr);
  // CHECK:      g 2 0
  // CHECK-NEXT:   ok 0
  // CHECK-NEXT: g 1 0
  // CHECK-NEXT:   ok 0
  // CHECK-NEXT: g 0 0
  // CHECK-NEXT:   ok 0

  // Buffered: the elements first, then zero values.
  hchan *b = makechan(&intType, 2);
  for (int64_t v = 1; v <= 2; v++)
    chansend1(b, &v);
  closechan(b);
  say("len", chanlen(b));
  for (int i = 0; i < 3; i++) {
    int64_t v = -1;
    bool ok = chanrecv2(b, &v);
    say("recv", v, ok);
  }
  // CHECK-NEXT: len 2
  // CHECK-NEXT: recv 1 1
  // CHECK-NEXT: recv 2 1
  // CHECK-NEXT: recv 0 0

  // Non-blocking receives: nothing on an open empty channel; the zero
  // value and !received on a closed one.
  hchan *e = makechan(&intType, 1);
  int64_t v = -1;
  SelectNBRecv r = selectnbrecv(&v, e);
  say("open empty:", r.selected, r.received);
  closechan(e);
  r = selectnbrecv(&v, e);
  say("closed:", r.selected, r.received);
  say("value", v);
  // CHECK-NEXT: open empty: 0 0
  // CHECK-NEXT: closed: 1 0
  // CHECK-NEXT: value 0

  many();
  // CHECK-NEXT: woken with zero and !ok: 1000
  // CHECK-NOT: {{.}}
}
