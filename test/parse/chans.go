// RUN: %golc build -emit-ast %s | FileCheck --strict-whitespace %s
// Channel types and their directions. In a type, `chan<- <-chan int` is a
// send-only channel of receive-only channels. In an expression, `<-` before
// a channel type makes it receive-only (moving any `chan<-` arrow one channel
// inwards: `<-chan <-chan int`), and is a receive otherwise.
package main
// CHECK:      {{^}}File main [[@LINE-1]]:1

type Both chan int
// CHECK:      {{^}}  GenDecl type [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    TypeSpec Both [[@LINE-2]]:6
// CHECK-NEXT: {{^}}      type: ChanType chan [[@LINE-3]]:11
// CHECK-NEXT: {{^}}        Ident int [[@LINE-4]]:16

type Send chan<- int
// CHECK:      {{^}}  GenDecl type [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    TypeSpec Send [[@LINE-2]]:6
// CHECK-NEXT: {{^}}      type: ChanType chan<- [[@LINE-3]]:11
// CHECK-NEXT: {{^}}        Ident int [[@LINE-4]]:18

type Recv <-chan int
// CHECK:      {{^}}  GenDecl type [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    TypeSpec Recv [[@LINE-2]]:6
// CHECK-NEXT: {{^}}      type: ChanType <-chan [[@LINE-3]]:11
// CHECK-NEXT: {{^}}        Ident int [[@LINE-4]]:18

type SendOfRecv chan<- <-chan int
// CHECK:      {{^}}  GenDecl type [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    TypeSpec SendOfRecv [[@LINE-2]]:6
// CHECK-NEXT: {{^}}      type: ChanType chan<- [[@LINE-3]]:17
// CHECK-NEXT: {{^}}        ChanType <-chan [[@LINE-4]]:24
// CHECK-NEXT: {{^}}          Ident int [[@LINE-5]]:31

type RecvOfRecv <-chan <-chan int
// CHECK:      {{^}}  GenDecl type [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    TypeSpec RecvOfRecv [[@LINE-2]]:6
// CHECK-NEXT: {{^}}      type: ChanType <-chan [[@LINE-3]]:17
// CHECK-NEXT: {{^}}        ChanType <-chan [[@LINE-4]]:24
// CHECK-NEXT: {{^}}          Ident int [[@LINE-5]]:31

type BothOfRecv chan (<-chan int)
// CHECK:      {{^}}  GenDecl type [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    TypeSpec BothOfRecv [[@LINE-2]]:6
// CHECK-NEXT: {{^}}      type: ChanType chan [[@LINE-3]]:17
// CHECK-NEXT: {{^}}        ParenExpr [[@LINE-4]]:22
// CHECK-NEXT: {{^}}          ChanType <-chan [[@LINE-5]]:23
// CHECK-NEXT: {{^}}            Ident int [[@LINE-6]]:30

type SendOfSend chan<- chan<- int
// CHECK:      {{^}}  GenDecl type [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    TypeSpec SendOfSend [[@LINE-2]]:6
// CHECK-NEXT: {{^}}      type: ChanType chan<- [[@LINE-3]]:17
// CHECK-NEXT: {{^}}        ChanType chan<- [[@LINE-4]]:24
// CHECK-NEXT: {{^}}          Ident int [[@LINE-5]]:31

var a = make(<-chan int)
// CHECK:      {{^}}  GenDecl var [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    ValueSpec [[@LINE-2]]:5
// CHECK-NEXT: {{^}}      name: Ident a [[@LINE-3]]:5
// CHECK-NEXT: {{^}}      value: CallExpr [[@LINE-4]]:9
// CHECK-NEXT: {{^}}        Ident make [[@LINE-5]]:9
// CHECK-NEXT: {{^}}        arg: ChanType <-chan [[@LINE-6]]:14
// CHECK-NEXT: {{^}}          Ident int [[@LINE-7]]:21

var b = make(<-chan <-chan int)
// CHECK:      {{^}}  GenDecl var [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    ValueSpec [[@LINE-2]]:5
// CHECK-NEXT: {{^}}      name: Ident b [[@LINE-3]]:5
// CHECK-NEXT: {{^}}      value: CallExpr [[@LINE-4]]:9
// CHECK-NEXT: {{^}}        Ident make [[@LINE-5]]:9
// CHECK-NEXT: {{^}}        arg: ChanType <-chan [[@LINE-6]]:14
// CHECK-NEXT: {{^}}          ChanType <-chan [[@LINE-7]]:21
// CHECK-NEXT: {{^}}            Ident int [[@LINE-8]]:28

var c = make(<-chan chan<- int)
// CHECK:      {{^}}  GenDecl var [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    ValueSpec [[@LINE-2]]:5
// CHECK-NEXT: {{^}}      name: Ident c [[@LINE-3]]:5
// CHECK-NEXT: {{^}}      value: CallExpr [[@LINE-4]]:9
// CHECK-NEXT: {{^}}        Ident make [[@LINE-5]]:9
// CHECK-NEXT: {{^}}        arg: ChanType <-chan [[@LINE-6]]:14
// CHECK-NEXT: {{^}}          ChanType chan<- [[@LINE-7]]:21
// CHECK-NEXT: {{^}}            Ident int [[@LINE-8]]:28

var d = <-ch
// CHECK:      {{^}}  GenDecl var [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    ValueSpec [[@LINE-2]]:5
// CHECK-NEXT: {{^}}      name: Ident d [[@LINE-3]]:5
// CHECK-NEXT: {{^}}      value: UnaryExpr <- [[@LINE-4]]:9
// CHECK-NEXT: {{^}}        Ident ch [[@LINE-5]]:11

var e = <-<-ch
// CHECK:      {{^}}  GenDecl var [[@LINE-1]]:1
// CHECK-NEXT: {{^}}    ValueSpec [[@LINE-2]]:5
// CHECK-NEXT: {{^}}      name: Ident e [[@LINE-3]]:5
// CHECK-NEXT: {{^}}      value: UnaryExpr <- [[@LINE-4]]:9
// CHECK-NEXT: {{^}}        UnaryExpr <- [[@LINE-5]]:11
// CHECK-NEXT: {{^}}          Ident ch [[@LINE-6]]:13
