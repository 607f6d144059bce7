// The string operations: concatenation (a lone non-empty operand comes back
// as is, without a copy), bytewise three-way comparison, equality,
// string(rune) with U+FFFD for what is not a code point, and decoderune with
// Go's UTF-8 rules (shortest form only, no surrogates, nothing past
// U+10FFFF; an invalid byte decodes as U+FFFD and advances by one).
// RUN: %clang -std=c++17 -fno-exceptions -fno-rtti -O1 %runtime_cflags %s %runtime_link -o %t
// RUN: %t 2>&1 | FileCheck %s --match-full-lines
#include "runtime.h"

static String S(const char *s) { return gostringnocopy(s); }

static void show(const char *what, String s) {
  printlock();
  prints(what);
  prints(" [");
  printstring(s);
  prints("] ");
  printint(s.len);
  printnl();
  printunlock();
}

static void showint(const char *what, int64_t v) {
  printlock();
  prints(what);
  prints(" ");
  printint(v);
  printnl();
  printunlock();
}

// The runes of s as range sees them: index:rune (hex) pairs.
static void runes(const char *what, String s) {
  printlock();
  prints(what);
  for (intgo k = 0; k < s.len;) {
    decoderuneResult d = decoderune(s, k);
    prints(" ");
    printint(k);
    prints(":");
    printhex((uint32_t)d.r);
    k = d.pos;
  }
  printnl();
  printunlock();
}

void main_init() __asm__("main.init");
void main_init() {}

void main_main() __asm__("main.main");
void main_main() {
  // CHECK: concat2 [foobar] 6
  show("concat2", concatstring2(S("foo"), S("bar")));
  // CHECK-NEXT: concat3 [a-é] 4
  show("concat3", concatstring3(S("a"), S("-"), S("é")));
  String parts[] = {S(""), S("x"), S(""), S("yz"), S("")};
  // CHECK-NEXT: concatstrings [xyz] 3
  show("concatstrings", concatstrings(parts, 5));
  String lone = S("only");
  String got = concatstring3(S(""), lone, S(""));
  // CHECK-NEXT: lone operand not copied 1
  showint("lone operand not copied", got.str == lone.str);
  // CHECK-NEXT: all empty [] 0
  show("all empty", concatstring2(S(""), S("")));

  // CHECK-NEXT: cmp -1 1 0 -1 1 -1
  printlock();
  prints("cmp");
  const char *pairs[][2] = {{"a", "b"}, {"b", "a"}, {"ab", "ab"}, {"ab", "abc"}, {"\xff", "a"}, {"", "a"}};
  for (auto &pr : pairs) {
    prints(" ");
    printint(cmpstring(S(pr[0]), S(pr[1])));
  }
  printnl();
  printunlock();
  // CHECK-NEXT: eq 1 0 0 1
  printlock();
  prints("eq ");
  printint(eqstring(S("go"), S("go")));
  prints(" ");
  printint(eqstring(S("go"), S("gO")));
  prints(" ");
  printint(eqstring(S("go"), S("gopher")));
  prints(" ");
  printint(eqstring(S(""), String{nullptr, 0}));
  printnl();
  printunlock();

  // CHECK-NEXT: intstring A [A] 1
  show("intstring A", intstring('A'));
  // CHECK-NEXT: intstring U+4E16 [世] 3
  show("intstring U+4E16", intstring(0x4E16));
  // CHECK-NEXT: intstring U+1F600 [😀] 4
  show("intstring U+1F600", intstring(0x1F600));
  // CHECK-NEXT: intstring surrogate [�] 3
  show("intstring surrogate", intstring(0xD800));
  // CHECK-NEXT: intstring -1 [�] 3
  show("intstring -1", intstring(-1));
  // CHECK-NEXT: intstring 2^32+65 [�] 3
  show("intstring 2^32+65", intstring((1ll << 32) + 65));

  // CHECK-NEXT: valid 0:0x61 1:0xe9 3:0x4e16 6:0x1f600 10:0x10ffff
  runes("valid", S("a\xc3\xa9\xe4\xb8\x96\xf0\x9f\x98\x80\xf4\x8f\xbf\xbf"));
  // Overlong NUL, a surrogate, past U+10FFFF, a truncated sequence, a
  // stray continuation byte: each bad byte is one U+FFFD.
  // (gc's range over this string gives the same indices and runes.)
  // CHECK-NEXT: invalid 0:0xfffd 1:0xfffd 2:0xfffd 3:0xfffd 4:0xfffd 5:0xfffd 6:0xfffd 7:0xfffd 8:0xfffd 9:0xfffd 10:0xfffd 11:0x7a 12:0xfffd
  runes("invalid", S("\xc0\x80\xed\xa0\x80\xf4\x90\x80\x80\xe4\xb8z\x80"));
}
