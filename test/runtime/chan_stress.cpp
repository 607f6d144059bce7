// Racy channel scenarios, repeated: lost wake-ups would hang (or end in
// the deadlock report), lost or duplicated elements would change the
// sums. Under 1, 2 and 8 Ps:
//   - ping-pong: two goroutines, 20000 round trips through unbuffered
//     channels, in 5 rounds;
//   - fan-in: 1000 goroutines send 100 values each into one channel
//     (unbuffered, then buffered);
//   - close racing with receives: senders finish, the channel is closed
//     while receivers (some in chanrecv2, some in a select) are parked or
//     arriving; every element is received exactly once and every receiver
//     sees the close; 200 rounds over capacities 0, 1 and 8;
//   - select over 16 channels fed by 16 producers: each channel's
//     elements arrive in order;
//   - selects racing selects: 4 goroutines select over the same two
//     channels that 4 producers send on.
// RUN: %clang -std=c++17 -fno-exceptions -fno-rtti -O2 %runtime_cflags %s %runtime_link -o %t
// RUN: env GOMAXPROCS=1 %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=2 %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=8 %t 2>&1 | FileCheck %s
#include "Inputs/chantest.h"

TEST_TYPE(intType, int64_t, kindInt)

static void pingpong() {
  bool ok = true;
  for (int round = 0; round < 5; round++) {
    hchan *ping = makechan(&intType, 0), *pong = makechan(&intType, 0);
    enum { n = 20000 };
    go([ping, pong] {
      for (int i = 0; i < n; i++) {
        int64_t v;
        chanrecv1(ping, &v);
        v++;
        chansend1(pong, &v);
      }
    });
    int64_t v = 0;
    for (int i = 0; i < n; i++) {
      chansend1(ping, &v);
      chanrecv1(pong, &v);
    }
    ok &= v == n;
  }
  say("ping-pong ok", ok);
  // CHECK: ping-pong ok 1
}

static void fanin() {
  static const int64_t caps[] = {0, 64};
  for (int64_t cap : caps) {
    enum { ng = 1000, per = 100 };
    hchan *c = makechan(&intType, cap);
    for (int64_t k = 0; k < ng; k++)
      go([c, k] {
        for (int64_t i = 0; i < per; i++) {
          int64_t v = k * per + i;
          chansend1(c, &v);
        }
      });
    int64_t sum = 0;
    for (int i = 0; i < ng * per; i++) {
      int64_t v;
      chanrecv1(c, &v);
      sum += v;
    }
    int64_t n = ng * per;
    say("fan-in sum ok", sum == n * (n - 1) / 2);
  }
  // CHECK-NEXT: fan-in sum ok 1
  // CHECK-NEXT: fan-in sum ok 1
}

static void closerace() {
  enum { rounds = 200, ns = 4, nr = 4, per = 100 };
  bool ok = true;
  for (int round = 0; round < rounds; round++) {
    static const int64_t caps[] = {0, 1, 8};
    hchan *c = makechan(&intType, caps[round % 3]);
    hchan *sent = makechan(&intType, ns);
    hchan *results = makechan(&intType, nr);
    hchan *never = makechan(&intType, 0);
    for (int64_t k = 0; k < nr; k++)
      go([c, results, never, k] {
        int64_t count = 0, sum = 0;
        for (;;) {
          int64_t v = -1;
          bool ok;
          if (k % 2) {
            ok = chanrecv2(c, &v);
          } else {
            scase cases[2] = {{never, &v}, {c, &v}};
            uint16_t order[4];
            SelectResult r = selectgo(cases, order, 0, 2, true);
            ok = r.recvOK;
          }
          if (!ok) {
            if (v != 0)
              count = -1000000; // a closed receive must give the zero value
            break;
          }
          count++;
          sum += v;
        }
        int64_t res = count * 1000000 + sum;
        chansend1(results, &res);
      });
    for (int64_t k = 0; k < ns; k++)
      go([c, sent, k] {
        for (int64_t i = 1; i <= per; i++) {
          int64_t v = k * per + i;
          chansend1(c, &v);
        }
        int64_t id = k;
        chansend1(sent, &id);
      });
    for (int k = 0; k < ns; k++)
      chanrecv1(sent, nullptr);
    closechan(c);
    int64_t total = 0;
    for (int k = 0; k < nr; k++) {
      int64_t res;
      chanrecv1(results, &res);
      total += res;
    }
    int64_t n = ns * per;
    ok &= total == n * 1000000 + n * (n + 1) / 2;
  }
  say("close races ok", ok);
  // CHECK-NEXT: close races ok 1
}

static void selectmany() {
  enum { nch = 16, per = 1000 };
  hchan *chans[nch];
  for (int i = 0; i < nch; i++)
    chans[i] = makechan(&intType, i % 4);
  for (int64_t k = 0; k < nch; k++) {
    hchan *c = chans[k];
    go([c] {
      for (int64_t i = 0; i < per; i++)
        chansend1(c, &i);
    });
  }
  int64_t next[nch] = {};
  bool ok = true;
  scase cases[nch];
  int64_t v;
  for (int i = 0; i < nch; i++)
    cases[i] = scase{chans[i], &v};
  uint16_t order[2 * nch];
  for (int i = 0; i < nch * per; i++) {
    scase cs[nch];
    memcpy(cs, cases, sizeof cs);
    SelectResult r = selectgo(cs, order, 0, nch, true);
    ok &= r.recvOK && v == next[r.chosen];
    next[r.chosen]++;
  }
  say("select over 16 ok", ok);
  // CHECK-NEXT: select over 16 ok 1
}

static void selectrace() {
  enum { nsel = 4, nprod = 4, per = 5000 };
  hchan *a = makechan(&intType, 0), *b = makechan(&intType, 1);
  hchan *results = makechan(&intType, nsel);
  hchan *stop = makechan(&intType, 0);
  for (int k = 0; k < nsel; k++)
    go([a, b, stop, results] {
      int64_t sum = 0;
      for (;;) {
        int64_t v;
        scase cases[3] = {{a, &v}, {b, &v}, {stop, &v}};
        uint16_t order[6];
        SelectResult r = selectgo(cases, order, 0, 3, true);
        if (r.chosen == 2)
          break;
        sum += v;
      }
      chansend1(results, &sum);
    });
  hchan *sent = makechan(&intType, nprod);
  for (int64_t k = 0; k < nprod; k++)
    go([a, b, sent, k] {
      for (int64_t i = 1; i <= per; i++)
        chansend1(i % 2 ? a : b, &i);
      int64_t id = k;
      chansend1(sent, &id);
    });
  for (int k = 0; k < nprod; k++)
    chanrecv1(sent, nullptr);
  closechan(stop);
  int64_t total = 0;
  for (int k = 0; k < nsel; k++) {
    int64_t s;
    chanrecv1(results, &s);
    total += s;
  }
  // b may still hold one element when stop wins: take it.
  int64_t rest = 0;
  SelectNBRecv r = selectnbrecv(&rest, b);
  if (r.received)
    total += rest;
  say("selects racing ok", total == nprod * (int64_t)per * (per + 1) / 2);
  // CHECK-NEXT: selects racing ok 1
}

void main_main() {
  pingpong();
  fanin();
  closerace();
  selectmany();
  selectrace();
  // CHECK-NOT: {{.}}
}
