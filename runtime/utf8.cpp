//===- runtime/utf8.cpp - UTF-8 for string(rune) and range over strings ---===//
//
// The runtime's UTF-8 encoder and decoder, with Go's rules: a code point is
// valid if it is at most U+10FFFF and not a surrogate (U+D800..U+DFFF), and
// only the shortest encoding of a code point is valid. Invalid input
// decodes as U+FFFD consuming one byte, and an invalid rune encodes as
// U+FFFD, so `for i, r := range s` and string(r) behave exactly as in gc.
//
//===----------------------------------------------------------------------===//

#include "runtime.h"

enum : int32_t {
  runeError = 0xFFFD,
  maxRune = 0x10FFFF,
  surrogateMin = 0xD800,
  surrogateMax = 0xDFFF,
};

static bool isContinuation(uint8_t b) { return (b & 0xC0) == 0x80; }

// Decodes the rune at s[k] (k < len(s)). Returns it and the index just
// after it; (U+FFFD, k+1) if the bytes there are not valid UTF-8.
decoderuneResult decoderune(String s, intgo k) {
  const uint8_t *p = s.str + k;
  intgo left = s.len - k;
  uint8_t c0 = p[0];
  if (c0 < 0x80)
    return decoderuneResult{c0, k + 1};

  // The second byte's range tightens for the lead bytes whose shortest
  // encodings or surrogates start lower or end higher.
  if (c0 >= 0xC2 && c0 <= 0xDF) {
    if (left >= 2 && isContinuation(p[1]))
      return decoderuneResult{(int32_t)(c0 & 0x1F) << 6 | (p[1] & 0x3F), k + 2};
  } else if (c0 >= 0xE0 && c0 <= 0xEF) {
    uint8_t lo = c0 == 0xE0 ? 0xA0 : 0x80; // no overlong encodings
    uint8_t hi = c0 == 0xED ? 0x9F : 0xBF; // no surrogates
    if (left >= 3 && p[1] >= lo && p[1] <= hi && isContinuation(p[2]))
      return decoderuneResult{(int32_t)(c0 & 0x0F) << 12 | (int32_t)(p[1] & 0x3F) << 6 |
                                  (p[2] & 0x3F),
                              k + 3};
  } else if (c0 >= 0xF0 && c0 <= 0xF4) {
    uint8_t lo = c0 == 0xF0 ? 0x90 : 0x80; // no overlong encodings
    uint8_t hi = c0 == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
    if (left >= 4 && p[1] >= lo && p[1] <= hi && isContinuation(p[2]) && isContinuation(p[3]))
      return decoderuneResult{(int32_t)(c0 & 0x07) << 18 | (int32_t)(p[1] & 0x3F) << 12 |
                                  (int32_t)(p[2] & 0x3F) << 6 | (p[3] & 0x3F),
                              k + 4};
  }
  return decoderuneResult{runeError, k + 1};
}

intgo encoderune(uint8_t *p, int32_t r) {
  if (r >= 0 && r < 0x80) {
    p[0] = (uint8_t)r;
    return 1;
  }
  if (r >= 0 && r < 0x800) {
    p[0] = (uint8_t)(0xC0 | r >> 6);
    p[1] = (uint8_t)(0x80 | (r & 0x3F));
    return 2;
  }
  if (r < 0 || r > maxRune || (r >= surrogateMin && r <= surrogateMax))
    r = runeError;
  if (r < 0x10000) {
    p[0] = (uint8_t)(0xE0 | r >> 12);
    p[1] = (uint8_t)(0x80 | (r >> 6 & 0x3F));
    p[2] = (uint8_t)(0x80 | (r & 0x3F));
    return 3;
  }
  p[0] = (uint8_t)(0xF0 | r >> 18);
  p[1] = (uint8_t)(0x80 | (r >> 12 & 0x3F));
  p[2] = (uint8_t)(0x80 | (r >> 6 & 0x3F));
  p[3] = (uint8_t)(0x80 | (r & 0x3F));
  return 4;
}
