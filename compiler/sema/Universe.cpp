//===- sema/Universe.cpp - the predeclared identifiers ---------------------===//
// The universe block: the predeclared types (with the aliases byte, rune and
// any), the constants true, false and iota, nil, and the builtin functions.
// Its objects have no package and no position.
//===----------------------------------------------------------------------===//
#include "sema/Checker.h"

using namespace golc;
using namespace golc::sema;

void Checker::makeUniverse() {
  universe_ = newScope(nullptr);
  auto defType = [&](llvm::StringRef name, const Type *t, bool alias) {
    auto *tn = ctx.make<TypeName>(name);
    tn->type = t;
    tn->isAlias = alias;
    universe_->insert(tn);
    return tn;
  };

  static const BasicType::BasicKind kTypes[] = {
      BasicType::Bool,    BasicType::Int,     BasicType::Int8,
      BasicType::Int16,   BasicType::Int32,   BasicType::Int64,
      BasicType::Uint,    BasicType::Uint8,   BasicType::Uint16,
      BasicType::Uint32,  BasicType::Uint64,  BasicType::Uintptr,
      BasicType::Float32, BasicType::Float64, BasicType::Complex64,
      BasicType::Complex128, BasicType::String,
  };
  for (BasicType::BasicKind k : kTypes)
    defType(types.basic(k)->name, types.basic(k), false);
  defType("byte", types.byteType(), true);
  defType("rune", types.runeType(), true);
  defType("any", types.emptyInterface(), true);

  // type error interface { Error() string }, shared by all packages.
  if (!ctx.errorTypeName) {
    TypeName *errorName = ctx.make<TypeName>("error");
    NamedType *errorType = types.newNamed(errorName);
    const SignatureType *errorSig = types.signature(
        types.tuple({}), types.tuple({types.stringType()}), false);
    errorType->underlyingType = types.interface({{"Error", errorSig}});
    errorName->type = errorType;
    ctx.errorTypeName = errorName;
  }
  universe_->insert(ctx.errorTypeName);

  auto defConst = [&](llvm::StringRef name, BasicType::BasicKind k,
                      Constant v) {
    auto *c = ctx.make<Const>(name);
    c->type = types.basic(k);
    c->value = std::move(v);
    universe_->insert(c);
    return c;
  };
  defConst("true", BasicType::UntypedBool, Constant::makeBool(true));
  defConst("false", BasicType::UntypedBool, Constant::makeBool(false));
  universeIota_ = defConst("iota", BasicType::UntypedInt, Constant::makeInt(0));

  auto *nil = ctx.make<Nil>();
  nil->type = types.basic(BasicType::UntypedNil);
  universe_->insert(nil);

  static const struct {
    const char *name;
    Builtin::Id id;
  } kBuiltins[] = {
      {"append", Builtin::Append}, {"cap", Builtin::Cap},
      {"close", Builtin::Close},   {"complex", Builtin::Complex},
      {"copy", Builtin::Copy},     {"delete", Builtin::Delete},
      {"imag", Builtin::Imag},     {"len", Builtin::Len},
      {"make", Builtin::Make},     {"new", Builtin::New},
      {"panic", Builtin::Panic},   {"print", Builtin::Print},
      {"println", Builtin::Println}, {"real", Builtin::Real},
      {"recover", Builtin::Recover},
  };
  for (const auto &b : kBuiltins) {
    auto *obj = ctx.make<Builtin>(b.name, b.id);
    obj->type = types.invalid();
    universe_->insert(obj);
  }
}
