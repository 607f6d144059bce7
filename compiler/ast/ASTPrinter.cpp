//===- ast/ASTPrinter.cpp - -emit-ast -------------------------------------===//
// Prints a File as an indented tree, one node per line, two spaces per
// level, for `golc build -emit-ast` and the FileCheck tests of test/parse:
//
//   [role: ]Kind [attributes] LINE:COL
//
// Kinds are go/ast's names (Ident, BasicLit, CallExpr, ArrayType, IfStmt,
// GenDecl...). Attributes are what the line needs to be read alone: a name,
// an operator, a literal's kind and text, a declaration keyword. Children
// follow in source order; a child in an optional or non-obvious slot gets a
// role (`init:`, `cond:`, `lhs:`, `type:`), so that a missing part cannot
// be confused with another. Fields of parameter lists, structs and
// interfaces print as `Field` lines with their names and type.
//===----------------------------------------------------------------------===//
#include "ast/AST.h"
#include "llvm/Support/raw_ostream.h"

using namespace golc;
using namespace golc::ast;
using llvm::cast;

namespace {

class ASTPrinter {
public:
  explicit ASTPrinter(llvm::raw_ostream &os) : os_(os) {}

  void printFile(const File &f) {
    os_ << "File " << (f.pkgName ? f.pkgName->name : "") << " ";
    printLoc(f.pkgLoc);
    ++indent_;
    for (const Decl *d : f.decls)
      decl("", d);
    --indent_;
  }

private:
  llvm::raw_ostream &os_;
  unsigned indent_ = 0;

  void printLoc(SourceLoc loc) { os_ << loc.line << ":" << loc.col << "\n"; }

  /// Starts a line: indentation, role, kind. The caller adds attributes
  /// (each preceded by a space) and ends it with endLine.
  void begin(llvm::StringRef role, llvm::StringRef kind) {
    os_.indent(2 * indent_);
    if (!role.empty())
      os_ << role << ": ";
    os_ << kind;
  }
  void endLine(SourceLoc loc) {
    os_ << " ";
    printLoc(loc);
  }

  /// The text of a literal or a tag on one line.
  static std::string oneLine(llvm::StringRef s) {
    std::string out;
    for (char c : s) {
      if (c == '\n')
        out += "\\n";
      else if (c == '\r')
        out += "\\r";
      else
        out += c;
    }
    return out;
  }
  static std::string quote(llvm::StringRef s) {
    std::string q = "\"";
    for (char c : s) {
      if (c == '"' || c == '\\')
        q += '\\';
      q += c;
    }
    return oneLine(q + "\"");
  }

  static llvm::StringRef litKindName(tok::Kind k) {
    switch (k) {
    case tok::int_lit:
      return "int";
    case tok::float_lit:
      return "float";
    case tok::imag_lit:
      return "imag";
    case tok::rune_lit:
      return "rune";
    default:
      return "string";
    }
  }

  void child(llvm::StringRef role, const Node *n) {
    if (!n)
      return;
    if (auto *e = llvm::dyn_cast<Expr>(n))
      expr(role, e);
    else if (auto *s = llvm::dyn_cast<Stmt>(n))
      stmt(role, s);
    else
      decl(role, cast<Decl>(n));
  }
  template <typename T>
  void children(llvm::StringRef role, const std::vector<T *> &list) {
    for (const T *n : list)
      child(role, n);
  }

  void fields(llvm::StringRef role, const std::vector<Field> &list) {
    for (const Field &f : list) {
      begin(role, "Field");
      if (!f.tag.empty())
        os_ << " tag=" << quote(f.tag);
      endLine(f.loc);
      ++indent_;
      children("name", f.names);
      child("type", f.typeExpr);
      --indent_;
    }
  }

  //--- Declarations ------------------------------------------------------===//

  void decl(llvm::StringRef role, const Decl *d) {
    if (auto *g = llvm::dyn_cast<GenDecl>(d)) {
      begin(role, "GenDecl");
      os_ << " " << tok::spelling(g->tok);
      endLine(g->loc());
      ++indent_;
      for (const ImportSpec &s : g->imports) {
        begin("", "ImportSpec");
        if (s.name)
          os_ << " " << s.name->name;
        os_ << " " << quote(s.path);
        endLine(s.loc);
      }
      for (const ValueSpec &s : g->values) {
        begin("", "ValueSpec");
        if (g->tok == tok::kw_const)
          os_ << " iota=" << s.iota;
        endLine(s.loc);
        ++indent_;
        children("name", s.names);
        child("type", s.typeExpr);
        children("value", s.values);
        --indent_;
      }
      for (const TypeSpec &s : g->types) {
        begin("", "TypeSpec");
        os_ << " " << (s.name ? s.name->name : "");
        if (s.isAlias)
          os_ << " alias";
        endLine(s.loc);
        ++indent_;
        fields("tparam", s.typeParams);
        child("type", s.typeExpr);
        --indent_;
      }
      --indent_;
      return;
    }
    auto *f = cast<FuncDecl>(d);
    begin(role, "FuncDecl");
    os_ << " " << (f->name ? f->name->name : "");
    endLine(f->loc());
    ++indent_;
    fields("recv", f->recv);
    child("", f->funcType);
    child("body", f->body);
    --indent_;
  }

  //--- Expressions -------------------------------------------------------===//

  void expr(llvm::StringRef role, const Expr *e) {
    switch (e->kind()) {
    case Node::BadExprKind:
      begin(role, "BadExpr");
      endLine(e->loc());
      return;
    case Node::IdentExprKind:
      begin(role, "Ident");
      os_ << " " << cast<IdentExpr>(e)->name;
      endLine(e->loc());
      return;
    case Node::BasicLitExprKind: {
      auto *lit = cast<BasicLitExpr>(e);
      begin(role, "BasicLit");
      os_ << " " << litKindName(lit->litKind) << " " << oneLine(lit->text);
      endLine(e->loc());
      return;
    }
    case Node::CompositeLitExprKind: {
      auto *c = cast<CompositeLitExpr>(e);
      begin(role, "CompositeLit");
      endLine(e->loc());
      ++indent_;
      child("type", c->typeExpr);
      children("", c->elts);
      --indent_;
      return;
    }
    case Node::FuncLitExprKind: {
      auto *f = cast<FuncLitExpr>(e);
      begin(role, "FuncLit");
      endLine(e->loc());
      ++indent_;
      child("", f->funcType);
      child("body", f->body);
      --indent_;
      return;
    }
    case Node::ParenExprKind:
      begin(role, "ParenExpr");
      endLine(e->loc());
      ++indent_;
      child("", cast<ParenExpr>(e)->x);
      --indent_;
      return;
    case Node::SelectorExprKind: {
      auto *s = cast<SelectorExpr>(e);
      begin(role, "SelectorExpr");
      os_ << " " << s->sel->name;
      endLine(e->loc());
      ++indent_;
      child("", s->x);
      child("sel", s->sel);
      --indent_;
      return;
    }
    case Node::IndexExprKind: {
      auto *ix = cast<IndexExpr>(e);
      begin(role, "IndexExpr");
      endLine(e->loc());
      ++indent_;
      child("", ix->x);
      children("index", ix->indices);
      --indent_;
      return;
    }
    case Node::SliceExprKind: {
      auto *s = cast<SliceExpr>(e);
      begin(role, "SliceExpr");
      if (s->slice3)
        os_ << " 3-index";
      endLine(e->loc());
      ++indent_;
      child("", s->x);
      child("lo", s->lo);
      child("hi", s->hi);
      child("max", s->max);
      --indent_;
      return;
    }
    case Node::TypeAssertExprKind: {
      auto *ta = cast<TypeAssertExpr>(e);
      begin(role, "TypeAssertExpr");
      if (!ta->typeExpr)
        os_ << " (type)";
      endLine(e->loc());
      ++indent_;
      child("", ta->x);
      child("type", ta->typeExpr);
      --indent_;
      return;
    }
    case Node::CallExprKind: {
      auto *c = cast<CallExpr>(e);
      begin(role, "CallExpr");
      if (c->hasEllipsis)
        os_ << " ...";
      endLine(e->loc());
      ++indent_;
      child("", c->fun);
      children("arg", c->args);
      --indent_;
      return;
    }
    case Node::StarExprKind:
      begin(role, "StarExpr");
      endLine(e->loc());
      ++indent_;
      child("", cast<StarExpr>(e)->x);
      --indent_;
      return;
    case Node::UnaryExprKind: {
      auto *u = cast<UnaryExpr>(e);
      begin(role, "UnaryExpr");
      os_ << " " << tok::spelling(u->op);
      endLine(e->loc());
      ++indent_;
      child("", u->x);
      --indent_;
      return;
    }
    case Node::BinaryExprKind: {
      auto *b = cast<BinaryExpr>(e);
      begin(role, "BinaryExpr");
      os_ << " " << tok::spelling(b->op);
      endLine(e->loc());
      ++indent_;
      child("", b->x);
      child("", b->y);
      --indent_;
      return;
    }
    case Node::KeyValueExprKind: {
      auto *kv = cast<KeyValueExpr>(e);
      begin(role, "KeyValueExpr");
      endLine(e->loc());
      ++indent_;
      child("key", kv->key);
      child("value", kv->val);
      --indent_;
      return;
    }
    case Node::EllipsisExprKind:
      begin(role, "Ellipsis");
      endLine(e->loc());
      ++indent_;
      child("", cast<EllipsisExpr>(e)->elt);
      --indent_;
      return;
    case Node::ArrayTypeExprKind: {
      auto *a = cast<ArrayTypeExpr>(e);
      begin(role, "ArrayType");
      if (!a->len)
        os_ << " slice";
      endLine(e->loc());
      ++indent_;
      child("len", a->len);
      child("elt", a->elt);
      --indent_;
      return;
    }
    case Node::StructTypeExprKind:
      begin(role, "StructType");
      endLine(e->loc());
      ++indent_;
      fields("", cast<StructTypeExpr>(e)->fields);
      --indent_;
      return;
    case Node::FuncTypeExprKind: {
      auto *f = cast<FuncTypeExpr>(e);
      begin(role, "FuncType");
      endLine(e->loc());
      ++indent_;
      fields("tparam", f->typeParams);
      fields("param", f->params);
      fields("result", f->results);
      --indent_;
      return;
    }
    case Node::InterfaceTypeExprKind:
      begin(role, "InterfaceType");
      endLine(e->loc());
      ++indent_;
      fields("", cast<InterfaceTypeExpr>(e)->methods);
      --indent_;
      return;
    case Node::MapTypeExprKind: {
      auto *m = cast<MapTypeExpr>(e);
      begin(role, "MapType");
      endLine(e->loc());
      ++indent_;
      child("key", m->key);
      child("value", m->val);
      --indent_;
      return;
    }
    case Node::ChanTypeExprKind: {
      auto *c = cast<ChanTypeExpr>(e);
      begin(role, "ChanType");
      os_ << (c->dir == ChanTypeExpr::SendOnly   ? " chan<-"
              : c->dir == ChanTypeExpr::RecvOnly ? " <-chan"
                                                 : " chan");
      endLine(e->loc());
      ++indent_;
      child("", c->elt);
      --indent_;
      return;
    }
    case Node::ImplicitConvExprKind:
      begin(role, "ImplicitConv");
      endLine(e->loc());
      ++indent_;
      child("", cast<ImplicitConvExpr>(e)->x);
      --indent_;
      return;
    default:
      llvm_unreachable("expr: not an expression kind");
    }
  }

  //--- Statements --------------------------------------------------------===//

  void stmt(llvm::StringRef role, const Stmt *s) {
    switch (s->kind()) {
    case Node::BadStmtKind:
      begin(role, "BadStmt");
      endLine(s->loc());
      return;
    case Node::DeclStmtKind:
      begin(role, "DeclStmt");
      endLine(s->loc());
      ++indent_;
      decl("", cast<DeclStmt>(s)->decl);
      --indent_;
      return;
    case Node::EmptyStmtKind:
      begin(role, "EmptyStmt");
      if (cast<EmptyStmt>(s)->implicit)
        os_ << " implicit";
      endLine(s->loc());
      return;
    case Node::LabeledStmtKind: {
      auto *l = cast<LabeledStmt>(s);
      begin(role, "LabeledStmt");
      os_ << " " << l->label->name;
      endLine(s->loc());
      ++indent_;
      child("", l->stmt);
      --indent_;
      return;
    }
    case Node::ExprStmtKind:
      begin(role, "ExprStmt");
      endLine(s->loc());
      ++indent_;
      child("", cast<ExprStmt>(s)->x);
      --indent_;
      return;
    case Node::SendStmtKind: {
      auto *send = cast<SendStmt>(s);
      begin(role, "SendStmt");
      endLine(s->loc());
      ++indent_;
      child("chan", send->chan);
      child("value", send->val);
      --indent_;
      return;
    }
    case Node::IncDecStmtKind: {
      auto *id = cast<IncDecStmt>(s);
      begin(role, "IncDecStmt");
      os_ << " " << tok::spelling(id->op);
      endLine(s->loc());
      ++indent_;
      child("", id->x);
      --indent_;
      return;
    }
    case Node::AssignStmtKind: {
      auto *a = cast<AssignStmt>(s);
      begin(role, "AssignStmt");
      os_ << " " << tok::spelling(a->op);
      endLine(s->loc());
      ++indent_;
      children("lhs", a->lhs);
      children("rhs", a->rhs);
      --indent_;
      return;
    }
    case Node::GoStmtKind:
      begin(role, "GoStmt");
      endLine(s->loc());
      ++indent_;
      child("", cast<GoStmt>(s)->call);
      --indent_;
      return;
    case Node::DeferStmtKind:
      begin(role, "DeferStmt");
      endLine(s->loc());
      ++indent_;
      child("", cast<DeferStmt>(s)->call);
      --indent_;
      return;
    case Node::ReturnStmtKind:
      begin(role, "ReturnStmt");
      endLine(s->loc());
      ++indent_;
      children("", cast<ReturnStmt>(s)->results);
      --indent_;
      return;
    case Node::BranchStmtKind: {
      auto *b = cast<BranchStmt>(s);
      begin(role, "BranchStmt");
      os_ << " " << tok::spelling(b->tok);
      if (b->label)
        os_ << " " << b->label->name;
      endLine(s->loc());
      return;
    }
    case Node::BlockStmtKind:
      begin(role, "BlockStmt");
      endLine(s->loc());
      ++indent_;
      children("", cast<BlockStmt>(s)->stmts);
      --indent_;
      return;
    case Node::IfStmtKind: {
      auto *i = cast<IfStmt>(s);
      begin(role, "IfStmt");
      endLine(s->loc());
      ++indent_;
      child("init", i->init);
      child("cond", i->cond);
      child("then", i->then);
      child("else", i->els);
      --indent_;
      return;
    }
    case Node::CaseClauseStmtKind: {
      auto *c = cast<CaseClauseStmt>(s);
      begin(role, "CaseClause");
      if (c->isDefault)
        os_ << " default";
      endLine(s->loc());
      ++indent_;
      children("case", c->list);
      children("", c->body);
      --indent_;
      return;
    }
    case Node::SwitchStmtKind: {
      auto *sw = cast<SwitchStmt>(s);
      begin(role, "SwitchStmt");
      endLine(s->loc());
      ++indent_;
      child("init", sw->init);
      child("tag", sw->tag);
      child("body", sw->body);
      --indent_;
      return;
    }
    case Node::TypeSwitchStmtKind: {
      auto *ts = cast<TypeSwitchStmt>(s);
      begin(role, "TypeSwitchStmt");
      endLine(s->loc());
      ++indent_;
      child("init", ts->init);
      child("assign", ts->assign);
      child("body", ts->body);
      --indent_;
      return;
    }
    case Node::CommClauseStmtKind: {
      auto *c = cast<CommClauseStmt>(s);
      begin(role, "CommClause");
      if (!c->comm)
        os_ << " default";
      endLine(s->loc());
      ++indent_;
      child("comm", c->comm);
      children("", c->body);
      --indent_;
      return;
    }
    case Node::SelectStmtKind:
      begin(role, "SelectStmt");
      endLine(s->loc());
      ++indent_;
      child("body", cast<SelectStmt>(s)->body);
      --indent_;
      return;
    case Node::ForStmtKind: {
      auto *f = cast<ForStmt>(s);
      begin(role, "ForStmt");
      endLine(s->loc());
      ++indent_;
      child("init", f->init);
      child("cond", f->cond);
      child("post", f->post);
      child("body", f->body);
      --indent_;
      return;
    }
    case Node::RangeStmtKind: {
      auto *r = cast<RangeStmt>(s);
      begin(role, "RangeStmt");
      if (r->op != tok::illegal)
        os_ << " " << tok::spelling(r->op);
      endLine(s->loc());
      ++indent_;
      child("key", r->key);
      child("value", r->val);
      child("x", r->x);
      child("body", r->body);
      --indent_;
      return;
    }
    default:
      llvm_unreachable("stmt: not a statement kind");
    }
  }
};

} // namespace

void golc::ast::printAST(const File &file, llvm::raw_ostream &os) {
  ASTPrinter(os).printFile(file);
}
