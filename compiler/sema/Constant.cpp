//===- sema/Constant.cpp - exact constants and their arithmetic -----------===//
// A numeric Constant is the exact rational num_/den_ (den_ > 0, in lowest
// terms; den_ == 1 for Int constants). The integers are APSInts whose width
// grows as needed: every operation first widens its operands so that the
// exact result fits, then trims the result to its significant bits (at least
// 64). Floats become binary floating point only where Go says so: when a
// constant is converted to float32/float64 (representable()), rounded to
// nearest-even, and in str()/toDouble().
//
// The spelling of values in diagnostics is go/constant's: integers in full,
// floats as %.6g of the nearest float64 (with a decimal exponent computed by
// hand beyond float64's range), strings quoted and cut at 72 characters.
//===----------------------------------------------------------------------===//
#include "sema/ConstantOps.h"
#include "lex/Lexer.h"
#include "llvm/ADT/APInt.h"
#include "llvm/ADT/SmallString.h"
#include <cmath>
#include <cstdio>
#include <cstdlib>

using namespace golc;
using namespace golc::sema;
using llvm::APInt;
using llvm::APSInt;

//===----------------------------------------------------------------------===//
// Growing integers
//===----------------------------------------------------------------------===//

static APSInt sint(const APInt &v) { return APSInt(v, /*isUnsigned=*/false); }

/// v in the fewest bits that hold it, but never fewer than 64.
static APSInt trim(const APInt &v) {
  unsigned bits = std::max(64u, v.getSignificantBits());
  return sint(v.sextOrTrunc(bits));
}

static APInt widen(const APInt &v, unsigned bits) {
  return bits > v.getBitWidth() ? v.sext(bits) : v;
}

static unsigned widthOf(const APInt &a, const APInt &b) {
  return std::max(a.getBitWidth(), b.getBitWidth());
}

static APSInt iadd(const APInt &a, const APInt &b) {
  unsigned w = widthOf(a, b) + 1;
  return trim(widen(a, w) + widen(b, w));
}
static APSInt isub(const APInt &a, const APInt &b) {
  unsigned w = widthOf(a, b) + 1;
  return trim(widen(a, w) - widen(b, w));
}
static APSInt imul(const APInt &a, const APInt &b) {
  unsigned w = a.getBitWidth() + b.getBitWidth();
  return trim(widen(a, w) * widen(b, w));
}
// Truncated division and remainder (Go's / and % on integers).
static APSInt iquo(const APInt &a, const APInt &b) {
  unsigned w = widthOf(a, b) + 1; // MinInt / -1 needs the extra bit
  return trim(widen(a, w).sdiv(widen(b, w)));
}
static APSInt irem(const APInt &a, const APInt &b) {
  unsigned w = widthOf(a, b) + 1;
  return trim(widen(a, w).srem(widen(b, w)));
}
static int icmp(const APInt &a, const APInt &b) {
  unsigned w = widthOf(a, b);
  APInt x = widen(a, w), y = widen(b, w);
  return x.slt(y) ? -1 : x.sgt(y) ? 1 : 0;
}
static APSInt ineg(const APInt &a) {
  return trim(-widen(a, a.getBitWidth() + 1));
}
static APSInt one() { return sint(APInt(64, 1)); }

/// |v| as an unsigned APInt of width `bits` (bits > v's width).
static APInt absTo(const APInt &v, unsigned bits) {
  APInt w = widen(v, bits);
  return w.isNegative() ? -w : w;
}

//===----------------------------------------------------------------------===//
// Constant
//===----------------------------------------------------------------------===//

Constant Constant::makeBool(bool b) {
  Constant c;
  c.kind_ = Bool;
  c.b_ = b;
  return c;
}

Constant Constant::makeString(std::string s) {
  Constant c;
  c.kind_ = String;
  c.s_ = std::move(s);
  return c;
}

Constant Constant::makeInt(const APSInt &v) {
  Constant c;
  c.kind_ = Int;
  c.num_ = trim(v.isUnsigned() ? v.zext(v.getBitWidth() + 1) : APInt(v));
  c.den_ = one();
  return c;
}

Constant Constant::makeInt(int64_t v) {
  return makeInt(sint(APInt(64, (uint64_t)v, /*isSigned=*/true)));
}

Constant Constant::makeRational(const APSInt &num, const APSInt &den) {
  Constant c;
  c.kind_ = Float;
  unsigned w = widthOf(num, den) + 1;
  APInt n = widen(num, w), d = widen(den, w);
  if (d.isNegative()) {
    n = -n;
    d = -d;
  }
  if (n.isZero()) {
    c.num_ = trim(n);
    c.den_ = one();
    return c;
  }
  APInt g = llvm::APIntOps::GreatestCommonDivisor(n.isNegative() ? -n : n, d);
  c.num_ = trim(n.sdiv(g));
  c.den_ = trim(d.sdiv(g));
  return c;
}

Constant Constant::makeFloat(double d) {
  // d = mant * 2^exp with an integral 53-bit mant.
  if (d == 0 || !std::isfinite(d))
    return makeRational(sint(APInt(64, 0)), one());
  int exp;
  double frac = std::frexp(d, &exp); // d = frac * 2^exp, 0.5 <= |frac| < 1
  int64_t mant = (int64_t)std::ldexp(frac, 53);
  exp -= 53;
  APSInt num = sint(APInt(64, (uint64_t)mant, true));
  if (exp >= 0)
    return makeRational(trim(widen(num, 64 + exp).shl(exp)), one());
  APInt den = APInt(65 - exp, 1).shl(-exp);
  return makeRational(num, trim(den));
}

bool Constant::isIntegral() const {
  return (kind_ == Int || kind_ == Float) && den_ == 1;
}

APSInt Constant::intVal() const {
  if (kind_ != Int && kind_ != Float)
    return sint(APInt(64, 0));
  return den_ == 1 ? num_ : iquo(num_, den_);
}

uint64_t Constant::toUInt64() const {
  return intVal().sextOrTrunc(64).getZExtValue();
}

int64_t Constant::toInt64() const {
  return intVal().sextOrTrunc(64).getSExtValue();
}

//===----------------------------------------------------------------------===//
// Rounding to binary floating point
//===----------------------------------------------------------------------===//

namespace {
struct BinaryFormat {
  int precision; // significand bits, the implicit one included
  int emin;      // exponent of the smallest normal number
  int emax;      // exponent of the largest finite number
};
const BinaryFormat kFloat64 = {53, -1022, 1023};
const BinaryFormat kFloat32 = {24, -126, 127};
} // namespace

/// num/den rounded to nearest-even in format `f` (exact in a double, as every
/// float32 is); false if the magnitude overflows the format.
static bool roundRational(const APInt &num, const APInt &den,
                          const BinaryFormat &f, double &out) {
  if (num.isZero()) {
    out = 0;
    return true;
  }
  bool neg = num.isNegative();
  unsigned w = widthOf(num, den) + 1;
  APInt a = absTo(num, w), b = absTo(den, w);
  // e = floor(log2(a/b)).
  int la = (int)a.getActiveBits(), lb = (int)b.getActiveBits();
  int e = la - lb;
  {
    unsigned cw = w + (unsigned)std::abs(e) + 1;
    APInt x = a.zext(cw), y = b.zext(cw);
    if (e >= 0)
      y = y.shl(e);
    else
      x = x.shl(-e);
    if (x.ult(y))
      --e;
  }
  if (e > f.emax) // beyond the largest binade: overflow even after rounding
    return false;
  // The weight of the last kept bit: `precision` bits below 2^e, but never
  // below the smallest subnormal.
  int q = std::max(e, f.emin) - (f.precision - 1);
  unsigned cw = w + (unsigned)std::abs(q) + 2;
  APInt x = a.zext(cw), y = b.zext(cw);
  if (q <= 0)
    x = x.shl(-q);
  else
    y = y.shl(q);
  APInt m = x.udiv(y), r = x.urem(y);
  APInt r2 = r.shl(1);
  if (r2.ugt(y) || (r2 == y && m[0]))
    ++m;
  // Rounding may carry into a new binade: 2^(emax+1) overflows.
  if ((int)m.getActiveBits() + q > f.emax + 1)
    return false;
  double d = std::ldexp((double)m.getZExtValue(), q);
  out = neg ? -d : d;
  return true;
}

double Constant::toDouble() const {
  if (kind_ != Int && kind_ != Float)
    return 0;
  double d;
  if (!roundRational(num_, den_, kFloat64, d))
    return num_.isNegative() ? -HUGE_VAL : HUGE_VAL;
  return d;
}

//===----------------------------------------------------------------------===//
// Spelling (go/constant's String)
//===----------------------------------------------------------------------===//

// Decodes one UTF-8 sequence at s[i] as Go does: an invalid byte is the
// replacement character U+FFFD with width 1.
static uint32_t decodeRune(llvm::StringRef s, size_t i, unsigned &width) {
  unsigned char c = s[i];
  width = 1;
  if (c < 0x80)
    return c;
  unsigned n = c >= 0xF0 && c < 0xF5 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
  if (n == 0 || c >= 0xF5 || i + n > s.size())
    return 0xFFFD;
  uint32_t r = c & (0x7F >> n);
  for (unsigned k = 1; k < n; ++k) {
    unsigned char cc = s[i + k];
    if ((cc & 0xC0) != 0x80)
      return 0xFFFD;
    r = r << 6 | (cc & 0x3F);
  }
  if ((n == 3 && (r < 0x800 || (r >= 0xD800 && r <= 0xDFFF))) ||
      (n == 4 && (r < 0x10000 || r > 0x10FFFF)))
    return 0xFFFD;
  width = n;
  return r;
}

/// strconv.Quote: escapes what is not printable.
static std::string goQuote(llvm::StringRef s) {
  static const char hex[] = "0123456789abcdef";
  std::string out = "\"";
  for (size_t i = 0; i < s.size();) {
    unsigned width;
    uint32_t r = decodeRune(s, i, width);
    if (width == 1 && r == 0xFFFD) {
      unsigned char c = s[i];
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 15];
      ++i;
      continue;
    }
    if (r == '"' || r == '\\') {
      out += '\\';
      out += (char)r;
    } else if (r < 0x80 ? (r >= 0x20 && r < 0x7F) : unicode::isPrint(r)) {
      out.append(s.data() + i, width);
    } else {
      switch (r) {
      case '\a': out += "\\a"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\v': out += "\\v"; break;
      default: {
        int digits = r < 0x80 ? 2 : r < 0x10000 ? 4 : 8;
        out += digits == 2 ? "\\x" : digits == 4 ? "\\u" : "\\U";
        for (int k = digits - 1; k >= 0; --k)
          out += hex[(r >> (4 * k)) & 15];
      }
      }
    }
    i += width;
  }
  return out + "\"";
}

/// go/constant shortens quoted strings to 72 characters (runes).
static std::string shortQuote(llvm::StringRef s) {
  const unsigned maxLen = 72;
  std::string q = goQuote(s);
  unsigned runes = 0;
  size_t cut = 0;
  for (size_t i = 0; i < q.size(); ++runes) {
    unsigned w;
    decodeRune(q, i, w);
    i += w;
    if (runes + 1 == maxLen - 3)
      cut = i;
  }
  if (runes <= maxLen)
    return q;
  return q.substr(0, cut) + "...";
}

static std::string printfDouble(const char *fmt, double d) {
  char buf[64];
  std::snprintf(buf, sizeof buf, fmt, d);
  return buf;
}

/// Go's %g: the shortest decimal that reads back as d, in %e form when its
/// decimal exponent is < -4 or >= 6 (strconv's rule for shortest 'g').
static std::string goShortestG(double d) {
  char buf[64];
  int prec = 0;
  for (; prec < 17; ++prec) {
    std::snprintf(buf, sizeof buf, "%.*e", prec, d);
    if (std::strtod(buf, nullptr) == d)
      break;
  }
  // buf is "[-]d.ddde±XX": split into digits and exponent.
  std::string s = buf;
  bool neg = s[0] == '-';
  if (neg)
    s = s.substr(1);
  size_t epos = s.find('e');
  int exp = std::atoi(s.c_str() + epos + 1);
  std::string digits;
  for (size_t i = 0; i < epos; ++i)
    if (s[i] != '.')
      digits += s[i];
  std::string out = neg ? "-" : "";
  if (exp < -4 || exp >= 6) {
    out += digits.substr(0, 1);
    if (digits.size() > 1)
      out += "." + digits.substr(1);
    char eb[16];
    std::snprintf(eb, sizeof eb, "e%c%02d", exp < 0 ? '-' : '+', std::abs(exp));
    return out + eb;
  }
  if (exp < 0)
    return out + "0." + std::string(-exp - 1, '0') + digits;
  if ((int)digits.size() <= exp + 1)
    return out + digits + std::string(exp + 1 - digits.size(), '0');
  return out + digits.substr(0, exp + 1) + "." + digits.substr(exp + 1);
}

/// 10^n (n >= 0) exactly.
static APSInt pow10(unsigned n) {
  unsigned bits = n * 4 + 65;
  APInt result(bits, 1), base(bits, 10);
  for (unsigned k = n; k; k >>= 1) {
    if (k & 1)
      result *= base;
    if (k > 1)
      base *= base;
  }
  return trim(result.zext(bits + 1));
}

static std::string floatString(const Constant &c) {
  double d;
  bool inRange = roundRational(c.num_, c.den_, kFloat64, d) &&
                 ((d == 0) == c.num_.isZero());
  if (inRange) {
    std::string s = printfDouble("%.6g", d);
    if (c.den_ != 1 && s.find('.') == std::string::npos)
      s = goShortestG(d);
    return s;
  }
  // Beyond float64: |x| ~ m * 10^e with 1 <= |m| < 10, found from a binary
  // exponent estimate and corrected by one decade either way.
  int64_t bits = (int64_t)c.num_.getSignificantBits() -
                 (int64_t)c.den_.getSignificantBits();
  int64_t e = (int64_t)std::floor((double)bits * 0.30102999566398119521);
  auto scaled = [&](int64_t e10) { // x / 10^e10 as a double
    APSInt p = pow10((unsigned)std::llabs(e10));
    Constant q = e10 >= 0 ? Constant::makeRational(c.num_, imul(c.den_, p))
                          : Constant::makeRational(imul(c.num_, p), c.den_);
    return q.toDouble();
  };
  double m = scaled(e);
  if (std::fabs(m) < 1 - 0.5e-6) {
    m *= 10;
    --e;
  } else if (std::fabs(m) >= 10) {
    m /= 10;
    ++e;
  }
  char buf[96];
  std::snprintf(buf, sizeof buf, "%.6ge%+lld", m, (long long)e);
  return buf;
}

std::string Constant::str() const {
  switch (kind_) {
  case Unknown:
    return "unknown";
  case Bool:
    return b_ ? "true" : "false";
  case String:
    return shortQuote(s_);
  case Int: {
    llvm::SmallString<32> digits;
    num_.toStringSigned(digits);
    return digits.str().str();
  }
  case Float:
    return floatString(*this);
  }
  return "unknown";
}

//===----------------------------------------------------------------------===//
// Literals
//===----------------------------------------------------------------------===//

static int digitValue(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return 99;
}

/// The integer written with `digits` in `radix`; false on a stray character.
static bool parseDigits(llvm::StringRef digits, unsigned radix, APSInt &out) {
  if (digits.empty()) {
    out = trim(APInt(64, 0));
    return true;
  }
  for (char c : digits)
    if (digitValue(c) >= (int)radix)
      return false;
  APInt v(digits.size() * 4 + 2, digits, (uint8_t)radix);
  out = trim(v);
  return true;
}

static Constant intLiteral(llvm::StringRef text) {
  std::string s;
  for (char c : text)
    if (c != '_')
      s += c;
  llvm::StringRef t = s;
  unsigned radix = 10;
  if (t.size() > 1 && t[0] == '0') {
    char p = t[1] | 0x20;
    if (p == 'x' || p == 'o' || p == 'b') {
      radix = p == 'x' ? 16 : p == 'o' ? 8 : 2;
      t = t.drop_front(2);
    } else {
      radix = 8; // legacy octal: 0755
      t = t.drop_front(1);
    }
  }
  APSInt v;
  if (!parseDigits(t, radix, v))
    return Constant();
  return Constant::makeInt(v);
}

// Exponents beyond this many decades are not computed exactly (gc would
// switch to a rounded representation; such literals are not meaningful).
static const int64_t kMaxDecimalExp = 10000;

static Constant floatLiteral(llvm::StringRef text) {
  std::string s;
  for (char c : text)
    if (c != '_')
      s += c;
  llvm::StringRef t = s;
  bool hex = t.size() > 1 && t[0] == '0' && (t[1] | 0x20) == 'x';
  if (hex)
    t = t.drop_front(2);
  char expChar = hex ? 'p' : 'e';
  size_t epos = t.find_insensitive(expChar);
  llvm::StringRef mant = t.substr(0, epos);
  int64_t exp = 0;
  if (epos != llvm::StringRef::npos) {
    llvm::StringRef es = t.substr(epos + 1);
    bool neg = false;
    if (!es.empty() && (es[0] == '+' || es[0] == '-')) {
      neg = es[0] == '-';
      es = es.drop_front();
    }
    if (es.empty())
      return Constant();
    for (char c : es) {
      if (c < '0' || c > '9')
        return Constant();
      exp = std::min<int64_t>(exp * 10 + (c - '0'), 1000000000);
    }
    if (neg)
      exp = -exp;
  }
  std::string digits;
  int64_t fracDigits = 0;
  size_t dot = mant.find('.');
  digits += mant.substr(0, dot).str();
  if (dot != llvm::StringRef::npos) {
    llvm::StringRef frac = mant.substr(dot + 1);
    digits += frac.str();
    fracDigits = frac.size();
  }
  APSInt m;
  if (!parseDigits(digits, hex ? 16 : 10, m))
    return Constant();
  if (m.isZero())
    return Constant::makeRational(m, one());
  if (hex) {
    // m * 2^(exp - 4*fracDigits)
    int64_t e2 = exp - 4 * fracDigits;
    if (std::llabs(e2) > kMaxDecimalExp * 4)
      return Constant();
    if (e2 >= 0)
      return Constant::makeRational(
          trim(widen(m, m.getBitWidth() + e2).shl(e2)), one());
    return Constant::makeRational(m, trim(APInt(66 - e2, 1).shl(-e2)));
  }
  int64_t e10 = exp - fracDigits;
  if (std::llabs(e10) > kMaxDecimalExp)
    return Constant();
  if (e10 >= 0)
    return Constant::makeRational(imul(m, pow10(e10)), one());
  return Constant::makeRational(m, pow10(-e10));
}

Constant constop::fromLiteral(tok::Kind kind, llvm::StringRef text) {
  switch (kind) {
  case tok::int_lit:
    return intLiteral(text);
  case tok::float_lit:
    return floatLiteral(text);
  case tok::rune_lit:
    return Constant::makeInt((int64_t)unquoteRune(text));
  case tok::string_lit:
    return Constant::makeString(unquoteString(text));
  default:
    return Constant();
  }
}

//===----------------------------------------------------------------------===//
// Operations
//===----------------------------------------------------------------------===//

static bool isNumber(const Constant &c) {
  return c.kind() == Constant::Int || c.kind() == Constant::Float;
}

Constant constop::toInt(const Constant &x) {
  if (!isNumber(x) || x.den_ != 1)
    return Constant();
  return Constant::makeInt(x.num_);
}

Constant constop::toFloat(const Constant &x) {
  if (!isNumber(x))
    return Constant();
  return Constant::makeRational(x.num_, x.den_);
}

int constop::sign(const Constant &x) {
  if (!isNumber(x) || x.num_.isZero())
    return 0;
  return x.num_.isNegative() ? -1 : 1;
}

unsigned constop::bitLen(const Constant &x) {
  if (!isNumber(x))
    return 0;
  APInt n = x.num_;
  return absTo(n, n.getBitWidth() + 1).getActiveBits();
}

bool constop::int64Val(const Constant &x, int64_t &out) {
  if (!isNumber(x) || x.den_ != 1 || x.num_.getSignificantBits() > 64)
    return false;
  out = x.num_.getSExtValue();
  return true;
}

bool constop::uint64Val(const Constant &x, uint64_t &out) {
  if (!isNumber(x) || x.den_ != 1 || x.num_.isNegative() ||
      x.num_.getActiveBits() > 64)
    return false;
  out = x.num_.getZExtValue();
  return true;
}

Constant constop::unaryOp(tok::Kind op, const Constant &x, unsigned uintBits) {
  switch (op) {
  case tok::plus:
    return isNumber(x) ? x : Constant();
  case tok::minus:
    if (x.kind() == Constant::Int)
      return Constant::makeInt(ineg(x.num_));
    if (x.kind() == Constant::Float)
      return Constant::makeRational(ineg(x.num_), x.den_);
    return Constant();
  case tok::caret: {
    if (x.kind() != Constant::Int)
      return Constant();
    // ^x = -x-1 in two's complement of unbounded width; within an unsigned
    // type of n bits, the low n bits of that.
    APSInt v = isub(ineg(x.num_), one());
    if (uintBits) {
      APInt w = widen(v, std::max(v.getBitWidth(), uintBits + 1));
      APInt mask = APInt::getLowBitsSet(w.getBitWidth(), uintBits);
      v = trim(w & mask);
    }
    return Constant::makeInt(v);
  }
  case tok::not_:
    if (x.kind() != Constant::Bool)
      return Constant();
    return Constant::makeBool(!x.boolVal());
  default:
    return Constant();
  }
}

static Constant bitwise(const Constant &x, tok::Kind op, const Constant &y) {
  unsigned w = widthOf(x.num_, y.num_);
  APInt a = widen(x.num_, w), b = widen(y.num_, w);
  switch (op) {
  case tok::amp:
    return Constant::makeInt(trim(a & b));
  case tok::pipe:
    return Constant::makeInt(trim(a | b));
  case tok::caret:
    return Constant::makeInt(trim(a ^ b));
  case tok::amp_caret:
    return Constant::makeInt(trim(a & ~b));
  default:
    return Constant();
  }
}

Constant constop::binaryOp(const Constant &x, tok::Kind op, const Constant &y,
                           bool intDiv) {
  if (x.kind() == Constant::Bool && y.kind() == Constant::Bool) {
    if (op == tok::and_and)
      return Constant::makeBool(x.boolVal() && y.boolVal());
    if (op == tok::or_or)
      return Constant::makeBool(x.boolVal() || y.boolVal());
    return Constant();
  }
  if (x.kind() == Constant::String && y.kind() == Constant::String) {
    if (op == tok::plus)
      return Constant::makeString(x.stringVal() + y.stringVal());
    return Constant();
  }
  if (!isNumber(x) || !isNumber(y))
    return Constant();
  bool ints = x.kind() == Constant::Int && y.kind() == Constant::Int;
  if (intDiv && (op == tok::slash || op == tok::percent) && x.den_ == 1 &&
      y.den_ == 1)
    ints = true;
  if (ints) {
    switch (op) {
    case tok::plus:
      return Constant::makeInt(iadd(x.num_, y.num_));
    case tok::minus:
      return Constant::makeInt(isub(x.num_, y.num_));
    case tok::star:
      return Constant::makeInt(imul(x.num_, y.num_));
    case tok::slash:
      if (y.num_.isZero())
        return Constant();
      if (intDiv)
        return Constant::makeInt(iquo(x.num_, y.num_));
      return Constant::makeRational(x.num_, y.num_);
    case tok::percent:
      if (y.num_.isZero())
        return Constant();
      return Constant::makeInt(irem(x.num_, y.num_));
    case tok::amp:
    case tok::pipe:
    case tok::caret:
    case tok::amp_caret:
      return bitwise(x, op, y);
    default:
      return Constant();
    }
  }
  // Rationals: a/b op c/d.
  const APSInt &a = x.num_, &b = x.den_, &c = y.num_, &d = y.den_;
  switch (op) {
  case tok::plus:
    return Constant::makeRational(iadd(imul(a, d), imul(c, b)), imul(b, d));
  case tok::minus:
    return Constant::makeRational(isub(imul(a, d), imul(c, b)), imul(b, d));
  case tok::star:
    return Constant::makeRational(imul(a, c), imul(b, d));
  case tok::slash:
    if (c.isZero())
      return Constant();
    return Constant::makeRational(imul(a, d), imul(b, c));
  default:
    return Constant();
  }
}

Constant constop::shift(const Constant &x, tok::Kind op, uint64_t s) {
  if (x.kind() != Constant::Int)
    return Constant();
  if (op == tok::shl)
    return Constant::makeInt(
        trim(widen(x.num_, x.num_.getBitWidth() + (unsigned)s).shl((unsigned)s)));
  unsigned w = x.num_.getBitWidth();
  return Constant::makeInt(trim(x.num_.ashr((unsigned)std::min<uint64_t>(s, w))));
}

bool constop::compare(const Constant &x, tok::Kind op, const Constant &y) {
  int c = 0;
  if (x.kind() == Constant::Bool && y.kind() == Constant::Bool)
    c = x.boolVal() == y.boolVal() ? 0 : 1;
  else if (x.kind() == Constant::String && y.kind() == Constant::String)
    c = x.stringVal().compare(y.stringVal());
  else if (isNumber(x) && isNumber(y))
    c = icmp(imul(x.num_, y.den_), imul(y.num_, x.den_));
  else
    return false;
  switch (op) {
  case tok::eql:
    return c == 0;
  case tok::neq:
    return c != 0;
  case tok::lss:
    return c < 0;
  case tok::leq:
    return c <= 0;
  case tok::gtr:
    return c > 0;
  case tok::geq:
    return c >= 0;
  default:
    return false;
  }
}

//===----------------------------------------------------------------------===//
// Representability
//===----------------------------------------------------------------------===//

/// Whether integer v fits the integer kind k (of `bits` bits).
static bool fitsInteger(const APSInt &v, BasicType::BasicKind k) {
  switch (k) {
  case BasicType::UntypedInt:
  case BasicType::UntypedRune:
    return true;
  case BasicType::Int8:
    return v.getSignificantBits() <= 8;
  case BasicType::Int16:
    return v.getSignificantBits() <= 16;
  case BasicType::Int32:
    return v.getSignificantBits() <= 32;
  case BasicType::Int:
  case BasicType::Int64:
    return v.getSignificantBits() <= 64;
  case BasicType::Uint8:
    return !v.isNegative() && v.getActiveBits() <= 8;
  case BasicType::Uint16:
    return !v.isNegative() && v.getActiveBits() <= 16;
  case BasicType::Uint32:
    return !v.isNegative() && v.getActiveBits() <= 32;
  case BasicType::Uint:
  case BasicType::Uint64:
  case BasicType::Uintptr:
    return !v.isNegative() && v.getActiveBits() <= 64;
  default:
    return false;
  }
}

bool constop::representable(const Constant &x, const BasicType *t,
                            Constant *rounded) {
  if (!x.isValid())
    return true; // avoid follow-on errors
  if (t->isInteger()) {
    Constant i = toInt(x);
    if (!i.isValid() || !fitsInteger(i.num_, t->bkind))
      return false;
    if (rounded)
      *rounded = i;
    return true;
  }
  if (t->isFloat()) {
    if (!isNumber(x))
      return false;
    if (t->bkind == BasicType::UntypedFloat)
      return true;
    double d;
    if (!roundRational(x.num_, x.den_,
                       t->bkind == BasicType::Float32 ? kFloat32 : kFloat64, d))
      return false;
    if (rounded)
      *rounded = Constant::makeFloat(d);
    return true;
  }
  if (t->isString())
    return x.kind() == Constant::String;
  if (t->isBoolean())
    return x.kind() == Constant::Bool;
  return false;
}
