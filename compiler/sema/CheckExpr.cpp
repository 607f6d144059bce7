//===- sema/CheckExpr.cpp - expressions, operators and constants -----------===//
// rawExpr checks one expression into an Operand and records it on the AST.
// Operators follow go/types: the operands are checked, untyped ones are
// converted towards each other's type (convertUntyped), then the operator's
// operand predicate is checked, and constant operands are folded exactly
// (typed constant results must stay representable in their type, untyped
// integers within 512 bits). Shifts have their own rules: the untyped left
// operand of a non-constant shift takes the type the shift expression ends up
// with (see updateExprType in Check.cpp).
//
// Strings, arrays (and pointers to them) and slices are indexed and sliced;
// constant indices are bounded by a constant length; only an addressable
// array is sliced. A map index m[k] is assignable but not addressable, and
// gives comma-ok. Composite literals are of struct types (keyed or
// positional), of array and slice types (positional or keyed by constant
// indices, elements `{...}` of the element type) or of map types (keyed,
// constant keys distinct, `{...}` keys and values elided), checked as types2
// does,
// with gc's wording; `&x` marks the variable at the root of x
// addressTaken (markAddressTaken), `*p` of a pointer is a variable. A func
// literal is checked at once (funcLit in CheckDecl.cpp); functions are values
// of their signature type.
//===----------------------------------------------------------------------===//
#include "sema/Checker.h"

using namespace golc;
using namespace golc::sema;

static std::string opSpelling(tok::Kind op) { return tok::spelling(op).str(); }

static bool isComparisonOp(tok::Kind op) {
  return op == tok::eql || op == tok::neq || op == tok::lss ||
         op == tok::leq || op == tok::gtr || op == tok::geq;
}

//===----------------------------------------------------------------------===//
// Entry points
//===----------------------------------------------------------------------===//

Checker::ExprKind Checker::rawExpr(Operand &x, ast::Expr *e) {
  ExprKind kind = exprInternal(x, e);
  record(x);
  return kind;
}

void Checker::expr(Operand &x, ast::Expr *e) {
  rawExpr(x, e);
  exclude(x, true, true, true);
  singleValue(x);
}

void Checker::multiExpr(Operand &x, ast::Expr *e) {
  rawExpr(x, e);
  exclude(x, true, true, true);
}

void Checker::exprOrType(Operand &x, ast::Expr *e) {
  rawExpr(x, e);
  exclude(x, true, false, false);
  singleValue(x);
}

void Checker::exclude(Operand &x, bool noValue, bool builtin, bool typeExpr) {
  diag::Kind kind;
  if (x.mode == OpMode::NoValue && noValue)
    kind = typeExpr ? diag::UsedAsValue : diag::UsedAsValueOrType;
  else if (x.mode == OpMode::Builtin && builtin)
    kind = diag::MustBeCalled;
  else if (x.mode == OpMode::TypeExpr && typeExpr)
    kind = diag::NotAnExpression;
  else
    return;
  error(at(x), kind, operandStr(x));
  x.mode = OpMode::Invalid;
}

void Checker::singleValue(Operand &x) {
  if (x.mode == OpMode::Value && llvm::isa_and_nonnull<TupleType>(x.type)) {
    error(at(x), diag::MultipleValueInSingleValueContext, operandStr(x));
    x.mode = OpMode::Invalid;
  }
}

void Checker::use(ast::Expr *e) {
  if (!e)
    return;
  if (auto *id = llvm::dyn_cast<ast::IdentExpr>(e); id && id->isBlank())
    return;
  Operand x;
  rawExpr(x, e);
}

void Checker::useAll(llvm::ArrayRef<ast::Expr *> es) {
  for (ast::Expr *e : es)
    use(e);
}

Checker::ExprKind Checker::exprInternal(Operand &x, ast::Expr *e) {
  using namespace ast;
  x = Operand();
  x.expr = e;
  x.type = types.invalid();

  switch (e->kind()) {
  case Node::BadExprKind:
  case Node::EllipsisExprKind: // only where the parser allows it
    break;                     // (reported by the parser)
  case Node::IdentExprKind: {
    auto *id = llvm::cast<IdentExpr>(e);
    ident(x, id, false);
    if (x.invalid())
      break;
    x.expr = e;
    return Expression;
  }
  case Node::BasicLitExprKind:
    basicLit(x, llvm::cast<BasicLitExpr>(e));
    if (x.invalid())
      break;
    x.expr = e;
    return Expression;
  case Node::FuncLitExprKind:
    funcLit(x, llvm::cast<FuncLitExpr>(e));
    if (x.invalid())
      break;
    x.expr = e;
    return Expression;
  case Node::CompositeLitExprKind: {
    const Type *hint = litHint_;
    litHint_ = nullptr;
    compositeLit(x, llvm::cast<CompositeLitExpr>(e), hint);
    if (x.invalid())
      break;
    x.expr = e;
    return Expression;
  }
  case Node::KeyValueExprKind:
    unsupported(startLoc(e), "composite literals");
    break;
  case Node::ParenExprKind: {
    ExprKind kind = rawExpr(x, llvm::cast<ParenExpr>(e)->x);
    x.expr = e;
    return kind;
  }
  case Node::SelectorExprKind: {
    auto *sel = llvm::cast<SelectorExpr>(e);
    selector(x, sel);
    if (x.invalid())
      break;
    x.expr = e;
    return Expression;
  }
  case Node::IndexExprKind:
    indexExpr(x, llvm::cast<IndexExpr>(e));
    if (x.invalid())
      break;
    x.expr = e;
    return Expression;
  case Node::SliceExprKind:
    sliceExpr(x, llvm::cast<SliceExpr>(e));
    if (x.invalid())
      break;
    x.expr = e;
    return Expression;
  case Node::TypeAssertExprKind:
    typeAssertion(x, llvm::cast<TypeAssertExpr>(e));
    if (x.invalid())
      break;
    x.expr = e;
    return Expression;
  case Node::CallExprKind:
    return callExpr(x, llvm::cast<CallExpr>(e));
  case Node::StarExprKind:
    starExpr(x, llvm::cast<StarExpr>(e));
    if (x.invalid())
      break;
    x.expr = e;
    return Expression;
  case Node::UnaryExprKind:
    unary(x, llvm::cast<UnaryExpr>(e));
    if (x.invalid())
      break;
    x.expr = e;
    // A receive may stand alone as a statement.
    return x.mode == OpMode::CommaOk ? Statement : Expression;
  case Node::BinaryExprKind: {
    auto *b = llvm::cast<BinaryExpr>(e);
    binary(x, e, b->x, b->y, b->op, b->opLoc);
    if (x.invalid())
      break;
    x.expr = e;
    return Expression;
  }
  case Node::ArrayTypeExprKind:
  case Node::StructTypeExprKind:
  case Node::FuncTypeExprKind:
  case Node::InterfaceTypeExprKind:
  case Node::MapTypeExprKind:
  case Node::ChanTypeExprKind: {
    const Type *t = typ(e);
    if (t == types.invalid())
      break;
    x.mode = OpMode::TypeExpr;
    x.type = t;
    x.expr = e;
    return Expression;
  }
  default:
    break; // sema's own nodes are never checked
  }
  x.mode = OpMode::Invalid;
  x.expr = e;
  return Statement; // no follow-on "is not used" error
}

void Checker::basicLit(Operand &x, ast::BasicLitExpr *e) {
  if (e->litKind == tok::imag_lit) {
    unsupported(e->loc(), "complex numbers");
    return;
  }
  // gc caps numeric literals: longer ones have no meaningful value.
  const size_t limit = 10000;
  if (e->litKind != tok::string_lit && e->litKind != tok::rune_lit &&
      e->text.size() > limit) {
    error(e->loc(), diag::ExcessivelyLongConstant, e->text.substr(0, 10),
          std::to_string(e->text.size()));
    return;
  }
  Constant v = constop::fromLiteral(e->litKind, e->text);
  if (!v.isValid()) {
    error(e->loc(), diag::MalformedConstant, e->text);
    return;
  }
  BasicType::BasicKind k = BasicType::UntypedString;
  switch (e->litKind) {
  case tok::int_lit:
    k = BasicType::UntypedInt;
    break;
  case tok::float_lit:
    k = BasicType::UntypedFloat;
    break;
  case tok::rune_lit:
    k = BasicType::UntypedRune;
    break;
  default:
    break;
  }
  x.mode = OpMode::Constant;
  x.type = types.basic(k);
  x.val = std::move(v);
}

//===----------------------------------------------------------------------===//
// Operators
//===----------------------------------------------------------------------===//

bool Checker::checkOp(bool (*pred)(const Type *), Operand &x, tok::Kind op) {
  if (pred(x.type))
    return true;
  error(at(x), diag::OperatorNotDefined, opSpelling(op), operandStr(x));
  return false;
}

static std::string opName(const ast::Expr *e) {
  if (auto *u = llvm::dyn_cast_or_null<ast::UnaryExpr>(e))
    return u->op == tok::caret ? "bitwise complement" : "";
  if (auto *b = llvm::dyn_cast_or_null<ast::BinaryExpr>(e)) {
    switch (b->op) {
    case tok::plus:
      return "addition";
    case tok::minus:
      return "subtraction";
    case tok::caret:
      return "bitwise XOR";
    case tok::star:
      return "multiplication";
    case tok::shl:
      return "shift";
    default:
      return "";
    }
  }
  return "";
}

void Checker::overflow(Operand &x) {
  if (!x.val.isValid())
    return;
  // Typed constants must be representable in their type after every
  // operation.
  if (isTyped(x.type)) {
    representable(x, asBasic(x.type));
    return;
  }
  // Untyped integers must not grow arbitrarily.
  const unsigned prec = 512;
  if (x.val.kind() == Constant::Int && constop::bitLen(x.val) > prec) {
    error(at(opLoc(x.expr)), diag::ConstantOverflow, opName(x.expr));
    x.val = Constant();
  }
}

void Checker::unary(Operand &x, ast::UnaryExpr *e) {
  expr(x, e->x);
  if (x.invalid())
    return;
  bool (*pred)(const Type *) = nullptr;
  switch (e->op) {
  case tok::amp:
    // spec: the operand must be addressable (or a composite literal).
    if (x.mode != OpMode::Variable &&
        !llvm::isa<ast::CompositeLitExpr>(ast::unparen(e->x))) {
      error(at(x), diag::CannotTakeAddress, operandStr(x));
      x.mode = OpMode::Invalid;
      return;
    }
    markAddressTaken(e->x);
    x.mode = OpMode::Value;
    x.type = types.pointer(x.type);
    return;
  case tok::arrow:
    receive(x);
    return;
  case tok::tilde:
    error(e->loc(), diag::TildeOutsideConstraint);
    x.mode = OpMode::Invalid;
    return;
  case tok::plus:
  case tok::minus:
    pred = isNumeric;
    break;
  case tok::caret:
    pred = isInteger;
    break;
  case tok::not_:
    pred = isBoolean;
    break;
  default:
    x.mode = OpMode::Invalid;
    return;
  }
  if (!checkOp(pred, x, e->op)) {
    x.mode = OpMode::Invalid;
    return;
  }
  if (x.mode == OpMode::Constant) {
    if (!x.val.isValid())
      return;
    unsigned prec = isUnsigned(x.type) ? sizeOf(x.type) * 8 : 0;
    x.val = constop::unaryOp(e->op, x.val, prec);
    x.expr = e;
    overflow(x);
    return;
  }
  x.mode = OpMode::Value;
}

static bool (*binaryPredicate(tok::Kind op))(const Type *) {
  switch (op) {
  case tok::plus:
    return isNumericOrString;
  case tok::minus:
  case tok::star:
  case tok::slash:
    return isNumeric;
  case tok::percent:
  case tok::amp:
  case tok::pipe:
  case tok::caret:
  case tok::amp_caret:
    return isInteger;
  case tok::and_and:
  case tok::or_or:
    return isBoolean;
  default:
    return nullptr;
  }
}

void Checker::binary(Operand &x, ast::Expr *e, ast::Expr *lhs, ast::Expr *rhs,
                     tok::Kind op, SourceLoc opLoc) {
  Operand y;
  expr(x, lhs);
  expr(y, rhs);
  if (x.invalid())
    return;
  if (y.invalid()) {
    x.mode = OpMode::Invalid;
    x.expr = y.expr;
    return;
  }
  if (op == tok::shl || op == tok::shr) {
    shift(x, y, e, op);
    return;
  }

  // Untyped operands take the other operand's type, where that can work.
  auto canMix = [&] {
    if (isInterface(x.type) || isInterface(y.type))
      return true;
    if (isBoolean(x.type) != isBoolean(y.type))
      return false;
    if (isString(x.type) != isString(y.type))
      return false;
    if (x.isNil() && !hasNil(y.type))
      return false;
    if (y.isNil() && !hasNil(x.type))
      return false;
    return true;
  };
  if (canMix()) {
    convertUntyped(x, y.type);
    if (x.invalid())
      return;
    convertUntyped(y, x.type);
    if (y.invalid()) {
      x.mode = OpMode::Invalid;
      return;
    }
  }

  if (isComparisonOp(op)) {
    comparison(x, y, op, false);
    return;
  }

  if (!identical(x.type, y.type)) {
    if (x.type != types.invalid() && y.type != types.invalid()) {
      if (e)
        error(at(x), diag::MismatchedTypes, exprStr(e), typeStr(x.type),
              typeStr(y.type));
      else
        error(at(x), diag::MismatchedTypesAssignOp, exprStr(lhs),
              opSpelling(op), exprStr(rhs), typeStr(x.type), typeStr(y.type));
    }
    x.mode = OpMode::Invalid;
    return;
  }

  auto pred = binaryPredicate(op);
  if (!pred || !checkOp(pred, x, op)) {
    x.mode = OpMode::Invalid;
    return;
  }

  if ((op == tok::slash || op == tok::percent) &&
      (x.mode == OpMode::Constant || isInteger(x.type)) &&
      y.mode == OpMode::Constant && y.val.isValid() &&
      constop::sign(y.val) == 0) {
    error(at(y), diag::DivisionByZero);
    x.mode = OpMode::Invalid;
    return;
  }

  if (x.mode == OpMode::Constant && y.mode == OpMode::Constant) {
    if (!x.val.isValid() || !y.val.isValid()) {
      x.val = Constant();
      return;
    }
    bool intDiv = op == tok::slash && isInteger(x.type);
    x.val = constop::binaryOp(x.val, op, y.val, intDiv);
    x.expr = e;
    overflow(x);
    return;
  }
  x.mode = OpMode::Value;
}

void Checker::shift(Operand &x, Operand &y, ast::Expr *e, tok::Kind op) {
  Constant xval;
  if (x.mode == OpMode::Constant)
    xval = constop::toInt(x.val);

  // The left operand must be an integer, or an untyped constant
  // representable as one.
  if (!isInteger(x.type) &&
      !(isUntyped(x.type) && xval.isValid() && xval.kind() == Constant::Int)) {
    error(at(x), diag::ShiftedOperandMustBeInteger, operandStr(x));
    x.mode = OpMode::Invalid;
    return;
  }

  // The count must be an integer, or an untyped constant representable as
  // a uint.
  if (y.mode == OpMode::Constant) {
    Constant yval = constop::toInt(y.val);
    if (yval.isValid() && constop::sign(yval) < 0) {
      error(at(y), diag::NegativeShiftCount, operandStr(y));
      x.mode = OpMode::Invalid;
      return;
    }
    if (isUntyped(y.type)) {
      representable(y, types.basic(BasicType::Uint));
      if (y.invalid()) {
        x.mode = OpMode::Invalid;
        return;
      }
    }
  } else if (isInteger(y.type)) {
    // fine: any integer type since go1.13
  } else if (isUntyped(y.type)) {
    convertUntyped(y, types.basic(BasicType::Uint));
    if (y.invalid()) {
      x.mode = OpMode::Invalid;
      return;
    }
  } else {
    error(at(y), diag::ShiftCountMustBeInteger, operandStr(y));
    x.mode = OpMode::Invalid;
    return;
  }

  if (x.mode == OpMode::Constant) {
    if (y.mode == OpMode::Constant) {
      if (!x.val.isValid() || !y.val.isValid()) {
        x.val = Constant();
        if (!isInteger(x.type))
          x.type = types.basic(BasicType::UntypedInt);
        return;
      }
      // Constant shifts stay within what a float64 can still express.
      const uint64_t shiftBound = 1023 - 1 + 52;
      uint64_t s;
      if (!constop::uint64Val(y.val, s) || s > shiftBound) {
        error(at(y), diag::InvalidShiftCount, operandStr(y));
        x.mode = OpMode::Invalid;
        return;
      }
      // 2.0 << 1 is an untyped integer.
      if (!isInteger(x.type))
        x.type = types.basic(BasicType::UntypedInt);
      x.val = constop::shift(xval, op, s);
      x.expr = e;
      overflow(x);
      return;
    }
    if (isUntyped(x.type)) {
      // spec: the untyped constant left operand of a non-constant shift
      // gets the type the shift would have without it; decided later.
      auto it = untyped_.find(x.expr);
      if (it != untyped_.end())
        it->second.isLhs = true;
      x.mode = OpMode::Value;
      return;
    }
  }

  if (!isInteger(x.type)) {
    error(at(x), diag::ShiftedOperandMustBeInteger, operandStr(x));
    x.mode = OpMode::Invalid;
    return;
  }
  x.mode = OpMode::Value;
}

std::string Checker::incomparableCause(const Type *t) {
  const Type *u = t->underlying();
  if (auto *st = llvm::dyn_cast<StructType>(u)) {
    for (const StructField &f : st->fields)
      if (!isComparable(f.type))
        return "struct containing " + typeStr(f.type) + " cannot be compared";
  } else if (llvm::isa<ArrayType>(u)) {
    return typeStr(t) + " cannot be compared";
  }
  // Slices, maps and funcs.
  return kindString(t) + " can only be compared to nil";
}

void Checker::comparison(Operand &x, Operand &y, tok::Kind op,
                         bool switchCase) {
  if (switchCase)
    op = tok::eql;
  Operand *errOp = &x;
  std::string cause;

  // spec: one operand must be assignable to the other's type.
  bool ok = assignableTo(x, y.type) || assignableTo(y, x.type);
  if (!ok) {
    errOp = &y; // gc reports it at the second operand
    cause = "mismatched types " + typeStr(x.type) + " and " + typeStr(y.type);
  } else if (op == tok::eql || op == tok::neq) {
    if (x.isNil() || y.isNil()) {
      const Type *t = x.isNil() ? y.type : x.type;
      if (!hasNil(t)) {
        errOp = &y;
        ok = false;
      }
    } else if (!isComparable(x.type)) {
      errOp = &x;
      ok = false;
      cause = incomparableCause(x.type);
    } else if (!isComparable(y.type)) {
      errOp = &y;
      ok = false;
      cause = incomparableCause(y.type);
    }
  } else if (!isOrdered(x.type)) {
    errOp = &x;
    ok = false;
  } else if (!isOrdered(y.type)) {
    errOp = &y;
    ok = false;
  }

  if (!ok) {
    if (cause.empty())
      cause = "operator " + opSpelling(op) + " not defined on " +
              kindString(errOp->type);
    // The switch tag of `switch {` is an implicit `true`.
    std::string yStr = y.expr ? exprStr(y.expr) : "true";
    if (switchCase)
      error(at(x), diag::InvalidCase, exprStr(x.expr), yStr, cause);
    else
      error(at(*errOp), diag::InvalidComparison, exprStr(x.expr),
            opSpelling(op), yStr, cause);
    x.mode = OpMode::Invalid;
    return;
  }

  if (x.mode == OpMode::Constant && y.mode == OpMode::Constant) {
    x.val = Constant::makeBool(constop::compare(x.val, op, y.val));
  } else {
    // The operands are materialised with their (default) types.
    x.mode = OpMode::Value;
    x.val = Constant();
    updateExprType(x.expr, defaultType(x.type, types), true);
    if (y.expr)
      updateExprType(y.expr, defaultType(y.type, types), true);
  }
  x.type = types.basic(BasicType::UntypedBool);
}

//===----------------------------------------------------------------------===//
// Index, slice and indirection
//===----------------------------------------------------------------------===//

void Checker::indexExpr(Operand &x, ast::IndexExpr *e) {
  exprOrType(x, e->x);
  if (x.invalid()) {
    useAll(e->indices);
    return;
  }
  if (x.mode == OpMode::TypeExpr) {
    unsupported(e->lbrack.isValid() ? e->lbrack : e->loc(), "generic types");
    x.mode = OpMode::Invalid;
    return;
  }
  int64_t length = -1;
  const Type *u = x.type->underlying();
  if (auto *p = llvm::dyn_cast<PointerType>(u))
    if (llvm::isa<ArrayType>(p->elem->underlying())) {
      // p[i] of a pointer to an array is (*p)[i], a variable.
      u = p->elem->underlying();
      x.mode = OpMode::Variable;
    }
  if (auto *a = llvm::dyn_cast<ArrayType>(u)) {
    length = a->len;
    // An element of an addressable array is a variable.
    if (x.mode != OpMode::Variable)
      x.mode = OpMode::Value;
    x.type = a->elem;
  } else if (auto *sl = llvm::dyn_cast<SliceType>(u)) {
    x.mode = OpMode::Variable;
    x.type = sl->elem;
  } else if (auto *m = llvm::dyn_cast<MapType>(u)) {
    // m[k]: the key must be assignable to the key type; the element can be
    // assigned to but not addressed, and read with comma-ok.
    if (e->indices.empty()) {
      x.mode = OpMode::Invalid;
      return;
    }
    Operand k;
    expr(k, e->indices[0]);
    assignment(k, m->key, "map index");
    if (k.invalid()) {
      x.mode = OpMode::Invalid;
      return;
    }
    x.mode = OpMode::MapIndex;
    x.type = m->elem;
    return;
  } else if (isString(x.type)) {
    if (x.mode == OpMode::Constant && x.val.kind() == Constant::String)
      length = (int64_t)x.val.stringVal().size();
    // An indexed string is a byte value, even if string and index are
    // constant.
    x.mode = OpMode::Value;
    x.type = types.byteType();
  } else {
    error(e->lbrack.isValid() ? e->lbrack : startLoc(e), diag::CannotIndex,
          operandStr(x));
    x.mode = OpMode::Invalid;
    return;
  }
  if (e->indices.empty()) {
    x.mode = OpMode::Invalid;
    return;
  }
  // (The parser accepts several indices only as type arguments.)
  int64_t v;
  index(e->indices[0], length, v);
}

bool Checker::index(ast::Expr *e, int64_t max, int64_t &val) {
  val = -1;
  Operand x;
  expr(x, e);
  if (!isValidIndex(x, "index", false))
    return false;
  if (x.mode != OpMode::Constant)
    return true;
  if (!x.val.isValid())
    return false;
  int64_t v = 0;
  constop::int64Val(x.val, v);
  if (max >= 0 && v >= max) {
    error(at(x), diag::IndexOutOfBounds, x.val.str(), std::to_string(max));
    return false;
  }
  val = v;
  return true;
}

bool Checker::isValidIndex(Operand &x, const char *what, bool allowNegative) {
  if (x.invalid())
    return false;
  // spec: an untyped constant index is given type int.
  convertUntyped(x, types.intType());
  if (x.invalid())
    return false;
  if (!isInteger(x.type)) {
    error(at(x), diag::IndexMustBeInteger, what, operandStr(x));
    return false;
  }
  if (x.mode == OpMode::Constant && x.val.isValid()) {
    if (!allowNegative && constop::sign(x.val) < 0) {
      error(at(x), diag::IndexMustNotBeNegative, what, operandStr(x));
      return false;
    }
    if (!constop::representable(x.val, types.basic(BasicType::Int), &x.val)) {
      error(at(x), diag::IndexOverflowsInt, what, operandStr(x));
      return false;
    }
  }
  return true;
}

void Checker::sliceExpr(Operand &x, ast::SliceExpr *e) {
  expr(x, e->x);
  if (x.invalid()) {
    useAll({e->lo, e->hi, e->max});
    return;
  }
  int64_t length = -1;
  const Type *u = x.type->underlying();
  if (auto *p = llvm::dyn_cast<PointerType>(u))
    if (auto *a = llvm::dyn_cast<ArrayType>(p->elem->underlying())) {
      length = a->len;
      x.type = types.slice(a->elem);
      x.mode = OpMode::Value;
      u = x.type;
    }
  if (auto *a = llvm::dyn_cast<ArrayType>(u)) {
    if (x.mode != OpMode::Variable) {
      error(at(x), diag::CannotSliceUnaddressable, operandStr(x));
      x.mode = OpMode::Invalid;
      return;
    }
    markAddressTaken(e->x);
    length = a->len;
    x.type = types.slice(a->elem);
    u = x.type;
  }
  if (llvm::isa<SliceType>(u)) {
    x.mode = OpMode::Value;
  } else if (!isString(x.type)) {
    error(at(x), diag::CannotSlice, operandStr(x));
    x.mode = OpMode::Invalid;
    return;
  } else if (e->slice3) {
    error(e->max ? startLoc(e->max) : startLoc(e), diag::ThreeIndexSliceOfString);
    x.mode = OpMode::Invalid;
    return;
  } else if (x.mode == OpMode::Constant &&
             x.val.kind() == Constant::String) {
    length = (int64_t)x.val.stringVal().size();
  }
  // spec: slicing an untyped string gives a (non-constant) string.
  if (isUntyped(x.type))
    x.type = types.stringType();
  x.mode = OpMode::Value;

  ast::Expr *parts[3] = {e->lo, e->hi, e->max};
  int64_t ind[3];
  for (int i = 0; i < 3; ++i) {
    int64_t v = -1;
    if (parts[i]) {
      // Constant strings bound the indices by their length.
      int64_t val;
      if (index(parts[i], length >= 0 ? length + 1 : -1, val) && val >= 0)
        v = val;
    } else if (i == 0) {
      v = 0;
    } else if (length >= 0) {
      v = length;
    }
    ind[i] = v;
  }
  // Constant indices must be in order.
  for (int i = 0; i < 2; ++i) {
    if (ind[i] <= 0)
      continue;
    for (int j = i + 1; j < 3; ++j)
      if (parts[j] && ind[j] >= 0 && ind[j] < ind[i]) {
        error(startLoc(parts[j]), diag::InvalidSliceIndices,
              std::to_string(ind[j]), std::to_string(ind[i]));
        return;
      }
  }
}

void Checker::starExpr(Operand &x, ast::StarExpr *e) {
  exprOrType(x, e->x);
  if (x.invalid())
    return;
  if (x.mode == OpMode::TypeExpr) {
    x.type = types.pointer(x.type);
    return;
  }
  if (x.isNil()) {
    error(at(x), diag::IndirectNil);
  } else if (auto *p = llvm::dyn_cast<PointerType>(x.type->underlying())) {
    x.mode = OpMode::Variable;
    x.type = p->elem;
    return;
  } else {
    error(at(x), diag::CannotIndirect, operandStr(x));
  }
  x.mode = OpMode::Invalid;
}

void Checker::markAddressTaken(ast::Expr *e) {
  // Down through fields of struct values (not through pointers: what a
  // pointer points to is on the heap already) to a variable.
  for (;;) {
    e = ast::unparen(e);
    if (auto *id = llvm::dyn_cast<ast::IdentExpr>(e)) {
      if (auto *v = llvm::dyn_cast_or_null<Var>(id->obj))
        v->addressTaken = true;
      return;
    }
    auto *sel = llvm::dyn_cast<ast::SelectorExpr>(e);
    if (!sel || !sel->selection || sel->selection->indirect)
      return;
    e = sel->x;
  }
}

void Checker::compositeLit(Operand &x, ast::CompositeLitExpr *e,
                           const Type *hint) {
  x.mode = OpMode::Invalid;
  const Type *t = hint;
  auto *arr = llvm::dyn_cast_or_null<ast::ArrayTypeExpr>(
      e->typeExpr ? ast::unparen(e->typeExpr) : nullptr);
  if (arr && arr->len && llvm::isa<ast::EllipsisExpr>(arr->len)) {
    // [...]T{...}: the length is the literal's.
    const Type *elem = typ(arr->elt);
    if (elem == types.invalid()) {
      t = elem;
    } else {
      int64_t n = indexedElts(e->elts, elem, -1);
      x.mode = OpMode::Value;
      x.type = types.array(elem, n);
      recordTypeAndValue(e->typeExpr, OpMode::TypeExpr, x.type, Constant());
      return;
    }
  } else if (e->typeExpr) {
    t = typ(e->typeExpr);
  }
  // The values are still checked for their uses when the type is bad.
  auto useElts = [&] {
    for (ast::Expr *elt : e->elts)
      if (auto *kv = llvm::dyn_cast<ast::KeyValueExpr>(elt))
        use(kv->val);
      else
        use(elt);
  };
  if (!t || t == types.invalid()) {
    if (!t) // an elided type outside an array, slice or map literal
      unsupported(startLoc(e), "composite literals");
    useElts();
    return;
  }
  if (auto *a = llvm::dyn_cast_or_null<ArrayType>(t->underlying())) {
    indexedElts(e->elts, a->elem, a->len);
    x.mode = OpMode::Value;
    x.type = t;
    return;
  }
  if (auto *sl = llvm::dyn_cast_or_null<SliceType>(t->underlying())) {
    indexedElts(e->elts, sl->elem, -1);
    x.mode = OpMode::Value;
    x.type = t;
    return;
  }
  if (auto *m = llvm::dyn_cast_or_null<MapType>(t->underlying())) {
    mapElts(e->elts, m);
    x.mode = OpMode::Value;
    x.type = t;
    return;
  }
  auto *st = llvm::dyn_cast_or_null<StructType>(t->underlying());
  if (!st) {
    error(startLoc(e), diag::InvalidCompositeLitType, typeStr(t));
    useElts();
    return;
  }
  const std::vector<StructField> &fields = st->fields;
  // gc places an error about a key:value element at its ':'.
  auto colon = [](ast::KeyValueExpr *kv) {
    SourceLoc l = kv->key->loc();
    if (auto *id = llvm::dyn_cast<ast::IdentExpr>(kv->key))
      l.col += id->name.size();
    return l;
  };
  if (!e->elts.empty() && llvm::isa<ast::KeyValueExpr>(e->elts[0])) {
    // Keyed: every element names a field of the struct itself.
    std::vector<bool> visited(fields.size());
    for (ast::Expr *elt : e->elts) {
      auto *kv = llvm::dyn_cast<ast::KeyValueExpr>(elt);
      if (!kv) {
        error(startLoc(elt), diag::MixedStructLit);
        use(elt);
        continue;
      }
      auto *key = llvm::dyn_cast<ast::IdentExpr>(kv->key);
      if (!key) {
        error(startLoc(kv->key), diag::InvalidFieldName, exprStr(kv->key));
        use(kv->val);
        continue;
      }
      // An unexported field of another package cannot be named.
      size_t i = 0;
      while (i < fields.size() &&
             (fields[i].name != key->name || key->isBlank() ||
              (!isExported(key->name) && fieldVar(st, (int)i)->pkg != pkg)))
        ++i;
      if (i == fields.size()) {
        error(key->loc(), diag::UnknownFieldInLit, key->name, typeStr(t));
        use(kv->val);
        continue;
      }
      recordUse(key, fieldVar(st, (int)i));
      Operand y;
      expr(y, kv->val);
      assignment(y, fields[i].type, "struct literal");
      if (visited[i]) {
        error(colon(kv), diag::DuplicateFieldInLit, key->name);
        continue;
      }
      visited[i] = true;
    }
  } else {
    // Positional: one value per field, in order.
    for (size_t i = 0; i < e->elts.size(); ++i) {
      ast::Expr *elt = e->elts[i];
      if (auto *kv = llvm::dyn_cast<ast::KeyValueExpr>(elt)) {
        error(colon(kv), diag::MixedStructLit);
        use(kv->val);
        continue;
      }
      Operand y;
      expr(y, elt);
      if (i >= fields.size()) {
        error(at(y), diag::TooManyValuesIn, exprStr(e));
        break;
      }
      if (!isExported(fields[i].name) && fieldVar(st, (int)i)->pkg != pkg) {
        error(at(y), diag::UnexportedFieldInLit, fields[i].name,
              typeStr(t));
        continue;
      }
      assignment(y, fields[i].type, "struct literal");
    }
    if (!e->elts.empty() && e->elts.size() < fields.size())
      error(e->rbrace, diag::TooFewValuesIn, exprStr(e));
  }
  x.mode = OpMode::Value;
  x.type = t;
}

int64_t Checker::indexedElts(std::vector<ast::Expr *> &elts,
                             const Type *elem, int64_t length) {
  std::set<int64_t> visited;
  int64_t index = 0, max = 0;
  for (ast::Expr *elt : elts) {
    ast::Expr *val = elt;
    bool validIndex = false;
    // gc places a duplicate keyed element at its ':' (after a name or a
    // literal key; elsewhere at the key).
    SourceLoc dupLoc = startLoc(elt);
    if (auto *kv = llvm::dyn_cast<ast::KeyValueExpr>(elt)) {
      val = kv->val;
      if (auto *id = llvm::dyn_cast<ast::IdentExpr>(kv->key))
        dupLoc.col += id->name.size();
      else if (auto *lit = llvm::dyn_cast<ast::BasicLitExpr>(kv->key))
        dupLoc.col += lit->text.size();
      int64_t i;
      if (this->index(kv->key, length, i)) {
        if (i >= 0) {
          index = i;
          validIndex = true;
        } else {
          error(startLoc(kv->key), diag::IndexMustBeIntegerConstant,
                exprStr(kv->key));
        }
      }
    } else if (length >= 0 && index >= length) {
      error(startLoc(elt), diag::LitIndexOutOfBounds, std::to_string(index),
            std::to_string(length));
    } else {
      validIndex = true;
    }
    if (validIndex) {
      if (!visited.insert(index).second)
        error(dupLoc, diag::DuplicateIndexInLit, std::to_string(index));
    }
    ++index;
    if (index > max)
      max = index;
    // An element `{...}` has the element type.
    if (auto *lit = llvm::dyn_cast<ast::CompositeLitExpr>(val))
      if (!lit->typeExpr)
        litHint_ = elem;
    Operand y;
    expr(y, val);
    litHint_ = nullptr;
    assignment(y, elem, "array or slice literal");
  }
  return max;
}

void Checker::mapElts(std::vector<ast::Expr *> &elts, const MapType *m) {
  // Constant keys are distinct; they are compared by type and value.
  std::set<std::pair<const Type *, std::string>> visited;
  // A key or value `{...}` has the key or element type.
  auto check = [&](Operand &y, ast::Expr *e, const Type *t) {
    if (auto *lit = llvm::dyn_cast<ast::CompositeLitExpr>(e))
      if (!lit->typeExpr)
        litHint_ = t;
    expr(y, e);
    litHint_ = nullptr;
    assignment(y, t, "map literal");
  };
  for (ast::Expr *elt : elts) {
    auto *kv = llvm::dyn_cast<ast::KeyValueExpr>(elt);
    if (!kv) {
      error(startLoc(elt), diag::MissingMapKey);
      use(elt);
      continue;
    }
    Operand k;
    check(k, kv->key, m->key);
    if (!k.invalid() && k.mode == OpMode::Constant && k.val.isValid() &&
        !visited.insert({k.type, k.val.str()}).second)
      error(at(k), diag::DuplicateMapKey, k.val.str());
    Operand v;
    check(v, kv->val, m->elem);
  }
}

//===----------------------------------------------------------------------===//
// Implicit conversion of untyped operands
//===----------------------------------------------------------------------===//

Checker::ConvCode Checker::representation(const Operand &x, const BasicType *t,
                                          Constant &v) {
  v = x.val;
  if (constop::representable(x.val, t, &v))
    return ConvOK;
  if (isNumeric(x.type) && t->isNumeric()) {
    // float -> integer truncates; everything else overflows.
    if (!isInteger(x.type) && t->isInteger())
      return TruncatedFloat;
    return NumericOverflow;
  }
  return InvalidConstVal;
}

void Checker::representable(Operand &x, const BasicType *t) {
  Constant v;
  ConvCode code = representation(x, t, v);
  if (code != ConvOK) {
    invalidConversion(code, x, t);
    x.mode = OpMode::Invalid;
    return;
  }
  x.val = v;
}

void Checker::invalidConversion(ConvCode code, Operand &x,
                                const Type *target) {
  diag::Kind kind = code == TruncatedFloat    ? diag::TruncatedTo
                    : code == NumericOverflow ? diag::OverflowsType
                                              : diag::CannotConvert;
  error(at(x), kind, operandStr(x), typeStr(target));
}

const Type *Checker::implicitTypeAndValue(Operand &x, const Type *target,
                                          Constant &val, ConvCode &code) {
  code = ConvOK;
  if (x.invalid() || isTyped(x.type) || target == types.invalid())
    return x.type;

  if (isUntyped(target)) {
    // Both untyped: numeric kinds widen (int < rune < float).
    auto xk = asBasic(x.type)->bkind, tk = asBasic(target)->bkind;
    if (isNumeric(x.type) && isNumeric(target)) {
      if (xk < tk)
        return target;
    } else if (xk != tk) {
      code = InvalidUntypedConversion;
      return nullptr;
    }
    return x.type;
  }

  if (x.isNil()) {
    if (hasNil(target))
      return target;
    code = InvalidUntypedConversion;
    return nullptr;
  }

  const Type *u = target->underlying();
  if (auto *b = llvm::dyn_cast<BasicType>(u)) {
    if (x.mode == OpMode::Constant) {
      Constant v;
      code = representation(x, b, v);
      if (code != ConvOK)
        return nullptr;
      val = v;
      return target;
    }
    // Non-constant untyped values: comparison results, and the left
    // operands of non-constant shifts.
    bool ok = false;
    switch (asBasic(x.type)->bkind) {
    case BasicType::UntypedBool:
      ok = isBoolean(target);
      break;
    case BasicType::UntypedInt:
    case BasicType::UntypedRune:
    case BasicType::UntypedFloat:
      ok = isNumeric(target);
      break;
    case BasicType::UntypedString:
      ok = isString(target);
      break;
    default:
      break;
    }
    if (!ok) {
      code = InvalidUntypedConversion;
      return nullptr;
    }
    return target;
  }
  if (auto *i = llvm::dyn_cast<InterfaceType>(u)) {
    // Values in interfaces have concrete (default) types.
    if (!i->isEmpty()) {
      code = InvalidUntypedConversion;
      return nullptr;
    }
    return defaultType(x.type, types);
  }
  code = InvalidUntypedConversion;
  return nullptr;
}

void Checker::convertUntyped(Operand &x, const Type *target) {
  Constant val;
  ConvCode code;
  const Type *newType = implicitTypeAndValue(x, target, val, code);
  if (!newType) {
    invalidConversion(code, x, target->underlying());
    x.mode = OpMode::Invalid;
    return;
  }
  if (val.isValid()) {
    x.val = val;
    updateExprVal(x.expr, val);
  }
  if (newType != x.type) {
    x.type = newType;
    updateExprType(x.expr, newType, false);
  }
}
