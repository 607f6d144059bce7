//===- runtime/slice.cpp - make and append for slices ---------------------===//
//
// makeslice allocates the backing array of make([]T, len, cap); growslice
// the bigger one append needs when the old one is full. Both allocate
// through mallocgc, so an array of pointer-free elements is memory the
// collector does not scan.
//
// growslice grows as gc 1.19 does, so that cap() after append prints the
// same numbers: double a capacity below 256 elements; from there grow by
// about 1.25x, moving smoothly from doubling to that factor
// (newcap += (newcap + 3*256) / 4); if even that is not enough, take the
// length asked for. Then round the byte size up to the size class gc's
// allocator would hand out (roundupsize), and keep the elements that fit:
// append([]int(nil), 1, 2, 3, 4, 5) has capacity 6, because 40 bytes come
// as a 48-byte object. The class sizes are gc's (sizeclasses.go); Boehm's
// own size classes are finer, so a little of each array is slack, as it is
// in gc.
//
//===----------------------------------------------------------------------===//

#include "runtime.h"

#include <string.h>

// gc's limits on linux/amd64: the largest allocation, the small-object
// limit, and the page size large objects are rounded to.
enum : uintptr_t {
  maxAlloc = (uintptr_t)1 << 48,
  _MaxSmallSize = 32768,
  smallSizeDiv = 8,
  smallSizeMax = 1024,
  largeSizeDiv = 128,
  _PageSize = 8192,
};

// The object sizes of gc's allocator's size classes (class 0 is unused).
static constexpr uint16_t class_to_size[] = {
    0,    8,    16,   24,   32,    48,    64,    80,    96,    112,   128,   144,   160,   176,
    192,  208,  224,  240,  256,   288,   320,   352,   384,   416,   448,   480,   512,   576,
    640,  704,  768,  896,  1024,  1152,  1280,  1408,  1536,  1792,  2048,  2304,  2688,  3072,
    3200, 3456, 4096, 4864, 5376,  6144,  6528,  6784,  6912,  8192,  9472,  9728,  10240, 10880,
    12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};
enum { _NumSizeClasses = sizeof class_to_size / sizeof class_to_size[0] };

// The smallest class whose objects hold size bytes.
static constexpr uint8_t sizeclass(uintptr_t size) {
  uint8_t c = 0;
  while (class_to_size[c] < size)
    c++;
  return c;
}

// gc's two lookup tables from size to class: by 8-byte steps up to 1024
// bytes, by 128-byte steps above. Built at compile time from class_to_size.
struct sizeToClass {
  uint8_t class8[smallSizeMax / smallSizeDiv + 1];
  uint8_t class128[(_MaxSmallSize - smallSizeMax) / largeSizeDiv + 1];
  constexpr sizeToClass() : class8(), class128() {
    for (uintptr_t i = 0; i < sizeof class8; i++)
      class8[i] = sizeclass(i * smallSizeDiv);
    for (uintptr_t i = 0; i < sizeof class128; i++)
      class128[i] = sizeclass(smallSizeMax + i * largeSizeDiv);
  }
};
static constexpr sizeToClass size_to_class = sizeToClass();

static inline uintptr_t divRoundUp(uintptr_t n, uintptr_t a) { return (n + a - 1) / a; }

uintptr_t roundupsize(uintptr_t size) {
  if (size < _MaxSmallSize) {
    if (size <= smallSizeMax - 8)
      return class_to_size[size_to_class.class8[divRoundUp(size, smallSizeDiv)]];
    return class_to_size[size_to_class.class128[divRoundUp(size - smallSizeMax, largeSizeDiv)]];
  }
  if (size + _PageSize < size)
    return size;
  return (size + _PageSize - 1) & ~(uintptr_t)(_PageSize - 1);
}

// a * b, and whether it overflowed.
static inline bool mulOverflows(uintptr_t a, uintptr_t b, uintptr_t *prod) {
  return __builtin_mul_overflow(a, b, prod);
}

static NORETURN void panicmakeslicelen() { gopanic(runtimeError("makeslice: len out of range")); }
static NORETURN void panicmakeslicecap() { gopanic(runtimeError("makeslice: cap out of range")); }

void *makeslice(_type *et, intgo len, intgo cap) {
  uintptr_t mem;
  if (mulOverflows(et->size, (uintptr_t)cap, &mem) || mem > maxAlloc || len < 0 || len > cap) {
    // Which one is wrong? Blame len if it is out of range on its own.
    if (mulOverflows(et->size, (uintptr_t)len, &mem) || mem > maxAlloc || len < 0)
      panicmakeslicelen();
    panicmakeslicecap();
  }
  return mallocgc(mem, et, true);
}

SliceGrow growslice(void *oldArray, intgo newLen, intgo oldCap, intgo num, _type *et) {
  intgo oldLen = newLen - num;
  if (newLen < 0)
    gopanic(runtimeError("growslice: len out of range"));
  if (et->size == 0) {
    // append must not return a nil slice for zero-sized elements.
    return SliceGrow{mallocgc(0, nullptr, false), newLen};
  }

  intgo newcap = oldCap;
  intgo doublecap = newcap + newcap;
  if (newLen > doublecap) {
    newcap = newLen;
  } else {
    const intgo threshold = 256;
    if (oldCap < threshold) {
      newcap = doublecap;
    } else {
      // Check 0 < newcap to detect overflow and prevent an infinite loop.
      while (0 < newcap && newcap < newLen)
        newcap += (newcap + 3 * threshold) / 4;
      if (newcap <= 0)
        newcap = newLen;
    }
  }

  // The byte sizes of the old elements, of the new length and of the new
  // capacity rounded up to a size class. Element sizes that are 1, a
  // pointer or a power of two avoid the division.
  bool overflow;
  uintptr_t lenmem, newlenmem, capmem;
  uintptr_t size = et->size;
  if (size == 1) {
    lenmem = (uintptr_t)oldLen;
    newlenmem = (uintptr_t)newLen;
    capmem = roundupsize((uintptr_t)newcap);
    overflow = (uintptr_t)newcap > maxAlloc;
    newcap = (intgo)capmem;
  } else if (size == sizeof(void *)) {
    lenmem = (uintptr_t)oldLen * 8;
    newlenmem = (uintptr_t)newLen * 8;
    capmem = roundupsize((uintptr_t)newcap * 8);
    overflow = (uintptr_t)newcap > maxAlloc / 8;
    newcap = (intgo)(capmem / 8);
  } else if ((size & (size - 1)) == 0) {
    unsigned shift = (unsigned)__builtin_ctzll(size);
    lenmem = (uintptr_t)oldLen << shift;
    newlenmem = (uintptr_t)newLen << shift;
    capmem = roundupsize((uintptr_t)newcap << shift);
    overflow = (uintptr_t)newcap > (maxAlloc >> shift);
    newcap = (intgo)(capmem >> shift);
  } else {
    lenmem = (uintptr_t)oldLen * size;
    newlenmem = (uintptr_t)newLen * size;
    overflow = mulOverflows(size, (uintptr_t)newcap, &capmem);
    capmem = roundupsize(capmem);
    newcap = (intgo)(capmem / size);
    capmem = (uintptr_t)newcap * size;
  }
  // More than gc's allocator could ever hand out.
  if (overflow || capmem > maxAlloc)
    gopanic(runtimeError("growslice: cap out of range"));

  void *p;
  if (et->ptrdata == 0) {
    p = mallocgc(capmem, nullptr, false);
    // The caller writes [oldLen, newLen); only the tail past it must be
    // cleared, so that reslicing up to cap reads zeros.
    memset((uint8_t *)p + newlenmem, 0, capmem - newlenmem);
  } else {
    p = mallocgc(capmem, et, true);
  }
  if (lenmem)
    memmove(p, oldArray, lenmem);
  return SliceGrow{p, newcap};
}
