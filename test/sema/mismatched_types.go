// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Binary operators with operands of different types.
package main

type Celsius float64

func main() {
	x := 1
	s := "abc"
	var y int64 = 2
	var c Celsius = 3
	f := 1.5
	// CHECK: mismatched_types.go:[[@LINE+1]]:10: invalid operation: x + s (mismatched types int and string)
	println(x + s)
	// CHECK: mismatched_types.go:[[@LINE+1]]:10: invalid operation: x * y (mismatched types int and int64)
	println(x * y)
	// CHECK: mismatched_types.go:[[@LINE+1]]:10: invalid operation: c + f (mismatched types Celsius and float64)
	println(c + f)
	// CHECK: mismatched_types.go:[[@LINE+1]]:10: invalid operation: 1 && true (mismatched types untyped int and untyped bool)
	println(1 && true)
	// CHECK: mismatched_types.go:[[@LINE+1]]:14: 1.5 (untyped float constant) truncated to int
	println(x + 1.5)
}
