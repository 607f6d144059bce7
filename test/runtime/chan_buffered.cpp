// Buffered channels: elements come out in the order they went in, across
// the wrap-around of the ring; len and cap follow; a send on a full
// channel parks until a receive makes room, and the parked sender's
// element joins the tail of the ring, behind the ones already there. The
// buffer of a pointer-free element type is zeroed as each slot is read.
// len and cap of a nil channel are 0.
// RUN: %clang -std=c++17 -fno-exceptions -fno-rtti -O2 %runtime_cflags %s %runtime_link -o %t
// RUN: env GOMAXPROCS=1 %t 2>&1 | FileCheck %s
#include "Inputs/chantest.h"

TEST_TYPE(intType, int64_t, kindInt)
TEST_TYPE(byteType, uint8_t, kindUint8)

static void printq(hchan *c) {
  printlock();
  prints("len ");
  printint(chanlen(c));
  prints(" cap ");
  printint(chancap(c));
  printnl();
  printunlock();
}

void main_main() {
  hchan *c = makechan(&intType, 3);
  printq(c);
  // CHECK: len 0 cap 3

  // Wrap around the ring a few times: round r makes room for 1 + r%3
  // elements and sends them.
  int64_t in = 0, out = 0;
  for (int round = 0; round < 10; round++) {
    int n = 1 + round % 3;
    while (chanlen(c) > 3 - n) {
      int64_t v;
      chanrecv1(c, &v);
      EXPECT(v == out);
      out++;
    }
    for (int k = 0; k < n; k++) {
      chansend1(c, &in);
      in++;
    }
  }
  printq(c);
  say("through", out);
  // CHECK-NEXT: len 3 cap 3
  // CHECK-NEXT: through 16

  // It is full: 16, 17, 18. A fourth send parks; receiving 16 makes room
  // and moves the parked 19 to the tail.
  hchan *done = makechan(&intType, 0);
  goroutine *r = go([c, done] {
    int64_t v = 19;
    say("g: sending 19 on a full channel");
    chansend1(c, &v);
    say("g: sent 19");
    chansend1(done, &v);
  });
  waitparked(r);
  printq(c);
  // CHECK-NEXT: g: sending 19 on a full channel
  // CHECK-NEXT: len 3 cap 3
  int64_t v;
  chanrecv1(c, &v);
  say("recv", v);
  printq(c);
  // CHECK-NEXT: recv 16
  // CHECK-NEXT: len 3 cap 3
  chanrecv1(done, nullptr);
  // CHECK-NEXT: g: sent 19
  for (int i = 0; i < 3; i++) {
    chanrecv1(c, &v);
    say("recv", v);
  }
  // CHECK-NEXT: recv 17
  // CHECK-NEXT: recv 18
  // CHECK-NEXT: recv 19
  printq(c);
  // CHECK-NEXT: len 0 cap 3

  // A receive from an empty buffered channel parks until a send.
  go([c] {
    int64_t v = 99;
    chansend1(c, &v);
  });
  chanrecv1(c, &v);
  say("recv", v);
  // CHECK-NEXT: recv 99

  // Byte elements, a large ring, and the slots read are cleared.
  hchan *b = makechan(&byteType, 1000);
  for (int i = 0; i < 1000; i++) {
    uint8_t x = (uint8_t)(i * 7);
    chansend1(b, &x);
  }
  bool ok = true;
  for (int i = 0; i < 1000; i++) {
    uint8_t x;
    chanrecv1(b, &x);
    ok &= x == (uint8_t)(i * 7);
  }
  int zeros = 0;
  for (int i = 0; i < 1000; i++)
    zeros += ((uint8_t *)b->buf)[i] == 0;
  say("bytes ok", ok, zeros);
  // CHECK-NEXT: bytes ok 1 1000

  say("nil", chanlen(nullptr), chancap(nullptr));
  // CHECK-NEXT: nil 0 0
  // CHECK-NOT: {{.}}
}
