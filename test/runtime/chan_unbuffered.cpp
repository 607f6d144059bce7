// Unbuffered channels hand each element straight from sender to receiver.
// On one P the interleaving is exactly gc's (the same loops under gc with
// GOMAXPROCS=1 print the first nine lines): a sender that finds the
// receiver parked copies into its slot and readies it into runnext, and
// keeps running; a receiver that finds a parked sender takes its element
// and readies it, and keeps running. A
// 256-byte element arrives intact in both directions of the hand-off.
// Under 2 and 8 Ps, the order of 100k elements through one channel is
// still FIFO, and every send meets exactly one receive.
// RUN: %clang -std=c++17 -fno-exceptions -fno-rtti -O2 %runtime_cflags %s %runtime_link -o %t
// RUN: env GOMAXPROCS=1 %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=2 %t fifo 2>&1 | FileCheck %s --check-prefix=FIFO
// RUN: env GOMAXPROCS=8 %t fifo 2>&1 | FileCheck %s --check-prefix=FIFO
#include "Inputs/chantest.h"

extern char **argv __asm__("runtime.argv");

TEST_TYPE(intType, int64_t, kindInt)

struct big {
  int64_t w[32];
};
TEST_TYPE(bigType, big, kindArray)

static void order() {
  hchan *c = makechan(&intType, 0);
  go([c] {
    for (int64_t i = 0; i < 3; i++) {
      say("send", i);
      chansend1(c, &i);
      say("sent", i);
    }
  });
  for (int i = 0; i < 3; i++) {
    int64_t v = -1;
    chanrecv1(c, &v);
    say("recv", v);
  }
  // CHECK:      send 0
  // CHECK-NEXT: sent 0
  // CHECK-NEXT: send 1
  // CHECK-NEXT: recv 0
  // CHECK-NEXT: recv 1
  // CHECK-NEXT: sent 1
  // CHECK-NEXT: send 2
  // CHECK-NEXT: sent 2
  // CHECK-NEXT: recv 2

  // The sender parks first; the receiver comes later.
  hchan *d = makechan(&intType, 0), *done = makechan(&intType, 0);
  goroutine *r = go([d, done] {
    say("g: send 7");
    int64_t v = 7;
    chansend1(d, &v);
    say("g: sent 7");
    chansend1(done, &v);
  });
  waitparked(r);
  say("main receives");
  int64_t v = 0;
  chanrecv1(d, &v);
  say("main recv", v);
  chanrecv1(done, nullptr);
  say("done");
  // CHECK-NEXT: g: send 7
  // CHECK-NEXT: main receives
  // CHECK-NEXT: main recv 7
  // CHECK-NEXT: g: sent 7
  // CHECK-NEXT: done
}

static bool bigok(const big &b, int64_t seed) {
  for (int i = 0; i < 32; i++)
    if (b.w[i] != seed * 100 + i)
      return false;
  return true;
}

// A 256-byte element: received into a parked receiver's frame, and taken
// from a parked sender's frame.
static void bigelems() {
  hchan *c = makechan(&bigType, 0);
  goroutine *r = go([c] {
    for (int64_t k = 1; k <= 2; k++) {
      big b;
      for (int i = 0; i < 32; i++)
        b.w[i] = k * 100 + i;
      chansend1(c, &b);
    }
  });
  big r1, r2;
  chanrecv1(c, &r1); // parks first: the sender copies into r1
  waitparked(r);     // the sender parks on its second send
  chanrecv1(c, &r2); // copies from the parked sender's b
  say("big", bigok(r1, 1), bigok(r2, 2));
  // CHECK-NEXT: big 1 1
}

// Many elements, several senders: each sender's elements arrive in its
// order, and all of them arrive.
static void fifo() {
  enum { nsend = 4, per = 25000 };
  hchan *c = makechan(&intType, 0);
  for (int64_t s = 0; s < nsend; s++)
    go([c, s] {
      for (int64_t i = 0; i < per; i++) {
        int64_t v = s * per + i;
        chansend1(c, &v);
      }
    });
  int64_t next[nsend] = {};
  for (int i = 0; i < nsend * per; i++) {
    int64_t v;
    chanrecv1(c, &v);
    int64_t s = v / per;
    EXPECT(s >= 0 && s < nsend && v % per == next[s]);
    next[s]++;
  }
  say("fifo", next[0] + next[1] + next[2] + next[3]);
  // FIFO: fifo 100000
}

void main_main() {
  if (argv[1] && !strcmp(argv[1], "fifo")) {
    fifo();
    return;
  }
  order();
  bigelems();
  fifo();
  // CHECK-NEXT: fifo 100000
}
