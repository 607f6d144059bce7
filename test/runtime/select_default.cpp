// Non-blocking selects: with nothing ready selectgo returns -1 (the
// default case) and leaves no sudog behind; selectnbsend and selectnbrecv
// succeed exactly when the blocking operation would not block (a parked
// partner, room or elements in the buffer, a closed channel for a
// receive); nil channels are never ready, whatever else is in the select.
// RUN: %clang -std=c++17 -fno-exceptions -fno-rtti -O2 %runtime_cflags %s %runtime_link -o %t
// RUN: env GOMAXPROCS=1 %t 2>&1 | FileCheck %s
#include "Inputs/chantest.h"

TEST_TYPE(intType, int64_t, kindInt)

void main_main() {
  hchan *u = makechan(&intType, 0); // unbuffered, nobody waiting
  hchan *b = makechan(&intType, 1); // buffered, empty
  int64_t v = 5, w = -1;

  scase cases[4] = {{u, &v}, {nullptr, &v}, {u, &w}, {b, &w}};
  uint16_t order[8];
  SelectResult r = selectgo(cases, order, 2, 2, false);
  say("nothing ready:", r.chosen);
  say("queues empty:", !u->sendq.first && !u->recvq.first && !b->recvq.first);
  // CHECK: nothing ready: -1
  // CHECK-NEXT: queues empty: 1

  // Only nil channels: always the default.
  scase nils[2] = {{nullptr, &v}, {nullptr, &w}};
  r = selectgo(nils, order, 1, 1, false);
  say("all nil:", r.chosen);
  // CHECK-NEXT: all nil: -1
  say("nil send, recv:", selectnbsend(nullptr, &v), selectnbrecv(&w, nullptr).selected);
  // CHECK-NEXT: nil send, recv: 0 0

  // Buffered: a send fits once; then a receive finds it.
  say("send to empty buffer:", selectnbsend(b, &v));
  say("send to full buffer:", selectnbsend(b, &v));
  SelectNBRecv nr = selectnbrecv(&w, b);
  say("recv from buffer:", nr.selected, nr.received);
  say("value", w);
  nr = selectnbrecv(&w, b);
  say("recv from empty buffer:", nr.selected, nr.received);
  // CHECK-NEXT: send to empty buffer: 1
  // CHECK-NEXT: send to full buffer: 0
  // CHECK-NEXT: recv from buffer: 1 1
  // CHECK-NEXT: value 5
  // CHECK-NEXT: recv from empty buffer: 0 0

  // Unbuffered: succeeds only with a partner parked on the other side.
  say("send, no receiver:", selectnbsend(u, &v));
  hchan *done = makechan(&intType, 0);
  goroutine *gr = go([u, done] {
    int64_t x = -1;
    chanrecv1(u, &x);
    say("g received", x);
    chansend1(done, &x);
  });
  waitparked(gr);
  v = 42;
  say("send, receiver parked:", selectnbsend(u, &v));
  chanrecv1(done, nullptr);
  // CHECK-NEXT: send, no receiver: 0
  // CHECK-NEXT: send, receiver parked: 1
  // CHECK-NEXT: g received 42
  gr = go([u] {
    int64_t x = 43;
    chansend1(u, &x);
  });
  waitparked(gr);
  scase rc[2] = {{nullptr, &w}, {u, &w}};
  r = selectgo(rc, order, 0, 2, false);
  say("select recv, sender parked:", r.chosen, w);
  // CHECK-NEXT: select recv, sender parked: 1 43

  // A ready case beside nil ones, blocking: always the ready one.
  int64_t hits = 0;
  for (int i = 0; i < 1000; i++) {
    chansend1(b, &v);
    scase cs[3] = {{nullptr, &v}, {nullptr, &w}, {b, &w}};
    r = selectgo(cs, order, 1, 2, true);
    hits += r.chosen == 2 && r.recvOK;
  }
  say("beside nil:", hits);
  // CHECK-NEXT: beside nil: 1000

  // Closed: a non-blocking receive completes with the zero value.
  closechan(u);
  w = 7;
  nr = selectnbrecv(&w, u);
  say("closed:", nr.selected, nr.received);
  say("value", w);
  // CHECK-NEXT: closed: 1 0
  // CHECK-NEXT: value 0
  // CHECK-NOT: {{.}}
}
