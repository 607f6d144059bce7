// A select with nothing ready parks on all its channels and is woken by
// the first case to fire: a send or a receive by another goroutine, or a
// close. The case's index and value come back, the select's other sudogs
// leave their queues, and the goroutine can select again. A channel named
// in several cases is locked once. Two selects over the same channels,
// woken by two sends, get one value each.
// RUN: %clang -std=c++17 -fno-exceptions -fno-rtti -O2 %runtime_cflags %s %runtime_link -o %t
// RUN: env GOMAXPROCS=1 %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=4 %t 2>&1 | FileCheck %s
#include "Inputs/chantest.h"

TEST_TYPE(intType, int64_t, kindInt)

static bool idle(hchan *c) { return !c->sendq.first && !c->recvq.first; }

void main_main() {
  hchan *a = makechan(&intType, 0), *b = makechan(&intType, 0), *c = makechan(&intType, 0);
  uint16_t order[16];

  // Woken by a send on b.
  go([b] {
    int64_t v = 11;
    chansend1(b, &v);
  });
  int64_t w = -1;
  scase rs[3] = {{a, &w}, {b, &w}, {c, &w}};
  SelectResult r = selectgo(rs, order, 0, 3, true);
  say("recv case", r.chosen, w);
  say("  ok, queues empty:", r.recvOK, idle(a) && idle(b) && idle(c));
  // CHECK: recv case 1 11
  // CHECK-NEXT: ok, queues empty: 1 1

  // Send cases, woken by a receive on c.
  hchan *got = makechan(&intType, 1);
  go([c, got] {
    int64_t v = -1;
    chanrecv1(c, &v);
    chansend1(got, &v);
  });
  int64_t v0 = 100, v1 = 101;
  scase ss[2] = {{a, &v0}, {c, &v1}};
  r = selectgo(ss, order, 2, 0, true);
  chanrecv1(got, &w);
  say("send case", r.chosen, w);
  say("  queues empty:", idle(a) && idle(c));
  // CHECK-NEXT: send case 1 101
  // CHECK-NEXT: queues empty: 1

  // Woken by close: the receive case, with !recvOK and the zero value.
  go([a] { closechan(a); });
  w = -1;
  scase cs[2] = {{b, &w}, {a, &w}};
  r = selectgo(cs, order, 0, 2, true);
  say("closed case", r.chosen, w);
  say("  ok", r.recvOK);
  // CHECK-NEXT: closed case 1 0
  // CHECK-NEXT: ok 0

  // One channel in a send and two receive cases; the partner receives.
  go([b, got] {
    int64_t v = -1;
    chanrecv1(b, &v);
    chansend1(got, &v);
  });
  int64_t s = 7;
  scase dup[3] = {{b, &s}, {b, &w}, {b, &w}};
  r = selectgo(dup, order, 1, 2, true);
  chanrecv1(got, &w);
  say("same channel", r.chosen, w);
  say("  queue empty:", idle(b));
  // CHECK-NEXT: same channel 0 7
  // CHECK-NEXT: queue empty: 1

  // Two goroutines selecting on b and c; two sends on b: each gets one.
  hchan *res = makechan(&intType, 2);
  for (int k = 0; k < 2; k++)
    go([b, c, res] {
      int64_t x = -1;
      scase sc[2] = {{b, &x}, {c, &x}};
      uint16_t ord[4];
      SelectResult rr = selectgo(sc, ord, 0, 2, true);
      int64_t out = rr.chosen * 1000 + x;
      chansend1(res, &out);
    });
  for (int64_t v = 1; v <= 2; v++)
    chansend1(b, &v);
  int64_t r1, r2;
  chanrecv1(res, &r1);
  chanrecv1(res, &r2);
  say("two selects", r1 + r2, r1 * r2);
  say("  queues empty:", idle(b) && idle(c));
  // CHECK-NEXT: two selects 3 2
  // CHECK-NEXT: queues empty: 1

  // Many channels, a sender on each in turn.
  enum { nch = 64 };
  hchan *chans[nch];
  for (int i = 0; i < nch; i++)
    chans[i] = makechan(&intType, 0);
  go([&chans] {
    for (int64_t i = 0; i < nch; i++) {
      int64_t v = i * 3;
      chansend1(chans[(i * 7) % nch], &v);
    }
  });
  bool ok = true;
  for (int64_t i = 0; i < nch; i++) {
    scase many[nch];
    for (int k = 0; k < nch; k++)
      many[k] = scase{chans[k], &w};
    uint16_t ord[2 * nch];
    r = selectgo(many, ord, 0, nch, true);
    ok &= r.chosen == (i * 7) % nch && w == i * 3;
  }
  bool allidle = true;
  for (int i = 0; i < nch; i++)
    allidle &= idle(chans[i]);
  say("64 channels:", ok, allidle);
  // CHECK-NEXT: 64 channels: 1 1
  // CHECK-NOT: {{.}}
}
