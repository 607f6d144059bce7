// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// nil has no default type.
package main

func main() {
	// CHECK: untyped_nil.go:[[@LINE+1]]:10: use of untyped nil in variable declaration
	var v = nil
	// CHECK: untyped_nil.go:[[@LINE+1]]:6: use of untyped nil in assignment to _ identifier
	_ = nil
	// CHECK: untyped_nil.go:[[@LINE+1]]:7: use of untyped nil in assignment
	x := nil
	// CHECK: untyped_nil.go:[[@LINE+1]]:14: cannot use nil as int value in variable declaration
	var i int = nil
	println(v, x, i)
}
