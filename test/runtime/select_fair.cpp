// select picks uniformly among the cases that are ready: with two
// receive cases always ready (closed channels) and with two send cases
// always ready (buffers with room), each case wins 45-55% of 100k
// selects; with three, each wins about a third. Cases on nil channels
// never fire. (A select that always polled in case order would fail.)
// RUN: %clang -std=c++17 -fno-exceptions -fno-rtti -O2 %runtime_cflags %s %runtime_link -o %t
// RUN: env GOMAXPROCS=1 %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=8 %t 2>&1 | FileCheck %s
#include "Inputs/chantest.h"

TEST_TYPE(intType, int64_t, kindInt)

enum { N = 100000 };

// Prints the share of each case in per-mille, and whether it is within
// [lo, hi].
static void report(const char *what, int64_t *counts, int n, int64_t lo, int64_t hi) {
  bool fair = true;
  for (int i = 0; i < n; i++)
    fair &= counts[i] * 1000 >= lo * N && counts[i] * 1000 <= hi * N;
  printlock();
  prints(what);
  prints(fair ? " fair:" : " UNFAIR:");
  for (int i = 0; i < n; i++) {
    prints(" ");
    printint(counts[i] * 1000 / N);
  }
  printnl();
  printunlock();
}

void main_main() {
  // Two receives on closed channels, plus a nil channel's case.
  hchan *a = makechan(&intType, 0), *b = makechan(&intType, 0);
  closechan(a);
  closechan(b);
  int64_t counts[3] = {};
  for (int i = 0; i < N; i++) {
    int64_t v;
    scase cases[3] = {{a, &v}, {nullptr, &v}, {b, &v}};
    uint16_t order[6];
    SelectResult r = selectgo(cases, order, 0, 3, true);
    EXPECT(r.chosen >= 0 && r.chosen < 3 && !r.recvOK);
    counts[r.chosen]++;
  }
  EXPECT(counts[1] == 0);
  int64_t two[2] = {counts[0], counts[2]};
  report("recv", two, 2, 450, 550);
  // CHECK: recv fair: {{4[5-9][0-9]|5[0-4][0-9]}} {{4[5-9][0-9]|5[0-4][0-9]}}

  // Two sends with room, drained after each select.
  hchan *c = makechan(&intType, 1), *d = makechan(&intType, 1);
  int64_t sends[2] = {};
  for (int i = 0; i < N; i++) {
    int64_t v = i;
    scase cases[2] = {{c, &v}, {d, &v}};
    uint16_t order[4];
    SelectResult r = selectgo(cases, order, 2, 0, false);
    EXPECT(r.chosen == 0 || r.chosen == 1);
    sends[r.chosen]++;
    int64_t w;
    chanrecv1(r.chosen ? d : c, &w);
    EXPECT(w == i);
  }
  report("send", sends, 2, 450, 550);
  // CHECK-NEXT: send fair: {{4[5-9][0-9]|5[0-4][0-9]}} {{4[5-9][0-9]|5[0-4][0-9]}}

  // Three, mixing a send with room and two receives that have elements.
  hchan *e = makechan(&intType, 1), *f = makechan(&intType, 1), *h = makechan(&intType, 1);
  int64_t three[3] = {};
  int64_t one = 1;
  chansend1(f, &one);
  chansend1(h, &one);
  for (int i = 0; i < N; i++) {
    int64_t v = 1, w;
    scase cases[3] = {{e, &v}, {f, &w}, {h, &w}};
    uint16_t order[6];
    SelectResult r = selectgo(cases, order, 1, 2, true);
    three[r.chosen]++;
    // Restore: empty e, refill f or h.
    if (r.chosen == 0)
      chanrecv1(e, &w);
    else
      chansend1(r.chosen == 1 ? f : h, &one);
  }
  report("mixed", three, 3, 300, 366);
  // CHECK-NEXT: mixed fair: {{3[0-6][0-9]}} {{3[0-6][0-9]}} {{3[0-6][0-9]}}
}
