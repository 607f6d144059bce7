// Conversions between strings and byte or rune slices: each copies;
// []byte(s) gets gc's rounded-up capacity with the slack cleared; a
// one-byte string(b) needs no allocation; invalid runes become U+FFFD in
// string(rs), and invalid UTF-8 decodes as U+FFFD per byte in []rune(s).
// RUN: %clang -std=c++17 -fno-exceptions -fno-rtti -O1 %runtime_cflags %s %runtime_link -o %t
// RUN: %t 2>&1 | FileCheck %s --match-full-lines
#include "Inputs/datatest.h"

#include <string.h>

static void show(const char *what, String s) {
  printlock();
  prints(what);
  prints(" [");
  printstring(s);
  prints("] len ");
  printint(s.len);
  printnl();
  printunlock();
}

void main_main() {
  uint8_t buf[] = {'h', 'e', 'l', 'l', 'o'};
  String s = slicebytetostring(buf, 5);
  buf[0] = 'j';
  // CHECK: bytes to string [hello] len 5
  show("bytes to string", s);
  String one1 = slicebytetostring(buf + 1, 1), one2 = slicebytetostring(buf + 3, 1);
  // CHECK-NEXT: one byte [e] len 1
  show("one byte", one1);
  // CHECK-NEXT: one byte shared 0 static 1
  printlock();
  prints("one byte shared ");
  printint(one1.str == buf + 1);
  prints(" static ");
  printint(one2.str == slicebytetostring((const uint8_t *)"l", 1).str);
  printnl();
  printunlock();
  // CHECK-NEXT: empty [] len 0
  show("empty", slicebytetostring(buf, 0));

  const char *lits[] = {"hello", "", "0123456789abcdefX"};
  for (const char *lit : lits) {
    SliceGrow b = stringtoslicebyte(S(lit));
    size_t n = strlen(lit);
    bool same = memcmp(b.array, lit, n) == 0, cleared = true;
    for (intgo i = (intgo)n; i < b.cap; i++)
      cleared &= ((uint8_t *)b.array)[i] == 0;
    // CHECK-NEXT: []byte("hello"): cap 8 copied 1 cleared 1 nil 0
    // CHECK-NEXT: []byte(""): cap 0 copied 1 cleared 1 nil 0
    // CHECK-NEXT: []byte("0123456789abcdefX"): cap 24 copied 1 cleared 1 nil 0
    printlock();
    prints("[]byte(\"");
    prints(lit);
    prints("\"): cap ");
    printint(b.cap);
    prints(" copied ");
    printint(same && b.array != (void *)lit);
    prints(" cleared ");
    printint(cleared);
    prints(" nil ");
    printint(b.array == nullptr);
    printnl();
    printunlock();
  }

  int32_t runes[] = {'H', -1, 0xD800, 0x110000, 0x4E16, 0xE9};
  // CHECK-NEXT: runes to string [H���世é] len 15
  show("runes to string", slicerunetostring(runes, 6));

  SliceGrow r = stringtoslicerune(S("a\xff\xc3\xa9世\xe4\xb8"));
  // CHECK-NEXT: []rune: n 6: 0x61 0xfffd 0xe9 0x4e16 0xfffd 0xfffd
  printlock();
  prints("[]rune: n ");
  printint(r.cap);
  prints(":");
  for (intgo i = 0; i < r.cap; i++) {
    prints(" ");
    printhex((uint32_t)((int32_t *)r.array)[i]);
  }
  printnl();
  printunlock();
}
