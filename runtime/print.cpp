//===- runtime/print.cpp - the print and println builtins -----------------===//
//
// print/println write to standard error, unbuffered, in gc's formats: the
// compiler brackets each statement with printlock/printunlock and calls one
// print function per operand (printsp between println's operands, printnl
// at its end). The formats are gc's exactly, floats included: gc prints a
// float64 as `+d.dddddde+ddd` with 7 significant digits, computed by its own
// scaling-and-rounding loop rather than by correct decimal conversion, so
// printfloat follows the same arithmetic to print the same digits.
//
// printlock nests per M (a panic while printing still prints), and one M at
// a time holds debuglock, so the lines of concurrent println statements do
// not interleave.
//
//===----------------------------------------------------------------------===//

#include "runtime.h"

#include <string.h>

static mutex debuglock;

void printlock() {
  m *mp = getg()->m;
  mp->locks++; // stay on this M until debuglock is ours
  mp->printlock++;
  if (mp->printlock == 1)
    lock(&debuglock);
  mp->locks--;
}

void printunlock() {
  m *mp = getg()->m;
  mp->printlock--;
  if (mp->printlock == 0)
    unlock(&debuglock);
}

void gwrite(const void *b, intgo n) {
  if (n > 0)
    write1(2, b, n);
}

void prints(const char *s) { gwrite(s, (intgo)strlen(s)); }

void printsp() { gwrite(" ", 1); }

void printnl() { gwrite("\n", 1); }

void printbool(bool v) { prints(v ? "true" : "false"); }

void printstring(String s) { gwrite(s.str, s.len); }

void printuint(uint64_t v) {
  char buf[20];
  int i = sizeof buf;
  do {
    buf[--i] = (char)('0' + v % 10);
    v /= 10;
  } while (v);
  gwrite(buf + i, (intgo)sizeof buf - i);
}

void printint(int64_t v) {
  if (v < 0) {
    prints("-");
    printuint(-(uint64_t)v);
    return;
  }
  printuint((uint64_t)v);
}

void printhex(uint64_t v) {
  static const char digits[] = "0123456789abcdef";
  char buf[18];
  int i = sizeof buf;
  do {
    buf[--i] = digits[v % 16];
    v /= 16;
  } while (v);
  buf[--i] = 'x';
  buf[--i] = '0';
  gwrite(buf + i, (intgo)sizeof buf - i);
}

void printpointer(void *p) { printhex((uint64_t)(uintptr_t)p); }

// gc's float format: sign, one digit, '.', six digits, 'e', sign, three
// exponent digits. NaN and the infinities are spelled out.
void printfloat(double v) {
  if (v != v) {
    prints("NaN");
    return;
  }
  if (v + v == v && v > 0) {
    prints("+Inf");
    return;
  }
  if (v + v == v && v < 0) {
    prints("-Inf");
    return;
  }

  enum { ndigits = 7 };
  char buf[ndigits + 7]; // sign, d, '.', 6 digits, 'e', sign, 3 digits
  buf[0] = '+';
  int e = 0;
  if (v == 0) {
    if (1 / v < 0)
      buf[0] = '-';
  } else {
    if (v < 0) {
      v = -v;
      buf[0] = '-';
    }
    // Scale into [1, 10), counting the decimal exponent.
    while (v >= 10) {
      e++;
      v /= 10;
    }
    while (v < 1) {
      e--;
      v *= 10;
    }
    // Round at the last printed digit: add 5 * 10^-ndigits.
    double half = 5;
    for (int i = 0; i < ndigits; i++)
      half /= 10;
    v += half;
    if (v >= 10) {
      e++;
      v /= 10;
    }
  }
  // Peel off one digit at a time into buf[2..], then move the first one in
  // front of the point.
  for (int i = 0; i < ndigits; i++) {
    int d = (int)v;
    buf[i + 2] = (char)('0' + d);
    v -= d;
    v *= 10;
  }
  buf[1] = buf[2];
  buf[2] = '.';
  buf[ndigits + 2] = 'e';
  buf[ndigits + 3] = '+';
  if (e < 0) {
    e = -e;
    buf[ndigits + 3] = '-';
  }
  buf[ndigits + 4] = (char)('0' + e / 100);
  buf[ndigits + 5] = (char)('0' + e / 10 % 10);
  buf[ndigits + 6] = (char)('0' + e % 10);
  gwrite(buf, sizeof buf);
}

// (re+imi), as gc: `(+1.000000e+000+2.000000e+000i)`.
void printcomplex(double re, double im) {
  prints("(");
  printfloat(re);
  printfloat(im);
  prints("i)");
}

// An interface prints as its two words: `(0x4b3e60,0xc000012345)`, type
// (or itab) first, then data.
void printeface(eface e) {
  prints("(");
  printpointer(e._type);
  prints(",");
  printpointer(e.data);
  prints(")");
}

void printiface(iface i) {
  prints("(");
  printpointer(i.tab);
  prints(",");
  printpointer(i.data);
  prints(")");
}

// A slice prints as `[len/cap]0xarray`.
void printslice(void *array, intgo len, intgo cap) {
  prints("[");
  printint(len);
  prints("/");
  printint(cap);
  prints("]");
  printpointer(array);
}
