//===- sema/ConstantOps.h - exact constant arithmetic (sema-private) ------===//
// The operations sema needs on Constants, as go/constant provides them to
// go/types: literal parsing, unary/binary operators, shifts, comparison and
// the representability of a constant in a basic type (with the rounding of
// floats to float32/float64). Integers are arbitrary precision, floats exact
// rationals; nothing here reports diagnostics.
//===----------------------------------------------------------------------===//
#ifndef GOLC_SEMA_CONSTANTOPS_H
#define GOLC_SEMA_CONSTANTOPS_H

#include "lex/Token.h"
#include "sema/Constant.h"
#include "sema/Types.h"

namespace golc {
namespace sema {
namespace constop {

/// The value of an int, float or rune literal, or of a string literal
/// (interpreted or raw), as written in the source. Unknown if the literal
/// cannot be represented (an exponent beyond any sensible range).
Constant fromLiteral(tok::Kind kind, llvm::StringRef text);

/// `op x` for + - ^ !. For ^ on an unsigned typed constant, `uintBits` is the
/// size of the type in bits (the complement is taken within it); else 0.
Constant unaryOp(tok::Kind op, const Constant &x, unsigned uintBits);
/// `x op y` for the arithmetic, bitwise and logical operators. `intDiv`
/// makes / truncate (integer operands).
Constant binaryOp(const Constant &x, tok::Kind op, const Constant &y,
                  bool intDiv);
/// `x << s` / `x >> s` of an integer constant.
Constant shift(const Constant &x, tok::Kind op, uint64_t s);
/// `x op y` for the comparison operators.
bool compare(const Constant &x, tok::Kind op, const Constant &y);

/// The integer value of x if it has one (1.0 → 1), else Unknown.
Constant toInt(const Constant &x);
/// x as a Float-kind constant (numbers only), else Unknown.
Constant toFloat(const Constant &x);
/// -1, 0 or 1 for numbers.
int sign(const Constant &x);
/// The number of bits of |x| for an integer constant.
unsigned bitLen(const Constant &x);
/// x as an int64 / uint64 if it is an integer in range.
bool int64Val(const Constant &x, int64_t &out);
bool uint64Val(const Constant &x, uint64_t &out);

/// Whether x is representable as a value of basic type `t` (spec:
/// Representability). If so and `rounded` is non-null, it receives x in t's
/// representation: an Int for integer types, x rounded to float32/float64.
bool representable(const Constant &x, const BasicType *t, Constant *rounded);

} // namespace constop
} // namespace sema
} // namespace golc

#endif
