// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// goto must not jump over variable declarations, or into blocks.
package main

func main() {
	// CHECK: goto_errors.go:[[@LINE+1]]:7: goto L jumps over declaration of x at {{.*}}goto_errors.go:[[@LINE+2]]:4
	goto L
	x := 1
L:
	println(x)
	// CHECK: goto_errors.go:[[@LINE+1]]:7: goto M jumps over declaration of y at {{.*}}goto_errors.go:[[@LINE+2]]:6
	goto M
	var y int
M:
	println(y)
	// CHECK: goto_errors.go:[[@LINE+1]]:7: goto N jumps into block starting at {{.*}}goto_errors.go:[[@LINE+2]]:2
	goto N
	{
	N:
		println()
	}
	// CHECK: goto_errors.go:[[@LINE+1]]:7: label Nowhere not defined
	goto Nowhere
	a, b := 1, 2
	println(a, b)
	// CHECK: goto_errors.go:[[@LINE+1]]:7: goto E jumps into block starting at {{.*}}goto_errors.go:[[@LINE+2]]:10
	goto E
	if true {
	E:
	}
}
