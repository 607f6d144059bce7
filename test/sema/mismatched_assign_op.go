// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Assignment operators with operands of different types.
package main

func main() {
	x := 1
	var y int64 = 2
	// CHECK: mismatched_assign_op.go:[[@LINE+1]]:2: invalid operation: x += "s" (mismatched types int and untyped string)
	x += "s"
	// CHECK: mismatched_assign_op.go:[[@LINE+1]]:2: invalid operation: x -= y (mismatched types int and int64)
	x -= y
	x *= 2 // fine
	println(x, y)
}
