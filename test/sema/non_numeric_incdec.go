// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// ++ and -- apply to numbers.
package main

func main() {
	s := "abc"
	b := true
	// CHECK: non_numeric_incdec.go:[[@LINE+1]]:2: invalid operation: s++ (non-numeric type string)
	s++
	// CHECK: non_numeric_incdec.go:[[@LINE+1]]:2: invalid operation: b-- (non-numeric type bool)
	b--
	f := 1.5
	f++ // fine
	println(s, b, f)
}
