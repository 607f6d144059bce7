//===- parse/SyntaxString.cpp - source text of nodes for error messages ---===//
// Some gc syntax errors quote the offending code: "cannot use x := 1 as
// value", "unexpected int, expecting chan". gc prints the node back in a
// short form: on one line, tokens separated as gofmt would for simple code,
// the bodies of function and composite literals shown as "…". This prints
// golc's AST the same way.
//===----------------------------------------------------------------------===//
#include "parse/ParserImpl.h"

using namespace golc;
using namespace golc::ast;
using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;

namespace {

class SyntaxPrinter {
public:
  std::string out;

  void node(const Node *n) {
    if (!n)
      return;
    if (auto *e = dyn_cast<Expr>(n))
      expr(e);
    else if (auto *s = dyn_cast<Stmt>(n))
      stmt(s);
  }

  void exprList(const std::vector<Expr *> &list) {
    for (size_t i = 0; i < list.size(); ++i) {
      if (i)
        out += ", ";
      expr(list[i]);
    }
  }

  void expr(const Expr *e) {
    if (!e)
      return;
    switch (e->kind()) {
    case Node::BadExprKind:
      out += "<bad expr>";
      break;
    case Node::IdentExprKind:
      out += cast<IdentExpr>(e)->name;
      break;
    case Node::BasicLitExprKind:
      out += cast<BasicLitExpr>(e)->text;
      break;
    case Node::CompositeLitExprKind: {
      auto *c = cast<CompositeLitExpr>(e);
      expr(c->typeExpr);
      out += c->elts.empty() ? "{}" : "{…}";
      break;
    }
    case Node::FuncLitExprKind: {
      auto *f = cast<FuncLitExpr>(e);
      expr(f->funcType);
      out += f->body && !f->body->stmts.empty() ? " {…}" : " {}";
      break;
    }
    case Node::ParenExprKind:
      out += "(";
      expr(cast<ParenExpr>(e)->x);
      out += ")";
      break;
    case Node::SelectorExprKind: {
      auto *s = cast<SelectorExpr>(e);
      expr(s->x);
      out += ".";
      expr(s->sel);
      break;
    }
    case Node::IndexExprKind: {
      auto *ix = cast<IndexExpr>(e);
      expr(ix->x);
      out += "[";
      exprList(ix->indices);
      out += "]";
      break;
    }
    case Node::SliceExprKind: {
      auto *s = cast<SliceExpr>(e);
      expr(s->x);
      out += "[";
      expr(s->lo);
      out += ":";
      expr(s->hi);
      if (s->max) {
        out += ":";
        expr(s->max);
      }
      out += "]";
      break;
    }
    case Node::TypeAssertExprKind: {
      auto *ta = cast<TypeAssertExpr>(e);
      expr(ta->x);
      out += ".(";
      if (ta->typeExpr)
        expr(ta->typeExpr);
      else
        out += "type";
      out += ")";
      break;
    }
    case Node::CallExprKind: {
      auto *c = cast<CallExpr>(e);
      expr(c->fun);
      out += "(";
      exprList(c->args);
      if (c->hasEllipsis)
        out += "...";
      out += ")";
      break;
    }
    case Node::StarExprKind:
      out += "*";
      expr(cast<StarExpr>(e)->x);
      break;
    case Node::UnaryExprKind: {
      auto *u = cast<UnaryExpr>(e);
      out += tok::spelling(u->op);
      expr(u->x);
      break;
    }
    case Node::BinaryExprKind: {
      auto *b = cast<BinaryExpr>(e);
      expr(b->x);
      out += " ";
      out += tok::spelling(b->op);
      out += " ";
      expr(b->y);
      break;
    }
    case Node::KeyValueExprKind: {
      auto *kv = cast<KeyValueExpr>(e);
      expr(kv->key);
      out += ": ";
      expr(kv->val);
      break;
    }
    case Node::EllipsisExprKind:
      out += "...";
      expr(cast<EllipsisExpr>(e)->elt);
      break;
    case Node::ArrayTypeExprKind: {
      auto *a = cast<ArrayTypeExpr>(e);
      out += "[";
      if (a->len && llvm::isa<EllipsisExpr>(a->len))
        out += "...";
      else
        expr(a->len);
      out += "]";
      expr(a->elt);
      break;
    }
    case Node::StructTypeExprKind: {
      out += "struct{";
      bool first = true;
      for (const Field &f : cast<StructTypeExpr>(e)->fields) {
        if (!first)
          out += "; ";
        first = false;
        names(f.names);
        expr(f.typeExpr);
        if (!f.tag.empty())
          out += " " + quote(f.tag);
      }
      out += "}";
      break;
    }
    case Node::FuncTypeExprKind:
      out += "func";
      signature(cast<FuncTypeExpr>(e));
      break;
    case Node::InterfaceTypeExprKind: {
      out += "interface{";
      bool first = true;
      for (const Field &f : cast<InterfaceTypeExpr>(e)->methods) {
        if (!first)
          out += "; ";
        first = false;
        if (!f.names.empty()) {
          expr(f.names[0]);
          if (auto *ft = dyn_cast<FuncTypeExpr>(f.typeExpr))
            signature(ft);
        } else {
          expr(f.typeExpr);
        }
      }
      out += "}";
      break;
    }
    case Node::MapTypeExprKind: {
      auto *m = cast<MapTypeExpr>(e);
      out += "map[";
      expr(m->key);
      out += "]";
      expr(m->val);
      break;
    }
    case Node::ChanTypeExprKind: {
      auto *c = cast<ChanTypeExpr>(e);
      if (c->dir == ChanTypeExpr::RecvOnly)
        out += "<-";
      out += "chan";
      if (c->dir == ChanTypeExpr::SendOnly)
        out += "<-";
      out += " ";
      auto *inner = dyn_cast_or_null<ChanTypeExpr>(c->elt);
      if (c->dir == ChanTypeExpr::Both && inner &&
          inner->dir == ChanTypeExpr::RecvOnly) {
        // chan (<-chan T), not chan <-chan T
        out += "(";
        expr(c->elt);
        out += ")";
      } else {
        expr(c->elt);
      }
      break;
    }
    case Node::ImplicitConvExprKind:
      expr(cast<ImplicitConvExpr>(e)->x);
      break;
    default:
      break;
    }
  }

  void names(const std::vector<IdentExpr *> &list) {
    for (size_t i = 0; i < list.size(); ++i)
      out += (i ? ", " : "") + list[i]->name;
    if (!list.empty())
      out += " ";
  }

  void params(const std::vector<Field> &list) {
    out += "(";
    for (size_t i = 0; i < list.size(); ++i) {
      if (i)
        out += ", ";
      names(list[i].names);
      expr(unparen(list[i].typeExpr));
    }
    out += ")";
  }

  void signature(const FuncTypeExpr *f) {
    params(f->params);
    if (f->results.empty())
      return;
    out += " ";
    if (f->results.size() == 1 && f->results[0].names.empty())
      expr(f->results[0].typeExpr);
    else
      params(f->results);
  }

  void stmt(const Stmt *s) {
    switch (s->kind()) {
    case Node::ExprStmtKind:
      expr(cast<ExprStmt>(s)->x);
      break;
    case Node::SendStmtKind: {
      auto *send = cast<SendStmt>(s);
      expr(send->chan);
      out += " <- ";
      expr(send->val);
      break;
    }
    case Node::IncDecStmtKind: {
      auto *id = cast<IncDecStmt>(s);
      expr(id->x);
      out += tok::spelling(id->op);
      break;
    }
    case Node::AssignStmtKind: {
      auto *a = cast<AssignStmt>(s);
      exprList(a->lhs);
      out += " ";
      out += tok::spelling(a->op);
      out += " ";
      exprList(a->rhs);
      break;
    }
    case Node::RangeStmtKind: {
      auto *r = cast<RangeStmt>(s);
      if (r->key) {
        expr(r->key);
        if (r->val) {
          out += ", ";
          expr(r->val);
        }
        out += " ";
        out += tok::spelling(r->op);
        out += " ";
      }
      out += "range ";
      expr(r->x);
      break;
    }
    default:
      break;
    }
  }

  /// A Go double-quoted literal of s (struct tags are stored unquoted).
  static std::string quote(llvm::StringRef s) {
    std::string q = "\"";
    for (char c : s) {
      if (c == '"' || c == '\\')
        q += '\\';
      q += c;
    }
    return q + "\"";
  }
};

} // namespace

std::string golc::syntaxString(const Node *n) {
  SyntaxPrinter p;
  p.node(n);
  return p.out;
}
