// RUN: %golc build -emit-ast %s | FileCheck --strict-whitespace %s
// Type syntax: arrays (with `[...]`), slices, pointers, maps, channels,
// functions, structs with embedded fields and tags, interfaces with methods
// and embedded interfaces, qualified names and parenthesized types.
package main
// CHECK:      {{^}}File main [[@LINE-1]]:1

type Array [4]int
// CHECK:      {{^}}  GenDecl type [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    TypeSpec Array [[@LINE-2]]:6
// CHECK-NEXT: {{^}}      type: ArrayType [[@LINE-3]]:12
// CHECK-NEXT: {{^}}        len: BasicLit int 4 [[@LINE-4]]:13
// CHECK-NEXT: {{^}}        elt: Ident int [[@LINE-5]]:15

type Auto = [...]string
// CHECK:      {{^}}  GenDecl type [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    TypeSpec Auto alias [[@LINE-2]]:6
// CHECK-NEXT: {{^}}      type: ArrayType [[@LINE-3]]:13
// CHECK-NEXT: {{^}}        len: Ellipsis [[@LINE-4]]:14
// CHECK-NEXT: {{^}}        elt: Ident string [[@LINE-5]]:18

type Slice []*int
// CHECK:      {{^}}  GenDecl type [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    TypeSpec Slice [[@LINE-2]]:6
// CHECK-NEXT: {{^}}      type: ArrayType slice [[@LINE-3]]:12
// CHECK-NEXT: {{^}}        elt: StarExpr [[@LINE-4]]:14
// CHECK-NEXT: {{^}}          Ident int [[@LINE-5]]:15

type Map map[string][]byte
// CHECK:      {{^}}  GenDecl type [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    TypeSpec Map [[@LINE-2]]:6
// CHECK-NEXT: {{^}}      type: MapType [[@LINE-3]]:10
// CHECK-NEXT: {{^}}        key: Ident string [[@LINE-4]]:14
// CHECK-NEXT: {{^}}        value: ArrayType slice [[@LINE-5]]:21
// CHECK-NEXT: {{^}}          elt: Ident byte [[@LINE-6]]:23

type Func func(int, ...string) (bool, error)
// CHECK:      {{^}}  GenDecl type [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    TypeSpec Func [[@LINE-2]]:6
// CHECK-NEXT: {{^}}      type: FuncType [[@LINE-3]]:11
// CHECK-NEXT: {{^}}        param: Field [[@LINE-4]]:16
// CHECK-NEXT: {{^}}          type: Ident int [[@LINE-5]]:16
// CHECK-NEXT: {{^}}        param: Field [[@LINE-6]]:21
// CHECK-NEXT: {{^}}          type: Ellipsis [[@LINE-7]]:21
// CHECK-NEXT: {{^}}            Ident string [[@LINE-8]]:24
// CHECK-NEXT: {{^}}        result: Field [[@LINE-9]]:33
// CHECK-NEXT: {{^}}          type: Ident bool [[@LINE-10]]:33
// CHECK-NEXT: {{^}}        result: Field [[@LINE-11]]:39
// CHECK-NEXT: {{^}}          type: Ident error [[@LINE-12]]:39

type Struct struct {
	a, b int
	*Embedded
	pkg.Other
	c string `json:"c"`
}
// CHECK:      {{^}}  GenDecl type [[@LINE-6]]:1
// CHECK-NEXT: {{^}}    TypeSpec Struct [[@LINE-7]]:6
// CHECK-NEXT: {{^}}      type: StructType [[@LINE-8]]:13
// CHECK-NEXT: {{^}}        Field [[@LINE-8]]:2
// CHECK-NEXT: {{^}}          name: Ident a [[@LINE-9]]:2
// CHECK-NEXT: {{^}}          name: Ident b [[@LINE-10]]:5
// CHECK-NEXT: {{^}}          type: Ident int [[@LINE-11]]:7
// CHECK-NEXT: {{^}}        Field [[@LINE-11]]:2
// CHECK-NEXT: {{^}}          type: StarExpr [[@LINE-12]]:2
// CHECK-NEXT: {{^}}            Ident Embedded [[@LINE-13]]:3
// CHECK-NEXT: {{^}}        Field [[@LINE-13]]:2
// CHECK-NEXT: {{^}}          type: SelectorExpr Other [[@LINE-14]]:2
// CHECK-NEXT: {{^}}            Ident pkg [[@LINE-15]]:2
// CHECK-NEXT: {{^}}            sel: Ident Other [[@LINE-16]]:6
// CHECK-NEXT: {{^}}        Field tag="json:\"c\"" [[@LINE-16]]:2
// CHECK-NEXT: {{^}}          name: Ident c [[@LINE-17]]:2
// CHECK-NEXT: {{^}}          type: Ident string [[@LINE-18]]:4

type Iface interface {
	Read(p []byte) (n int, err error)
	fmt.Stringer
	Close()
}
// CHECK:      {{^}}  GenDecl type [[@LINE-5]]:1
// CHECK-NEXT: {{^}}    TypeSpec Iface [[@LINE-6]]:6
// CHECK-NEXT: {{^}}      type: InterfaceType [[@LINE-7]]:12
// CHECK-NEXT: {{^}}        Field [[@LINE-7]]:2
// CHECK-NEXT: {{^}}          name: Ident Read [[@LINE-8]]:2
// CHECK-NEXT: {{^}}          type: FuncType [[@LINE-9]]:6
// CHECK-NEXT: {{^}}            param: Field [[@LINE-10]]:7
// CHECK-NEXT: {{^}}              name: Ident p [[@LINE-11]]:7
// CHECK-NEXT: {{^}}              type: ArrayType slice [[@LINE-12]]:9
// CHECK-NEXT: {{^}}                elt: Ident byte [[@LINE-13]]:11
// CHECK-NEXT: {{^}}            result: Field [[@LINE-14]]:18
// CHECK-NEXT: {{^}}              name: Ident n [[@LINE-15]]:18
// CHECK-NEXT: {{^}}              type: Ident int [[@LINE-16]]:20
// CHECK-NEXT: {{^}}            result: Field [[@LINE-17]]:25
// CHECK-NEXT: {{^}}              name: Ident err [[@LINE-18]]:25
// CHECK-NEXT: {{^}}              type: Ident error [[@LINE-19]]:29
// CHECK-NEXT: {{^}}        Field [[@LINE-19]]:2
// CHECK-NEXT: {{^}}          type: SelectorExpr Stringer [[@LINE-20]]:2
// CHECK-NEXT: {{^}}            Ident fmt [[@LINE-21]]:2
// CHECK-NEXT: {{^}}            sel: Ident Stringer [[@LINE-22]]:6
// CHECK-NEXT: {{^}}        Field [[@LINE-22]]:2
// CHECK-NEXT: {{^}}          name: Ident Close [[@LINE-23]]:2
// CHECK-NEXT: {{^}}          type: FuncType [[@LINE-24]]:7

type Nested map[[2]int]chan func() *struct{}
// CHECK:      {{^}}  GenDecl type [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    TypeSpec Nested [[@LINE-2]]:6
// CHECK-NEXT: {{^}}      type: MapType [[@LINE-3]]:13
// CHECK-NEXT: {{^}}        key: ArrayType [[@LINE-4]]:17
// CHECK-NEXT: {{^}}          len: BasicLit int 2 [[@LINE-5]]:18
// CHECK-NEXT: {{^}}          elt: Ident int [[@LINE-6]]:20
// CHECK-NEXT: {{^}}        value: ChanType chan [[@LINE-7]]:24
// CHECK-NEXT: {{^}}          FuncType [[@LINE-8]]:29
// CHECK-NEXT: {{^}}            result: Field [[@LINE-9]]:36
// CHECK-NEXT: {{^}}              type: StarExpr [[@LINE-10]]:36
// CHECK-NEXT: {{^}}                StructType [[@LINE-11]]:37

type Paren (int)
// CHECK:      {{^}}  GenDecl type [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    TypeSpec Paren [[@LINE-2]]:6
// CHECK-NEXT: {{^}}      type: ParenExpr [[@LINE-3]]:12
// CHECK-NEXT: {{^}}        Ident int [[@LINE-4]]:13

type Empty interface{}
// CHECK:      {{^}}  GenDecl type [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    TypeSpec Empty [[@LINE-2]]:6
// CHECK-NEXT: {{^}}      type: InterfaceType [[@LINE-3]]:12
