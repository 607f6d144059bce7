// The hash functions: deterministic for a seed, different for another
// seed and in another process (the per-process key); any one-byte change
// of an input of any length up to 300 changes memhash; sequential ints
// spread evenly over buckets and tophash bytes; +0 and -0 hash alike and
// NaN differently every time; strings hash their bytes; an interface
// hashes its dynamic value (the same value in another box, or a struct
// differing only in a blank field, hashes alike). And the equality
// functions' float and string rules.
// RUN: %clang -std=c++17 -fno-exceptions -fno-rtti -O1 %runtime_cflags %s %runtime_link -o %t
// RUN: %t 2>&1 | FileCheck %s --match-full-lines
// RUN: %t seed > %t.1 2>&1
// RUN: %t seed > %t.2 2>&1
// RUN: not diff %t.1 %t.2
#include "Inputs/datatest.h"

#include <math.h>
#include <string.h>

extern char **argv __asm__("runtime.argv");

static void memhashes() {
  static uint8_t buf[300];
  for (int i = 0; i < 300; i++)
    buf[i] = (uint8_t)(i * 7 + 1);
  int64_t unstable = 0, seedless = 0, collisions = 0;
  for (uintptr_t n = 0; n <= 300; n++) {
    uintptr_t h = memhash(buf, 1, n);
    unstable += memhash(buf, 1, n) != h;
    seedless += n > 0 && memhash(buf, 2, n) == h;
    for (uintptr_t i = 0; i < n; i++) {
      buf[i] ^= 0x10;
      collisions += memhash(buf, 1, n) == h;
      buf[i] ^= 0x10;
    }
  }
  // CHECK: memhash: unstable 0 seed ignored 0 one-byte collisions 0
  printlock();
  prints("memhash: unstable ");
  printint(unstable);
  prints(" seed ignored ");
  printint(seedless);
  prints(" one-byte collisions ");
  printint(collisions);
  printnl();
  printunlock();
}

// Sequential keys into 1024 buckets: every bucket within a factor of two
// of the mean, and every tophash byte used.
static void spread() {
  enum { N = 1 << 20, Buckets = 1024 };
  static int32_t count[Buckets];
  static int32_t tops[256];
  for (int64_t i = 0; i < N; i++) {
    uintptr_t h = memhash64(&i, 12345);
    count[h & (Buckets - 1)]++;
    tops[h >> 56]++;
  }
  int32_t lo = N, hi = 0, topsUnused = 0;
  for (int i = 0; i < Buckets; i++) {
    lo = count[i] < lo ? count[i] : lo;
    hi = count[i] > hi ? count[i] : hi;
  }
  for (int i = 0; i < 256; i++)
    topsUnused += tops[i] == 0;
  // CHECK-NEXT: spread: even 1 tophash bytes unused 0
  printlock();
  prints("spread: even ");
  printint(lo > N / Buckets / 2 && hi < N / Buckets * 2);
  prints(" tophash bytes unused ");
  printint(topsUnused);
  printnl();
  printunlock();
}

static void floats() {
  double pz = 0.0, nz = -0.0, nan = NAN, one = 1.0;
  float fpz = 0.0f, fnz = -0.0f;
  // CHECK-NEXT: f64hash: zeros 1 nan differs 1 one stable 1 f32 zeros 1
  printlock();
  prints("f64hash: zeros ");
  printint(f64hash(&pz, 9) == f64hash(&nz, 9));
  prints(" nan differs ");
  printint(f64hash(&nan, 9) != f64hash(&nan, 9));
  prints(" one stable ");
  printint(f64hash(&one, 9) == f64hash(&one, 9));
  prints(" f32 zeros ");
  printint(f32hash(&fpz, 9) == f32hash(&fnz, 9));
  printnl();
  // CHECK-NEXT: f64equal: zeros 1 nan 0 c128 zeros 1
  double c1[2] = {0.0, 1.0}, c2[2] = {-0.0, 1.0};
  prints("f64equal: zeros ");
  printint(f64equal(&pz, &nz));
  prints(" nan ");
  printint(f64equal(&nan, &nan));
  prints(" c128 zeros ");
  printint(c128equal(c1, c2));
  printnl();
  printunlock();
}

struct blanky {
  int64_t a;
  int64_t blank;
  String s;
};
static structfield blankyFields[] = {{GOSTR("a"), &tInt, 0}, {GOSTR("_"), &tInt, 8}, {GOSTR("s"), &tString, 16}};
static bool blankyequal(const void *p, const void *q) {
  const blanky *x = (const blanky *)p, *y = (const blanky *)q;
  return x->a == y->a && eqstring(x->s, y->s);
}
static structtype tBlanky = {basicType(sizeof(blanky), 24, kindStruct, blankyequal, tflagNamed, GOSTR("main.blanky")),
                             GOSTR("main"), {blankyFields, 3, 3}};

static void strings() {
  String a = S("hello, world"), b = numstr("hello, world", 0);
  b.len--; // the same bytes elsewhere
  // CHECK-NEXT: strhash: bytes 1 copies 1 equal 1
  printlock();
  prints("strhash: bytes ");
  printint(strhash(&a, 3) == memhash(a.str, 3, (uintptr_t)a.len));
  prints(" copies ");
  printint(strhash(&a, 3) == strhash(&b, 3));
  prints(" equal ");
  printint(strequal(&a, &b));
  printnl();
  eface x = {&tString, box(&tString, a)}, y = {&tString, box(&tString, b)}, nil = {nullptr, nullptr};
  eface s1 = {&tBlanky.typ, box(&tBlanky.typ, blanky{1, 2, S("s")})};
  eface s2 = {&tBlanky.typ, box(&tBlanky.typ, blanky{1, 3, S("s")})};
  eface s3 = {&tBlanky.typ, box(&tBlanky.typ, blanky{1, 3, S("t")})};
  // CHECK-NEXT: nilinterhash: boxes 1 nil 1 blank field 1 other field 0
  prints("nilinterhash: boxes ");
  printint(nilinterhash(&x, 5) == nilinterhash(&y, 5));
  prints(" nil ");
  printint(nilinterhash(&nil, 5) == 5);
  prints(" blank field ");
  printint(nilinterhash(&s1, 5) == nilinterhash(&s2, 5));
  prints(" other field ");
  printint(nilinterhash(&s1, 5) == nilinterhash(&s3, 5));
  printnl();
  printunlock();
}

void main_main() {
  if (argv[1] && strcmp(argv[1], "seed") == 0) {
    // The same input and seed in another process hash differently.
    String s = S("same input");
    printhex(strhash(&s, 0));
    printnl();
    return;
  }
  memhashes();
  spread();
  floats();
  strings();
}
