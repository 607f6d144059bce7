// RUN: %golc build -emit-ast %s | FileCheck --strict-whitespace %s
// Composite literals. In the header of an if, for or switch statement a `{`
// after a type name opens the block, not a literal, unless the literal is
// inside parentheses (or brackets, or a call). Literal types that are type
// literals ([]T, [N]T, map, struct) always take the `{`.
package main
// CHECK:      {{^}}File main [[@LINE-1]]:1

func header() {
	if x == T {
	}
}
// CHECK:      {{^}}  FuncDecl header [[@LINE-4]]:1
// CHECK-NEXT: {{^}}    FuncType [[@LINE-5]]:1
// CHECK-NEXT: {{^}}    body: BlockStmt [[@LINE-6]]:15
// CHECK-NEXT: {{^}}      IfStmt [[@LINE-6]]:2
// CHECK-NEXT: {{^}}        cond: BinaryExpr == [[@LINE-7]]:5
// CHECK-NEXT: {{^}}          Ident x [[@LINE-8]]:5
// CHECK-NEXT: {{^}}          Ident T [[@LINE-9]]:10
// CHECK-NEXT: {{^}}        then: BlockStmt [[@LINE-10]]:12

func parenthesized() {
	if x == (T{}) {
	}
}
// CHECK:      {{^}}  FuncDecl parenthesized [[@LINE-4]]:1
// CHECK-NEXT: {{^}}    FuncType [[@LINE-5]]:1
// CHECK-NEXT: {{^}}    body: BlockStmt [[@LINE-6]]:22
// CHECK-NEXT: {{^}}      IfStmt [[@LINE-6]]:2
// CHECK-NEXT: {{^}}        cond: BinaryExpr == [[@LINE-7]]:5
// CHECK-NEXT: {{^}}          Ident x [[@LINE-8]]:5
// CHECK-NEXT: {{^}}          ParenExpr [[@LINE-9]]:10
// CHECK-NEXT: {{^}}            CompositeLit [[@LINE-10]]:11
// CHECK-NEXT: {{^}}              type: Ident T [[@LINE-11]]:11
// CHECK-NEXT: {{^}}        then: BlockStmt [[@LINE-12]]:16

func inCall() {
	for _, v := range f(T{1, 2}) {
	}
}
// CHECK:      {{^}}  FuncDecl inCall [[@LINE-4]]:1
// CHECK-NEXT: {{^}}    FuncType [[@LINE-5]]:1
// CHECK-NEXT: {{^}}    body: BlockStmt [[@LINE-6]]:15
// CHECK-NEXT: {{^}}      RangeStmt := [[@LINE-6]]:2
// CHECK-NEXT: {{^}}        key: Ident _ [[@LINE-7]]:6
// CHECK-NEXT: {{^}}        value: Ident v [[@LINE-8]]:9
// CHECK-NEXT: {{^}}        x: CallExpr [[@LINE-9]]:20
// CHECK-NEXT: {{^}}          Ident f [[@LINE-10]]:20
// CHECK-NEXT: {{^}}          arg: CompositeLit [[@LINE-11]]:22
// CHECK-NEXT: {{^}}            type: Ident T [[@LINE-12]]:22
// CHECK-NEXT: {{^}}            BasicLit int 1 [[@LINE-13]]:24
// CHECK-NEXT: {{^}}            BasicLit int 2 [[@LINE-14]]:27
// CHECK-NEXT: {{^}}        body: BlockStmt [[@LINE-15]]:31

func typeLiteral() {
	switch []int{1}[0] {
	}
}
// CHECK:      {{^}}  FuncDecl typeLiteral [[@LINE-4]]:1
// CHECK-NEXT: {{^}}    FuncType [[@LINE-5]]:1
// CHECK-NEXT: {{^}}    body: BlockStmt [[@LINE-6]]:20
// CHECK-NEXT: {{^}}      SwitchStmt [[@LINE-6]]:2
// CHECK-NEXT: {{^}}        tag: IndexExpr [[@LINE-7]]:9
// CHECK-NEXT: {{^}}          CompositeLit [[@LINE-8]]:9
// CHECK-NEXT: {{^}}            type: ArrayType slice [[@LINE-9]]:9
// CHECK-NEXT: {{^}}              elt: Ident int [[@LINE-10]]:11
// CHECK-NEXT: {{^}}            BasicLit int 1 [[@LINE-11]]:15
// CHECK-NEXT: {{^}}          index: BasicLit int 0 [[@LINE-12]]:18
// CHECK-NEXT: {{^}}        body: BlockStmt [[@LINE-13]]:21

var elided = [][]int{{1}, {2, 3}}
// CHECK:      {{^}}  GenDecl var [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    ValueSpec [[@LINE-2]]:5
// CHECK-NEXT: {{^}}      name: Ident elided [[@LINE-3]]:5
// CHECK-NEXT: {{^}}      value: CompositeLit [[@LINE-4]]:14
// CHECK-NEXT: {{^}}        type: ArrayType slice [[@LINE-5]]:14
// CHECK-NEXT: {{^}}          elt: ArrayType slice [[@LINE-6]]:16
// CHECK-NEXT: {{^}}            elt: Ident int [[@LINE-7]]:18
// CHECK-NEXT: {{^}}        CompositeLit [[@LINE-8]]:22
// CHECK-NEXT: {{^}}          BasicLit int 1 [[@LINE-9]]:23
// CHECK-NEXT: {{^}}        CompositeLit [[@LINE-10]]:27
// CHECK-NEXT: {{^}}          BasicLit int 2 [[@LINE-11]]:28
// CHECK-NEXT: {{^}}          BasicLit int 3 [[@LINE-12]]:31

var keyed = map[string]Point{"a": {1, 2}, "b": {X: 3}}
// CHECK:      {{^}}  GenDecl var [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    ValueSpec [[@LINE-2]]:5
// CHECK-NEXT: {{^}}      name: Ident keyed [[@LINE-3]]:5
// CHECK-NEXT: {{^}}      value: CompositeLit [[@LINE-4]]:13
// CHECK-NEXT: {{^}}        type: MapType [[@LINE-5]]:13
// CHECK-NEXT: {{^}}          key: Ident string [[@LINE-6]]:17
// CHECK-NEXT: {{^}}          value: Ident Point [[@LINE-7]]:24
// CHECK-NEXT: {{^}}        KeyValueExpr [[@LINE-8]]:30
// CHECK-NEXT: {{^}}          key: BasicLit string "a" [[@LINE-9]]:30
// CHECK-NEXT: {{^}}          value: CompositeLit [[@LINE-10]]:35
// CHECK-NEXT: {{^}}            BasicLit int 1 [[@LINE-11]]:36
// CHECK-NEXT: {{^}}            BasicLit int 2 [[@LINE-12]]:39
// CHECK-NEXT: {{^}}        KeyValueExpr [[@LINE-13]]:43
// CHECK-NEXT: {{^}}          key: BasicLit string "b" [[@LINE-14]]:43
// CHECK-NEXT: {{^}}          value: CompositeLit [[@LINE-15]]:48
// CHECK-NEXT: {{^}}            KeyValueExpr [[@LINE-16]]:49
// CHECK-NEXT: {{^}}              key: Ident X [[@LINE-17]]:49
// CHECK-NEXT: {{^}}              value: BasicLit int 3 [[@LINE-18]]:52

var arrayAuto = [...]int{1, 2: 3}
// CHECK:      {{^}}  GenDecl var [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    ValueSpec [[@LINE-2]]:5
// CHECK-NEXT: {{^}}      name: Ident arrayAuto [[@LINE-3]]:5
// CHECK-NEXT: {{^}}      value: CompositeLit [[@LINE-4]]:17
// CHECK-NEXT: {{^}}        type: ArrayType [[@LINE-5]]:17
// CHECK-NEXT: {{^}}          len: Ellipsis [[@LINE-6]]:18
// CHECK-NEXT: {{^}}          elt: Ident int [[@LINE-7]]:22
// CHECK-NEXT: {{^}}        BasicLit int 1 [[@LINE-8]]:26
// CHECK-NEXT: {{^}}        KeyValueExpr [[@LINE-9]]:29
// CHECK-NEXT: {{^}}          key: BasicLit int 2 [[@LINE-10]]:29
// CHECK-NEXT: {{^}}          value: BasicLit int 3 [[@LINE-11]]:32

var qualified = pkg.T{A: 1}
// CHECK:      {{^}}  GenDecl var [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    ValueSpec [[@LINE-2]]:5
// CHECK-NEXT: {{^}}      name: Ident qualified [[@LINE-3]]:5
// CHECK-NEXT: {{^}}      value: CompositeLit [[@LINE-4]]:17
// CHECK-NEXT: {{^}}        type: SelectorExpr T [[@LINE-5]]:17
// CHECK-NEXT: {{^}}          Ident pkg [[@LINE-6]]:17
// CHECK-NEXT: {{^}}          sel: Ident T [[@LINE-7]]:21
// CHECK-NEXT: {{^}}        KeyValueExpr [[@LINE-8]]:23
// CHECK-NEXT: {{^}}          key: Ident A [[@LINE-9]]:23
// CHECK-NEXT: {{^}}          value: BasicLit int 1 [[@LINE-10]]:26

var generic = List[int]{}
// CHECK:      {{^}}  GenDecl var [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    ValueSpec [[@LINE-2]]:5
// CHECK-NEXT: {{^}}      name: Ident generic [[@LINE-3]]:5
// CHECK-NEXT: {{^}}      value: CompositeLit [[@LINE-4]]:15
// CHECK-NEXT: {{^}}        type: IndexExpr [[@LINE-5]]:15
// CHECK-NEXT: {{^}}          Ident List [[@LINE-6]]:15
// CHECK-NEXT: {{^}}          index: Ident int [[@LINE-7]]:20

var addr = &Point{1, 2}
// CHECK:      {{^}}  GenDecl var [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    ValueSpec [[@LINE-2]]:5
// CHECK-NEXT: {{^}}      name: Ident addr [[@LINE-3]]:5
// CHECK-NEXT: {{^}}      value: UnaryExpr & [[@LINE-4]]:12
// CHECK-NEXT: {{^}}        CompositeLit [[@LINE-5]]:13
// CHECK-NEXT: {{^}}          type: Ident Point [[@LINE-6]]:13
// CHECK-NEXT: {{^}}          BasicLit int 1 [[@LINE-7]]:19
// CHECK-NEXT: {{^}}          BasicLit int 2 [[@LINE-8]]:22
