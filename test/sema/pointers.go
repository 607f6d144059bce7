// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Pointers: only pointers can be indirected, new takes one type, and a
// field of a value that is not addressable has no address.
package main

type P struct{ x int }

func f() P { return P{} }

func main() {
	p := P{1}
	// CHECK: pointers.go:[[@LINE+1]]:7: invalid operation: cannot indirect p (variable of type P)
	_ = *p
	// CHECK: pointers.go:[[@LINE+1]]:7: invalid operation: cannot indirect nil
	_ = *nil
	// CHECK: pointers.go:[[@LINE+1]]:6: invalid operation: too many arguments for new(int, 2) (expected 1, found 2)
	_ = new(int, 2)
	// CHECK: pointers.go:[[@LINE+1]]:7: invalid operation: cannot take address of f().x (value of type int)
	_ = &f().x
	// CHECK: pointers.go:[[@LINE+1]]:2: cannot assign to f().x (value of type int)
	f().x = 1
	// CHECK: pointers.go:[[@LINE+1]]:14: cannot use p (variable of type P) as type *P in variable declaration
	var pp *P = p
	// CHECK: pointers.go:[[@LINE+1]]:14: cannot use &p (value of type *P) as type int in variable declaration
	var k int = &p
	println(pp, k)
}
