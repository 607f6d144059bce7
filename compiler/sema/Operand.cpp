//===- sema/Operand.cpp - operands in messages, assignability, predicates --===//
// gc names an operand in a message by its source expression followed by what
// it is: `x (variable of type int)`, `300 (untyped int constant)`,
// `c (untyped int constant 5)`, `f() (no value)`. exprStr reprints an
// expression as gc's syntax printer does (binary operators spaced, composite
// literal and function bodies elided as `{…}`).
//
// Assignability and convertibility are the spec's rules, restricted to the
// types golc has (implementing an interface: Interface.cpp).
//===----------------------------------------------------------------------===//
#include "sema/Checker.h"

using namespace golc;
using namespace golc::sema;

//===----------------------------------------------------------------------===//
// Type predicates
//===----------------------------------------------------------------------===//

const BasicType *golc::sema::asBasic(const Type *t) {
  return t ? llvm::dyn_cast<BasicType>(t->underlying()) : nullptr;
}
bool golc::sema::isBoolean(const Type *t) {
  auto *b = asBasic(t);
  return b && b->isBoolean();
}
bool golc::sema::isString(const Type *t) {
  auto *b = asBasic(t);
  return b && b->isString();
}
bool golc::sema::isInteger(const Type *t) {
  auto *b = asBasic(t);
  return b && b->isInteger();
}
bool golc::sema::isUnsigned(const Type *t) {
  auto *b = asBasic(t);
  return b && b->isUnsigned();
}
bool golc::sema::isFloat(const Type *t) {
  auto *b = asBasic(t);
  return b && b->isFloat();
}
bool golc::sema::isNumeric(const Type *t) {
  auto *b = asBasic(t);
  return b && b->isNumeric();
}
bool golc::sema::isNumericOrString(const Type *t) {
  return isNumeric(t) || isString(t);
}
bool golc::sema::isConstType(const Type *t) {
  return isBoolean(t) || isNumeric(t) || isString(t);
}
bool golc::sema::isOrdered(const Type *t) {
  return isInteger(t) || isFloat(t) || isString(t);
}
bool golc::sema::isTyped(const Type *t) { return !isUntyped(t); }
bool golc::sema::hasNil(const Type *t) {
  const Type *u = t->underlying();
  switch (u->kind()) {
  case Type::Basic:
    return llvm::cast<BasicType>(u)->bkind == BasicType::UntypedNil ||
           llvm::cast<BasicType>(u)->bkind == BasicType::UnsafePointer;
  case Type::Pointer:
  case Type::Slice:
  case Type::Map:
  case Type::Chan:
  case Type::Signature:
  case Type::Interface:
    return true;
  default:
    return false;
  }
}
bool golc::sema::hasName(const Type *t) {
  return llvm::isa<BasicType>(t) || llvm::isa<NamedType>(t);
}
bool golc::sema::isInterface(const Type *t) {
  return t && llvm::isa<InterfaceType>(t->underlying());
}

//===----------------------------------------------------------------------===//
// Assignability and convertibility
//===----------------------------------------------------------------------===//

bool Checker::assignableTo(Operand &x, const Type *t, std::string *cause) {
  if (x.invalid() || !t || t == types.invalid())
    return true; // avoid follow-on errors
  const Type *v = x.type;
  if (identical(v, t))
    return true;
  const Type *vu = v->underlying(), *tu = t->underlying();
  // An untyped value representable in t.
  if (isUntyped(vu)) {
    Constant val;
    ConvCode code;
    return implicitTypeAndValue(x, t, val, code) != nullptr;
  }
  // Identical underlying types, and one of them is not named.
  if (identical(vu, tu) && (!hasName(v) || !hasName(t)))
    return true;
  // t is an interface x implements.
  if (llvm::isa<InterfaceType>(tu))
    return implements(v, t, cause);
  // An interface value needs an assertion to become a concrete one.
  if (llvm::isa<InterfaceType>(vu)) {
    if (cause)
      *cause = "need type assertion";
    return false;
  }
  // A bidirectional channel to a channel type with the same element type.
  if (auto *vc = llvm::dyn_cast<ChanType>(vu))
    if (auto *tc = llvm::dyn_cast<ChanType>(tu))
      if (vc->dir == ChanType::Both && identical(vc->elem, tc->elem))
        return !hasName(v) || !hasName(t);
  return false;
}

static bool isBytesOrRunes(const Type *t) {
  if (auto *s = llvm::dyn_cast<SliceType>(t->underlying()))
    if (auto *b = asBasic(s->elem))
      return b->bkind == BasicType::Uint8 || b->bkind == BasicType::Int32;
  return false;
}

bool Checker::convertibleTo(Operand &x, const Type *t, std::string *cause) {
  std::string why;
  if (assignableTo(x, t, &why))
    return true;
  // Only an interface not implemented is worth explaining here.
  if (cause && isInterface(t))
    *cause = why;
  const Type *vu = x.type->underlying(), *tu = t->underlying();
  if (identical(vu, tu))
    return true;
  if (auto *vp = llvm::dyn_cast<PointerType>(x.type))
    if (auto *tp = llvm::dyn_cast<PointerType>(t))
      if (identical(vp->elem->underlying(), tp->elem->underlying()))
        return true;
  if ((isInteger(vu) || isFloat(vu)) && (isInteger(tu) || isFloat(tu)))
    return true;
  if ((isInteger(vu) || isBytesOrRunes(vu)) && isString(tu))
    return true;
  if (isString(vu) && isBytesOrRunes(tu))
    return true;
  return false;
}

//===----------------------------------------------------------------------===//
// Spelling
//===----------------------------------------------------------------------===//

static void writeExpr(std::string &out, const ast::Expr *e);

static void writeExprList(std::string &out,
                          llvm::ArrayRef<ast::Expr *> list) {
  for (size_t i = 0; i < list.size(); ++i) {
    if (i)
      out += ", ";
    writeExpr(out, list[i]);
  }
}

static void writeFields(std::string &out, const std::vector<ast::Field> &fields,
                        const char *sep) {
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i)
      out += sep;
    const ast::Field &f = fields[i];
    for (size_t k = 0; k < f.names.size(); ++k) {
      if (k)
        out += ", ";
      out += f.names[k]->name;
    }
    if (!f.names.empty())
      out += ' ';
    writeExpr(out, f.typeExpr);
  }
}

static void writeSignature(std::string &out, const ast::FuncTypeExpr *ft) {
  out += '(';
  writeFields(out, ft->params, ", ");
  out += ')';
  if (ft->results.empty())
    return;
  out += ' ';
  if (ft->results.size() == 1 && ft->results[0].names.empty()) {
    writeExpr(out, ft->results[0].typeExpr);
    return;
  }
  out += '(';
  writeFields(out, ft->results, ", ");
  out += ')';
}

static void writeExpr(std::string &out, const ast::Expr *e) {
  using namespace ast;
  if (!e)
    return;
  switch (e->kind()) {
  case Node::BadExprKind:
    out += "<bad expr>";
    return;
  case Node::IdentExprKind:
    out += llvm::cast<IdentExpr>(e)->name;
    return;
  case Node::BasicLitExprKind:
    out += llvm::cast<BasicLitExpr>(e)->text;
    return;
  case Node::CompositeLitExprKind: {
    auto *c = llvm::cast<CompositeLitExpr>(e);
    writeExpr(out, c->typeExpr);
    out += c->elts.empty() ? "{}" : "{…}";
    return;
  }
  case Node::FuncLitExprKind: {
    auto *f = llvm::cast<FuncLitExpr>(e);
    out += "func";
    if (f->funcType)
      writeSignature(out, f->funcType);
    out += f->body && !f->body->stmts.empty() ? " {…}" : " {}";
    return;
  }
  case Node::ParenExprKind:
    out += '(';
    writeExpr(out, llvm::cast<ParenExpr>(e)->x);
    out += ')';
    return;
  case Node::SelectorExprKind: {
    auto *s = llvm::cast<SelectorExpr>(e);
    writeExpr(out, s->x);
    out += '.';
    writeExpr(out, s->sel);
    return;
  }
  case Node::IndexExprKind: {
    auto *i = llvm::cast<IndexExpr>(e);
    writeExpr(out, i->x);
    out += '[';
    writeExprList(out, i->indices);
    out += ']';
    return;
  }
  case Node::SliceExprKind: {
    auto *s = llvm::cast<SliceExpr>(e);
    writeExpr(out, s->x);
    out += '[';
    writeExpr(out, s->lo);
    out += ':';
    writeExpr(out, s->hi);
    if (s->max) {
      out += ':';
      writeExpr(out, s->max);
    }
    out += ']';
    return;
  }
  case Node::TypeAssertExprKind: {
    auto *t = llvm::cast<TypeAssertExpr>(e);
    writeExpr(out, t->x);
    out += ".(";
    if (t->typeExpr)
      writeExpr(out, t->typeExpr);
    else
      out += "type";
    out += ')';
    return;
  }
  case Node::CallExprKind: {
    auto *c = llvm::cast<CallExpr>(e);
    writeExpr(out, c->fun);
    out += '(';
    writeExprList(out, c->args);
    if (c->hasEllipsis)
      out += "...";
    out += ')';
    return;
  }
  case Node::StarExprKind:
    out += '*';
    writeExpr(out, llvm::cast<StarExpr>(e)->x);
    return;
  case Node::UnaryExprKind: {
    auto *u = llvm::cast<UnaryExpr>(e);
    out += tok::spelling(u->op).str();
    writeExpr(out, u->x);
    return;
  }
  case Node::BinaryExprKind: {
    auto *b = llvm::cast<BinaryExpr>(e);
    writeExpr(out, b->x);
    out += " " + tok::spelling(b->op).str() + " ";
    writeExpr(out, b->y);
    return;
  }
  case Node::KeyValueExprKind: {
    auto *kv = llvm::cast<KeyValueExpr>(e);
    writeExpr(out, kv->key);
    out += ": ";
    writeExpr(out, kv->val);
    return;
  }
  case Node::EllipsisExprKind:
    out += "...";
    writeExpr(out, llvm::cast<EllipsisExpr>(e)->elt);
    return;
  case Node::ArrayTypeExprKind: {
    auto *a = llvm::cast<ArrayTypeExpr>(e);
    out += '[';
    if (a->len && llvm::isa<EllipsisExpr>(a->len))
      out += "...";
    else
      writeExpr(out, a->len);
    out += ']';
    writeExpr(out, a->elt);
    return;
  }
  case Node::StructTypeExprKind:
    out += "struct{";
    writeFields(out, llvm::cast<StructTypeExpr>(e)->fields, "; ");
    out += '}';
    return;
  case Node::FuncTypeExprKind:
    out += "func";
    writeSignature(out, llvm::cast<FuncTypeExpr>(e));
    return;
  case Node::InterfaceTypeExprKind: {
    out += "interface{";
    const auto &ms = llvm::cast<InterfaceTypeExpr>(e)->methods;
    for (size_t i = 0; i < ms.size(); ++i) {
      if (i)
        out += "; ";
      if (!ms[i].names.empty()) {
        out += ms[i].names[0]->name;
        if (auto *ft = llvm::dyn_cast_or_null<FuncTypeExpr>(ms[i].typeExpr))
          writeSignature(out, ft);
      } else {
        writeExpr(out, ms[i].typeExpr);
      }
    }
    out += '}';
    return;
  }
  case Node::MapTypeExprKind: {
    auto *m = llvm::cast<MapTypeExpr>(e);
    out += "map[";
    writeExpr(out, m->key);
    out += ']';
    writeExpr(out, m->val);
    return;
  }
  case Node::ChanTypeExprKind: {
    auto *c = llvm::cast<ChanTypeExpr>(e);
    out += c->dir == ChanTypeExpr::RecvOnly ? "<-chan"
           : c->dir == ChanTypeExpr::SendOnly ? "chan<-"
                                              : "chan";
    out += ' ';
    auto *inner = llvm::dyn_cast_or_null<ChanTypeExpr>(c->elt);
    bool paren = c->dir == ChanTypeExpr::Both && inner &&
                 inner->dir == ChanTypeExpr::RecvOnly;
    if (paren)
      out += '(';
    writeExpr(out, c->elt);
    if (paren)
      out += ')';
    return;
  }
  case Node::ImplicitConvExprKind:
    writeExpr(out, llvm::cast<ImplicitConvExpr>(e)->x);
    return;
  default:
    return;
  }
}

std::string Checker::exprStr(const ast::Expr *e) {
  std::string out;
  writeExpr(out, e);
  return out;
}

static const char *modeString(OpMode m) {
  switch (m) {
  case OpMode::Invalid:
    return "invalid operand";
  case OpMode::NoValue:
    return "no value";
  case OpMode::Builtin:
    return "built-in";
  case OpMode::TypeExpr:
    return "type";
  case OpMode::Constant:
    return "constant";
  case OpMode::Variable:
    return "variable";
  case OpMode::MapIndex:
    return "map index expression";
  case OpMode::Value:
    return "value";
  case OpMode::NilValue:
    return "nil";
  case OpMode::CommaOk:
    return "comma, ok expression";
  }
  return "";
}

std::string Checker::operandStr(const Operand &x) const {
  if (x.mode == OpMode::NilValue) {
    if (!x.type || x.type == types.invalid())
      return "nil (with invalid type)";
    if (isUntyped(x.type))
      return "nil";
    return "nil (of type " + typeStr(x.type) + ")";
  }
  std::string expr;
  if (x.expr)
    expr = exprStr(x.expr);
  else if (x.mode == OpMode::TypeExpr)
    expr = typeStr(x.type);
  else if (x.mode == OpMode::Constant)
    expr = x.val.str();

  std::string out;
  if (!expr.empty())
    out = expr + " (";
  bool hasType = false;
  switch (x.mode) {
  case OpMode::Invalid:
  case OpMode::NoValue:
  case OpMode::Builtin:
  case OpMode::TypeExpr:
    break;
  default:
    if (x.type) {
      if (isUntyped(x.type)) {
        out += llvm::cast<BasicType>(x.type)->name + " ";
        break;
      }
      hasType = true;
    }
  }
  out += modeString(x.mode);
  if (x.mode == OpMode::Constant) {
    std::string s = x.val.str();
    if (s != expr)
      out += " " + s;
  }
  if (hasType) {
    if (x.type != types.invalid())
      out += " of type " + typeStr(x.type);
    else
      out += " with invalid type";
  }
  if (!expr.empty())
    out += ')';
  return out;
}

std::string Checker::kindString(const Type *t) const {
  switch (t->underlying()->kind()) {
  case Type::Array:
    return "array";
  case Type::Slice:
    return "slice";
  case Type::Struct:
    return "struct";
  case Type::Pointer:
    return "pointer";
  case Type::Signature:
    return "func";
  case Type::Interface:
    return "interface";
  case Type::Map:
    return "map";
  case Type::Chan:
    return "chan";
  default:
    return typeStr(t);
  }
}
