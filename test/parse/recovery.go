// RUN: not %golc build -emit-ast -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// RUN: FileCheck --check-prefix=AST %s < %t
// After a syntax error the parser skips to the end of the statement or
// declaration (inside a function, also to the next statement keyword), so
// one run reports the errors of every broken statement and declaration, and
// the rest of the file is still in the tree.
package main

func a() {
	// CHECK: recovery.go:[[@LINE+1]]:19: syntax error: unexpected literal 3 in composite literal; possibly missing comma or }
	x := [3]int{1, 2 3}
	if x[0] == 1 {
		return
	}
	// CHECK: recovery.go:[[@LINE+1]]:7: syntax error: unexpected ), expecting expression
	y := )
	for {
		break
	}
}

type T struct {
	// CHECK: recovery.go:[[@LINE+1]]:7: syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }
	a int,
	b string
}

// CHECK: recovery.go:[[@LINE+1]]:13: syntax error: unexpected literal 2 after top level declaration
const c = 1 2

func good() {}

// AST: FuncDecl a
// AST: IfStmt
// AST: ForStmt
// AST: TypeSpec T
// AST: GenDecl const
// AST: FuncDecl good
