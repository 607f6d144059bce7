//===- runtime/string.cpp - string operations -----------------------------===//
//
// What compiled code cannot do inline with strings: concatenation (a new
// GC_MALLOC_ATOMIC buffer: string bytes hold no pointers), three-way and
// equality comparison, string(rune), and the conversions between strings
// and []byte or []rune. A Go string is immutable, so a concatenation with
// only one non-empty operand returns that operand, and every conversion
// copies. A one-byte string(b) points into a static table instead of
// allocating, as in gc; []byte(s) gets the capacity gc's allocator would
// give it (roundupsize, slice.cpp).
//
//===----------------------------------------------------------------------===//

#include "runtime.h"

#include <string.h>

// A new string of size bytes, to be filled in before anyone sees it.
static uint8_t *rawstring(intgo size) { return (uint8_t *)mallocgc((uintptr_t)size, nullptr, false); }

String concatstrings(String *parts, intgo n) {
  intgo l = 0;
  intgo count = 0;
  intgo idx = 0;
  for (intgo i = 0; i < n; i++) {
    intgo len = parts[i].len;
    if (len == 0)
      continue;
    if (l + len < l)
      throw_("string concatenation too long");
    l += len;
    count++;
    idx = i;
  }
  if (count == 0)
    return String{nullptr, 0};
  if (count == 1)
    return parts[idx];
  uint8_t *s = rawstring(l);
  uint8_t *p = s;
  for (intgo i = 0; i < n; i++) {
    if (parts[i].len == 0)
      continue;
    memcpy(p, parts[i].str, (size_t)parts[i].len);
    p += parts[i].len;
  }
  return String{s, l};
}

String concatstring2(String a, String b) {
  String parts[] = {a, b};
  return concatstrings(parts, 2);
}

String concatstring3(String a, String b, String c) {
  String parts[] = {a, b, c};
  return concatstrings(parts, 3);
}

intgo cmpstring(String a, String b) {
  intgo l = a.len < b.len ? a.len : b.len;
  if (l > 0 && a.str != b.str) {
    int c = memcmp(a.str, b.str, (size_t)l);
    if (c != 0)
      return c < 0 ? -1 : +1;
  }
  if (a.len < b.len)
    return -1;
  if (a.len > b.len)
    return +1;
  return 0;
}

bool eqstring(String a, String b) {
  return a.len == b.len && (a.str == b.str || memcmp(a.str, b.str, (size_t)a.len) == 0);
}

// string(rune(v)) for an integer v: its UTF-8 encoding, or that of U+FFFD
// if v is not a valid code point.
String intstring(int64_t v) {
  uint8_t buf[4];
  int32_t r = (int64_t)(int32_t)v == v ? (int32_t)v : 0xFFFD;
  intgo n = encoderune(buf, r);
  uint8_t *s = rawstring(n);
  memcpy(s, buf, (size_t)n);
  return String{s, n};
}

String gostringnocopy(const char *s) { return String{(const uint8_t *)s, (intgo)strlen(s)}; }

// Every byte value, for one-byte strings (gc's staticuint64s).
static const uint8_t staticbytes[256] = {
#define B4(i) i, i + 1, i + 2, i + 3
#define B16(i) B4(i), B4(i + 4), B4(i + 8), B4(i + 12)
#define B64(i) B16(i), B16(i + 16), B16(i + 32), B16(i + 48)
    B64(0), B64(64), B64(128), B64(192)
#undef B64
#undef B16
#undef B4
};

String slicebytetostring(const uint8_t *ptr, intgo n) {
  if (n == 0)
    return String{nullptr, 0};
  if (n == 1)
    return String{&staticbytes[ptr[0]], 1};
  uint8_t *s = rawstring(n);
  memcpy(s, ptr, (size_t)n);
  return String{s, n};
}

SliceGrow stringtoslicebyte(String s) {
  uintptr_t cap = roundupsize((uintptr_t)s.len);
  uint8_t *p = (uint8_t *)mallocgc(cap, nullptr, false);
  memcpy(p, s.str, (size_t)s.len);
  memset(p + s.len, 0, cap - (uintptr_t)s.len);
  return SliceGrow{p, (intgo)cap};
}

String slicerunetostring(const int32_t *a, intgo n) {
  uint8_t buf[4];
  intgo size = 0;
  for (intgo i = 0; i < n; i++)
    size += encoderune(buf, a[i]);
  uint8_t *s = rawstring(size);
  intgo k = 0;
  for (intgo i = 0; i < n; i++)
    k += encoderune(s + k, a[i]);
  return String{s, size};
}

SliceGrow stringtoslicerune(String s) {
  intgo n = 0;
  for (intgo k = 0; k < s.len; n++)
    k = s.str[k] < 0x80 ? k + 1 : decoderune(s, k).pos;
  int32_t *a = (int32_t *)mallocgc((uintptr_t)n * 4, nullptr, false);
  intgo i = 0;
  for (intgo k = 0; k < s.len; i++) {
    if (s.str[k] < 0x80) {
      a[i] = s.str[k++];
    } else {
      decoderuneResult d = decoderune(s, k);
      a[i] = d.r;
      k = d.pos;
    }
  }
  return SliceGrow{a, n};
}
