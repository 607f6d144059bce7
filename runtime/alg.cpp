//===- runtime/alg.cpp - hashing and equality of values -------------------===//
//
// The algorithms maps and interface comparisons run on values: hash
// functions (a maptype's hasher, and the hashes of the values interfaces
// hold) and equality functions (_type.equal, efaceeq, ifaceeq).
//
// Hashing. All hashes are seeded twice: with a per-process random key
// (hashkey, read from the kernel when the process starts), so that the
// layout of every map differs from run to run as in Go and nobody can
// precompute colliding keys, and with the per-call seed h (each map's own
// random hash0). memhash is wyhash's construction (Wang Yi's, public
// domain): fold 16 input bytes at a time through a 64x64->128-bit multiply
// whose halves are xored together (mum), three lanes in parallel for long
// inputs; a 2-16 byte input is read as two possibly overlapping words. It
// costs a few nanoseconds for the short keys maps mostly have. Go's
// fallback hash (hash64.go) has the same shape; gc uses AES rounds where
// the CPU has them.
//
// The hashes of non-memory types follow Go's rules: +0 and -0 hash alike
// and a NaN hashes randomly (NaN != NaN, so it can never be found again
// anyway), a string hashes its bytes, an interface hashes its dynamic
// value with typehash, which walks arrays and structs field by field
// (skipping blank fields) and panics for a type without equality:
// `runtime error: hash of unhashable type []int`.
//
// Equality. The compiler emits `type..eq.T` for composite types and points
// _type.equal at the functions here for the others. Interface values are
// equal when their dynamic types are and the values are; comparing two
// values of a type without equality panics with `runtime error: comparing
// uncomparable type T`. golc's itabs are not unique (compiled code has
// static ones, getitab builds others), so interface equality compares the
// dynamic types tab->_type, never the tab pointers.
//
//===----------------------------------------------------------------------===//

#include "runtime.h"

#include <string.h>
#include <sys/auxv.h>
#include <sys/random.h>

// The per-process hash key. Odd words: a multiplier must not lose bits.
static uint64_t hashkey[4];

// wyhash's constants, mixed into the random key so that a short or failed
// read of randomness still leaves a usable key.
static const uint64_t wyp[4] = {0xa0761d6478bd642full, 0xe7037ed1a0b428dbull, 0x8ebc6af09c88c6e3ull,
                                0x589965cc75374cc3ull};

// Go's alginit: fills hashkey. A constructor, so it runs before rt0_go and
// before any map exists.
__attribute__((constructor)) static void alginit() {
  uint64_t r[4] = {0, 0, 0, 0};
  if (getrandom(r, sizeof r, 0) != (ssize_t)sizeof r) {
    // The kernel's 16 random bytes given to every process, and the clock.
    const uint64_t *at = (const uint64_t *)getauxval(AT_RANDOM);
    if (at) {
      r[0] ^= at[0];
      r[1] ^= at[1];
    }
    r[2] ^= (uint64_t)nanotime();
  }
  for (int i = 0; i < 4; i++)
    hashkey[i] = (r[i] ^ wyp[i]) | 1;
}

// The 128-bit product of a and b, folded to 64 bits.
static inline uint64_t mum(uint64_t a, uint64_t b) {
  __uint128_t r = (__uint128_t)a * b;
  return (uint64_t)r ^ (uint64_t)(r >> 64);
}

static inline uint64_t r8(const uint8_t *p) {
  uint64_t v;
  memcpy(&v, p, 8);
  return v;
}

static inline uint64_t r4(const uint8_t *p) {
  uint32_t v;
  memcpy(&v, p, 4);
  return v;
}

uintptr_t memhash(const void *p, uintptr_t seed, uintptr_t s) {
  const uint8_t *b = (const uint8_t *)p;
  uint64_t a, c;
  seed ^= hashkey[0];
  if (s <= 16) {
    if (s >= 4) {
      // Two words of the first and last 4 or 8 bytes, overlapping when
      // s < 16: together they cover every byte.
      uintptr_t q = (s >> 3) << 2; // 0 for s < 8, else 4
      a = r4(b) << 32 | r4(b + q);
      c = r4(b + s - 4) << 32 | r4(b + s - 4 - q);
    } else if (s > 0) {
      a = (uint64_t)b[0] << 16 | (uint64_t)b[s >> 1] << 8 | b[s - 1];
      c = 0;
    } else {
      a = c = 0;
    }
  } else {
    uintptr_t l = s;
    if (l > 48) {
      uint64_t seed1 = seed, seed2 = seed;
      do {
        seed = mum(r8(b) ^ hashkey[1], r8(b + 8) ^ seed);
        seed1 = mum(r8(b + 16) ^ hashkey[2], r8(b + 24) ^ seed1);
        seed2 = mum(r8(b + 32) ^ hashkey[3], r8(b + 40) ^ seed2);
        b += 48;
        l -= 48;
      } while (l > 48);
      seed ^= seed1 ^ seed2;
    }
    for (; l > 16; l -= 16, b += 16)
      seed = mum(r8(b) ^ hashkey[1], r8(b + 8) ^ seed);
    a = r8(b + l - 16);
    c = r8(b + l - 8);
  }
  return mum(hashkey[1] ^ s, mum(a ^ hashkey[1], c ^ seed));
}

uintptr_t memhash32(const void *p, uintptr_t seed) {
  uint64_t a = r4((const uint8_t *)p);
  return mum(hashkey[1] ^ 4, mum(a << 32 ^ a ^ hashkey[1], a ^ seed ^ hashkey[0]));
}

uintptr_t memhash64(const void *p, uintptr_t seed) {
  uint64_t a = r8((const uint8_t *)p);
  return mum(hashkey[1] ^ 8, mum(a ^ hashkey[1], (a >> 32 | a << 32) ^ seed ^ hashkey[0]));
}

uintptr_t memhash0(const void *p, uintptr_t seed) { return seed; }
uintptr_t memhash8(const void *p, uintptr_t seed) { return memhash(p, seed, 1); }
uintptr_t memhash16(const void *p, uintptr_t seed) { return memhash(p, seed, 2); }
uintptr_t memhash128(const void *p, uintptr_t seed) { return memhash(p, seed, 16); }

uintptr_t strhash(const void *p, uintptr_t seed) {
  const String *s = (const String *)p;
  return memhash(s->str, seed, (uintptr_t)s->len);
}

// What +0, -0 and NaN hash to: any fixed mixing of the seed for the zeros,
// a fresh random number each time for NaN.
static inline uintptr_t zerohash(uintptr_t seed) { return mum(seed ^ hashkey[2], hashkey[3]); }
static inline uintptr_t nanhash(uintptr_t seed) { return mum(seed ^ hashkey[2] ^ fastrand(), hashkey[3]); }

uintptr_t f32hash(const void *p, uintptr_t seed) {
  float f = *(const float *)p;
  if (f == 0)
    return zerohash(seed);
  if (f != f)
    return nanhash(seed);
  return memhash(p, seed, 4);
}

uintptr_t f64hash(const void *p, uintptr_t seed) {
  double f = *(const double *)p;
  if (f == 0)
    return zerohash(seed);
  if (f != f)
    return nanhash(seed);
  return memhash(p, seed, 8);
}

uintptr_t c64hash(const void *p, uintptr_t seed) {
  const float *x = (const float *)p;
  return f32hash(&x[1], f32hash(&x[0], seed));
}

uintptr_t c128hash(const void *p, uintptr_t seed) {
  const double *x = (const double *)p;
  return f64hash(&x[1], f64hash(&x[0], seed));
}

// A NUL-terminated copy of a + b, for the messages of runtimeError.
static const char *cstring2(const char *a, String b) {
  size_t n = strlen(a);
  char *s = (char *)mallocgc(n + (size_t)b.len + 1, nullptr, false);
  memcpy(s, a, n);
  memcpy(s + n, b.str, (size_t)b.len);
  s[n + (size_t)b.len] = 0;
  return s;
}

static NORETURN void panicunhashable(_type *t) {
  gopanic(runtimeError(cstring2("hash of unhashable type ", t->str)));
}

static NORETURN void panicuncomparable(_type *t) {
  gopanic(runtimeError(cstring2("comparing uncomparable type ", t->str)));
}

uintptr_t typehash(_type *t, const void *p, uintptr_t h) {
  if (t->tflag & tflagRegularMemory) {
    switch (t->size) {
    case 4: return memhash32(p, h);
    case 8: return memhash64(p, h);
    default: return memhash(p, h, t->size);
    }
  }
  switch (t->kind & kindMask) {
  case kindBool:
  case kindInt:
  case kindInt8:
  case kindInt16:
  case kindInt32:
  case kindInt64:
  case kindUint:
  case kindUint8:
  case kindUint16:
  case kindUint32:
  case kindUint64:
  case kindUintptr:
  case kindPointer:
  case kindChan:
  case kindUnsafePointer:
    return memhash(p, h, t->size);
  case kindFloat32: return f32hash(p, h);
  case kindFloat64: return f64hash(p, h);
  case kindComplex64: return c64hash(p, h);
  case kindComplex128: return c128hash(p, h);
  case kindString: return strhash(p, h);
  case kindInterface:
    if (((interfacetype *)t)->methods.len == 0)
      return nilinterhash(p, h);
    return interhash(p, h);
  case kindArray: {
    arraytype *a = (arraytype *)t;
    for (uintptr_t i = 0; i < a->len; i++)
      h = typehash(a->elem, (const uint8_t *)p + i * a->elem->size, h);
    return h;
  }
  case kindStruct: {
    structtype *s = (structtype *)t;
    structfield *fields = (structfield *)s->fields.array;
    for (intgo i = 0; i < s->fields.len; i++) {
      structfield *f = &fields[i];
      if (f->name.len == 1 && f->name.str[0] == '_')
        continue;
      h = typehash(f->typ, (const uint8_t *)p + f->offset, h);
    }
    return h;
  }
  }
  panicunhashable(t);
}

// The hash of a dynamic value: the types of equal interface values are the
// same, so the value alone decides.
static uintptr_t hashdynamic(_type *t, const void *data, uintptr_t h) {
  if (!t->equal)
    panicunhashable(t);
  return typehash(t, data, h ^ hashkey[3]);
}

uintptr_t interhash(const void *p, uintptr_t h) {
  const iface *a = (const iface *)p;
  if (!a->tab)
    return h;
  return hashdynamic(a->tab->_type, a->data, h);
}

uintptr_t nilinterhash(const void *p, uintptr_t h) {
  const eface *a = (const eface *)p;
  if (!a->_type)
    return h;
  return hashdynamic(a->_type, a->data, h);
}

//===----------------------------------------------------------------------===//
// Equality
//===----------------------------------------------------------------------===//

bool memequal(const void *a, const void *b, uintptr_t size) {
  return a == b || memcmp(a, b, size) == 0;
}
bool memequal0(const void *a, const void *b) { return true; }
bool memequal8(const void *a, const void *b) { return *(const uint8_t *)a == *(const uint8_t *)b; }
bool memequal16(const void *a, const void *b) { return *(const uint16_t *)a == *(const uint16_t *)b; }
bool memequal32(const void *a, const void *b) { return *(const uint32_t *)a == *(const uint32_t *)b; }
bool memequal64(const void *a, const void *b) { return *(const uint64_t *)a == *(const uint64_t *)b; }
bool memequal128(const void *a, const void *b) {
  const uint64_t *x = (const uint64_t *)a, *y = (const uint64_t *)b;
  return x[0] == y[0] && x[1] == y[1];
}
bool f32equal(const void *a, const void *b) { return *(const float *)a == *(const float *)b; }
bool f64equal(const void *a, const void *b) { return *(const double *)a == *(const double *)b; }
bool c64equal(const void *a, const void *b) {
  const float *x = (const float *)a, *y = (const float *)b;
  return x[0] == y[0] && x[1] == y[1];
}
bool c128equal(const void *a, const void *b) {
  const double *x = (const double *)a, *y = (const double *)b;
  return x[0] == y[0] && x[1] == y[1];
}
bool strequal(const void *a, const void *b) { return eqstring(*(const String *)a, *(const String *)b); }

bool efaceeq(_type *t, const void *x, const void *y) {
  if (!t)
    return true;
  equalfunc eq = (equalfunc)t->equal;
  if (!eq)
    panicuncomparable(t);
  return eq(x, y);
}

bool ifaceeq(_type *t, const void *x, const void *y) { return efaceeq(t, x, y); }

bool nilinterequal(const void *a, const void *b) {
  const eface *x = (const eface *)a, *y = (const eface *)b;
  return x->_type == y->_type && efaceeq(x->_type, x->data, y->data);
}

bool interequal(const void *a, const void *b) {
  const iface *x = (const iface *)a, *y = (const iface *)b;
  _type *tx = x->tab ? x->tab->_type : nullptr;
  _type *ty = y->tab ? y->tab->_type : nullptr;
  return tx == ty && efaceeq(tx, x->data, y->data);
}
