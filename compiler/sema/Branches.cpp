//===- sema/Branches.cpp - labels and branch targets -----------------------===//
// One pass over a function body resolves every break, continue, goto and
// fallthrough to its target statement (BranchStmt::target) and reports what
// gc's parser reports (its checkBranches): misplaced branches, undefined,
// unused and duplicate labels, and gotos that jump over a variable
// declaration or into a block.
//
// Blocks are walked in order keeping, per block, its labels' declarations;
// a goto to a label not yet seen is "forward": it is resolved when the label
// appears in the same block, or handed to the enclosing block. A forward goto
// pending when a variable is declared jumps over that declaration if its
// label turns up later in the same block.
//===----------------------------------------------------------------------===//
#include "sema/Checker.h"
#include <algorithm>

using namespace golc;
using namespace golc::sema;
using namespace golc::ast;

namespace {

struct Block {
  Block *parent;
  SourceLoc start;        // where gc says the block starts
  LabeledStmt *lstmt;     // the labeled statement owning this block, if any
};

struct LabelInfo {
  Block *parent;          // the block declaring the label
  LabeledStmt *lstmt;
  bool used = false;
};

/// The statements an unlabeled break/continue/fallthrough refers to here.
struct Targets {
  Stmt *breaks = nullptr;    // for, range, switch, type switch or select
  Stmt *continues = nullptr; // for or range
  int caseIndex = -1;        // clause index in the innermost switch
};

class BranchChecker {
public:
  explicit BranchChecker(Checker &c) : c(c) {}

  void run(BlockStmt *body) {
    std::vector<BranchStmt *> fwd =
        blockBranches(nullptr, Targets(), nullptr, body->loc(), body->stmts);
    // Gotos still unresolved: the label is missing, or inside a block.
    for (BranchStmt *g : fwd) {
      const std::string &name = g->label->name;
      auto it = labels_.find(name);
      if (it != labels_.end()) {
        it->second->used = true; // no "defined and not used" as well
        c.error(g->label->loc(), diag::GotoIntoBlock, name,
                c.posString(it->second->parent->start));
      } else {
        c.error(g->label->loc(), diag::LabelNotDefined, name);
      }
    }
    for (auto &l : labelOrder_)
      if (!l->used)
        c.error(l->lstmt->label->loc(), diag::LabelDefinedAndNotUsed,
                l->lstmt->label->name);
  }

private:
  Checker &c;
  std::map<std::string, LabelInfo *> labels_;
  std::vector<std::unique_ptr<LabelInfo>> labelOrder_;
  std::vector<std::unique_ptr<Block>> blocks_;

  LabelInfo *declare(Block *b, LabeledStmt *s) {
    const std::string &name = s->label->name;
    auto it = labels_.find(name);
    if (it != labels_.end()) {
      c.error(s->label->loc(), diag::LabelAlreadyDefined, name,
              c.posString(it->second->lstmt->label->loc()));
      return it->second;
    }
    labelOrder_.push_back(std::make_unique<LabelInfo>());
    LabelInfo *l = labelOrder_.back().get();
    l->parent = b;
    l->lstmt = s;
    labels_[name] = l;
    return l;
  }

  /// The label `name` declared in b or an enclosing block (a goto target).
  LabeledStmt *gotoTarget(Block *b, const std::string &name) {
    auto it = labels_.find(name);
    if (it == labels_.end())
      return nullptr;
    it->second->used = true; // even if it is not a valid target
    for (; b; b = b->parent)
      if (it->second->parent == b)
        return it->second->lstmt;
    return nullptr;
  }

  /// The enclosing statement labeled `name`: null if there is no such
  /// label, `invalid` if the label exists but does not enclose b.
  LabeledStmt *enclosingTarget(Block *b, const std::string &name,
                               bool &defined) {
    auto it = labels_.find(name);
    defined = it != labels_.end();
    if (!defined)
      return nullptr;
    it->second->used = true;
    for (; b; b = b->parent)
      if (it->second->lstmt == b->lstmt)
        return b->lstmt;
    return nullptr;
  }

  std::vector<BranchStmt *> blockBranches(Block *parent, Targets ctxt,
                                          LabeledStmt *lstmt, SourceLoc start,
                                          llvm::ArrayRef<Stmt *> body);
  /// Resolves branch statement s, the index-th of `count` statements of
  /// block b.
  void branch(BranchStmt *s, Block *b, const Targets &ctxt, size_t index,
              size_t count, std::vector<BranchStmt *> &fwdGotos);
};

// A fallthrough counts as the last statement even if empty statements
// follow it.
llvm::ArrayRef<Stmt *> trimTrailingEmpty(llvm::ArrayRef<Stmt *> list) {
  while (!list.empty() && (!list.back() || llvm::isa<EmptyStmt>(list.back())))
    list = list.drop_back();
  return list;
}

std::vector<BranchStmt *>
BranchChecker::blockBranches(Block *parent, Targets ctxt, LabeledStmt *lstmt,
                             SourceLoc start, llvm::ArrayRef<Stmt *> body) {
  blocks_.push_back(std::make_unique<Block>(Block{parent, start, lstmt}));
  Block *b = blocks_.back().get();

  SourceLoc varPos;
  std::string varName;
  std::vector<BranchStmt *> fwdGotos, badGotos;

  auto recordVarDecl = [&](SourceLoc pos, std::string name) {
    varPos = pos;
    varName = std::move(name);
    // Forward gotos pending now jump over this declaration, unless they
    // leave the block (which is only known later).
    badGotos = fwdGotos;
  };
  auto jumpsOverVarDecl = [&](BranchStmt *g) {
    return varPos.isValid() &&
           std::find(badGotos.begin(), badGotos.end(), g) != badGotos.end();
  };
  auto innerBlock = [&](Targets inner, SourceLoc innerStart,
                        llvm::ArrayRef<Stmt *> list) {
    std::vector<BranchStmt *> more =
        blockBranches(b, inner, lstmt, innerStart, list);
    fwdGotos.insert(fwdGotos.end(), more.begin(), more.end());
  };

  llvm::ArrayRef<Stmt *> list = trimTrailingEmpty(body);
  for (size_t index = 0; index < list.size(); ++index) {
    Stmt *s = list[index];
    lstmt = nullptr;
    // A labeled statement declares its label, then is its statement.
    while (auto *ls = llvm::dyn_cast_or_null<LabeledStmt>(s)) {
      if (ls->label->name != "_") {
        LabelInfo *l = declare(b, ls);
        // Resolve the gotos waiting for this label.
        std::vector<BranchStmt *> remaining;
        for (BranchStmt *g : fwdGotos) {
          if (g->label->name != ls->label->name) {
            remaining.push_back(g);
            continue;
          }
          g->target = ls;
          l->used = true;
          if (jumpsOverVarDecl(g))
            c.error(g->label->loc(), diag::GotoJumpsOverDecl,
                    ls->label->name, varName, c.posString(varPos));
        }
        fwdGotos = std::move(remaining);
        lstmt = ls;
      }
      s = ls->stmt;
    }
    if (!s)
      continue;

    switch (s->kind()) {
    case Node::DeclStmtKind: {
      GenDecl *d = llvm::cast<DeclStmt>(s)->decl;
      if (d && d->tok == tok::kw_var && !d->values.empty() &&
          !d->values[0].names.empty())
        recordVarDecl(d->values[0].names[0]->loc(),
                      d->values[0].names[0]->name);
      break;
    }
    case Node::AssignStmtKind: {
      auto *a = llvm::cast<AssignStmt>(s);
      if (a->op == tok::define) {
        std::string names;
        for (size_t i = 0; i < a->lhs.size(); ++i)
          names += (i ? ", " : "") + Checker::exprStr(a->lhs[i]);
        recordVarDecl(a->opLoc, names);
      }
      break;
    }
    case Node::BranchStmtKind:
      branch(llvm::cast<BranchStmt>(s), b, ctxt, index, list.size(),
             fwdGotos);
      break;
    case Node::BlockStmtKind: {
      auto *bs = llvm::cast<BlockStmt>(s);
      innerBlock({ctxt.breaks, ctxt.continues, -1}, bs->loc(), bs->stmts);
      break;
    }
    case Node::IfStmtKind: {
      auto *is = llvm::cast<IfStmt>(s);
      Targets inner{ctxt.breaks, ctxt.continues, -1};
      if (is->then)
        innerBlock(inner, is->then->loc(), is->then->stmts);
      if (is->els) {
        Stmt *els[] = {is->els};
        innerBlock(inner, is->els->loc(), els);
      }
      break;
    }
    case Node::ForStmtKind: {
      auto *fs = llvm::cast<ForStmt>(s);
      if (fs->body)
        innerBlock({fs, fs, -1}, fs->body->loc(), fs->body->stmts);
      break;
    }
    case Node::RangeStmtKind: {
      auto *rs = llvm::cast<RangeStmt>(s);
      if (rs->body)
        innerBlock({rs, rs, -1}, rs->body->loc(), rs->body->stmts);
      break;
    }
    case Node::SwitchStmtKind:
    case Node::TypeSwitchStmtKind:
    case Node::SelectStmtKind: {
      BlockStmt *clauses =
          llvm::isa<SwitchStmt>(s)       ? llvm::cast<SwitchStmt>(s)->body
          : llvm::isa<TypeSwitchStmt>(s) ? llvm::cast<TypeSwitchStmt>(s)->body
                                         : llvm::cast<SelectStmt>(s)->body;
      if (!clauses)
        break;
      Targets inner{s, ctxt.continues, -1};
      for (size_t i = 0; i < clauses->stmts.size(); ++i) {
        Stmt *cs = clauses->stmts[i];
        if (!cs)
          continue;
        if (!llvm::isa<SelectStmt>(s))
          inner.caseIndex = (int)i;
        if (auto *cc = llvm::dyn_cast<CaseClauseStmt>(cs))
          innerBlock(inner, cc->loc(), cc->body);
        else if (auto *cc = llvm::dyn_cast<CommClauseStmt>(cs))
          innerBlock(inner, cc->loc(), cc->body);
      }
      break;
    }
    default:
      break;
    }
  }
  return fwdGotos;
}

void BranchChecker::branch(BranchStmt *s, Block *b, const Targets &ctxt,
                           size_t index, size_t count,
                           std::vector<BranchStmt *> &fwdGotos) {
  if (!s->label) {
    switch (s->tok) {
    case tok::kw_break:
      if (ctxt.breaks)
        s->target = ctxt.breaks;
      else
        c.error(s->loc(), diag::BreakNotInLoop);
      return;
    case tok::kw_continue:
      if (ctxt.continues)
        s->target = ctxt.continues;
      else
        c.error(s->loc(), diag::ContinueNotInLoop);
      return;
    case tok::kw_fallthrough: {
      // Only as the last statement of a switch case that has a next one.
      diag::Kind msg = diag::FallthroughOutOfPlace;
      if (llvm::isa_and_nonnull<TypeSwitchStmt>(ctxt.breaks)) {
        msg = diag::FallthroughInTypeSwitch;
      } else if (auto *sw = llvm::dyn_cast_or_null<SwitchStmt>(ctxt.breaks);
                 sw && ctxt.caseIndex >= 0 && index + 1 == count) {
        const std::vector<Stmt *> &clauses = sw->body->stmts;
        if ((size_t)ctxt.caseIndex + 1 == clauses.size()) {
          msg = diag::FallthroughFinalCase;
        } else {
          s->target = clauses[ctxt.caseIndex + 1];
          return;
        }
      }
      c.error(s->loc(), msg);
      return;
    }
    default:
      return; // goto always has a label
    }
  }

  const std::string &name = s->label->name;
  bool defined = false;
  switch (s->tok) {
  case tok::kw_break:
    // spec: the label of an enclosing for, switch or select.
    if (LabeledStmt *t = enclosingTarget(b, name, defined)) {
      Stmt *st = t->stmt;
      if (llvm::isa_and_nonnull<ForStmt>(st) ||
          llvm::isa_and_nonnull<RangeStmt>(st) ||
          llvm::isa_and_nonnull<SwitchStmt>(st) ||
          llvm::isa_and_nonnull<TypeSwitchStmt>(st) ||
          llvm::isa_and_nonnull<SelectStmt>(st)) {
        s->target = st;
        return;
      }
    }
    c.error(s->label->loc(),
            defined ? diag::InvalidBreakLabel : diag::BreakLabelNotDefined,
            name);
    return;
  case tok::kw_continue:
    // spec: the label of an enclosing for.
    if (LabeledStmt *t = enclosingTarget(b, name, defined)) {
      Stmt *st = t->stmt;
      if (llvm::isa_and_nonnull<ForStmt>(st) ||
          llvm::isa_and_nonnull<RangeStmt>(st)) {
        s->target = st;
        return;
      }
    }
    c.error(s->label->loc(),
            defined ? diag::InvalidContinueLabel
                    : diag::ContinueLabelNotDefined,
            name);
    return;
  case tok::kw_goto:
    if (LabeledStmt *t = gotoTarget(b, name))
      s->target = t;
    else
      fwdGotos.push_back(s); // the label may come later in this block
    return;
  default:
    return;
  }
}

} // namespace

void Checker::checkBranches(ast::BlockStmt *body) {
  BranchChecker(*this).run(body);
}
