// `for k, v := range m` as the spec requires it: every entry once; a
// random order that differs between loops (bucket and slot offset); an
// entry deleted before it is reached is not produced; entries added during
// the loop, even when they make the table grow under the iterator (and
// when the loop starts in the middle of a growth), never make an old entry
// appear twice or go missing, and an element updated before it is reached
// is produced with its new value. mapclear empties a map for reuse.
// RUN: %clang -std=c++17 -fno-exceptions -fno-rtti -O1 %runtime_cflags %s %runtime_link -o %t
// RUN: %t 2>&1 | FileCheck %s --match-full-lines
#include "Inputs/datatest.h"

#include <string.h>

static maptype intMap = mapType(&tInt, &tInt, memhash64, mapReflexiveKey, GOSTR("map[int]int"));

enum : int64_t { Max = 1 << 20 };
static uint8_t seen[Max];

static hmap *filled(int64_t n) {
  hmap *h = makemap(&intMap, 0);
  for (int64_t i = 0; i < n; i++)
    *(int64_t *)mapassign_fast64(&intMap, h, (uint64_t)i) = i * 10;
  return h;
}

// Ranges over h, calling body(k, v) for each entry; counts in seen[].
template <class F> static void range(hmap *h, F body) {
  hiter it;
  for (mapiterinit(&intMap, h, &it); it.key; mapiternext(&it)) {
    int64_t k = *(int64_t *)it.key;
    if (k >= 0 && k < Max && seen[k] < 255)
      seen[k]++;
    body(k, *(int64_t *)it.elem);
  }
}

// Prints how many entries in [0, n) were produced other than once.
static void report(const char *what, int64_t n) {
  int64_t wrong = 0;
  for (int64_t i = 0; i < n; i++)
    wrong += seen[i] != 1;
  printlock();
  prints(what);
  prints(": not once ");
  printint(wrong);
  printnl();
  printunlock();
}

static void everyOnce() {
  memset(seen, 0, sizeof seen);
  hmap *h = filled(10000);
  int64_t badval = 0;
  range(h, [&](int64_t k, int64_t v) { badval += v != k * 10; });
  // CHECK: once: not once 0
  report("once", 10000);
  // CHECK-NEXT: once: bad values 0
  say("once: bad values", badval);
}

// The sequence of keys of one loop, folded into a number.
static uint64_t order(hmap *h) {
  uint64_t x = 0;
  hiter it;
  for (mapiterinit(&intMap, h, &it); it.key; mapiternext(&it))
    x = x * 31 + (uint64_t)*(int64_t *)it.key;
  return x;
}

static void randomOrder() {
  // Many buckets, and a single bucket (only the slot offset varies).
  int64_t sizes[] = {100, 5};
  for (int64_t n : sizes) {
    hmap *h = filled(n);
    uint64_t orders[20];
    int distinct = 0;
    for (int i = 0; i < 20; i++) {
      orders[i] = order(h);
      bool dup = false;
      for (int j = 0; j < i; j++)
        dup |= orders[j] == orders[i];
      distinct += !dup;
    }
    // CHECK-NEXT: random 100: several orders 1
    // CHECK-NEXT: random 5: several orders 1
    printlock();
    prints("random ");
    printint(n);
    prints(": several orders ");
    printint(distinct > 2);
    printnl();
    printunlock();
  }
}

static void deleteAhead() {
  memset(seen, 0, sizeof seen);
  hmap *h = filled(10000);
  // Delete each produced key's partner: it must then never be produced.
  range(h, [&](int64_t k, int64_t) {
    int64_t partner = k ^ 1;
    mapdelete(&intMap, h, &partner);
  });
  int64_t both = 0, neither = 0;
  for (int64_t i = 0; i < 10000; i += 2) {
    both += seen[i] && seen[i + 1];
    neither += !seen[i] && !seen[i + 1];
  }
  // CHECK-NEXT: delete ahead: both 0 neither 0 len 5000
  printlock();
  prints("delete ahead: both ");
  printint(both);
  prints(" neither ");
  printint(neither);
  prints(" len ");
  printint(maplen(h));
  printnl();
  printunlock();
}

static void insertGrow() {
  memset(seen, 0, sizeof seen);
  hmap *h = filled(1000);
  uint8_t B0 = h->B;
  int64_t next = 1000, step = 0;
  // The last value stored for each original entry; -1: deleted.
  static int64_t want[1000];
  for (int64_t i = 0; i < 1000; i++)
    want[i] = i * 10;
  int64_t updated = 0, deleted = 0, wrong = 0;
  range(h, [&](int64_t k, int64_t v) {
    // The entries below 1000 were there when the loop started: each must
    // come with the last value stored, and not at all once deleted.
    if (k < 1000)
      wrong += v != want[k];
    step++;
    // Add 200 entries per step: the table grows several times.
    for (int j = 0; j < 200 && next < Max; j++, next++)
      *(int64_t *)mapassign_fast64(&intMap, h, (uint64_t)next) = next * 10;
    // Update some original entries not yet produced, with a new value
    // each step, and delete others once the table has grown.
    for (int64_t u = 0; u < 1000; u++) {
      if (seen[u] || want[u] < 0)
        continue;
      if (u % 7 == 3) {
        want[u] = step * 1000000 + u;
        *(int64_t *)mapassign_fast64(&intMap, h, (uint64_t)u) = want[u];
        updated++;
      } else if (u % 7 == 5 && step > 20) {
        want[u] = -1;
        mapdelete(&intMap, h, &u);
        deleted++;
      }
    }
  });
  int64_t dup = 0, missing = 0;
  for (int64_t i = 1000; i < next; i++)
    dup += seen[i] > 1;
  for (int64_t i = 0; i < 1000; i++)
    missing += want[i] >= 0 && seen[i] != 1;
  // CHECK-NEXT: insert grow: missing or twice 0, new ones twice 0
  printlock();
  prints("insert grow: missing or twice ");
  printint(missing);
  prints(", new ones twice ");
  printint(dup);
  printnl();
  // CHECK-NEXT: insert grow: grew 1, updated 1, deleted 1, wrong values or deleted ones produced 0
  prints("insert grow: grew ");
  printint(h->B > B0 + 2);
  prints(", updated ");
  printint(updated > 0);
  prints(", deleted ");
  printint(deleted > 0);
  prints(", wrong values or deleted ones produced ");
  printint(wrong);
  printnl();
  printunlock();
}

static void startMidGrowth() {
  // Fill until an insertion starts a growth, then range while it is under
  // way (each insertion moves only two old buckets).
  hmap *h = makemap(&intMap, 0);
  int64_t n = 0;
  while (n < 5000 || !h->oldbuckets) {
    *(int64_t *)mapassign_fast64(&intMap, h, (uint64_t)n) = n * 10;
    n++;
  }
  memset(seen, 0, sizeof seen);
  int64_t next = n;
  bool wasGrowing = h->oldbuckets != nullptr;
  range(h, [&](int64_t k, int64_t) {
    for (int j = 0; j < 3; j++, next++)
      *(int64_t *)mapassign_fast64(&intMap, h, (uint64_t)next) = next * 10;
  });
  int64_t dup = 0;
  for (int64_t i = n; i < next; i++)
    dup += seen[i] > 1;
  // CHECK-NEXT: mid growth: not once 0
  report("mid growth", n);
  // CHECK-NEXT: mid growth: started growing 1, new ones twice 0
  printlock();
  prints("mid growth: started growing ");
  printint(wasGrowing);
  prints(", new ones twice ");
  printint(dup);
  printnl();
  printunlock();
}

static void clear() {
  hmap *h = filled(5000);
  mapclear(&intMap, h);
  int64_t k = 17;
  // CHECK-NEXT: clear: len 0 found 0
  printlock();
  prints("clear: len ");
  printint(maplen(h));
  prints(" found ");
  printint(mapaccess2(&intMap, h, &k).ok);
  printnl();
  printunlock();
  for (int64_t i = 0; i < 100; i++)
    *(int64_t *)mapassign_fast64(&intMap, h, (uint64_t)i) = i;
  memset(seen, 0, sizeof seen);
  range(h, [](int64_t, int64_t) {});
  // CHECK-NEXT: clear reused: not once 0
  report("clear reused", 100);
}

void main_main() {
  everyOnce();
  randomOrder();
  deleteAhead();
  insertGrow();
  startMidGrowth();
  clear();
}
