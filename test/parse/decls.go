// RUN: %golc build -emit-ast %s | FileCheck --strict-whitespace %s
// Declarations: imports in every form, const groups (iota is the index of the
// spec in its group; specs without values are left empty for sema), var,
// type definitions and aliases, functions, methods, bodiless functions.
package main
// CHECK:      {{^}}File main [[@LINE-1]]:1

import "fmt"
// CHECK:      {{^}}  GenDecl import [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    ImportSpec "fmt" [[@LINE-2]]:8

import (
	str "strings"
	. "math"
	_ "os"
)
// CHECK:      {{^}}  GenDecl import [[@LINE-5]]:1
// CHECK-NEXT: {{^}}    ImportSpec str "strings" [[@LINE-5]]:2
// CHECK-NEXT: {{^}}    ImportSpec . "math" [[@LINE-5]]:2
// CHECK-NEXT: {{^}}    ImportSpec _ "os" [[@LINE-5]]:2

const Pi = 3.14
// CHECK:      {{^}}  GenDecl const [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    ValueSpec iota=0 [[@LINE-2]]:7
// CHECK-NEXT: {{^}}      name: Ident Pi [[@LINE-3]]:7
// CHECK-NEXT: {{^}}      value: BasicLit float 3.14 [[@LINE-4]]:12

const (
	A int = iota
	B
	C, D = iota * 2, iota * 3
)
// CHECK:      {{^}}  GenDecl const [[@LINE-5]]:1
// CHECK-NEXT: {{^}}    ValueSpec iota=0 [[@LINE-5]]:2
// CHECK-NEXT: {{^}}      name: Ident A [[@LINE-6]]:2
// CHECK-NEXT: {{^}}      type: Ident int [[@LINE-7]]:4
// CHECK-NEXT: {{^}}      value: Ident iota [[@LINE-8]]:10
// CHECK-NEXT: {{^}}    ValueSpec iota=1 [[@LINE-8]]:2
// CHECK-NEXT: {{^}}      name: Ident B [[@LINE-9]]:2
// CHECK-NEXT: {{^}}    ValueSpec iota=2 [[@LINE-9]]:2
// CHECK-NEXT: {{^}}      name: Ident C [[@LINE-10]]:2
// CHECK-NEXT: {{^}}      name: Ident D [[@LINE-11]]:5
// CHECK-NEXT: {{^}}      value: BinaryExpr * [[@LINE-12]]:9
// CHECK-NEXT: {{^}}        Ident iota [[@LINE-13]]:9
// CHECK-NEXT: {{^}}        BasicLit int 2 [[@LINE-14]]:16
// CHECK-NEXT: {{^}}      value: BinaryExpr * [[@LINE-15]]:19
// CHECK-NEXT: {{^}}        Ident iota [[@LINE-16]]:19
// CHECK-NEXT: {{^}}        BasicLit int 3 [[@LINE-17]]:26

var (
	x, y int
	z    = 1
	u, v float64 = 1, 2
)
// CHECK:      {{^}}  GenDecl var [[@LINE-5]]:1
// CHECK-NEXT: {{^}}    ValueSpec [[@LINE-5]]:2
// CHECK-NEXT: {{^}}      name: Ident x [[@LINE-6]]:2
// CHECK-NEXT: {{^}}      name: Ident y [[@LINE-7]]:5
// CHECK-NEXT: {{^}}      type: Ident int [[@LINE-8]]:7
// CHECK-NEXT: {{^}}    ValueSpec [[@LINE-8]]:2
// CHECK-NEXT: {{^}}      name: Ident z [[@LINE-9]]:2
// CHECK-NEXT: {{^}}      value: BasicLit int 1 [[@LINE-10]]:9
// CHECK-NEXT: {{^}}    ValueSpec [[@LINE-10]]:2
// CHECK-NEXT: {{^}}      name: Ident u [[@LINE-11]]:2
// CHECK-NEXT: {{^}}      name: Ident v [[@LINE-12]]:5
// CHECK-NEXT: {{^}}      type: Ident float64 [[@LINE-13]]:7
// CHECK-NEXT: {{^}}      value: BasicLit int 1 [[@LINE-14]]:17
// CHECK-NEXT: {{^}}      value: BasicLit int 2 [[@LINE-15]]:20

type (
	Point struct{ X, Y int }
	Alias = Point
)
// CHECK:      {{^}}  GenDecl type [[@LINE-4]]:1
// CHECK-NEXT: {{^}}    TypeSpec Point [[@LINE-4]]:2
// CHECK-NEXT: {{^}}      type: StructType [[@LINE-5]]:8
// CHECK-NEXT: {{^}}        Field [[@LINE-6]]:16
// CHECK-NEXT: {{^}}          name: Ident X [[@LINE-7]]:16
// CHECK-NEXT: {{^}}          name: Ident Y [[@LINE-8]]:19
// CHECK-NEXT: {{^}}          type: Ident int [[@LINE-9]]:21
// CHECK-NEXT: {{^}}    TypeSpec Alias alias [[@LINE-9]]:2
// CHECK-NEXT: {{^}}      type: Ident Point [[@LINE-10]]:10

func noBody(int) string
// CHECK:      {{^}}  FuncDecl noBody [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    FuncType [[@LINE-2]]:1
// CHECK-NEXT: {{^}}      param: Field [[@LINE-3]]:13
// CHECK-NEXT: {{^}}        type: Ident int [[@LINE-4]]:13
// CHECK-NEXT: {{^}}      result: Field [[@LINE-5]]:18
// CHECK-NEXT: {{^}}        type: Ident string [[@LINE-6]]:18

func (p *Point) Move(dx, dy int) {}
// CHECK:      {{^}}  FuncDecl Move [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    recv: Field [[@LINE-2]]:7
// CHECK-NEXT: {{^}}      name: Ident p [[@LINE-3]]:7
// CHECK-NEXT: {{^}}      type: StarExpr [[@LINE-4]]:9
// CHECK-NEXT: {{^}}        Ident Point [[@LINE-5]]:10
// CHECK-NEXT: {{^}}    FuncType [[@LINE-6]]:1
// CHECK-NEXT: {{^}}      param: Field [[@LINE-7]]:22
// CHECK-NEXT: {{^}}        name: Ident dx [[@LINE-8]]:22
// CHECK-NEXT: {{^}}        name: Ident dy [[@LINE-9]]:26
// CHECK-NEXT: {{^}}        type: Ident int [[@LINE-10]]:29
// CHECK-NEXT: {{^}}    body: BlockStmt [[@LINE-11]]:34

func (Point) Norm() float64 { return 0 }
// CHECK:      {{^}}  FuncDecl Norm [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    recv: Field [[@LINE-2]]:7
// CHECK-NEXT: {{^}}      type: Ident Point [[@LINE-3]]:7
// CHECK-NEXT: {{^}}    FuncType [[@LINE-4]]:1
// CHECK-NEXT: {{^}}      result: Field [[@LINE-5]]:21
// CHECK-NEXT: {{^}}        type: Ident float64 [[@LINE-6]]:21
// CHECK-NEXT: {{^}}    body: BlockStmt [[@LINE-7]]:29
// CHECK-NEXT: {{^}}      ReturnStmt [[@LINE-8]]:31
// CHECK-NEXT: {{^}}        BasicLit int 0 [[@LINE-9]]:38
