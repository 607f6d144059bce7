// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Untyped constants that cannot take the other operand's type.
package main

func main() {
	s := "abc"
	x := 1
	// CHECK: cannot_convert.go:[[@LINE+1]]:12: cannot convert "a" (untyped string constant) to int
	println(s["a"])
	// CHECK: cannot_convert.go:[[@LINE+1]]:10: invalid operation: x + "b" (mismatched types int and untyped string)
	println(x + "b")
	switch {
	// CHECK: cannot_convert.go:[[@LINE+1]]:7: cannot convert 1 (untyped int constant) to bool
	case 1:
	}
	switch x {
	// CHECK: cannot_convert.go:[[@LINE+1]]:7: cannot convert "a" (untyped string constant) to int
	case "a":
	}
	var b bool
	// CHECK: cannot_convert.go:[[@LINE+1]]:15: invalid operation: b == 1 (mismatched types bool and untyped int)
	println(b == 1)
}
