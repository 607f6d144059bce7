// Map insertion, lookup, overwrite, deletion and len, through the generic
// entry points and the _fast64/_faststr ones, on maps grown from empty to
// 200000 entries (many incremental growths) and made with a size hint;
// lookups of missing keys return a zero value (also for elements too big
// for the shared zero buffer, and from nil maps); keys and elements over
// 128 bytes are stored indirectly. Goroutines on several Ms may read and
// range over one map at once.
// RUN: %clang -std=c++17 -fno-exceptions -fno-rtti -O1 %runtime_cflags %s %runtime_link -o %t
// RUN: %t 2>&1 | FileCheck %s --match-full-lines
// RUN: env GOMAXPROCS=2 %t 2>&1 | FileCheck %s --match-full-lines
#include "Inputs/datatest.h"

#include <string.h>

static maptype intMap = mapType(&tInt, &tInt, memhash64, mapReflexiveKey, GOSTR("map[int]int"));
static maptype strMap = mapType(&tString, &tInt, strhash, mapReflexiveKey | mapNeedKeyUpdate,
                                GOSTR("map[string]int"));

struct big {
  int64_t w[200];
};
static bool bigequal(const void *a, const void *b) { return memequal(a, b, sizeof(big)); }
static _type tBig = basicType(sizeof(big), 0, kindArray, bigequal, tflagRegularMemory, GOSTR("[200]int"));
static uintptr_t bighash(const void *p, uintptr_t seed) { return memhash(p, seed, sizeof(big)); }
static maptype bigMap = mapType(&tBig, &tBig, bighash, mapReflexiveKey, GOSTR("map[[200]int][200]int"));

enum : int64_t { N = 200000 };

static void intmaps() {
  // Generic and fast entry points on the same map: same hasher, same
  // layout, so they must agree.
  hmap *h = makemap(&intMap, 0);
  for (int64_t i = 0; i < N; i++) {
    if (i % 2)
      *(int64_t *)mapassign_fast64(&intMap, h, (uint64_t)i) = i * 3;
    else
      *(int64_t *)mapassign(&intMap, h, &i) = i * 3;
  }
  // CHECK: int: len 200000
  say("int: len", maplen(h));
  int64_t bad = 0;
  for (int64_t i = 0; i < N; i++) {
    int64_t a = *(int64_t *)mapaccess1(&intMap, h, &i);
    int64_t b = *(int64_t *)mapaccess1_fast64(&intMap, h, (uint64_t)i);
    MapAccess2 c = mapaccess2_fast64(&intMap, h, (uint64_t)i);
    if (a != i * 3 || b != i * 3 || !c.ok || *(int64_t *)c.elem != i * 3)
      bad++;
  }
  // CHECK-NEXT: int: wrong lookups 0
  say("int: wrong lookups", bad);
  int64_t missing = -5;
  MapAccess2 m = mapaccess2(&intMap, h, &missing);
  // CHECK-NEXT: int: missing 0 ok 0
  printlock();
  prints("int: missing ");
  printint(*(int64_t *)mapaccess1(&intMap, h, &missing));
  prints(" ok ");
  printint(m.ok);
  printnl();
  printunlock();

  // Overwrite every third, delete every other.
  for (int64_t i = 0; i < N; i += 3)
    *(int64_t *)mapassign_fast64(&intMap, h, (uint64_t)i) = -i;
  for (int64_t i = 0; i < N; i += 2)
    mapdelete(&intMap, h, &i);
  // CHECK-NEXT: int: len after delete 100000
  say("int: len after delete", maplen(h));
  bad = 0;
  for (int64_t i = 0; i < N; i++) {
    MapAccess2 r = mapaccess2(&intMap, h, &i);
    int64_t want = i % 3 == 0 ? -i : i * 3;
    if (i % 2 == 0 ? r.ok || *(int64_t *)r.elem != 0 : !r.ok || *(int64_t *)r.elem != want)
      bad++;
  }
  // CHECK-NEXT: int: wrong after delete 0
  say("int: wrong after delete", bad);
  // Deleting what is not there changes nothing.
  int64_t gone = 0;
  mapdelete(&intMap, h, &gone);
  // CHECK-NEXT: int: len 100000
  say("int: len", maplen(h));
  // Delete everything, then reuse the map.
  for (int64_t i = 1; i < N; i += 2)
    mapdelete(&intMap, h, &i);
  // CHECK-NEXT: int: emptied 0
  say("int: emptied", maplen(h));
  *(int64_t *)mapassign_fast64(&intMap, h, 7) = 70;
  // CHECK-NEXT: int: reused 1 70
  printlock();
  prints("int: reused ");
  printint(maplen(h));
  prints(" ");
  printint(*(int64_t *)mapaccess1_fast64(&intMap, h, 7));
  printnl();
  printunlock();

  // A hint sizes the table up front.
  hmap *hinted = makemap(&intMap, 1000);
  // CHECK-NEXT: int: hinted B 8
  say("int: hinted B", hinted->B);
  for (int64_t i = 0; i < 1000; i++)
    *(int64_t *)mapassign_fast64(&intMap, hinted, (uint64_t)i) = i;
  // CHECK-NEXT: int: hinted B after 1000 8
  say("int: hinted B after 1000", hinted->B);
}

static void strmaps() {
  hmap *h = makemap(&strMap, 0);
  for (int64_t i = 0; i < N; i++) {
    String k = numstr("key", i);
    if (i % 2)
      *(int64_t *)mapassign_faststr(&strMap, h, k) = i;
    else
      *(int64_t *)mapassign(&strMap, h, &k) = i;
  }
  // CHECK-NEXT: string: len 200000
  say("string: len", maplen(h));
  int64_t bad = 0;
  for (int64_t i = 0; i < N; i++) {
    // A different copy of the same bytes: keys compare by content.
    String k = numstr("key", i);
    MapAccess2 a = mapaccess2_faststr(&strMap, h, k);
    if (!a.ok || *(int64_t *)a.elem != i || *(int64_t *)mapaccess1(&strMap, h, &k) != i)
      bad++;
  }
  // CHECK-NEXT: string: wrong lookups 0
  say("string: wrong lookups", bad);
  for (int64_t i = 0; i < N; i += 2) {
    String k = numstr("key", i);
    mapdelete(&strMap, h, &k);
  }
  bad = 0;
  for (int64_t i = 0; i < N; i++) {
    MapAccess2 a = mapaccess2_faststr(&strMap, h, numstr("key", i));
    if (a.ok != (i % 2 == 1))
      bad++;
  }
  // CHECK-NEXT: string: len 100000 wrong 0
  printlock();
  prints("string: len ");
  printint(maplen(h));
  prints(" wrong ");
  printint(bad);
  printnl();
  printunlock();
  // The empty string is a key like any other.
  *(int64_t *)mapassign_faststr(&strMap, h, S("")) = 42;
  // CHECK-NEXT: string: empty key 42
  say("string: empty key", *(int64_t *)mapaccess1_faststr(&strMap, h, S("")));
}

static void nilmaps() {
  int64_t k = 1;
  MapAccess2 a = mapaccess2(&intMap, nullptr, &k);
  // CHECK-NEXT: nil: len 0 read 0 ok 0
  printlock();
  prints("nil: len ");
  printint(maplen(nullptr));
  prints(" read ");
  printint(*(int64_t *)mapaccess1_fast64(&intMap, nullptr, 1));
  prints(" ok ");
  printint(a.ok);
  printnl();
  printunlock();
  mapdelete(&intMap, nullptr, &k); // a no-op, as in Go
  hiter it;
  mapiterinit(&intMap, nullptr, &it);
  // CHECK-NEXT: nil: range done 1
  say("nil: range done", it.key == nullptr);
}

static void bigmaps() {
  // CHECK-NEXT: big: indirect key 1 elem 1 bucketsize 144
  printlock();
  prints("big: indirect key ");
  printint((bigMap.flags & mapIndirectKey) != 0);
  prints(" elem ");
  printint((bigMap.flags & mapIndirectElem) != 0);
  prints(" bucketsize ");
  printint(bigMap.bucketsize);
  printnl();
  printunlock();
  hmap *h = makemap(&bigMap, 0);
  big k = {};
  for (int64_t i = 0; i < 100; i++) {
    k.w[199] = i;
    big *e = (big *)mapassign(&bigMap, h, &k);
    for (int j = 0; j < 200; j++)
      e->w[j] = i + j;
  }
  int64_t bad = 0;
  for (int64_t i = 0; i < 100; i++) {
    k.w[199] = i;
    big *e = (big *)mapaccess1(&bigMap, h, &k);
    for (int j = 0; j < 200; j++)
      if (e->w[j] != i + j)
        bad++;
  }
  // A missing key's zero value is bigger than the shared 1024-byte buffer.
  k.w[199] = 1000;
  big *z = (big *)mapaccess1(&bigMap, h, &k);
  for (int j = 0; j < 200; j++)
    if (z->w[j] != 0)
      bad++;
  // CHECK-NEXT: big: len 100 wrong 0
  printlock();
  prints("big: len ");
  printint(maplen(h));
  prints(" wrong ");
  printint(bad);
  printnl();
  printunlock();
}

// Insertions and deletions that keep 1600 entries live, near the load
// limit of 256 buckets: the overflow buckets they leave behind are
// compacted by same-size growths, so the table does not keep growing.
static void churn() {
  hmap *h = makemap(&intMap, 0);
  for (int64_t i = 0; i < 1000000; i++) {
    *(int64_t *)mapassign_fast64(&intMap, h, (uint64_t)i) = i;
    if (i >= 1600) {
      int64_t old = i - 1600;
      mapdelete(&intMap, h, &old);
    }
  }
  int64_t bad = 0;
  for (int64_t i = 1000000 - 1600; i < 1000000; i++)
    bad += *(int64_t *)mapaccess1_fast64(&intMap, h, (uint64_t)i) != i;
  // CHECK-NEXT: churn: len 1600 wrong 0 small 1
  printlock();
  prints("churn: len ");
  printint(maplen(h));
  prints(" wrong ");
  printint(bad);
  prints(" small ");
  printint(h->B <= 9);
  printnl();
  printunlock();
}

static void readers() {
  hmap *h = makemap(&strMap, 0);
  for (int64_t i = 0; i < 10000; i++)
    *(int64_t *)mapassign_faststr(&strMap, h, numstr("r", i)) = i;
  enum { NG = 4 };
  static int64_t bad[NG];
  waitgroup wg = {NG, {}};
  for (int gi = 0; gi < NG; gi++)
    go([gi, h, &wg] {
      for (int round = 0; round < 5; round++) {
        for (int64_t i = 0; i < 10000; i++) {
          MapAccess2 r = mapaccess2_faststr(&strMap, h, numstr("r", i));
          bad[gi] += !r.ok || *(int64_t *)r.elem != i;
        }
        hiter it;
        int64_t n = 0;
        for (mapiterinit(&strMap, h, &it); it.key; mapiternext(&it))
          n++;
        bad[gi] += n != 10000;
        Gosched();
      }
      wgdone(&wg);
    });
  wgwait(&wg);
  // CHECK-NEXT: readers: wrong 0
  say("readers: wrong", bad[0] + bad[1] + bad[2] + bad[3]);
}

void main_main() {
  intmaps();
  strmaps();
  nilmaps();
  bigmaps();
  churn();
  readers();
}
