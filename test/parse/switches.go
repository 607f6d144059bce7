// RUN: %golc build -emit-ast %s | FileCheck --strict-whitespace %s
// Type switches (with and without a symbol, with an init statement) and
// select statements with send, receive and default comm clauses.
package main
// CHECK:      {{^}}File main [[@LINE-1]]:1

func typeSwitch() {
	switch v := x.(type) {
	case int, string:
	case nil:
	default:
	}
}
// CHECK:      {{^}}  FuncDecl typeSwitch [[@LINE-7]]:1
// CHECK-NEXT: {{^}}    FuncType [[@LINE-8]]:1
// CHECK-NEXT: {{^}}    body: BlockStmt [[@LINE-9]]:19
// CHECK-NEXT: {{^}}      TypeSwitchStmt [[@LINE-9]]:2
// CHECK-NEXT: {{^}}        assign: AssignStmt := [[@LINE-10]]:9
// CHECK-NEXT: {{^}}          lhs: Ident v [[@LINE-11]]:9
// CHECK-NEXT: {{^}}          rhs: TypeAssertExpr (type) [[@LINE-12]]:14
// CHECK-NEXT: {{^}}            Ident x [[@LINE-13]]:14
// CHECK-NEXT: {{^}}        body: BlockStmt [[@LINE-14]]:23
// CHECK-NEXT: {{^}}          CaseClause [[@LINE-14]]:2
// CHECK-NEXT: {{^}}            case: Ident int [[@LINE-15]]:7
// CHECK-NEXT: {{^}}            case: Ident string [[@LINE-16]]:12
// CHECK-NEXT: {{^}}          CaseClause [[@LINE-16]]:2
// CHECK-NEXT: {{^}}            case: Ident nil [[@LINE-17]]:7
// CHECK-NEXT: {{^}}          CaseClause default [[@LINE-17]]:2

func typeSwitchInit() {
	switch y := f(); y.(type) {
	case []int:
	}
}
// CHECK:      {{^}}  FuncDecl typeSwitchInit [[@LINE-5]]:1
// CHECK-NEXT: {{^}}    FuncType [[@LINE-6]]:1
// CHECK-NEXT: {{^}}    body: BlockStmt [[@LINE-7]]:23
// CHECK-NEXT: {{^}}      TypeSwitchStmt [[@LINE-7]]:2
// CHECK-NEXT: {{^}}        init: AssignStmt := [[@LINE-8]]:9
// CHECK-NEXT: {{^}}          lhs: Ident y [[@LINE-9]]:9
// CHECK-NEXT: {{^}}          rhs: CallExpr [[@LINE-10]]:14
// CHECK-NEXT: {{^}}            Ident f [[@LINE-11]]:14
// CHECK-NEXT: {{^}}        assign: ExprStmt [[@LINE-12]]:19
// CHECK-NEXT: {{^}}          TypeAssertExpr (type) [[@LINE-13]]:19
// CHECK-NEXT: {{^}}            Ident y [[@LINE-14]]:19
// CHECK-NEXT: {{^}}        body: BlockStmt [[@LINE-15]]:28
// CHECK-NEXT: {{^}}          CaseClause [[@LINE-15]]:2
// CHECK-NEXT: {{^}}            case: ArrayType slice [[@LINE-16]]:7
// CHECK-NEXT: {{^}}              elt: Ident int [[@LINE-17]]:9

func selects() {
	select {
	case ch <- 1:
	case v := <-ch:
	case v, ok = <-ch:
	case <-done:
	default:
	}
}
// CHECK:      {{^}}  FuncDecl selects [[@LINE-9]]:1
// CHECK-NEXT: {{^}}    FuncType [[@LINE-10]]:1
// CHECK-NEXT: {{^}}    body: BlockStmt [[@LINE-11]]:16
// CHECK-NEXT: {{^}}      SelectStmt [[@LINE-11]]:2
// CHECK-NEXT: {{^}}        body: BlockStmt [[@LINE-12]]:9
// CHECK-NEXT: {{^}}          CommClause [[@LINE-12]]:2
// CHECK-NEXT: {{^}}            comm: SendStmt [[@LINE-13]]:7
// CHECK-NEXT: {{^}}              chan: Ident ch [[@LINE-14]]:7
// CHECK-NEXT: {{^}}              value: BasicLit int 1 [[@LINE-15]]:13
// CHECK-NEXT: {{^}}          CommClause [[@LINE-15]]:2
// CHECK-NEXT: {{^}}            comm: AssignStmt := [[@LINE-16]]:7
// CHECK-NEXT: {{^}}              lhs: Ident v [[@LINE-17]]:7
// CHECK-NEXT: {{^}}              rhs: UnaryExpr <- [[@LINE-18]]:12
// CHECK-NEXT: {{^}}                Ident ch [[@LINE-19]]:14
// CHECK-NEXT: {{^}}          CommClause [[@LINE-19]]:2
// CHECK-NEXT: {{^}}            comm: AssignStmt = [[@LINE-20]]:7
// CHECK-NEXT: {{^}}              lhs: Ident v [[@LINE-21]]:7
// CHECK-NEXT: {{^}}              lhs: Ident ok [[@LINE-22]]:10
// CHECK-NEXT: {{^}}              rhs: UnaryExpr <- [[@LINE-23]]:15
// CHECK-NEXT: {{^}}                Ident ch [[@LINE-24]]:17
// CHECK-NEXT: {{^}}          CommClause [[@LINE-24]]:2
// CHECK-NEXT: {{^}}            comm: ExprStmt [[@LINE-25]]:7
// CHECK-NEXT: {{^}}              UnaryExpr <- [[@LINE-26]]:7
// CHECK-NEXT: {{^}}                Ident done [[@LINE-27]]:9
// CHECK-NEXT: {{^}}          CommClause default [[@LINE-27]]:2
