//===- runtime/string.cpp - string operations -----------------------------===//
//
// What compiled code cannot do inline with strings: concatenation (a new
// GC_MALLOC_ATOMIC buffer: string bytes hold no pointers), three-way and
// equality comparison, and string(rune). A Go string is immutable, so a
// concatenation with only one non-empty operand returns that operand.
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
