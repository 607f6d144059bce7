// RUN: %golc build -emit-ast %s | FileCheck --strict-whitespace %s
// Expressions: Go's five binary precedence levels (left-associative within a
// level), unary operators, and primary expressions: selectors, index and
// slice expressions, type assertions, calls with `...`, conversions,
// function literals.
package main
// CHECK:      {{^}}File main [[@LINE-1]]:1

var prec = a || b && c == d+e*f
// CHECK:      {{^}}  GenDecl var [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    ValueSpec [[@LINE-2]]:5
// CHECK-NEXT: {{^}}      name: Ident prec [[@LINE-3]]:5
// CHECK-NEXT: {{^}}      value: BinaryExpr || [[@LINE-4]]:12
// CHECK-NEXT: {{^}}        Ident a [[@LINE-5]]:12
// CHECK-NEXT: {{^}}        BinaryExpr && [[@LINE-6]]:17
// CHECK-NEXT: {{^}}          Ident b [[@LINE-7]]:17
// CHECK-NEXT: {{^}}          BinaryExpr == [[@LINE-8]]:22
// CHECK-NEXT: {{^}}            Ident c [[@LINE-9]]:22
// CHECK-NEXT: {{^}}            BinaryExpr + [[@LINE-10]]:27
// CHECK-NEXT: {{^}}              Ident d [[@LINE-11]]:27
// CHECK-NEXT: {{^}}              BinaryExpr * [[@LINE-12]]:29
// CHECK-NEXT: {{^}}                Ident e [[@LINE-13]]:29
// CHECK-NEXT: {{^}}                Ident f [[@LINE-14]]:31

var left = a - b - c
// CHECK:      {{^}}  GenDecl var [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    ValueSpec [[@LINE-2]]:5
// CHECK-NEXT: {{^}}      name: Ident left [[@LINE-3]]:5
// CHECK-NEXT: {{^}}      value: BinaryExpr - [[@LINE-4]]:12
// CHECK-NEXT: {{^}}        BinaryExpr - [[@LINE-5]]:12
// CHECK-NEXT: {{^}}          Ident a [[@LINE-6]]:12
// CHECK-NEXT: {{^}}          Ident b [[@LINE-7]]:16
// CHECK-NEXT: {{^}}        Ident c [[@LINE-8]]:20

var levels = a*b + c<<d - e&^f | g
// CHECK:      {{^}}  GenDecl var [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    ValueSpec [[@LINE-2]]:5
// CHECK-NEXT: {{^}}      name: Ident levels [[@LINE-3]]:5
// CHECK-NEXT: {{^}}      value: BinaryExpr | [[@LINE-4]]:14
// CHECK-NEXT: {{^}}        BinaryExpr - [[@LINE-5]]:14
// CHECK-NEXT: {{^}}          BinaryExpr + [[@LINE-6]]:14
// CHECK-NEXT: {{^}}            BinaryExpr * [[@LINE-7]]:14
// CHECK-NEXT: {{^}}              Ident a [[@LINE-8]]:14
// CHECK-NEXT: {{^}}              Ident b [[@LINE-9]]:16
// CHECK-NEXT: {{^}}            BinaryExpr << [[@LINE-10]]:20
// CHECK-NEXT: {{^}}              Ident c [[@LINE-11]]:20
// CHECK-NEXT: {{^}}              Ident d [[@LINE-12]]:23
// CHECK-NEXT: {{^}}          BinaryExpr &^ [[@LINE-13]]:27
// CHECK-NEXT: {{^}}            Ident e [[@LINE-14]]:27
// CHECK-NEXT: {{^}}            Ident f [[@LINE-15]]:30
// CHECK-NEXT: {{^}}        Ident g [[@LINE-16]]:34

var cmp = x < y != (z >= w)
// CHECK:      {{^}}  GenDecl var [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    ValueSpec [[@LINE-2]]:5
// CHECK-NEXT: {{^}}      name: Ident cmp [[@LINE-3]]:5
// CHECK-NEXT: {{^}}      value: BinaryExpr != [[@LINE-4]]:11
// CHECK-NEXT: {{^}}        BinaryExpr < [[@LINE-5]]:11
// CHECK-NEXT: {{^}}          Ident x [[@LINE-6]]:11
// CHECK-NEXT: {{^}}          Ident y [[@LINE-7]]:15
// CHECK-NEXT: {{^}}        ParenExpr [[@LINE-8]]:20
// CHECK-NEXT: {{^}}          BinaryExpr >= [[@LINE-9]]:21
// CHECK-NEXT: {{^}}            Ident z [[@LINE-10]]:21
// CHECK-NEXT: {{^}}            Ident w [[@LINE-11]]:26

var unary = -x + ^y * !z
// CHECK:      {{^}}  GenDecl var [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    ValueSpec [[@LINE-2]]:5
// CHECK-NEXT: {{^}}      name: Ident unary [[@LINE-3]]:5
// CHECK-NEXT: {{^}}      value: BinaryExpr + [[@LINE-4]]:13
// CHECK-NEXT: {{^}}        UnaryExpr - [[@LINE-5]]:13
// CHECK-NEXT: {{^}}          Ident x [[@LINE-6]]:14
// CHECK-NEXT: {{^}}        BinaryExpr * [[@LINE-7]]:18
// CHECK-NEXT: {{^}}          UnaryExpr ^ [[@LINE-8]]:18
// CHECK-NEXT: {{^}}            Ident y [[@LINE-9]]:19
// CHECK-NEXT: {{^}}          UnaryExpr ! [[@LINE-10]]:23
// CHECK-NEXT: {{^}}            Ident z [[@LINE-11]]:24

var ptrs = *p + &v.f
// CHECK:      {{^}}  GenDecl var [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    ValueSpec [[@LINE-2]]:5
// CHECK-NEXT: {{^}}      name: Ident ptrs [[@LINE-3]]:5
// CHECK-NEXT: {{^}}      value: BinaryExpr + [[@LINE-4]]:12
// CHECK-NEXT: {{^}}        StarExpr [[@LINE-5]]:12
// CHECK-NEXT: {{^}}          Ident p [[@LINE-6]]:13
// CHECK-NEXT: {{^}}        UnaryExpr & [[@LINE-7]]:17
// CHECK-NEXT: {{^}}          SelectorExpr f [[@LINE-8]]:18
// CHECK-NEXT: {{^}}            Ident v [[@LINE-9]]:18
// CHECK-NEXT: {{^}}            sel: Ident f [[@LINE-10]]:20

var recv = <-ch
// CHECK:      {{^}}  GenDecl var [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    ValueSpec [[@LINE-2]]:5
// CHECK-NEXT: {{^}}      name: Ident recv [[@LINE-3]]:5
// CHECK-NEXT: {{^}}      value: UnaryExpr <- [[@LINE-4]]:12
// CHECK-NEXT: {{^}}        Ident ch [[@LINE-5]]:14

var primary = a.b.c[i](x, y...)[j:k][:]
// CHECK:      {{^}}  GenDecl var [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    ValueSpec [[@LINE-2]]:5
// CHECK-NEXT: {{^}}      name: Ident primary [[@LINE-3]]:5
// CHECK-NEXT: {{^}}      value: SliceExpr [[@LINE-4]]:15
// CHECK-NEXT: {{^}}        SliceExpr [[@LINE-5]]:15
// CHECK-NEXT: {{^}}          CallExpr ... [[@LINE-6]]:15
// CHECK-NEXT: {{^}}            IndexExpr [[@LINE-7]]:15
// CHECK-NEXT: {{^}}              SelectorExpr c [[@LINE-8]]:15
// CHECK-NEXT: {{^}}                SelectorExpr b [[@LINE-9]]:15
// CHECK-NEXT: {{^}}                  Ident a [[@LINE-10]]:15
// CHECK-NEXT: {{^}}                  sel: Ident b [[@LINE-11]]:17
// CHECK-NEXT: {{^}}                sel: Ident c [[@LINE-12]]:19
// CHECK-NEXT: {{^}}              index: Ident i [[@LINE-13]]:21
// CHECK-NEXT: {{^}}            arg: Ident x [[@LINE-14]]:24
// CHECK-NEXT: {{^}}            arg: Ident y [[@LINE-15]]:27
// CHECK-NEXT: {{^}}          lo: Ident j [[@LINE-16]]:33
// CHECK-NEXT: {{^}}          hi: Ident k [[@LINE-17]]:35

var slices = s[1:2:3]
// CHECK:      {{^}}  GenDecl var [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    ValueSpec [[@LINE-2]]:5
// CHECK-NEXT: {{^}}      name: Ident slices [[@LINE-3]]:5
// CHECK-NEXT: {{^}}      value: SliceExpr 3-index [[@LINE-4]]:14
// CHECK-NEXT: {{^}}        Ident s [[@LINE-5]]:14
// CHECK-NEXT: {{^}}        lo: BasicLit int 1 [[@LINE-6]]:16
// CHECK-NEXT: {{^}}        hi: BasicLit int 2 [[@LINE-7]]:18
// CHECK-NEXT: {{^}}        max: BasicLit int 3 [[@LINE-8]]:20

var assert = x.(T).y
// CHECK:      {{^}}  GenDecl var [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    ValueSpec [[@LINE-2]]:5
// CHECK-NEXT: {{^}}      name: Ident assert [[@LINE-3]]:5
// CHECK-NEXT: {{^}}      value: SelectorExpr y [[@LINE-4]]:14
// CHECK-NEXT: {{^}}        TypeAssertExpr [[@LINE-5]]:14
// CHECK-NEXT: {{^}}          Ident x [[@LINE-6]]:14
// CHECK-NEXT: {{^}}          type: Ident T [[@LINE-7]]:17
// CHECK-NEXT: {{^}}        sel: Ident y [[@LINE-8]]:20

var conv = []byte(s)
// CHECK:      {{^}}  GenDecl var [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    ValueSpec [[@LINE-2]]:5
// CHECK-NEXT: {{^}}      name: Ident conv [[@LINE-3]]:5
// CHECK-NEXT: {{^}}      value: CallExpr [[@LINE-4]]:12
// CHECK-NEXT: {{^}}        ArrayType slice [[@LINE-5]]:12
// CHECK-NEXT: {{^}}          elt: Ident byte [[@LINE-6]]:14
// CHECK-NEXT: {{^}}        arg: Ident s [[@LINE-7]]:19

var ptrConv = (*T)(p)
// CHECK:      {{^}}  GenDecl var [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    ValueSpec [[@LINE-2]]:5
// CHECK-NEXT: {{^}}      name: Ident ptrConv [[@LINE-3]]:5
// CHECK-NEXT: {{^}}      value: CallExpr [[@LINE-4]]:15
// CHECK-NEXT: {{^}}        ParenExpr [[@LINE-5]]:15
// CHECK-NEXT: {{^}}          StarExpr [[@LINE-6]]:16
// CHECK-NEXT: {{^}}            Ident T [[@LINE-7]]:17
// CHECK-NEXT: {{^}}        arg: Ident p [[@LINE-8]]:20

var fn = func(x int) int { return x * 2 }(3)
// CHECK:      {{^}}  GenDecl var [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    ValueSpec [[@LINE-2]]:5
// CHECK-NEXT: {{^}}      name: Ident fn [[@LINE-3]]:5
// CHECK-NEXT: {{^}}      value: CallExpr [[@LINE-4]]:10
// CHECK-NEXT: {{^}}        FuncLit [[@LINE-5]]:10
// CHECK-NEXT: {{^}}          FuncType [[@LINE-6]]:10
// CHECK-NEXT: {{^}}            param: Field [[@LINE-7]]:15
// CHECK-NEXT: {{^}}              name: Ident x [[@LINE-8]]:15
// CHECK-NEXT: {{^}}              type: Ident int [[@LINE-9]]:17
// CHECK-NEXT: {{^}}            result: Field [[@LINE-10]]:22
// CHECK-NEXT: {{^}}              type: Ident int [[@LINE-11]]:22
// CHECK-NEXT: {{^}}          body: BlockStmt [[@LINE-12]]:26
// CHECK-NEXT: {{^}}            ReturnStmt [[@LINE-13]]:28
// CHECK-NEXT: {{^}}              BinaryExpr * [[@LINE-14]]:35
// CHECK-NEXT: {{^}}                Ident x [[@LINE-15]]:35
// CHECK-NEXT: {{^}}                BasicLit int 2 [[@LINE-16]]:39
// CHECK-NEXT: {{^}}        arg: BasicLit int 3 [[@LINE-17]]:43

var literals = []interface{}{0x1F, 1.5e3, 2i, 'a', "s", `raw`}
// CHECK:      {{^}}  GenDecl var [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    ValueSpec [[@LINE-2]]:5
// CHECK-NEXT: {{^}}      name: Ident literals [[@LINE-3]]:5
// CHECK-NEXT: {{^}}      value: CompositeLit [[@LINE-4]]:16
// CHECK-NEXT: {{^}}        type: ArrayType slice [[@LINE-5]]:16
// CHECK-NEXT: {{^}}          elt: InterfaceType [[@LINE-6]]:18
// CHECK-NEXT: {{^}}        BasicLit int 0x1F [[@LINE-7]]:30
// CHECK-NEXT: {{^}}        BasicLit float 1.5e3 [[@LINE-8]]:36
// CHECK-NEXT: {{^}}        BasicLit imag 2i [[@LINE-9]]:43
// CHECK-NEXT: {{^}}        BasicLit rune 'a' [[@LINE-10]]:47
// CHECK-NEXT: {{^}}        BasicLit string "s" [[@LINE-11]]:52
// CHECK-NEXT: {{^}}        BasicLit string `raw` [[@LINE-12]]:57
