//===- sema/CheckCall.cpp - calls, builtins, conversions and selectors -----===//
// `f(args)` is one of three things, decided by what `f` denotes: a type (a
// conversion), a builtin, or a function. Arguments are checked against the
// parameters as assignments (`argument to f`), and a count mismatch is
// reported as gc does, with the `have (...)` / `want (...)` lines. The
// callee may be any func value; a variadic one takes the arguments from its
// last parameter's on each as the element type, or with `xs...` the slice.
//
// Of the builtins, golc's subset has len and cap (of strings, arrays,
// slices and channels, len also of maps; len of an array variable is a
// constant), make of slices, maps and channels, append (also
// `append(s, xs...)` and `append(b, str...)`), copy, delete, close, new,
// print, println, panic and recover; the
// others are reported unsupported. A builtin call's callee gets
// the signature of this call as its type (`len: func(string) int`), which is
// what lower dispatches on together with the Builtin object's id.
//
// A selector x.f is a struct field or a method, found breadth first through
// embedded fields (lookupField, the methods of each named type reached
// alongside its struct's fields, and those of each interface reached) and
// recorded as a Selection with its index path. x.m of a value is a method
// value (MethodVal, gc's automatic &x for a pointer method of an addressable
// x), T.m a method expression (MethodExpr, the receiver its first
// parameter). A pointer to an interface has no methods.
//===----------------------------------------------------------------------===//
#include "sema/Checker.h"

using namespace golc;
using namespace golc::sema;

Checker::ExprKind Checker::callExpr(Operand &x, ast::CallExpr *call) {
  exprOrType(x, call->fun);

  switch (x.mode) {
  case OpMode::Invalid:
    useAll(call->args);
    x.mode = OpMode::Invalid;
    x.expr = call;
    return Statement;

  case OpMode::TypeExpr: {
    // A conversion T(x).
    call->callKind = ast::CallExpr::CallKind::Conversion;
    const Type *t = x.type;
    x.mode = OpMode::Invalid;
    size_t n = call->args.size();
    if (n == 0) {
      error(startLoc(call), diag::MissingConversionArg, typeStr(t));
    } else if (n == 1) {
      expr(x, call->args[0]);
      if (!x.invalid()) {
        if (call->hasEllipsis) {
          error(startLoc(call->args[0]), diag::DotsInConversion, typeStr(t));
          x.mode = OpMode::Invalid;
        } else {
          conversion(x, t);
        }
      }
    } else {
      useAll(call->args);
      error(startLoc(call->args[n - 1]), diag::TooManyConversionArgs,
            typeStr(t));
    }
    x.expr = call;
    return Conversion;
  }

  case OpMode::Builtin: {
    call->callKind = ast::CallExpr::CallKind::Builtin;
    Builtin::Id id = x.builtinId;
    if (!builtin(x, call, id))
      x.mode = OpMode::Invalid;
    x.expr = call;
    // As in gc, only the builtins without a result are statements.
    switch (id) {
    case Builtin::Append: case Builtin::Cap: case Builtin::Complex:
    case Builtin::Imag: case Builtin::Len: case Builtin::Make:
    case Builtin::New: case Builtin::Real:
      return Expression;
    default:
      return Statement;
    }
  }

  default:
    break;
  }

  auto *sig = llvm::dyn_cast<SignatureType>(x.type->underlying());
  if (!sig) {
    error(at(x), diag::CannotCallNonFunction, operandStr(x));
    useAll(call->args);
    x.mode = OpMode::Invalid;
    x.expr = call;
    return Statement;
  }
  call->callKind = ast::CallExpr::CallKind::Call;
  std::vector<Operand> args = exprList(call->args, false);
  arguments(call, sig, args);

  const auto &results = sig->results->types;
  if (results.empty()) {
    x.mode = OpMode::NoValue;
    x.type = sig->results;
  } else if (results.size() == 1) {
    x.mode = OpMode::Value;
    x.type = results[0];
  } else {
    x.mode = OpMode::Value;
    x.type = sig->results;
  }
  x.val = Constant();
  x.expr = call;
  return Statement;
}

std::vector<Operand> Checker::exprList(llvm::ArrayRef<ast::Expr *> es,
                                       bool allowCommaOk) {
  std::vector<Operand> list;
  if (es.size() == 1) {
    // One value, a comma-ok value, or a call with several results.
    Operand x;
    multiExpr(x, es[0]);
    if (auto *t = llvm::dyn_cast_or_null<TupleType>(x.type);
        t && !x.invalid() && x.mode != OpMode::NoValue) {
      for (const Type *elem : t->types) {
        Operand r;
        r.mode = OpMode::Value;
        r.expr = es[0];
        r.type = elem;
        list.push_back(r);
      }
      return list;
    }
    if (allowCommaOk &&
        (x.mode == OpMode::MapIndex || x.mode == OpMode::CommaOk)) {
      x.mode = OpMode::Value;
      list.push_back(x);
      Operand ok;
      ok.mode = OpMode::Value;
      ok.expr = es[0];
      ok.type = types.basic(BasicType::UntypedBool);
      list.push_back(ok);
      return list;
    }
    list.push_back(x);
    return list;
  }
  for (ast::Expr *e : es) {
    Operand x;
    expr(x, e);
    list.push_back(x);
  }
  return list;
}

std::string Checker::typesSummary(llvm::ArrayRef<const Type *> ts,
                                  bool variadic) const {
  std::string out = "(";
  for (size_t i = 0; i < ts.size(); ++i) {
    if (i)
      out += ", ";
    const Type *t = ts[i];
    if (!t || t == types.invalid()) {
      out += "<T>";
    } else if (isUntyped(t)) {
      // "have number, want float64" says what is wrong; "untyped int"
      // would not.
      if (isNumeric(t))
        out += "number";
      else {
        std::string name = llvm::cast<BasicType>(t)->name;
        out += name.substr(name.find(' ') + 1);
      }
    } else if (variadic && i + 1 == ts.size()) {
      out += "..." + typeStr(llvm::cast<SliceType>(t)->elem);
    } else {
      out += typeStr(t);
    }
  }
  return out + ")";
}

void Checker::arguments(ast::CallExpr *call, const SignatureType *sig,
                        std::vector<Operand> &args) {
  for (Operand &a : args)
    if (a.invalid())
      return;
  if (call->hasEllipsis && !sig->variadic) {
    error(startLoc(call), diag::DotsInNonVariadicCall, exprStr(call->fun));
    return;
  }
  const auto &params = sig->params->types;
  size_t nargs = args.size(), npars = params.size();
  // Without `...`, the arguments from the last parameter's on are each of
  // its element type; with it, the last argument is the slice itself.
  bool spread = sig->variadic && !call->hasEllipsis;
  if (spread ? nargs + 1 < npars : nargs != npars) {
    SourceLoc loc = startLoc(call);
    const char *which = "not enough";
    if (nargs > npars) {
      loc = startLoc(args[npars].expr); // the first extra argument
      which = "too many";
    } else if (nargs > 0) {
      loc = startLoc(args[nargs - 1].expr); // the last argument
    }
    std::vector<const Type *> have;
    for (Operand &a : args)
      have.push_back(a.type);
    error(loc, diag::WrongArgumentCount, which, exprStr(call->fun),
          typesSummary(have, false), typesSummary(params, sig->variadic));
    return;
  }
  std::string context = "argument to " + exprStr(call->fun);
  for (size_t i = 0; i < nargs; ++i) {
    const Type *t = params[std::min(i, npars - 1)];
    if (spread && i + 1 >= npars)
      if (auto *sl = llvm::dyn_cast<SliceType>(params.back()))
        t = sl->elem;
    assignment(args[i], t, context);
  }
}

bool Checker::builtin(Operand &x, ast::CallExpr *call, Builtin::Id id) {
  std::string name = exprStr(ast::unparen(call->fun));
  if (call->hasEllipsis && id != Builtin::Append) {
    error(startLoc(call), diag::DotsWithBuiltin, name);
    useAll(call->args);
    return false;
  }
  // make's first argument is a type: a slice, map or channel type.
  if (id == Builtin::Make && !call->args.empty()) {
    const Type *t = typ(call->args[0]);
    if (t == types.invalid()) {
      useAll(llvm::ArrayRef<ast::Expr *>(call->args).drop_front());
      return false;
    }
    if (llvm::isa<SliceType>(t->underlying()) ||
        llvm::isa<MapType>(t->underlying()) ||
        llvm::isa<ChanType>(t->underlying()))
      return makeCall(x, call, t);
    error(startLoc(call->args[0]), diag::CannotMake, typeStr(t));
    useAll(llvm::ArrayRef<ast::Expr *>(call->args).drop_front());
    return false;
  }
  if (id == Builtin::Append)
    return appendCall(x, call);
  if (id == Builtin::Copy)
    return copyCall(x, call);
  if (id == Builtin::Delete)
    return deleteCall(x, call);
  switch (id) {
  case Builtin::Cap:
  case Builtin::Close:
  case Builtin::Len:
  case Builtin::Panic:
  case Builtin::Print:
  case Builtin::Println:
    break;
  case Builtin::Recover: {
    // recover() interface{}: the value of the panic a deferred call stops.
    if (!call->args.empty()) {
      error(startLoc(call), diag::WrongBuiltinArgumentCount, "too many",
            exprStr(call), "0", std::to_string(call->args.size()));
      useAll(call->args);
      return false;
    }
    recordTypeAndValue(call->fun, OpMode::Builtin,
                       types.signature(types.tuple({}),
                                       types.tuple({types.emptyInterface()}),
                                       false),
                       Constant());
    x.mode = OpMode::Value;
    x.type = types.emptyInterface();
    return true;
  }
  case Builtin::New: {
    // new(T): the one argument is a type.
    size_t nargs = call->args.size();
    if (nargs != 1) {
      error(startLoc(call), diag::WrongBuiltinArgumentCount,
            nargs == 0 ? "not enough" : "too many", exprStr(call), "1",
            std::to_string(nargs));
      return false;
    }
    const Type *t = typ(call->args[0]);
    if (t == types.invalid())
      return false;
    recordTypeAndValue(call->fun, OpMode::Builtin,
                       types.signature(types.tuple({t}),
                                       types.tuple({types.pointer(t)}), false),
                       Constant());
    x.mode = OpMode::Value;
    x.type = types.pointer(t);
    return true;
  }
  default:
    // The arguments are not checked: they would mostly be of unsupported
    // types too.
    unsupported(startLoc(call), "the builtin " + name);
    return false;
  }

  std::vector<Operand> args = exprList(call->args, false);
  size_t nargs = args.size();
  if (nargs > 0) {
    x = args[0];
    if (x.invalid())
      return false;
  }
  // len and panic take one argument; print and println any number.
  bool variadic = id == Builtin::Print || id == Builtin::Println;
  size_t want = variadic ? 0 : 1;
  const char *which = nargs < want                 ? "not enough"
                      : (!variadic && nargs > want) ? "too many"
                                                    : nullptr;
  if (which) {
    error(startLoc(call), diag::WrongBuiltinArgumentCount, which,
          exprStr(call), std::to_string(want), std::to_string(nargs));
    return false;
  }

  std::vector<const Type *> paramTypes;
  switch (id) {
  case Builtin::Close:
    return closeChan(x, call);
  case Builtin::Cap:
  case Builtin::Len: {
    OpMode mode = OpMode::Invalid;
    Constant val;
    const Type *u = x.type->underlying();
    if (auto *p = llvm::dyn_cast<PointerType>(u))
      if (llvm::isa<ArrayType>(p->elem->underlying()))
        u = p->elem->underlying();
    if (auto *a = llvm::dyn_cast<ArrayType>(u)) {
      // spec: the length of an array is a constant unless the expression
      // has calls or receives, which must be evaluated.
      ast::Expr *arg = ast::unparen(call->args[0]);
      if (llvm::isa<ast::IdentExpr>(arg) || llvm::isa<ast::SelectorExpr>(arg) ||
          llvm::isa<ast::CompositeLitExpr>(arg)) {
        mode = OpMode::Constant;
        val = Constant::makeInt(a->len);
      } else {
        mode = OpMode::Value;
      }
    } else if (llvm::isa<SliceType>(u) || llvm::isa<ChanType>(u) ||
               (id == Builtin::Len && llvm::isa<MapType>(u))) {
      mode = OpMode::Value;
    } else if (id == Builtin::Len && isString(x.type)) {
      if (x.mode == OpMode::Constant && x.val.kind() == Constant::String) {
        mode = OpMode::Constant;
        val = Constant::makeInt((int64_t)x.val.stringVal().size());
      } else {
        mode = OpMode::Value;
      }
    }
    if (mode == OpMode::Invalid) {
      if (x.type != types.invalid())
        error(at(x), diag::InvalidArgumentFor, operandStr(x), name);
      return false;
    }
    // The argument is materialised as a string (an untyped one too).
    if (mode != OpMode::Constant && isUntyped(x.type))
      convertUntyped(x, types.stringType());
    paramTypes.push_back(x.type);
    recordTypeAndValue(
        call->fun, OpMode::Builtin,
        types.signature(types.tuple(paramTypes),
                        types.tuple({types.intType()}), false),
        Constant());
    x.mode = mode;
    x.type = types.intType();
    x.val = val;
    return true;
  }
  case Builtin::Panic: {
    // A call of panic terminates a function with results.
    if (sig_ && !sig_->results->types.empty())
      isPanic_.insert(call);
    // The argument is converted to interface{} at run time; untyped
    // constants get their default type first.
    assignment(x, types.emptyInterface(), "argument to panic");
    if (x.invalid())
      return false;
    recordTypeAndValue(call->fun, OpMode::Builtin,
                       types.signature(types.tuple({types.emptyInterface()}),
                                       types.tuple({}), false),
                       Constant());
    x.mode = OpMode::NoValue;
    x.type = types.tuple({});
    return true;
  }
  default: { // print, println
    for (size_t i = 0; i < nargs; ++i) {
      Operand &a = args[i];
      assignment(a, nullptr, "argument to " + name);
      if (a.invalid())
        return false;
      paramTypes.push_back(a.type);
    }
    recordTypeAndValue(call->fun, OpMode::Builtin,
                       types.signature(types.tuple(paramTypes),
                                       types.tuple({}), false),
                       Constant());
    x.mode = OpMode::NoValue;
    x.type = types.tuple({});
    return true;
  }
  }
}

bool Checker::makeCall(Operand &x, ast::CallExpr *call, const Type *t) {
  // make(S, len[, cap]) of a slice; make(M[, hint]) of a map; make(C[, size])
  // of a channel. Each size is an index-like value: integer, not negative.
  size_t minArgs = llvm::isa<SliceType>(t->underlying()) ? 2 : 1;
  size_t nargs = call->args.size();
  if (nargs < minArgs || nargs > minArgs + 1) {
    error(startLoc(call), diag::MakeArgumentCount, exprStr(call),
          std::to_string(minArgs), std::to_string(minArgs + 1),
          std::to_string(nargs));
    useAll(llvm::ArrayRef<ast::Expr *>(call->args).drop_front());
    return false;
  }
  std::vector<const Type *> params = {t};
  int64_t sizes[2] = {-1, -1};
  bool ok = true;
  for (size_t i = 1; i < nargs; ++i) {
    Operand n;
    expr(n, call->args[i]);
    if (n.invalid() || !isValidIndex(n, "index", false)) {
      ok = false;
      continue;
    }
    if (n.mode == OpMode::Constant && n.val.isValid())
      constop::int64Val(n.val, sizes[i - 1]);
    params.push_back(n.type);
  }
  if (!ok)
    return false;
  if (nargs == 3 && sizes[0] >= 0 && sizes[1] >= 0 && sizes[0] > sizes[1]) {
    error(startLoc(call->args[1]), diag::LenCapSwapped);
    return false;
  }
  recordTypeAndValue(call->fun, OpMode::Builtin,
                     types.signature(types.tuple(params), types.tuple({t}),
                                     false),
                     Constant());
  x.mode = OpMode::Value;
  x.type = t;
  x.val = Constant();
  return true;
}

bool Checker::deleteCall(Operand &x, ast::CallExpr *call) {
  // delete(m, k): k must be assignable to m's key type.
  std::vector<Operand> args = exprList(call->args, false);
  size_t nargs = args.size();
  if (nargs != 2) {
    error(startLoc(call), diag::WrongBuiltinArgumentCount,
          nargs < 2 ? "not enough" : "too many", exprStr(call), "2",
          std::to_string(nargs));
    return false;
  }
  for (Operand &a : args)
    if (a.invalid())
      return false;
  auto *m = llvm::dyn_cast<MapType>(args[0].type->underlying());
  if (!m) {
    error(at(args[0]), diag::DeleteNotMap, operandStr(args[0]));
    return false;
  }
  assignment(args[1], m->key, "argument to delete");
  if (args[1].invalid())
    return false;
  recordTypeAndValue(call->fun, OpMode::Builtin,
                     types.signature(types.tuple({args[0].type, m->key}),
                                     types.tuple({}), false),
                     Constant());
  x.mode = OpMode::NoValue;
  x.type = types.tuple({});
  return true;
}

bool Checker::appendCall(Operand &x, ast::CallExpr *call) {
  std::vector<Operand> args = exprList(call->args, false);
  if (args.empty()) {
    error(startLoc(call), diag::WrongBuiltinArgumentCount, "not enough",
          exprStr(call), "1", "0");
    return false;
  }
  x = args[0];
  if (x.invalid())
    return false;
  const Type *s = x.type;
  auto *st = llvm::dyn_cast<SliceType>(s->underlying());
  if (!st) {
    error(at(x), diag::NotASlice, operandStr(x));
    return false;
  }
  std::vector<const Type *> params = {s};
  bool ok = true;
  if (call->hasEllipsis) {
    if (args.size() != 2) {
      error(startLoc(call), diag::WrongBuiltinArgumentCount,
            args.size() < 2 ? "not enough" : "too many", exprStr(call), "2",
            std::to_string(args.size()));
      return false;
    }
    Operand &y = args[1];
    auto *b = asBasic(st->elem);
    // spec: append([]byte, string...) appends the string's bytes.
    if (b && b->bkind == BasicType::Uint8 && !y.invalid() &&
        isString(y.type)) {
      if (isUntyped(y.type))
        convertUntyped(y, types.stringType());
    } else {
      assignment(y, s, "argument to append");
    }
    if (y.invalid())
      return false;
    params.push_back(y.type);
  } else {
    for (size_t i = 1; i < args.size(); ++i) {
      assignment(args[i], st->elem, "argument to append");
      if (args[i].invalid())
        ok = false;
      params.push_back(st->elem);
    }
  }
  if (!ok)
    return false;
  recordTypeAndValue(call->fun, OpMode::Builtin,
                     types.signature(types.tuple(params), types.tuple({s}),
                                     call->hasEllipsis),
                     Constant());
  x.mode = OpMode::Value;
  x.type = s;
  x.val = Constant();
  return true;
}

bool Checker::copyCall(Operand &x, ast::CallExpr *call) {
  std::vector<Operand> args = exprList(call->args, false);
  if (args.size() != 2) {
    error(startLoc(call), diag::WrongBuiltinArgumentCount,
          args.size() < 2 ? "not enough" : "too many", exprStr(call), "2",
          std::to_string(args.size()));
    return false;
  }
  Operand &dst = args[0], &src = args[1];
  if (dst.invalid() || src.invalid())
    return false;
  auto *ds = llvm::dyn_cast<SliceType>(dst.type->underlying());
  const Type *srcElem = nullptr;
  if (auto *ss = llvm::dyn_cast<SliceType>(src.type->underlying()))
    srcElem = ss->elem;
  else if (isString(src.type))
    srcElem = types.byteType();
  if (!ds || !srcElem) {
    error(at(dst), diag::CopyExpectsSlices, operandStr(dst), operandStr(src));
    return false;
  }
  if (!identical(ds->elem, srcElem)) {
    error(at(dst), diag::CopyDifferentElems, operandStr(dst), operandStr(src),
          typeStr(ds->elem), typeStr(srcElem));
    return false;
  }
  if (isUntyped(src.type))
    convertUntyped(src, types.stringType());
  recordTypeAndValue(call->fun, OpMode::Builtin,
                     types.signature(types.tuple({dst.type, src.type}),
                                     types.tuple({types.intType()}), false),
                     Constant());
  x.mode = OpMode::Value;
  x.type = types.intType();
  x.val = Constant();
  return true;
}

void Checker::conversion(Operand &x, const Type *t) {
  bool constArg = x.mode == OpMode::Constant;
  bool ok = false;
  std::string cause;
  if (constArg && isConstType(t)) {
    // A constant conversion: the result is a constant of type t.
    const BasicType *b = asBasic(t);
    Constant v = x.val;
    if (constop::representable(x.val, b, &v)) {
      ok = true;
      x.val = v;
    } else if (isInteger(x.type) && b->isString()) {
      // string(65) is "A"; invalid code points become U+FFFD.
      uint64_t r;
      if (!constop::uint64Val(x.val, r) || r > 0x10FFFF ||
          (r >= 0xD800 && r <= 0xDFFF))
        r = 0xFFFD;
      std::string s;
      if (r < 0x80) {
        s += (char)r;
      } else if (r < 0x800) {
        s += (char)(0xC0 | (r >> 6));
        s += (char)(0x80 | (r & 0x3F));
      } else if (r < 0x10000) {
        s += (char)(0xE0 | (r >> 12));
        s += (char)(0x80 | ((r >> 6) & 0x3F));
        s += (char)(0x80 | (r & 0x3F));
      } else {
        s += (char)(0xF0 | (r >> 18));
        s += (char)(0x80 | ((r >> 12) & 0x3F));
        s += (char)(0x80 | ((r >> 6) & 0x3F));
        s += (char)(0x80 | (r & 0x3F));
      }
      x.val = Constant::makeString(s);
      ok = true;
    }
  } else if (convertibleTo(x, t, &cause)) {
    ok = true;
    x.mode = OpMode::Value;
  }
  if (!ok) {
    if (cause.empty())
      error(at(x), diag::CannotConvertToType, operandStr(x), typeStr(t));
    else
      error(at(x), diag::CannotConvertToTypeCause, operandStr(x), typeStr(t),
            cause);
    x.mode = OpMode::Invalid;
    return;
  }

  // An untyped argument gets its final type from the conversion (the
  // default type where the result is not a constant of t, and its own
  // for string(65)).
  if (isUntyped(x.type)) {
    const Type *final = t;
    if (isInterface(t) || (constArg && !isConstType(t)))
      final = defaultType(x.type, types);
    else if (x.mode == OpMode::Constant && isInteger(x.type) && isString(t))
      final = x.type;
    updateExprType(x.expr, final, true);
  }
  x.type = t;
}

void Checker::selector(Operand &x, ast::SelectorExpr *e) {
  x.mode = OpMode::Invalid;
  x.expr = e;
  x.type = types.invalid();
  const std::string &sel = e->sel->name;

  // A qualified identifier pkg.Name.
  if (auto *id = llvm::dyn_cast<ast::IdentExpr>(e->x)) {
    if (auto *pn = llvm::dyn_cast_or_null<PkgName>(lookup(id->name))) {
      recordUse(id, pn);
      pn->used = true;
      if (failedImports_.count(pn))
        return; // reported at the import
      // Only exported names can be seen from another package.
      Package *imp = pn->imported;
      auto it = imp->scope.find(sel);
      if (it == imp->scope.end() || !(sel[0] >= 'A' && sel[0] <= 'Z')) {
        error(e->sel->loc(), diag::UndefinedName, imp->name + "." + sel);
        return;
      }
      Object *exp = it->second;
      recordUse(e->sel, exp);
      switch (exp->kind()) {
      case Object::Const:
        x.mode = OpMode::Constant;
        x.val = llvm::cast<Const>(exp)->value;
        break;
      case Object::TypeName:
        x.mode = OpMode::TypeExpr;
        break;
      case Object::Var:
        x.mode = OpMode::Variable;
        break;
      case Object::Func:
        x.mode = OpMode::Value;
        break;
      default:
        return;
      }
      x.type = exp->type;
      return;
    }
  }

  exprOrType(x, e->x);
  if (x.invalid())
    return;
  if (x.mode == OpMode::Builtin) {
    // gc places this at the '.', which directly precedes the name.
    SourceLoc dot = e->sel->loc();
    if (dot.col > 1)
      --dot.col;
    error(dot, diag::CannotSelectOn, operandStr(x));
    x.mode = OpMode::Invalid;
    return;
  }
  // A field of a struct, or of the struct a pointer points to, or a method
  // (of x's type or promoted through embedded fields).
  Selection s;
  bool ambiguous = false;
  Func *method = nullptr;
  Var *field = lookupField(x.type, sel, s, ambiguous, &method);
  // T.f: a type has fields, but none to select.
  bool typeField = field && x.mode == OpMode::TypeExpr;
  if (typeField)
    field = nullptr;
  if (method) {
    selectMethod(x, e, method, std::move(s));
    return;
  }
  if (!field) {
    if (ambiguous)
      error(e->sel->loc(), diag::AmbiguousSelector, exprStr(e->x), sel);
    else if (typeField)
      error(e->sel->loc(), diag::TypeHasNoMethod, exprStr(e->x), sel,
            typeStr(x.type));
    else if (auto *p = llvm::dyn_cast<PointerType>(x.type->underlying());
             p && isInterface(p->elem))
      error(e->sel->loc(), diag::PointerToInterface, exprStr(e->x), sel,
            typeStr(x.type));
    else if (x.type->underlying() != types.invalid()) {
      // gc points out a field whose name differs only in its first letter's
      // case.
      std::string other = sel;
      other[0] = std::isupper((unsigned char)other[0])
                     ? std::tolower((unsigned char)other[0])
                     : std::toupper((unsigned char)other[0]);
      Selection ignored;
      bool amb2;
      Func *otherMethod;
      if (lookupField(x.type, other, ignored, amb2, &otherMethod) ||
          otherMethod)
        error(e->sel->loc(), diag::SelectorUndefinedOtherCase, exprStr(e->x),
              sel, typeStr(x.type), other);
      else
        error(e->sel->loc(), diag::SelectorUndefined, exprStr(e->x), sel,
              typeStr(x.type));
    }
    x.mode = OpMode::Invalid;
    return;
  }
  s.kind = Selection::FieldVal;
  s.recv = x.type;
  s.obj = field;
  e->selection = ctx.selection(std::move(s));
  recordUse(e->sel, field);
  // A field of an addressable struct, or reached through a pointer, is
  // addressable itself.
  if (x.mode != OpMode::Variable && !e->selection->indirect)
    x.mode = OpMode::Value;
  else
    x.mode = OpMode::Variable;
  x.type = field->type;
  x.val = Constant();
}

void Checker::selectMethod(Operand &x, ast::SelectorExpr *e, Func *method,
                           Selection s) {
  recordUse(e->sel, method);
  addDeclDep(method); // initialization order follows the method's body
  auto *sig = llvm::cast<SignatureType>(method->type);
  bool ptrRecv = method->recvType &&
                 llvm::isa<PointerType>(method->recvType);
  s.recv = x.type;
  s.obj = method;
  if (x.mode == OpMode::TypeExpr) {
    // T.m / (*T).m: the method as a function taking the receiver first. T's
    // method set lacks the pointer methods of T itself.
    bool xPtr = llvm::isa<PointerType>(x.type->underlying());
    if (ptrRecv && !xPtr && !s.indirect) {
      error(e->sel->loc(), diag::CannotCallPtrMethod, e->sel->name,
            typeStr(x.type));
      x.mode = OpMode::Invalid;
      return;
    }
    s.kind = Selection::MethodExpr;
    std::vector<const Type *> params{x.type};
    for (const Type *p : sig->params->types)
      params.push_back(p);
    x.type = types.signature(types.tuple(params), sig->results,
                             sig->variadic);
  } else {
    // x.m: a pointer method needs &x, so x must be addressable unless a
    // pointer on the way leads to the value.
    bool xPtr = llvm::isa<PointerType>(x.type->underlying());
    if (ptrRecv && !xPtr && !s.indirect && x.mode != OpMode::Variable) {
      error(e->sel->loc(), diag::CannotCallPtrMethod, e->sel->name,
            typeStr(x.type));
      x.mode = OpMode::Invalid;
      return;
    }
    if (ptrRecv && !xPtr && !s.indirect)
      markAddressTaken(e->x);
    s.kind = Selection::MethodVal;
    x.type = sig;
  }
  e->selection = ctx.selection(std::move(s));
  x.mode = OpMode::Value;
  x.val = Constant();
}

Var *Checker::lookupField(const Type *t, llvm::StringRef name, Selection &sel,
                          bool &ambiguous, Func **method) {
  ambiguous = false;
  if (method)
    *method = nullptr;
  // A defined pointer type has no methods, nor does the type it points to
  // lend it any.
  bool methodsAtTop = !llvm::isa<NamedType>(t) ||
                      !llvm::isa<PointerType>(t->underlying());
  if (name == "_")
    return nullptr; // blank fields cannot be selected
  // x.f with x a (possibly defined) pointer type is (*x).f.
  bool indirect = false;
  if (auto *p = llvm::dyn_cast_or_null<PointerType>(t->underlying())) {
    t = p->elem;
    indirect = true;
  }
  struct Entry {
    const Type *type;
    std::vector<int> index;
    bool indirect;
  };
  std::vector<Entry> current{{t, {}, indirect}};
  std::set<const Type *> seen; // named types already searched
  while (!current.empty()) {
    std::vector<Entry> next;
    int found = 0;
    Var *result = nullptr;
    Func *resultMethod = nullptr;
    for (Entry &e : current) {
      if (llvm::isa<NamedType>(e.type) && !seen.insert(e.type).second)
        continue;
      if (auto *nt = llvm::dyn_cast<NamedType>(e.type);
          nt && method && (methodsAtTop || !e.index.empty()))
        for (Func *m : nt->methods)
          if (m->name == name && (isExported(name) || m->pkg == pkg)) {
            if (++found == 1) {
              result = nullptr;
              resultMethod = m;
              sel.index = e.index;
              sel.indirect = e.indirect;
            }
          }
      // An interface's methods (not those of a pointer to one).
      if (auto *it = llvm::dyn_cast_or_null<InterfaceType>(
              e.type->underlying());
          it && method && !(e.index.empty() && e.indirect))
        for (size_t i = 0; i < it->methods.size(); ++i)
          if (it->methods[i].name == name && ++found == 1) {
            result = nullptr;
            resultMethod = ifaceMethod(e.type, it, i);
            sel.index = e.index;
            sel.indirect = e.indirect;
          }
      auto *st = llvm::dyn_cast_or_null<StructType>(e.type->underlying());
      if (!st)
        continue;
      for (size_t i = 0; i < st->fields.size(); ++i) {
        const StructField &f = st->fields[i];
        std::vector<int> index = e.index;
        index.push_back((int)i);
        // An unexported name of another package is a different name.
        if (f.name == name &&
            (isExported(name) || fieldVar(st, (int)i)->pkg == pkg)) {
          if (++found == 1) {
            result = fieldVar(st, (int)i);
            resultMethod = nullptr;
            sel.index = index;
            sel.indirect = e.indirect;
          }
          continue;
        }
        if (!f.embedded)
          continue;
        const Type *ft = f.type;
        bool ptr = false;
        if (auto *p = llvm::dyn_cast<PointerType>(ft)) {
          ft = p->elem;
          ptr = true;
        }
        next.push_back({ft, std::move(index), e.indirect || ptr});
      }
    }
    // The shallowest depth with the name decides; two there are ambiguous.
    if (found == 1) {
      if (method)
        *method = resultMethod;
      return result;
    }
    if (found > 1) {
      ambiguous = true;
      return nullptr;
    }
    current = std::move(next);
  }
  return nullptr;
}
