//===- runtime/map.cpp - Go's maps ----------------------------------------===//
//
// A map is a hash table of 2^B buckets, Go's design (runtime/map.go). Each
// bucket holds 8 entries: 8 tophash bytes (the top byte of each entry's
// hash, or a marker of why the slot is empty), then the 8 keys, then the 8
// elements (keys together and elements together, so map[int64]int8 needs
// no padding), then a pointer to an overflow bucket, where entries go once
// the bucket is full:
//
//   | tophash[8] | key[8] | elem[8] | overflow |      bucketsize bytes
//
// The low B bits of a key's hash choose its bucket; the top byte, compared
// first, spares most key comparisons. Keys and elements bigger than 128
// bytes are stored indirectly, the slot holding a pointer to them.
//
// When the table holds 6.5 entries per bucket on average, or has about as
// many overflow buckets as buckets (after many deletions), it grows: a new
// array of twice as many buckets (or as many, to compact), into which the
// old buckets are moved ("evacuated") incrementally, at most two per
// insertion or deletion, so no single operation pays for the whole table.
// While growing, a lookup looks at the old bucket first unless it has
// been evacuated. An old bucket's entries split between two new buckets, X
// (same index) and Y (index + old size), by the hash bit the new B adds.
//
// Why this design and not a Swiss table: the spec lets a `range` loop see
// the map change under it (entries deleted before they are reached are not
// produced, entries are produced at most once, added ones may or may not
// be), and Go's layout gives that for free with incremental growth: an
// iterator walks the bucket array it started with and, for buckets not yet
// evacuated, the old bucket, filtering the entries that belong to its new
// bucket. Open addressing with tombstones would need a snapshot or a
// rehash-proof order to do the same. Lookups stay cheap: one tophash byte
// per probe, a bucket of 8 is one or two cache lines for small keys.
//
// Memory comes from the Boehm collector. A map whose keys and elements have
// no pointers gets bucket arrays the collector does not scan (mallocgc with
// no type), as gc does; their overflow pointers are then invisible to the
// collector, so every overflow bucket is also recorded in h->extra->overflow
// (scanned memory), and an iterator keeps those lists alive while it runs.
//
// Iteration order is random as in gc: each `range` starts at a random
// bucket and at a random slot within every bucket. Keys are hashed with the
// map's random seed hash0 (alg.cpp).
//
// Besides the generic entry points that take keys by address and call the
// maptype's hasher and equality, mapaccess1/2 and mapassign have variants
// for 8-byte memory keys (_fast64: ints, pointers) and string keys
// (_faststr) that take the key by value and compare inline. The three share
// one template: what differs is a small key policy (genericKey, fast64Key,
// faststrKey).
//
// A map is not safe for concurrent use: a write sets hashWriting, and an
// access that sees it dies with gc's `fatal error: concurrent map writes`
// (or `... read and map write`), a best-effort check as in gc.
//
//===----------------------------------------------------------------------===//

#include "runtime.h"

#include <string.h>

enum : uintptr_t {
  bucketCntBits = 3,
  bucketCnt = 1 << bucketCntBits, // entries per bucket
  // Grow when count > loadFactorNum/loadFactorDen per bucket on average.
  loadFactorNum = 13,
  loadFactorDen = 2,
  dataOffset = 8, // where the keys start in a bucket: after tophash
};

// tophash values that mark a slot, not a hash (real ones are >= minTopHash).
enum : uint8_t {
  emptyRest = 0,      // empty, and so is every later slot and overflow bucket
  emptyOne = 1,       // empty
  evacuatedX = 2,     // entry moved to the first half of the new array
  evacuatedY = 3,     // entry moved to the second half
  evacuatedEmpty = 4, // empty, and the bucket has been evacuated
  minTopHash = 5,
};

// hmap.flags.
enum : uint8_t {
  iterator = 1,     // there may be an iterator using buckets
  oldIterator = 2,  // there may be an iterator using oldbuckets
  hashWriting = 4,  // a goroutine is writing to the map
  sameSizeGrow = 8, // the current growth is to a table of the same size
};

// mapiternext's checkBucket when no filtering is needed.
static const uintptr_t noCheck = (uintptr_t)1 << 63;

// A bucket: tophash, then keys, elements and the overflow pointer at
// offsets that depend on the maptype.
struct bmap {
  uint8_t tophash[bucketCnt];
};

// A growable list of buckets in scanned memory (Go's []*bmap).
struct bmaplist {
  bmap **array;
  intgo len;
  intgo cap;
};

// What only some maps need.
struct mapextra {
  // For maps whose buckets are not scanned: every overflow bucket of
  // buckets and of oldbuckets, to keep them alive.
  bmaplist *overflow;
  bmaplist *oldoverflow;
  // The next free overflow bucket preallocated with the bucket array.
  bmap *nextOverflow;
};

// What mapaccess1 returns for a missing key: zeroVal, or for elements
// bigger than it, the biggest zero block any map has needed so far.
enum : uintptr_t { maxZero = 1024 };
alignas(16) static const uint8_t zeroVal[maxZero] = {};
static void *bigZero;
static uintptr_t bigZeroSize;

static void *zeroFor(maptype *t) {
  uintptr_t size = t->elem->size;
  if (size <= maxZero)
    return (void *)zeroVal;
  if (size <= __atomic_load_n(&bigZeroSize, __ATOMIC_ACQUIRE))
    return __atomic_load_n(&bigZero, __ATOMIC_ACQUIRE);
  // Racing goroutines may each allocate one; any of them will do, and the
  // pointer is published before the size that says it is big enough.
  void *z = mallocgc(size, nullptr, true);
  __atomic_store_n(&bigZero, z, __ATOMIC_RELEASE);
  __atomic_store_n(&bigZeroSize, size, __ATOMIC_RELEASE);
  return z;
}

//===----------------------------------------------------------------------===//
// Bucket geometry
//===----------------------------------------------------------------------===//

static inline bool isEmpty(uint8_t x) { return x <= emptyOne; }
static inline uintptr_t bucketShift(uint8_t b) { return (uintptr_t)1 << (b & 63); }
static inline uintptr_t bucketMask(uint8_t b) { return bucketShift(b) - 1; }

// The tophash of a hash: its top byte, moved clear of the markers.
static inline uint8_t tophash(uintptr_t hash) {
  uint8_t top = (uint8_t)(hash >> 56);
  if (top < minTopHash)
    top += minTopHash;
  return top;
}

static inline bool evacuated(bmap *b) {
  uint8_t h = b->tophash[0];
  return h > emptyOne && h < minTopHash;
}

static inline void *add(void *p, uintptr_t x) { return (uint8_t *)p + x; }

static inline bmap *bucketAt(maptype *t, void *buckets, uintptr_t i) {
  return (bmap *)add(buckets, i * t->bucketsize);
}

static inline bmap *overflowOf(maptype *t, bmap *b) {
  return *(bmap **)add(b, t->bucketsize - sizeof(void *));
}

static inline void setoverflow(maptype *t, bmap *b, bmap *ovf) {
  *(bmap **)add(b, t->bucketsize - sizeof(void *)) = ovf;
}

static inline bool indirectkey(maptype *t) { return t->flags & mapIndirectKey; }
static inline bool indirectelem(maptype *t) { return t->flags & mapIndirectElem; }
static inline bool reflexivekey(maptype *t) { return t->flags & mapReflexiveKey; }
static inline bool needkeyupdate(maptype *t) { return t->flags & mapNeedKeyUpdate; }
static inline bool hashMightPanic(maptype *t) { return t->flags & mapHashMightPanic; }

static inline bool keyequal(maptype *t, const void *a, const void *b) {
  return ((equalfunc)t->key->equal)(a, b);
}

// Whether buckets hold pointers the collector must see.
static inline bool bucketsHavePointers(maptype *t) {
  return (t->flags & (mapIndirectKey | mapIndirectElem)) || t->key->ptrdata || t->elem->ptrdata;
}

// Zeroed memory for buckets, scanned only if they can hold pointers.
static void *newbuckets(maptype *t, uintptr_t size) {
  return bucketsHavePointers(t) ? mallocptrs(size) : mallocgc(size, nullptr, true);
}

static inline bool sameSizeGrowing(hmap *h) { return h->flags & sameSizeGrow; }
static inline bool growing(hmap *h) { return h->oldbuckets != nullptr; }

// The number of buckets before the current growth began.
static inline uintptr_t noldbuckets(hmap *h) {
  uint8_t oldB = h->B;
  if (!sameSizeGrowing(h))
    oldB--;
  return bucketShift(oldB);
}

static inline uintptr_t oldbucketmask(hmap *h) { return noldbuckets(h) - 1; }

// Whether count entries in 2^B buckets exceed the load factor.
static inline bool overLoadFactor(intgo count, uint8_t B) {
  return count > (intgo)bucketCnt && (uintptr_t)count > loadFactorNum * (bucketShift(B) / loadFactorDen);
}

// Whether there are about as many overflow buckets as buckets (counted up
// to 2^15, beyond which noverflow is an estimate).
static inline bool tooManyOverflowBuckets(uint16_t noverflow, uint8_t B) {
  if (B > 15)
    B = 15;
  return noverflow >= (uint16_t)1 << (B & 15);
}

// Counts a new overflow bucket: exactly while there are few buckets, then
// with probability 1/2^(B-15), so that noverflow approximates the count.
static void incrnoverflow(hmap *h) {
  if (h->B < 16) {
    h->noverflow++;
    return;
  }
  uint32_t mask = ((uint32_t)1 << (h->B - 15)) - 1;
  if ((fastrand() & mask) == 0)
    h->noverflow++;
}

static mapextra *createExtra(hmap *h) {
  if (!h->extra)
    h->extra = (mapextra *)mallocptrs(sizeof(mapextra));
  return h->extra;
}

static void bmaplistAppend(bmaplist *l, bmap *b) {
  if (l->len == l->cap) {
    intgo cap = l->cap ? 2 * l->cap : 8;
    bmap **a = (bmap **)mallocptrs((uintptr_t)cap * sizeof(bmap *));
    memcpy(a, l->array, (size_t)l->len * sizeof(bmap *));
    l->array = a;
    l->cap = cap;
  }
  l->array[l->len++] = b;
}

// An overflow bucket for b: a preallocated one if any is left, else a new
// one. Records it for the collector if buckets are not scanned.
static bmap *newoverflow(maptype *t, hmap *h, bmap *b) {
  bmap *ovf;
  if (h->extra && h->extra->nextOverflow) {
    ovf = h->extra->nextOverflow;
    if (!overflowOf(t, ovf)) {
      h->extra->nextOverflow = (bmap *)add(ovf, t->bucketsize);
    } else {
      // The last preallocated bucket: its overflow pointer marked the end.
      setoverflow(t, ovf, nullptr);
      h->extra->nextOverflow = nullptr;
    }
  } else {
    ovf = (bmap *)newbuckets(t, t->bucketsize);
  }
  incrnoverflow(h);
  if (!bucketsHavePointers(t)) {
    mapextra *x = createExtra(h);
    if (!x->overflow)
      x->overflow = (bmaplist *)mallocptrs(sizeof(bmaplist));
    bmaplistAppend(x->overflow, ovf);
  }
  setoverflow(t, b, ovf);
  return ovf;
}

// Allocates (or, if dirtyalloc, clears and reuses) an array of 2^b buckets,
// with 2^(b-4) overflow buckets after them when b >= 4: a table that size
// will likely need some. Returns the array and the first spare bucket.
static void *makeBucketArray(maptype *t, uint8_t b, void *dirtyalloc, bmap **nextOverflow) {
  uintptr_t base = bucketShift(b);
  uintptr_t nbuckets = base;
  if (b >= 4)
    nbuckets += bucketShift(b - 4);
  void *buckets;
  if (!dirtyalloc) {
    buckets = newbuckets(t, nbuckets * t->bucketsize);
  } else {
    buckets = dirtyalloc;
    memset(buckets, 0, nbuckets * t->bucketsize);
  }
  *nextOverflow = nullptr;
  if (base != nbuckets) {
    // The spare buckets have null overflow pointers, but for the last,
    // which points anywhere non-null (the array) to mark the end.
    *nextOverflow = bucketAt(t, buckets, base);
    setoverflow(t, bucketAt(t, buckets, nbuckets - 1), (bmap *)buckets);
  }
  return buckets;
}

//===----------------------------------------------------------------------===//
// Growing
//===----------------------------------------------------------------------===//

static void hashGrow(maptype *t, hmap *h) {
  // Too many entries: double. Else there are too many overflow buckets:
  // move the entries to a new array of the same size, compacting them.
  uint8_t bigger = 1;
  if (!overLoadFactor(h->count + 1, h->B)) {
    bigger = 0;
    h->flags |= sameSizeGrow;
  }
  void *oldbuckets = h->buckets;
  bmap *nextOverflow;
  void *newbuckets = makeBucketArray(t, h->B + bigger, nullptr, &nextOverflow);

  // Iterators of the current buckets now iterate the old ones.
  uint8_t flags = h->flags & ~(iterator | oldIterator);
  if (h->flags & iterator)
    flags |= oldIterator;
  h->B += bigger;
  h->flags = flags;
  h->oldbuckets = oldbuckets;
  h->buckets = newbuckets;
  h->nevacuate = 0;
  h->noverflow = 0;

  if (h->extra && h->extra->overflow) {
    if (h->extra->oldoverflow)
      throw_("oldoverflow is not nil");
    h->extra->oldoverflow = h->extra->overflow;
    h->extra->overflow = nullptr;
  }
  if (nextOverflow)
    createExtra(h)->nextOverflow = nextOverflow;
  // The entries move in growWork and evacuate.
}

static bool bucketEvacuated(maptype *t, hmap *h, uintptr_t bucket) {
  return evacuated(bucketAt(t, h->oldbuckets, bucket));
}

// Moves nevacuate past the evacuated old buckets; when all are, the growth
// is over.
static void advanceEvacuationMark(hmap *h, maptype *t, uintptr_t newbit) {
  h->nevacuate++;
  // Look at most 1024 buckets ahead, to keep the operation O(1).
  uintptr_t stop = h->nevacuate + 1024;
  if (stop > newbit)
    stop = newbit;
  while (h->nevacuate != stop && bucketEvacuated(t, h, h->nevacuate))
    h->nevacuate++;
  if (h->nevacuate == newbit) {
    h->oldbuckets = nullptr;
    if (h->extra)
      h->extra->oldoverflow = nullptr;
    h->flags &= ~sameSizeGrow;
  }
}

// A destination of evacuation: bucket b, slot i, and the key and element
// slots there.
struct evacDst {
  bmap *b;
  uintptr_t i;
  void *k;
  void *e;
};

// Moves the entries of old bucket oldbucket (and its overflow chain) to
// the new array.
static void evacuate(maptype *t, hmap *h, uintptr_t oldbucket) {
  bmap *b = bucketAt(t, h->oldbuckets, oldbucket);
  uintptr_t newbit = noldbuckets(h);
  uintptr_t ks = t->keysize, es = t->elemsize;
  if (!evacuated(b)) {
    evacDst xy[2];
    xy[0].b = bucketAt(t, h->buckets, oldbucket);
    xy[0].i = 0;
    xy[0].k = add(xy[0].b, dataOffset);
    xy[0].e = add(xy[0].b, dataOffset + bucketCnt * ks);
    if (!sameSizeGrowing(h)) {
      // Only a doubling has a Y half.
      xy[1].b = bucketAt(t, h->buckets, oldbucket + newbit);
      xy[1].i = 0;
      xy[1].k = add(xy[1].b, dataOffset);
      xy[1].e = add(xy[1].b, dataOffset + bucketCnt * ks);
    }
    for (; b; b = overflowOf(t, b)) {
      void *k = add(b, dataOffset);
      void *e = add(k, bucketCnt * ks);
      for (uintptr_t i = 0; i < bucketCnt; i++, k = add(k, ks), e = add(e, es)) {
        uint8_t top = b->tophash[i];
        if (isEmpty(top)) {
          b->tophash[i] = evacuatedEmpty;
          continue;
        }
        if (top < minTopHash)
          throw_("bad map state");
        void *k2 = indirectkey(t) ? *(void **)k : k;
        uint8_t useY = 0;
        if (!sameSizeGrowing(h)) {
          uintptr_t hash = t->hasher(k2, h->hash0);
          if ((h->flags & iterator) && !reflexivekey(t) && !keyequal(t, k2, k2)) {
            // A key != itself (NaN) hashes differently every time, and
            // iterators must know where it went: the low bit of its old
            // tophash decides, and it gets a fresh random tophash.
            useY = top & 1;
            top = tophash(hash);
          } else if (hash & newbit) {
            useY = 1;
          }
        }
        b->tophash[i] = evacuatedX + useY; // evacuatedX + 1 == evacuatedY
        evacDst *dst = &xy[useY];
        if (dst->i == bucketCnt) {
          dst->b = newoverflow(t, h, dst->b);
          dst->i = 0;
          dst->k = add(dst->b, dataOffset);
          dst->e = add(dst->k, bucketCnt * ks);
        }
        // The mask only helps the compiler drop a bounds check.
        dst->b->tophash[dst->i & (bucketCnt - 1)] = top;
        if (indirectkey(t))
          *(void **)dst->k = k2;
        else
          memcpy(dst->k, k, t->key->size);
        if (indirectelem(t))
          *(void **)dst->e = *(void **)e;
        else
          memcpy(dst->e, e, t->elem->size);
        dst->i++;
        dst->k = add(dst->k, ks);
        dst->e = add(dst->e, es);
      }
    }
    // Unless an iterator may still walk it, drop the old bucket's keys and
    // elements so the collector can free what they point to. The tophash
    // bytes stay: they record the evacuation.
    if (!(h->flags & oldIterator) && bucketsHavePointers(t)) {
      bmap *ob = bucketAt(t, h->oldbuckets, oldbucket);
      memset(add(ob, dataOffset), 0, t->bucketsize - dataOffset);
    }
  }
  if (oldbucket == h->nevacuate)
    advanceEvacuationMark(h, t, newbit);
}

// Evacuates the old bucket that bucket is about to be used from, and one
// more, so the growth finishes.
static void growWork(maptype *t, hmap *h, uintptr_t bucket) {
  evacuate(t, h, bucket & oldbucketmask(h));
  if (growing(h))
    evacuate(t, h, h->nevacuate);
}

//===----------------------------------------------------------------------===//
// Key policies: how the generic and the fast entry points see a key
//===----------------------------------------------------------------------===//

// Keys passed by address, hashed and compared through the maptype.
struct genericKey {
  typedef const void *K;
  static uintptr_t keysize(maptype *t) { return t->keysize; }
  static uintptr_t hash(maptype *t, K key, uintptr_t seed) { return t->hasher(key, seed); }
  static bool equal(maptype *t, void *slot, K key) {
    return keyequal(t, key, indirectkey(t) ? *(void **)slot : slot);
  }
  static void store(maptype *t, void *slot, K key) {
    if (indirectkey(t)) {
      void *kmem = newobject(t->key);
      *(void **)slot = kmem;
      slot = kmem;
    }
    memcpy(slot, key, t->key->size);
  }
  static void update(maptype *t, void *slot, K key) {
    if (needkeyupdate(t))
      memcpy(indirectkey(t) ? *(void **)slot : slot, key, t->key->size);
  }
};

// 8-byte keys compared as memory (ints, uints, pointers, channels), whose
// hasher is memhash64.
struct fast64Key {
  typedef uint64_t K;
  static uintptr_t keysize(maptype *) { return 8; }
  static uintptr_t hash(maptype *t, K key, uintptr_t seed) {
    if (__builtin_expect(t->hasher == memhash64, 1))
      return memhash64(&key, seed);
    return t->hasher(&key, seed);
  }
  static bool equal(maptype *, void *slot, K key) { return *(uint64_t *)slot == key; }
  static void store(maptype *, void *slot, K key) { *(uint64_t *)slot = key; }
  static void update(maptype *, void *, K) {}
};

// string keys, whose hasher is strhash.
struct faststrKey {
  typedef String K;
  static uintptr_t keysize(maptype *) { return sizeof(String); }
  static uintptr_t hash(maptype *t, K key, uintptr_t seed) {
    if (__builtin_expect(t->hasher == strhash, 1))
      return memhash(key.str, seed, (uintptr_t)key.len);
    return t->hasher(&key, seed);
  }
  static bool equal(maptype *, void *slot, K key) {
    String *k = (String *)slot;
    return k->len == key.len && (k->str == key.str || memcmp(k->str, key.str, (size_t)key.len) == 0);
  }
  static void store(maptype *, void *slot, K key) { *(String *)slot = key; }
  // Store the new string: the old one's bytes can then be collected.
  static void update(maptype *, void *slot, K key) { *(String *)slot = key; }
};

static inline void *elemAt(maptype *t, bmap *b, uintptr_t ks, uintptr_t i) {
  return add(b, dataOffset + bucketCnt * ks + i * t->elemsize);
}

// The element slot's value: the element itself, or where it is.
static inline void *elemOf(maptype *t, void *e) { return indirectelem(t) ? *(void **)e : e; }

//===----------------------------------------------------------------------===//
// Lookup, insertion, deletion
//===----------------------------------------------------------------------===//

// Finds key: its element and key slots, or null.
template <class P>
static inline void *lookup(maptype *t, hmap *h, typename P::K key, void **kslot) {
  if (h->flags & hashWriting)
    fatal("concurrent map read and map write");
  uintptr_t ks = P::keysize(t);
  uintptr_t hash = P::hash(t, key, h->hash0);
  uintptr_t m = bucketMask(h->B);
  bmap *b = bucketAt(t, h->buckets, hash & m);
  if (void *c = h->oldbuckets) {
    if (!sameSizeGrowing(h))
      m >>= 1; // the old array had half as many buckets
    bmap *oldb = bucketAt(t, c, hash & m);
    if (!evacuated(oldb))
      b = oldb;
  }
  uint8_t top = tophash(hash);
  for (; b; b = overflowOf(t, b)) {
    for (uintptr_t i = 0; i < bucketCnt; i++) {
      if (b->tophash[i] != top) {
        if (b->tophash[i] == emptyRest)
          return nullptr;
        continue;
      }
      void *k = add(b, dataOffset + i * ks);
      if (P::equal(t, k, key)) {
        if (kslot)
          *kslot = k;
        return elemOf(t, elemAt(t, b, ks, i));
      }
    }
  }
  return nullptr;
}

template <class P> static inline void *mapaccess1T(maptype *t, hmap *h, typename P::K key) {
  if (!h || h->count == 0)
    return nullptr;
  return lookup<P>(t, h, key, nullptr);
}

template <class P> static void *mapassignT(maptype *t, hmap *h, typename P::K key) {
  if (!h)
    gopanic(plainError("assignment to entry in nil map"));
  if (h->flags & hashWriting)
    fatal("concurrent map writes");
  uintptr_t ks = P::keysize(t);
  uintptr_t hash = P::hash(t, key, h->hash0);
  // Set hashWriting after the hasher, which may panic: the map is then
  // not being written.
  h->flags ^= hashWriting;
  if (!h->buckets)
    h->buckets = newbuckets(t, t->bucketsize);

  uint8_t top = tophash(hash);
  void *elem;
again:
  uintptr_t bucket = hash & bucketMask(h->B);
  if (growing(h))
    growWork(t, h, bucket);
  bmap *b = bucketAt(t, h->buckets, bucket);
  // The first free slot seen: where a new entry goes.
  bmap *insertb = nullptr;
  uintptr_t inserti = 0;
  for (;;) {
    for (uintptr_t i = 0; i < bucketCnt; i++) {
      if (b->tophash[i] != top) {
        if (isEmpty(b->tophash[i]) && !insertb) {
          insertb = b;
          inserti = i;
        }
        if (b->tophash[i] == emptyRest)
          goto notfound;
        continue;
      }
      void *k = add(b, dataOffset + i * ks);
      if (!P::equal(t, k, key))
        continue;
      // Already there: overwrite the element (and the key, if an equal
      // key can differ: +0 and -0, or a string's bytes).
      P::update(t, k, key);
      elem = elemAt(t, b, ks, i);
      goto done;
    }
    bmap *ovf = overflowOf(t, b);
    if (!ovf)
      break;
    b = ovf;
  }
notfound:
  // Not there. Grow first if this entry would overload the table, and
  // start again: where it goes depends on the new table.
  if (!growing(h) && (overLoadFactor(h->count + 1, h->B) || tooManyOverflowBuckets(h->noverflow, h->B))) {
    hashGrow(t, h);
    goto again;
  }
  if (!insertb) {
    // Every bucket in the chain is full.
    insertb = newoverflow(t, h, b);
    inserti = 0;
  }
  P::store(t, add(insertb, dataOffset + inserti * ks), key);
  elem = elemAt(t, insertb, ks, inserti);
  if (indirectelem(t))
    *(void **)elem = newobject(t->elem);
  insertb->tophash[inserti] = top;
  h->count++;

done:
  if (!(h->flags & hashWriting))
    fatal("concurrent map writes");
  h->flags &= ~hashWriting;
  return elemOf(t, elem);
}

hmap *makemap(maptype *t, intgo hint) {
  uintptr_t mem;
  if (hint < 0 || __builtin_mul_overflow((uintptr_t)hint, (uintptr_t)t->bucketsize, &mem) ||
      mem > ((uintptr_t)1 << 48))
    hint = 0;
  hmap *h = (hmap *)mallocptrs(sizeof(hmap));
  h->hash0 = fastrand();
  // The smallest B that holds hint entries.
  uint8_t B = 0;
  while (overLoadFactor(hint, B))
    B++;
  h->B = B;
  // With B == 0, the one bucket is allocated by the first mapassign.
  if (B != 0) {
    bmap *nextOverflow;
    h->buckets = makeBucketArray(t, B, nullptr, &nextOverflow);
    if (nextOverflow)
      createExtra(h)->nextOverflow = nextOverflow;
  }
  return h;
}

void *mapaccess1(maptype *t, hmap *h, const void *key) {
  if (!h || h->count == 0) {
    // An unhashable key still panics.
    if (hashMightPanic(t))
      t->hasher(key, 0);
    return zeroFor(t);
  }
  void *e = lookup<genericKey>(t, h, key, nullptr);
  return e ? e : zeroFor(t);
}

MapAccess2 mapaccess2(maptype *t, hmap *h, const void *key) {
  if (!h || h->count == 0) {
    if (hashMightPanic(t))
      t->hasher(key, 0);
    return MapAccess2{zeroFor(t), false};
  }
  void *e = lookup<genericKey>(t, h, key, nullptr);
  return e ? MapAccess2{e, true} : MapAccess2{zeroFor(t), false};
}

void *mapaccess1_fast64(maptype *t, hmap *h, uint64_t key) {
  void *e = mapaccess1T<fast64Key>(t, h, key);
  return e ? e : zeroFor(t);
}

MapAccess2 mapaccess2_fast64(maptype *t, hmap *h, uint64_t key) {
  void *e = mapaccess1T<fast64Key>(t, h, key);
  return e ? MapAccess2{e, true} : MapAccess2{zeroFor(t), false};
}

void *mapaccess1_faststr(maptype *t, hmap *h, String key) {
  void *e = mapaccess1T<faststrKey>(t, h, key);
  return e ? e : zeroFor(t);
}

MapAccess2 mapaccess2_faststr(maptype *t, hmap *h, String key) {
  void *e = mapaccess1T<faststrKey>(t, h, key);
  return e ? MapAccess2{e, true} : MapAccess2{zeroFor(t), false};
}

void *mapassign(maptype *t, hmap *h, const void *key) { return mapassignT<genericKey>(t, h, key); }
void *mapassign_fast64(maptype *t, hmap *h, uint64_t key) { return mapassignT<fast64Key>(t, h, key); }
void *mapassign_faststr(maptype *t, hmap *h, String key) { return mapassignT<faststrKey>(t, h, key); }

void mapdelete(maptype *t, hmap *h, const void *key) {
  if (!h || h->count == 0) {
    if (hashMightPanic(t))
      t->hasher(key, 0);
    return;
  }
  if (h->flags & hashWriting)
    fatal("concurrent map writes");
  uintptr_t hash = t->hasher(key, h->hash0);
  h->flags ^= hashWriting;

  uintptr_t bucket = hash & bucketMask(h->B);
  if (growing(h))
    growWork(t, h, bucket);
  bmap *b = bucketAt(t, h->buckets, bucket);
  bmap *bOrig = b;
  uint8_t top = tophash(hash);
  uintptr_t ks = t->keysize;
  for (; b; b = overflowOf(t, b)) {
    for (uintptr_t i = 0; i < bucketCnt; i++) {
      if (b->tophash[i] != top) {
        if (b->tophash[i] == emptyRest)
          goto done;
        continue;
      }
      void *k = add(b, dataOffset + i * ks);
      if (!genericKey::equal(t, k, key))
        continue;
      // Clear the slots, so the collector does not keep what they held.
      if (indirectkey(t))
        *(void **)k = nullptr;
      else if (t->key->ptrdata)
        memset(k, 0, t->key->size);
      void *e = elemAt(t, b, ks, i);
      memset(e, 0, indirectelem(t) ? sizeof(void *) : t->elem->size);
      b->tophash[i] = emptyOne;
      // If the bucket now ends in a run of emptyOne slots, and nothing
      // follows in the chain, turn the run into emptyRest, walking back
      // through the chain, so lookups stop early.
      if (i == bucketCnt - 1) {
        bmap *ovf = overflowOf(t, b);
        if (ovf && ovf->tophash[0] != emptyRest)
          goto notLast;
      } else if (b->tophash[i + 1] != emptyRest) {
        goto notLast;
      }
      for (;;) {
        b->tophash[i] = emptyRest;
        if (i == 0) {
          if (b == bOrig)
            break; // the start of the chain: done
          // Find the bucket before b.
          bmap *c = b;
          for (b = bOrig; overflowOf(t, b) != c; b = overflowOf(t, b)) {
          }
          i = bucketCnt - 1;
        } else {
          i--;
        }
        if (b->tophash[i] != emptyOne)
          break;
      }
    notLast:
      h->count--;
      // An empty map gets a new seed: an attacker who learned something
      // about the old one must start over.
      if (h->count == 0)
        h->hash0 = fastrand();
      goto done;
    }
  }
done:
  if (!(h->flags & hashWriting))
    fatal("concurrent map writes");
  h->flags &= ~hashWriting;
}

void mapclear(maptype *t, hmap *h) {
  if (!h || h->count == 0)
    return;
  if (h->flags & hashWriting)
    fatal("concurrent map writes");
  h->flags ^= hashWriting;
  h->flags &= ~sameSizeGrow;
  h->oldbuckets = nullptr;
  h->nevacuate = 0;
  h->noverflow = 0;
  h->count = 0;
  h->hash0 = fastrand();
  if (h->extra)
    *h->extra = mapextra{};
  // Reuse the bucket array, cleared (an iterator of it then sees no more
  // entries).
  bmap *nextOverflow;
  makeBucketArray(t, h->B, h->buckets, &nextOverflow);
  if (nextOverflow)
    createExtra(h)->nextOverflow = nextOverflow;
  if (!(h->flags & hashWriting))
    fatal("concurrent map writes");
  h->flags &= ~hashWriting;
}

intgo maplen(hmap *h) { return h ? h->count : 0; }

//===----------------------------------------------------------------------===//
// Iteration
//===----------------------------------------------------------------------===//

// The key and element of key now, wherever they are: what an iterator
// returns for an entry that moved since it started. Null key if deleted.
static void *mapaccessK(maptype *t, hmap *h, const void *key, void **elem) {
  if (!h || h->count == 0)
    return nullptr;
  void *k = nullptr;
  void *e = lookup<genericKey>(t, h, key, &k);
  if (!e)
    return nullptr;
  *elem = e;
  return indirectkey(t) ? *(void **)k : k;
}

void mapiterinit(maptype *t, hmap *h, hiter *it) {
  *it = hiter{};
  it->t = t;
  if (!h || h->count == 0)
    return; // key == null: done
  it->h = h;
  // Walk the buckets as they are now; growth is handled in mapiternext.
  it->B = h->B;
  it->buckets = h->buckets;
  if (!bucketsHavePointers(t)) {
    // Keep the overflow buckets alive while we walk them, even if the map
    // grows and drops its lists meanwhile.
    mapextra *x = createExtra(h);
    if (!x->overflow)
      x->overflow = (bmaplist *)mallocptrs(sizeof(bmaplist));
    it->overflow = x->overflow;
    it->oldoverflow = x->oldoverflow;
  }
  // A random start: bucket and slot.
  uintptr_t r = fastrand();
  if (h->B > 31 - bucketCntBits)
    r |= (uintptr_t)fastrand() << 32;
  it->startBucket = r & bucketMask(h->B);
  it->offset = (uint8_t)(r >> h->B & (bucketCnt - 1));
  it->bucket = it->startBucket;
  // Tell growth that an iterator uses the buckets. Other goroutines may
  // be iterating too (concurrent reads are allowed), hence the atomic.
  if ((h->flags & (iterator | oldIterator)) != (iterator | oldIterator))
    __atomic_fetch_or(&h->flags, (uint8_t)(iterator | oldIterator), __ATOMIC_RELAXED);
  mapiternext(it);
}

void mapiternext(hiter *it) {
  hmap *h = it->h;
  if (!h) {
    it->key = nullptr;
    it->elem = nullptr;
    return;
  }
  if (h->flags & hashWriting)
    fatal("concurrent map iteration and map write");
  maptype *t = it->t;
  uintptr_t bucket = it->bucket;
  bmap *b = it->bptr;
  uintptr_t i = it->i;
  uintptr_t checkBucket = it->checkBucket;
  uintptr_t ks = t->keysize;

  for (;;) {
    if (!b) {
      if (bucket == it->startBucket && it->wrapped) {
        it->key = nullptr;
        it->elem = nullptr;
        return;
      }
      if (growing(h) && it->B == h->B) {
        // The iteration started during this growth, which is not done.
        // If this bucket's old bucket has not been evacuated, walk the old
        // one instead, taking only the entries that will move here.
        uintptr_t oldbucket = bucket & oldbucketmask(h);
        b = bucketAt(t, h->oldbuckets, oldbucket);
        if (!evacuated(b)) {
          checkBucket = bucket;
        } else {
          b = bucketAt(t, it->buckets, bucket);
          checkBucket = noCheck;
        }
      } else {
        b = bucketAt(t, it->buckets, bucket);
        checkBucket = noCheck;
      }
      bucket++;
      if (bucket == bucketShift(it->B)) {
        bucket = 0;
        it->wrapped = true;
      }
      i = 0;
    }
    for (; i < bucketCnt; i++) {
      uintptr_t offi = (i + it->offset) & (bucketCnt - 1);
      uint8_t top = b->tophash[offi];
      if (isEmpty(top) || top == evacuatedEmpty)
        continue;
      void *k = add(b, dataOffset + offi * ks);
      if (indirectkey(t))
        k = *(void **)k;
      void *e = elemAt(t, b, ks, offi);
      if (checkBucket != noCheck && !sameSizeGrowing(h)) {
        // Walking an old bucket during a doubling: skip the entries
        // bound for the other half.
        if (reflexivekey(t) || keyequal(t, k, k)) {
          uintptr_t hash = t->hasher(k, h->hash0);
          if ((hash & bucketMask(it->B)) != checkBucket)
            continue;
        } else {
          // k != k (NaN): its hash is random, so evacuate sent it by the
          // low bit of its tophash.
          if (checkBucket >> (it->B - 1) != (uintptr_t)(top & 1))
            continue;
        }
      }
      if ((top != evacuatedX && top != evacuatedY) || !(reflexivekey(t) || keyequal(t, k, k))) {
        // The entry is where we found it (or is a NaN key, which cannot
        // be deleted or updated anyway).
        it->key = k;
        it->elem = elemOf(t, e);
      } else {
        // The map grew since the iteration started and the entry has
        // moved: it may have been updated or deleted since. Look it up.
        void *re;
        void *rk = mapaccessK(t, h, k, &re);
        if (!rk)
          continue; // deleted
        it->key = rk;
        it->elem = re;
      }
      it->bucket = bucket;
      it->bptr = b;
      it->i = (uint8_t)(i + 1);
      it->checkBucket = checkBucket;
      return;
    }
    b = overflowOf(t, b);
    i = 0;
  }
}
