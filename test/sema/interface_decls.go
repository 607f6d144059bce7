// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Interface declarations gc rejects: a method declared twice, one named _,
// an interface embedding itself. The same method reached twice through
// embedding, with one signature, is fine (Go 1.14).
package main

type D interface {
	M()
	// CHECK: interface_decls.go:[[@LINE+2]]:2: duplicate method M
	// CHECK-NEXT: interface_decls.go:[[@LINE-2]]:2: other declaration of M
	M()
}

type B interface {
	// CHECK: interface_decls.go:[[@LINE+1]]:2: methods must have a unique non-blank name
	_()
}

type R interface{ Read() int }
type W interface{ Write() int; Read() int }
type RW interface {
	R
	W
}

// CHECK: interface_decls.go:[[@LINE+3]]:6: invalid recursive type Self
// CHECK-NEXT: interface_decls.go:[[@LINE+2]]:6: Self refers to
// CHECK-NEXT: interface_decls.go:[[@LINE+1]]:6: Self
type Self interface {
	Self
}

func main() {
	var rw RW
	var r R = rw
	var w W = rw
	_, _ = r, w
}
