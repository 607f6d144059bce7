// RUN: %golc build -emit-ast %s | FileCheck --strict-whitespace %s
// Generics: type parameter lists on functions and types, constraints with
// unions and `~` terms, instantiation with one and several type arguments,
// and the `type T[P ...]` ambiguity between a type parameter list and an
// array length.
package main
// CHECK:      {{^}}File main [[@LINE-1]]:1

func Map[T, U any](s []T, f func(T) U) []U { return nil }
// CHECK:      {{^}}  FuncDecl Map [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    FuncType [[@LINE-2]]:1
// CHECK-NEXT: {{^}}      tparam: Field [[@LINE-3]]:10
// CHECK-NEXT: {{^}}        name: Ident T [[@LINE-4]]:10
// CHECK-NEXT: {{^}}        name: Ident U [[@LINE-5]]:13
// CHECK-NEXT: {{^}}        type: Ident any [[@LINE-6]]:15
// CHECK-NEXT: {{^}}      param: Field [[@LINE-7]]:20
// CHECK-NEXT: {{^}}        name: Ident s [[@LINE-8]]:20
// CHECK-NEXT: {{^}}        type: ArrayType slice [[@LINE-9]]:22
// CHECK-NEXT: {{^}}          elt: Ident T [[@LINE-10]]:24
// CHECK-NEXT: {{^}}      param: Field [[@LINE-11]]:27
// CHECK-NEXT: {{^}}        name: Ident f [[@LINE-12]]:27
// CHECK-NEXT: {{^}}        type: FuncType [[@LINE-13]]:29
// CHECK-NEXT: {{^}}          param: Field [[@LINE-14]]:34
// CHECK-NEXT: {{^}}            type: Ident T [[@LINE-15]]:34
// CHECK-NEXT: {{^}}          result: Field [[@LINE-16]]:37
// CHECK-NEXT: {{^}}            type: Ident U [[@LINE-17]]:37
// CHECK-NEXT: {{^}}      result: Field [[@LINE-18]]:40
// CHECK-NEXT: {{^}}        type: ArrayType slice [[@LINE-19]]:40
// CHECK-NEXT: {{^}}          elt: Ident U [[@LINE-20]]:42
// CHECK-NEXT: {{^}}    body: BlockStmt [[@LINE-21]]:44
// CHECK-NEXT: {{^}}      ReturnStmt [[@LINE-22]]:46
// CHECK-NEXT: {{^}}        Ident nil [[@LINE-23]]:53

type List[T any] struct{ next *List[T] }
// CHECK:      {{^}}  GenDecl type [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    TypeSpec List [[@LINE-2]]:6
// CHECK-NEXT: {{^}}      tparam: Field [[@LINE-3]]:11
// CHECK-NEXT: {{^}}        name: Ident T [[@LINE-4]]:11
// CHECK-NEXT: {{^}}        type: Ident any [[@LINE-5]]:13
// CHECK-NEXT: {{^}}      type: StructType [[@LINE-6]]:18
// CHECK-NEXT: {{^}}        Field [[@LINE-7]]:26
// CHECK-NEXT: {{^}}          name: Ident next [[@LINE-8]]:26
// CHECK-NEXT: {{^}}          type: StarExpr [[@LINE-9]]:31
// CHECK-NEXT: {{^}}            IndexExpr [[@LINE-10]]:32
// CHECK-NEXT: {{^}}              Ident List [[@LINE-11]]:32
// CHECK-NEXT: {{^}}              index: Ident T [[@LINE-12]]:37

type Pair[K comparable, V any] struct{}
// CHECK:      {{^}}  GenDecl type [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    TypeSpec Pair [[@LINE-2]]:6
// CHECK-NEXT: {{^}}      tparam: Field [[@LINE-3]]:11
// CHECK-NEXT: {{^}}        name: Ident K [[@LINE-4]]:11
// CHECK-NEXT: {{^}}        type: Ident comparable [[@LINE-5]]:13
// CHECK-NEXT: {{^}}      tparam: Field [[@LINE-6]]:25
// CHECK-NEXT: {{^}}        name: Ident V [[@LINE-7]]:25
// CHECK-NEXT: {{^}}        type: Ident any [[@LINE-8]]:27
// CHECK-NEXT: {{^}}      type: StructType [[@LINE-9]]:32

type Number interface {
	~int | ~int64 | float64
}
// CHECK:      {{^}}  GenDecl type [[@LINE-3]]:1
// CHECK-NEXT: {{^}}    TypeSpec Number [[@LINE-4]]:6
// CHECK-NEXT: {{^}}      type: InterfaceType [[@LINE-5]]:13
// CHECK-NEXT: {{^}}        Field [[@LINE-5]]:2
// CHECK-NEXT: {{^}}          type: BinaryExpr | [[@LINE-6]]:2
// CHECK-NEXT: {{^}}            BinaryExpr | [[@LINE-7]]:2
// CHECK-NEXT: {{^}}              UnaryExpr ~ [[@LINE-8]]:2
// CHECK-NEXT: {{^}}                Ident int [[@LINE-9]]:3
// CHECK-NEXT: {{^}}              UnaryExpr ~ [[@LINE-10]]:9
// CHECK-NEXT: {{^}}                Ident int64 [[@LINE-11]]:10
// CHECK-NEXT: {{^}}            Ident float64 [[@LINE-12]]:18

type Ptr[P *int] struct{}
// CHECK:      {{^}}  GenDecl type [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    TypeSpec Ptr [[@LINE-2]]:6
// CHECK-NEXT: {{^}}      type: ArrayType [[@LINE-3]]:9
// CHECK-NEXT: {{^}}        len: BinaryExpr * [[@LINE-4]]:10
// CHECK-NEXT: {{^}}          Ident P [[@LINE-5]]:10
// CHECK-NEXT: {{^}}          Ident int [[@LINE-6]]:13
// CHECK-NEXT: {{^}}        elt: StructType [[@LINE-7]]:18

type Ptr2[P *int,] struct{}
// CHECK:      {{^}}  GenDecl type [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    TypeSpec Ptr2 [[@LINE-2]]:6
// CHECK-NEXT: {{^}}      tparam: Field [[@LINE-3]]:11
// CHECK-NEXT: {{^}}        name: Ident P [[@LINE-4]]:11
// CHECK-NEXT: {{^}}        type: StarExpr [[@LINE-5]]:13
// CHECK-NEXT: {{^}}          Ident int [[@LINE-6]]:14
// CHECK-NEXT: {{^}}      type: StructType [[@LINE-7]]:20

type Arr [N]int
// CHECK:      {{^}}  GenDecl type [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    TypeSpec Arr [[@LINE-2]]:6
// CHECK-NEXT: {{^}}      type: ArrayType [[@LINE-3]]:10
// CHECK-NEXT: {{^}}        len: Ident N [[@LINE-4]]:11
// CHECK-NEXT: {{^}}        elt: Ident int [[@LINE-5]]:13

type Arr2 [N * 2]int
// CHECK:      {{^}}  GenDecl type [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    TypeSpec Arr2 [[@LINE-2]]:6
// CHECK-NEXT: {{^}}      type: ArrayType [[@LINE-3]]:11
// CHECK-NEXT: {{^}}        len: BinaryExpr * [[@LINE-4]]:12
// CHECK-NEXT: {{^}}          Ident N [[@LINE-5]]:12
// CHECK-NEXT: {{^}}          BasicLit int 2 [[@LINE-6]]:16
// CHECK-NEXT: {{^}}        elt: Ident int [[@LINE-7]]:18

type Generic[T interface{ ~string }] []T
// CHECK:      {{^}}  GenDecl type [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    TypeSpec Generic [[@LINE-2]]:6
// CHECK-NEXT: {{^}}      tparam: Field [[@LINE-3]]:14
// CHECK-NEXT: {{^}}        name: Ident T [[@LINE-4]]:14
// CHECK-NEXT: {{^}}        type: InterfaceType [[@LINE-5]]:16
// CHECK-NEXT: {{^}}          Field [[@LINE-6]]:27
// CHECK-NEXT: {{^}}            type: UnaryExpr ~ [[@LINE-7]]:27
// CHECK-NEXT: {{^}}              Ident string [[@LINE-8]]:28
// CHECK-NEXT: {{^}}      type: ArrayType slice [[@LINE-9]]:38
// CHECK-NEXT: {{^}}        elt: Ident T [[@LINE-10]]:40

var inst = Map[int, string]
// CHECK:      {{^}}  GenDecl var [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    ValueSpec [[@LINE-2]]:5
// CHECK-NEXT: {{^}}      name: Ident inst [[@LINE-3]]:5
// CHECK-NEXT: {{^}}      value: IndexExpr [[@LINE-4]]:12
// CHECK-NEXT: {{^}}        Ident Map [[@LINE-5]]:12
// CHECK-NEXT: {{^}}        index: Ident int [[@LINE-6]]:16
// CHECK-NEXT: {{^}}        index: Ident string [[@LINE-7]]:21

var one = List[int]{}
// CHECK:      {{^}}  GenDecl var [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    ValueSpec [[@LINE-2]]:5
// CHECK-NEXT: {{^}}      name: Ident one [[@LINE-3]]:5
// CHECK-NEXT: {{^}}      value: CompositeLit [[@LINE-4]]:11
// CHECK-NEXT: {{^}}        type: IndexExpr [[@LINE-5]]:11
// CHECK-NEXT: {{^}}          Ident List [[@LINE-6]]:11
// CHECK-NEXT: {{^}}          index: Ident int [[@LINE-7]]:16

var call = Map[int](nil, nil)
// CHECK:      {{^}}  GenDecl var [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    ValueSpec [[@LINE-2]]:5
// CHECK-NEXT: {{^}}      name: Ident call [[@LINE-3]]:5
// CHECK-NEXT: {{^}}      value: CallExpr [[@LINE-4]]:12
// CHECK-NEXT: {{^}}        IndexExpr [[@LINE-5]]:12
// CHECK-NEXT: {{^}}          Ident Map [[@LINE-6]]:12
// CHECK-NEXT: {{^}}          index: Ident int [[@LINE-7]]:16
// CHECK-NEXT: {{^}}        arg: Ident nil [[@LINE-8]]:21
// CHECK-NEXT: {{^}}        arg: Ident nil [[@LINE-9]]:26

func (l *List[T]) Push(v T) {}
// CHECK:      {{^}}  FuncDecl Push [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    recv: Field [[@LINE-2]]:7
// CHECK-NEXT: {{^}}      name: Ident l [[@LINE-3]]:7
// CHECK-NEXT: {{^}}      type: StarExpr [[@LINE-4]]:9
// CHECK-NEXT: {{^}}        IndexExpr [[@LINE-5]]:10
// CHECK-NEXT: {{^}}          Ident List [[@LINE-6]]:10
// CHECK-NEXT: {{^}}          index: Ident T [[@LINE-7]]:15
// CHECK-NEXT: {{^}}    FuncType [[@LINE-8]]:1
// CHECK-NEXT: {{^}}      param: Field [[@LINE-9]]:24
// CHECK-NEXT: {{^}}        name: Ident v [[@LINE-10]]:24
// CHECK-NEXT: {{^}}        type: Ident T [[@LINE-11]]:26
// CHECK-NEXT: {{^}}    body: BlockStmt [[@LINE-12]]:29
