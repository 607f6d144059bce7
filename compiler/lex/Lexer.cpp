//===- lex/Lexer.cpp - Go's lexical grammar -------------------------------===//
// The lexer of the Go specification's "Lexical elements", behaving like gc's
// scanner (cmd/compile/internal/syntax) wherever the two could differ: the
// same tokens, the same diagnostics at the same byte columns.
//
// Its shape follows from that. The lexer looks at one decoded character at a
// time (ch_); nextch() decodes UTF-8 itself and reports and skips a NUL byte,
// an invalid UTF-8 sequence or a BOM past the file's start, so that every
// other part sees only valid characters. A malformed literal is reported once
// and still becomes a literal token, and an invalid character is reported and
// skipped, so lexing always goes on to tok::eof and the parser sees what the
// user wrote. Every loop consumes a character or stops at the end of the
// file, whatever the bytes.
//
// Automatic semicolons: when a line's final token is an identifier, a
// literal, one of `break continue fallthrough return` or `++ -- ) ] }`, the
// newline after it (or the end of the file, or a general comment spanning
// lines) becomes a tok::semicolon with text "\n" ("" at the end of the file).
// Like gc's, it sits where the newline is (where the comment starts).
//===----------------------------------------------------------------------===//
#include "lex/Lexer.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/Format.h"
#include <cstdio>

using namespace golc;

//===----------------------------------------------------------------------===//
// Token kinds
//===----------------------------------------------------------------------===//

llvm::StringRef tok::spelling(Kind k) {
  static const char *const spellings[] = {
#define TOK(Name, Spelling) Spelling,
#include "lex/TokenKinds.def"
  };
  return k < NumTokens ? spellings[k] : "?";
}

llvm::StringRef tok::name(Kind k) {
  static const char *const names[] = {
#define TOK(Name, Spelling) #Name,
#include "lex/TokenKinds.def"
  };
  return k < NumTokens ? names[k] : "?";
}

//===----------------------------------------------------------------------===//
// Characters
//===----------------------------------------------------------------------===//

static constexpr int32_t kMaxRune = 0x10FFFF;

static int32_t lowerASCII(int32_t c) {
  return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}
static bool isASCIILetter(int32_t c) {
  c = lowerASCII(c);
  return (c >= 'a' && c <= 'z') || c == '_';
}
static bool isDecimal(int32_t c) { return c >= '0' && c <= '9'; }
static bool isHex(int32_t c) {
  return isDecimal(c) || (lowerASCII(c) >= 'a' && lowerASCII(c) <= 'f');
}
static bool isSurrogate(uint32_t r) { return r >= 0xD800 && r < 0xE000; }

/// The value of hex digit c, or 16 if c is not one.
static unsigned hexValue(int32_t c) {
  if (isDecimal(c))
    return c - '0';
  if (lowerASCII(c) >= 'a' && lowerASCII(c) <= 'f')
    return lowerASCII(c) - 'a' + 10;
  return 16;
}

/// Decodes the UTF-8 sequence at the start of s as Go does: overlong forms,
/// surrogates and values past U+10FFFF are invalid. Returns the code point
/// and its length, or -1 with width 1 for an invalid (or truncated) sequence.
static int32_t decodeRune(llvm::StringRef s, unsigned &width) {
  width = 1;
  if (s.empty())
    return -1;
  auto byte = [&](size_t i) { return (unsigned char)s[i]; };
  unsigned b0 = byte(0);
  if (b0 < 0x80)
    return b0;
  // The length, the first byte's payload and the valid range of the second
  // byte (which rules out overlong forms, surrogates and values > U+10FFFF).
  unsigned n;
  int32_t r;
  unsigned lo = 0x80, hi = 0xBF;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    n = 2, r = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    n = 3, r = b0 & 0x0F;
    if (b0 == 0xE0)
      lo = 0xA0;
    else if (b0 == 0xED)
      hi = 0x9F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    n = 4, r = b0 & 0x07;
    if (b0 == 0xF0)
      lo = 0x90;
    else if (b0 == 0xF4)
      hi = 0x8F;
  } else {
    return -1;
  }
  if (s.size() < n || byte(1) < lo || byte(1) > hi)
    return -1;
  for (unsigned i = 1; i < n; ++i) {
    if (byte(i) < 0x80 || byte(i) > 0xBF)
      return -1;
    r = (r << 6) | (byte(i) & 0x3F);
  }
  width = n;
  return r;
}

/// Appends the UTF-8 encoding of r (U+FFFD for an invalid code point).
static void appendUTF8(std::string &out, uint32_t r) {
  if (r > (uint32_t)kMaxRune || isSurrogate(r))
    r = 0xFFFD;
  if (r < 0x80) {
    out += char(r);
  } else if (r < 0x800) {
    out += char(0xC0 | (r >> 6));
    out += char(0x80 | (r & 0x3F));
  } else if (r < 0x10000) {
    out += char(0xE0 | (r >> 12));
    out += char(0x80 | ((r >> 6) & 0x3F));
    out += char(0x80 | (r & 0x3F));
  } else {
    out += char(0xF0 | (r >> 18));
    out += char(0x80 | ((r >> 12) & 0x3F));
    out += char(0x80 | ((r >> 6) & 0x3F));
    out += char(0x80 | (r & 0x3F));
  }
}

static bool isPrintable(uint32_t r) {
  return r <= (uint32_t)kMaxRune && !isSurrogate(r) && unicode::isPrint(r);
}

/// A code point as Go's %#U shows it: `U+0040 '@'`, or `U+00A0` alone when
/// it is not printable.
static std::string formatCodePoint(uint32_t r) {
  char hex[16];
  std::snprintf(hex, sizeof hex, "U+%04X", (unsigned)r);
  std::string out = hex;
  if (isPrintable(r)) {
    out += " '";
    appendUTF8(out, r);
    out += '\'';
  }
  return out;
}

/// A character as Go's %q shows it: `'g'`, `'\n'`, `'\''`, `'\x00'`,
/// `'\u00a0'`.
static std::string quoteRune(uint32_t r) {
  const char *escape = nullptr;
  switch (r) {
  case '\'': escape = "\\'"; break;
  case '\\': escape = "\\\\"; break;
  case '\a': escape = "\\a"; break;
  case '\b': escape = "\\b"; break;
  case '\f': escape = "\\f"; break;
  case '\n': escape = "\\n"; break;
  case '\r': escape = "\\r"; break;
  case '\t': escape = "\\t"; break;
  case '\v': escape = "\\v"; break;
  }
  std::string out = "'";
  if (escape) {
    out += escape;
  } else if (isPrintable(r)) {
    appendUTF8(out, r);
  } else {
    char hex[16];
    if (r < ' ' || r == 0x7F)
      std::snprintf(hex, sizeof hex, "\\x%02x", (unsigned)r);
    else if (r > (uint32_t)kMaxRune || isSurrogate(r))
      std::snprintf(hex, sizeof hex, "\\ufffd");
    else if (r < 0x10000)
      std::snprintf(hex, sizeof hex, "\\u%04x", (unsigned)r);
    else
      std::snprintf(hex, sizeof hex, "\\U%08x", (unsigned)r);
    out += hex;
  }
  return out + "'";
}

static const char *baseName(unsigned base) {
  switch (base) {
  case 2: return "binary";
  case 8: return "octal";
  case 16: return "hexadecimal";
  default: return "decimal";
  }
}

/// The offset in number literal `lit` of the first '_' that does not stand
/// between two digits (a base prefix counts as a digit), or -1.
static int misplacedSeparator(llvm::StringRef lit) {
  bool hex = false;
  // What the previous character was: '0' a digit, '_', or '.' anything else.
  char prev = '.';
  size_t i = 0;
  if (lit.size() >= 2 && lit[0] == '0') {
    int32_t x = lowerASCII(lit[1]);
    if (x == 'x' || x == 'o' || x == 'b') {
      hex = x == 'x';
      prev = '0';
      i = 2;
    }
  }
  for (; i < lit.size(); ++i) {
    char c = lit[i];
    if (c == '_') {
      if (prev != '0')
        return i;
      prev = '_';
    } else if (isDecimal(c) || (hex && isHex(c))) {
      prev = '0';
    } else {
      if (prev == '_')
        return i - 1;
      prev = '.';
    }
  }
  return prev == '_' ? (int)lit.size() - 1 : -1;
}

//===----------------------------------------------------------------------===//
// The lexer
//===----------------------------------------------------------------------===//

Lexer::Lexer(const SourceManager &sm, uint32_t file, DiagEngine &diags)
    : sm_(sm), file_(file), diags_(diags), src_(sm_.contents(file_)) {
  nextch();
}

// Moves to the next character: ch_ becomes the character at pos_, or -1 at
// the end of the file. NUL bytes, invalid UTF-8 and a BOM anywhere but at
// offset 0 are reported and skipped; a leading BOM is skipped silently.
void Lexer::nextch() {
  if (ch_ == '\n') {
    ++line_;
    lineStart_ = pos_;
  }
  for (;;) {
    chPos_ = pos_;
    if (pos_ >= src_.size()) {
      ch_ = -1;
      return;
    }
    unsigned width;
    int32_t r = decodeRune(src_.substr(pos_), width);
    pos_ += width;
    if (r == 0) {
      diags_.report(here(), diag::InvalidNul);
      continue;
    }
    if (r < 0) {
      diags_.report(here(), diag::InvalidUTF8);
      continue;
    }
    if (r == 0xFEFF) {
      if (chPos_ != 0)
        diags_.report(here(), diag::InvalidBOM);
      continue;
    }
    ch_ = r;
    return;
  }
}

SourceLoc Lexer::here() const {
  return {file_, line_, uint32_t(chPos_ - lineStart_ + 1)};
}

SourceLoc Lexer::tokenLoc(size_t offset) const {
  SourceLoc loc = tokLoc_;
  loc.col += offset;
  return loc;
}

Token Lexer::makeToken(tok::Kind kind) const {
  Token t;
  t.kind = kind;
  t.loc = tokLoc_;
  t.text = src_.slice(tokStart_, chPos_);
  return t;
}

// An operator that has a longer form ending in '=' (`+` and `+=`, `<` and
// `<=`); ch_ is just past the shorter one.
Token Lexer::withEqualSign(tok::Kind plain, tok::Kind withEqual) {
  if (ch_ == '=') {
    nextch();
    return makeToken(withEqual);
  }
  return makeToken(plain);
}

Token Lexer::next() {
  bool semiAllowed = insertSemi_;
  insertSemi_ = false;
  for (;;) {
    while (ch_ == ' ' || ch_ == '\t' || ch_ == '\r' ||
           (ch_ == '\n' && !semiAllowed))
      nextch();
    tokStart_ = chPos_;
    tokLoc_ = here();

    // Any non-ASCII character begins an identifier, as in gc; those that
    // are not letters are reported by lexIdentifier.
    if (isASCIILetter(ch_) || ch_ >= 0x80)
      return lexIdentifier();
    if (isDecimal(ch_))
      return lexNumber(/*seenPoint=*/false);

    switch (ch_) {
    case -1:
      if (semiAllowed)
        return makeToken(tok::semicolon); // text ""
      return makeToken(tok::eof);
    case '\n':
      nextch();
      return makeToken(tok::semicolon); // text "\n"
    case '"':
      return lexString();
    case '`':
      return lexRawString();
    case '\'':
      return lexRune();
    }

    int32_t c = ch_;
    nextch();
    switch (c) {
    case '(': return makeToken(tok::lparen);
    case '[': return makeToken(tok::lbrack);
    case '{': return makeToken(tok::lbrace);
    case ',': return makeToken(tok::comma);
    case ';': return makeToken(tok::semicolon);
    case '~': return makeToken(tok::tilde);
    case ')':
      insertSemi_ = true;
      return makeToken(tok::rparen);
    case ']':
      insertSemi_ = true;
      return makeToken(tok::rbrack);
    case '}':
      insertSemi_ = true;
      return makeToken(tok::rbrace);
    case ':':
      return withEqualSign(tok::colon, tok::define);
    case '.':
      if (isDecimal(ch_))
        return lexNumber(/*seenPoint=*/true);
      // `..` followed by anything but '.' is two periods.
      if (ch_ == '.' && pos_ < src_.size() && src_[pos_] == '.') {
        nextch();
        nextch();
        return makeToken(tok::ellipsis);
      }
      return makeToken(tok::period);
    case '+':
    case '-':
      if (ch_ == c) {
        nextch();
        insertSemi_ = true;
        return makeToken(c == '+' ? tok::inc : tok::dec);
      }
      return c == '+' ? withEqualSign(tok::plus, tok::plus_assign)
                      : withEqualSign(tok::minus, tok::minus_assign);
    case '*':
      return withEqualSign(tok::star, tok::star_assign);
    case '/':
      if (ch_ == '/') {
        skipLineComment();
        continue;
      }
      if (ch_ == '*') {
        skipGeneralComment();
        // A general comment spanning lines acts like a newline.
        if (semiAllowed && line_ > tokLoc_.line) {
          Token semi = makeToken(tok::semicolon);
          semi.text = "\n";
          return semi;
        }
        continue;
      }
      return withEqualSign(tok::slash, tok::slash_assign);
    case '%':
      return withEqualSign(tok::percent, tok::percent_assign);
    case '^':
      return withEqualSign(tok::caret, tok::caret_assign);
    case '&':
      if (ch_ == '&') {
        nextch();
        return makeToken(tok::and_and);
      }
      if (ch_ == '^') {
        nextch();
        return withEqualSign(tok::amp_caret, tok::amp_caret_assign);
      }
      return withEqualSign(tok::amp, tok::amp_assign);
    case '|':
      if (ch_ == '|') {
        nextch();
        return makeToken(tok::or_or);
      }
      return withEqualSign(tok::pipe, tok::pipe_assign);
    case '<':
      if (ch_ == '<') {
        nextch();
        return withEqualSign(tok::shl, tok::shl_assign);
      }
      if (ch_ == '-') {
        nextch();
        return makeToken(tok::arrow);
      }
      return withEqualSign(tok::lss, tok::leq);
    case '>':
      if (ch_ == '>') {
        nextch();
        return withEqualSign(tok::shr, tok::shr_assign);
      }
      return withEqualSign(tok::gtr, tok::geq);
    case '=':
      return withEqualSign(tok::assign, tok::eql);
    case '!':
      return withEqualSign(tok::not_, tok::neq);
    default:
      // Not the start of any token: report it and go on as if it were not
      // there (a pending semicolon stays pending).
      diags_.report(tokLoc_, diag::InvalidChar, formatCodePoint(c));
      continue;
    }
  }
}

// identifier = letter { letter | unicode_digit } .
// gc takes any non-ASCII character into an identifier, reporting those that
// are neither letters nor digits (and a digit at the start).
Token Lexer::lexIdentifier() {
  for (bool first = true;; first = false) {
    if (ch_ >= 0x80) {
      if (unicode::isDigit(ch_)) {
        if (first)
          diags_.report(here(), diag::IdentStartsWithDigit,
                        formatCodePoint(ch_));
      } else if (!unicode::isLetter(ch_)) {
        diags_.report(here(), diag::InvalidCharInIdent, formatCodePoint(ch_));
      }
    } else if (!isASCIILetter(ch_) && !isDecimal(ch_)) {
      break;
    }
    nextch();
  }
  Token t = makeToken(tok::ident);
  t.kind = llvm::StringSwitch<tok::Kind>(t.text)
#define KEYWORD(Name, Spelling) .Case(Spelling, tok::kw_##Name)
#include "lex/TokenKinds.def"
               .Default(tok::ident);
  insertSemi_ = t.is(tok::ident) || t.is(tok::kw_break) ||
                t.is(tok::kw_continue) || t.is(tok::kw_fallthrough) ||
                t.is(tok::kw_return);
  return t;
}

// Consumes { digit | '_' } of the given base; for a base up to 10 any decimal
// digit is taken, and the offset of the first one too large for the base is
// stored in *invalidAt (if not yet set). Returns bit 0 set if a digit was
// seen, bit 1 set if a '_' was.
unsigned Lexer::lexDigits(unsigned base, int *invalidAt) {
  unsigned seen = 0;
  for (;;) {
    if (ch_ == '_') {
      seen |= 2;
    } else if (base <= 10 ? isDecimal(ch_) : isHex(ch_)) {
      seen |= 1;
      if (base < 10 && (unsigned)(ch_ - '0') >= base && invalidAt &&
          *invalidAt < 0)
        *invalidAt = chPos_ - tokStart_;
    } else {
      return seen;
    }
    nextch();
  }
}

// int_lit       = decimal_lit | binary_lit | octal_lit | hex_lit .
// float_lit     = decimal_float_lit | hex_float_lit .
// imaginary_lit = (decimal_digits | int_lit | float_lit) "i" .
// The literal is lexed loosely (digits of any base, '_' anywhere) and then
// checked, so one malformed literal is one token and one diagnostic.
// `seenPoint`: the literal began with '.', already consumed.
Token Lexer::lexNumber(bool seenPoint) {
  bool ok = true;
  tok::Kind kind = tok::int_lit;
  unsigned base = 10;
  char prefix = 0; // '0' for a legacy octal 0123, 'x', 'o', 'b', or none
  unsigned seen = 0; // bit 0: a digit, bit 1: a '_'
  int invalidAt = -1; // offset of the first digit too large for the base

  if (!seenPoint) {
    if (ch_ == '0') {
      nextch();
      switch (lowerASCII(ch_)) {
      case 'x': base = 16, prefix = 'x'; nextch(); break;
      case 'o': base = 8, prefix = 'o'; nextch(); break;
      case 'b': base = 2, prefix = 'b'; nextch(); break;
      default: base = 8, prefix = '0', seen = 1; break;
      }
    }
    seen |= lexDigits(base, &invalidAt);
    if (ch_ == '.') {
      if (prefix == 'o' || prefix == 'b') {
        diags_.report(here(), diag::InvalidRadixPoint, baseName(base));
        ok = false;
      }
      nextch();
      seenPoint = true;
    }
  }
  if (seenPoint) {
    kind = tok::float_lit;
    seen |= lexDigits(base, &invalidAt);
  }
  if (!(seen & 1) && ok) {
    diags_.report(here(), diag::NoDigits, baseName(base));
    ok = false;
  }

  int32_t e = lowerASCII(ch_);
  if (e == 'e' || e == 'p') {
    if (ok && e == 'e' && prefix != 0 && prefix != '0') {
      diags_.report(here(), diag::ExponentNeedsDecimal, quoteRune(ch_));
      ok = false;
    } else if (ok && e == 'p' && prefix != 'x') {
      diags_.report(here(), diag::ExponentNeedsHex, quoteRune(ch_));
      ok = false;
    }
    nextch();
    kind = tok::float_lit;
    if (ch_ == '+' || ch_ == '-')
      nextch();
    unsigned expSeen = lexDigits(10, nullptr);
    seen = expSeen | (seen & 2);
    if (!(expSeen & 1) && ok) {
      diags_.report(here(), diag::ExponentNoDigits);
      ok = false;
    }
  } else if (prefix == 'x' && kind == tok::float_lit && ok) {
    diags_.report(here(), diag::HexMantissaNeedsP);
    ok = false;
  }

  if (ch_ == 'i') {
    kind = tok::imag_lit;
    nextch();
  }

  Token t = makeToken(kind);
  insertSemi_ = true;
  if (kind == tok::int_lit && invalidAt >= 0 && ok) {
    diags_.report(tokenLoc(invalidAt), diag::InvalidDigit,
                  quoteRune(t.text[invalidAt]), baseName(base));
    ok = false;
  }
  if ((seen & 2) && ok) {
    int at = misplacedSeparator(t.text);
    if (at >= 0)
      diags_.report(tokenLoc(at), diag::MisplacedSeparator);
  }
  return t;
}

// escape_sequence after the '\' (ch_ is the character after it): one of
// `a b f n r t v \` or the quote, \NNN octal, \xNN, \uNNNN, \UNNNNNNNN.
// Reports a bad escape and returns false; a bad character is not consumed.
// At the end of the file returns true: the caller reports the literal as
// not terminated.
bool Lexer::lexEscape(int32_t quote) {
  unsigned digits, base;
  uint32_t max;
  switch (ch_) {
  case 'a': case 'b': case 'f': case 'n': case 'r': case 't': case 'v':
  case '\\':
    nextch();
    return true;
  case '0': case '1': case '2': case '3': case '4': case '5': case '6':
  case '7':
    digits = 3, base = 8, max = 255;
    break;
  case 'x':
    nextch();
    digits = 2, base = 16, max = 255;
    break;
  case 'u':
    nextch();
    digits = 4, base = 16, max = kMaxRune;
    break;
  case 'U':
    nextch();
    digits = 8, base = 16, max = kMaxRune;
    break;
  default:
    if (ch_ == quote) {
      nextch();
      return true;
    }
    if (ch_ < 0)
      return true;
    diags_.report(here(), diag::UnknownEscape);
    return false;
  }

  uint32_t value = 0;
  for (unsigned i = 0; i < digits; ++i) {
    if (ch_ < 0)
      return true;
    unsigned d = hexValue(ch_);
    if (d >= base) {
      diags_.report(here(), diag::InvalidEscapeChar, quoteRune(ch_),
                    baseName(base));
      return false;
    }
    value = value * base + d;
    nextch();
  }
  if (value > max && base == 8) {
    diags_.report(here(), diag::OctalEscapeTooLarge, std::to_string(value));
    return false;
  }
  if (value > max || isSurrogate(value)) {
    diags_.report(here(), diag::EscapeInvalidCodePoint, formatCodePoint(value));
    return false;
  }
  return true;
}

// rune_lit = "'" ( unicode_value | byte_value ) "'" .
Token Lexer::lexRune() {
  bool ok = true;
  nextch();
  for (unsigned n = 0;; ++n) {
    if (ch_ == '\'') {
      if (ok && n == 0) {
        diags_.report(here(), diag::EmptyRune);
        ok = false;
      } else if (ok && n > 1) {
        diags_.report(tokLoc_, diag::RuneTooLong);
        ok = false;
      }
      nextch();
      break;
    }
    if (ch_ == '\\') {
      nextch();
      if (!lexEscape('\''))
        ok = false;
      continue;
    }
    if (ch_ == '\n') {
      if (ok)
        diags_.report(here(), diag::NewlineInRune);
      break;
    }
    if (ch_ < 0) {
      if (ok)
        diags_.report(tokLoc_, diag::RuneNotTerminated);
      break;
    }
    nextch();
  }
  insertSemi_ = true;
  return makeToken(tok::rune_lit);
}

// interpreted_string_lit = `"` { unicode_value | byte_value } `"` .
Token Lexer::lexString() {
  nextch();
  for (;;) {
    if (ch_ == '"') {
      nextch();
      break;
    }
    if (ch_ == '\\') {
      nextch();
      lexEscape('"');
      continue;
    }
    if (ch_ == '\n') {
      diags_.report(here(), diag::NewlineInString);
      break;
    }
    if (ch_ < 0) {
      diags_.report(tokLoc_, diag::StringNotTerminated);
      break;
    }
    nextch();
  }
  insertSemi_ = true;
  return makeToken(tok::string_lit);
}

// raw_string_lit = "`" { unicode_char | newline } "`" .
// The token keeps its carriage returns; unquoteString drops them.
Token Lexer::lexRawString() {
  nextch();
  for (;;) {
    if (ch_ == '`') {
      nextch();
      break;
    }
    if (ch_ < 0) {
      diags_.report(tokLoc_, diag::StringNotTerminated);
      break;
    }
    nextch();
  }
  insertSemi_ = true;
  return makeToken(tok::string_lit);
}

// `//` up to the end of the line; ch_ is the second '/'. The newline stays,
// to become an automatic semicolon if one is due.
void Lexer::skipLineComment() {
  while (ch_ >= 0 && ch_ != '\n')
    nextch();
}

// `/*` up to the next `*/`; ch_ is the '*'.
void Lexer::skipGeneralComment() {
  nextch();
  while (ch_ >= 0) {
    if (ch_ == '*') {
      nextch();
      if (ch_ == '/') {
        nextch();
        return;
      }
      continue;
    }
    nextch();
  }
  diags_.report(tokLoc_, diag::CommentNotTerminated);
}

std::vector<Token> golc::lexFile(const SourceManager &sm, uint32_t file,
                                 DiagEngine &diags) {
  Lexer lexer(sm, file, diags);
  std::vector<Token> toks;
  for (;;) {
    toks.push_back(lexer.next());
    if (toks.back().is(tok::eof))
      return toks;
  }
}

//===----------------------------------------------------------------------===//
// Literal values
//===----------------------------------------------------------------------===//

/// Decodes one character or escape of an interpreted literal at text[i],
/// advancing i. Sets `isByte` for \NNN and \xNN, whose value is one byte
/// rather than a code point. Lenient: malformed input yields some value.
static uint32_t decodeChar(llvm::StringRef text, size_t &i, bool &isByte) {
  isByte = false;
  if (text[i] != '\\' || i + 1 >= text.size()) {
    unsigned width;
    int32_t r = decodeRune(text.substr(i), width);
    i += width;
    return r < 0 ? 0xFFFD : r;
  }
  char c = text[i + 1];
  i += 2;
  unsigned digits = 0, base = 16;
  switch (c) {
  case 'a': return '\a';
  case 'b': return '\b';
  case 'f': return '\f';
  case 'n': return '\n';
  case 'r': return '\r';
  case 't': return '\t';
  case 'v': return '\v';
  case 'x': digits = 2, isByte = true; break;
  case 'u': digits = 4; break;
  case 'U': digits = 8; break;
  default:
    if (c < '0' || c > '7')
      return (unsigned char)c; // \\, \', \" (and anything malformed)
    digits = 3, base = 8, isByte = true;
    --i; // the first digit is part of the value
  }
  uint32_t value = 0;
  for (unsigned n = 0; n < digits && i < text.size(); ++n, ++i) {
    unsigned d = hexValue(text[i]);
    if (d >= base)
      break;
    value = value * base + d;
  }
  return isByte ? value & 0xFF : value;
}

std::string golc::unquoteString(llvm::StringRef text) {
  std::string out;
  if (text.empty())
    return out;
  char quote = text[0];
  text = text.drop_front();
  if (!text.empty() && text.back() == quote)
    text = text.drop_back();
  if (quote == '`') {
    for (char c : text)
      if (c != '\r')
        out += c;
    return out;
  }
  for (size_t i = 0; i < text.size();) {
    if (text[i] != '\\') {
      out += text[i++]; // UTF-8 is copied byte by byte
      continue;
    }
    bool isByte;
    uint32_t value = decodeChar(text, i, isByte);
    if (isByte)
      out += char(value);
    else
      appendUTF8(out, value);
  }
  return out;
}

uint32_t golc::unquoteRune(llvm::StringRef text) {
  if (text.size() < 2)
    return 0;
  size_t i = 1;
  bool isByte;
  return decodeChar(text, i, isByte);
}

//===----------------------------------------------------------------------===//
// -emit-tokens
//===----------------------------------------------------------------------===//

void golc::printTokens(const std::vector<Token> &toks, llvm::raw_ostream &os) {
  for (const Token &t : toks) {
    os << t.loc.line << ":" << t.loc.col << " " << tok::name(t.kind) << " '";
    // Control characters are escaped so that each token stays on one line.
    for (char c : t.text) {
      switch (c) {
      case '\n': os << "\\n"; break;
      case '\r': os << "\\r"; break;
      case '\t': os << "\\t"; break;
      default:
        if ((unsigned char)c < 0x20 || c == 0x7F)
          os << "\\x" << llvm::format_hex_no_prefix((unsigned char)c, 2);
        else
          os << c;
      }
    }
    os << "'\n";
  }
}
