// RUN: %golc build -emit-ast %s | FileCheck --strict-whitespace %s
// Parameter lists: a list is either all names with types or all types, and
// which one is known only at its end. `a, b int` gives a and b the type int
// (one Field); `int, string` is two unnamed parameters; `x.T` and `[]T` are
// types; a variadic last parameter has an Ellipsis type.
package main
// CHECK:      {{^}}File main [[@LINE-1]]:1

func named(a, b int, c string) {}
// CHECK:      {{^}}  FuncDecl named [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    FuncType [[@LINE-2]]:1
// CHECK-NEXT: {{^}}      param: Field [[@LINE-3]]:12
// CHECK-NEXT: {{^}}        name: Ident a [[@LINE-4]]:12
// CHECK-NEXT: {{^}}        name: Ident b [[@LINE-5]]:15
// CHECK-NEXT: {{^}}        type: Ident int [[@LINE-6]]:17
// CHECK-NEXT: {{^}}      param: Field [[@LINE-7]]:22
// CHECK-NEXT: {{^}}        name: Ident c [[@LINE-8]]:22
// CHECK-NEXT: {{^}}        type: Ident string [[@LINE-9]]:24
// CHECK-NEXT: {{^}}    body: BlockStmt [[@LINE-10]]:32

func unnamed(int, string) {}
// CHECK:      {{^}}  FuncDecl unnamed [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    FuncType [[@LINE-2]]:1
// CHECK-NEXT: {{^}}      param: Field [[@LINE-3]]:14
// CHECK-NEXT: {{^}}        type: Ident int [[@LINE-4]]:14
// CHECK-NEXT: {{^}}      param: Field [[@LINE-5]]:19
// CHECK-NEXT: {{^}}        type: Ident string [[@LINE-6]]:19
// CHECK-NEXT: {{^}}    body: BlockStmt [[@LINE-7]]:27

func qualified(a pkg.T, b []int) {}
// CHECK:      {{^}}  FuncDecl qualified [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    FuncType [[@LINE-2]]:1
// CHECK-NEXT: {{^}}      param: Field [[@LINE-3]]:16
// CHECK-NEXT: {{^}}        name: Ident a [[@LINE-4]]:16
// CHECK-NEXT: {{^}}        type: SelectorExpr T [[@LINE-5]]:18
// CHECK-NEXT: {{^}}          Ident pkg [[@LINE-6]]:18
// CHECK-NEXT: {{^}}          sel: Ident T [[@LINE-7]]:22
// CHECK-NEXT: {{^}}      param: Field [[@LINE-8]]:25
// CHECK-NEXT: {{^}}        name: Ident b [[@LINE-9]]:25
// CHECK-NEXT: {{^}}        type: ArrayType slice [[@LINE-10]]:27
// CHECK-NEXT: {{^}}          elt: Ident int [[@LINE-11]]:29
// CHECK-NEXT: {{^}}    body: BlockStmt [[@LINE-12]]:34

func typesOnly(pkg.T, []int, *T) {}
// CHECK:      {{^}}  FuncDecl typesOnly [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    FuncType [[@LINE-2]]:1
// CHECK-NEXT: {{^}}      param: Field [[@LINE-3]]:16
// CHECK-NEXT: {{^}}        type: SelectorExpr T [[@LINE-4]]:16
// CHECK-NEXT: {{^}}          Ident pkg [[@LINE-5]]:16
// CHECK-NEXT: {{^}}          sel: Ident T [[@LINE-6]]:20
// CHECK-NEXT: {{^}}      param: Field [[@LINE-7]]:23
// CHECK-NEXT: {{^}}        type: ArrayType slice [[@LINE-8]]:23
// CHECK-NEXT: {{^}}          elt: Ident int [[@LINE-9]]:25
// CHECK-NEXT: {{^}}      param: Field [[@LINE-10]]:30
// CHECK-NEXT: {{^}}        type: StarExpr [[@LINE-11]]:30
// CHECK-NEXT: {{^}}          Ident T [[@LINE-12]]:31
// CHECK-NEXT: {{^}}    body: BlockStmt [[@LINE-13]]:34

func variadic(format string, args ...interface{}) {}
// CHECK:      {{^}}  FuncDecl variadic [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    FuncType [[@LINE-2]]:1
// CHECK-NEXT: {{^}}      param: Field [[@LINE-3]]:15
// CHECK-NEXT: {{^}}        name: Ident format [[@LINE-4]]:15
// CHECK-NEXT: {{^}}        type: Ident string [[@LINE-5]]:22
// CHECK-NEXT: {{^}}      param: Field [[@LINE-6]]:30
// CHECK-NEXT: {{^}}        name: Ident args [[@LINE-7]]:30
// CHECK-NEXT: {{^}}        type: Ellipsis [[@LINE-8]]:35
// CHECK-NEXT: {{^}}          InterfaceType [[@LINE-9]]:38
// CHECK-NEXT: {{^}}    body: BlockStmt [[@LINE-10]]:51

func unnamedVariadic(...int) {}
// CHECK:      {{^}}  FuncDecl unnamedVariadic [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    FuncType [[@LINE-2]]:1
// CHECK-NEXT: {{^}}      param: Field [[@LINE-3]]:22
// CHECK-NEXT: {{^}}        type: Ellipsis [[@LINE-4]]:22
// CHECK-NEXT: {{^}}          Ident int [[@LINE-5]]:25
// CHECK-NEXT: {{^}}    body: BlockStmt [[@LINE-6]]:30

func results() (x, y int) { return }
// CHECK:      {{^}}  FuncDecl results [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    FuncType [[@LINE-2]]:1
// CHECK-NEXT: {{^}}      result: Field [[@LINE-3]]:17
// CHECK-NEXT: {{^}}        name: Ident x [[@LINE-4]]:17
// CHECK-NEXT: {{^}}        name: Ident y [[@LINE-5]]:20
// CHECK-NEXT: {{^}}        type: Ident int [[@LINE-6]]:22
// CHECK-NEXT: {{^}}    body: BlockStmt [[@LINE-7]]:27
// CHECK-NEXT: {{^}}      ReturnStmt [[@LINE-8]]:29

func oneResult() error { return nil }
// CHECK:      {{^}}  FuncDecl oneResult [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    FuncType [[@LINE-2]]:1
// CHECK-NEXT: {{^}}      result: Field [[@LINE-3]]:18
// CHECK-NEXT: {{^}}        type: Ident error [[@LINE-4]]:18
// CHECK-NEXT: {{^}}    body: BlockStmt [[@LINE-5]]:24
// CHECK-NEXT: {{^}}      ReturnStmt [[@LINE-6]]:26
// CHECK-NEXT: {{^}}        Ident nil [[@LINE-7]]:33

func unnamedResults() (int, error) { return 0, nil }
// CHECK:      {{^}}  FuncDecl unnamedResults [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    FuncType [[@LINE-2]]:1
// CHECK-NEXT: {{^}}      result: Field [[@LINE-3]]:24
// CHECK-NEXT: {{^}}        type: Ident int [[@LINE-4]]:24
// CHECK-NEXT: {{^}}      result: Field [[@LINE-5]]:29
// CHECK-NEXT: {{^}}        type: Ident error [[@LINE-6]]:29
// CHECK-NEXT: {{^}}    body: BlockStmt [[@LINE-7]]:36
// CHECK-NEXT: {{^}}      ReturnStmt [[@LINE-8]]:38
// CHECK-NEXT: {{^}}        BasicLit int 0 [[@LINE-9]]:45
// CHECK-NEXT: {{^}}        Ident nil [[@LINE-10]]:48

func funcParam(f func(int) bool, g func(x, y int)) {}
// CHECK:      {{^}}  FuncDecl funcParam [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    FuncType [[@LINE-2]]:1
// CHECK-NEXT: {{^}}      param: Field [[@LINE-3]]:16
// CHECK-NEXT: {{^}}        name: Ident f [[@LINE-4]]:16
// CHECK-NEXT: {{^}}        type: FuncType [[@LINE-5]]:18
// CHECK-NEXT: {{^}}          param: Field [[@LINE-6]]:23
// CHECK-NEXT: {{^}}            type: Ident int [[@LINE-7]]:23
// CHECK-NEXT: {{^}}          result: Field [[@LINE-8]]:28
// CHECK-NEXT: {{^}}            type: Ident bool [[@LINE-9]]:28
// CHECK-NEXT: {{^}}      param: Field [[@LINE-10]]:34
// CHECK-NEXT: {{^}}        name: Ident g [[@LINE-11]]:34
// CHECK-NEXT: {{^}}        type: FuncType [[@LINE-12]]:36
// CHECK-NEXT: {{^}}          param: Field [[@LINE-13]]:41
// CHECK-NEXT: {{^}}            name: Ident x [[@LINE-14]]:41
// CHECK-NEXT: {{^}}            name: Ident y [[@LINE-15]]:44
// CHECK-NEXT: {{^}}            type: Ident int [[@LINE-16]]:46
// CHECK-NEXT: {{^}}    body: BlockStmt [[@LINE-17]]:52
