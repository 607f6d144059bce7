//===- sema/Constant.h - exact constant values -----------------------------===//
// Go's constants are exact: untyped integer constants are arbitrary-precision
// integers (gc rejects those that need more than 512 bits), untyped floats are
// exact (represented here as rationals of arbitrary-precision integers), and
// arithmetic on them never rounds until a constant is converted to a typed
// float. A Constant is a value; sema::Constant owns its storage.
//===----------------------------------------------------------------------===//
#ifndef GOLC_SEMA_CONSTANT_H
#define GOLC_SEMA_CONSTANT_H

#include "llvm/ADT/APSInt.h"
#include <string>

namespace golc {
namespace sema {

class Constant {
public:
  enum Kind : unsigned char { Unknown, Bool, String, Int, Float };

  Constant() = default;
  static Constant makeBool(bool b);
  static Constant makeString(std::string s);
  static Constant makeInt(const llvm::APSInt &v);
  static Constant makeInt(int64_t v);
  /// num/den, exact (den > 0).
  static Constant makeRational(const llvm::APSInt &num, const llvm::APSInt &den);
  static Constant makeFloat(double d);

  Kind kind() const { return kind_; }
  bool isValid() const { return kind_ != Unknown; }

  bool boolVal() const { return b_; }
  const std::string &stringVal() const { return s_; }
  /// For Int (and Float with an integral value): the exact integer.
  llvm::APSInt intVal() const;
  /// Whether the value is an integer (Float constants may be: 2.0).
  bool isIntegral() const;
  /// Nearest double.
  double toDouble() const;
  /// Truncated/wrapped to `bits` (lower's helper: a constant known to fit).
  uint64_t toUInt64() const;
  int64_t toInt64() const;

  /// Go's spelling in diagnostics: `300`, `1.5`, `"s"`, `true`.
  std::string str() const;

  // Storage (implementation detail): exact rational num/den_ for Int and Float.
  llvm::APSInt num_, den_;

private:
  Kind kind_ = Unknown;
  bool b_ = false;
  std::string s_;
};

} // namespace sema
} // namespace golc

#endif
