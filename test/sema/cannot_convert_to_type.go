// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Conversions between types that are not convertible.
package main

type Celsius float64

func main() {
	x := 1
	s := "abc"
	b := true
	// CHECK: cannot_convert_to_type.go:[[@LINE+1]]:14: cannot convert s (variable of type string) to type int
	println(int(s))
	// CHECK: cannot_convert_to_type.go:[[@LINE+1]]:17: cannot convert b (variable of type bool) to type string
	println(string(b))
	// CHECK: cannot_convert_to_type.go:[[@LINE+1]]:15: cannot convert x (variable of type int) to type bool
	println(bool(x))
	// CHECK: cannot_convert_to_type.go:[[@LINE+1]]:15: cannot convert 300 (untyped int constant) to type byte
	println(byte(300))
	// CHECK: cannot_convert_to_type.go:[[@LINE+1]]:14: cannot convert "s" (untyped string constant) to type int
	println(int("s"))
	// CHECK: cannot_convert_to_type.go:[[@LINE+1]]:14: cannot convert 1.5 (untyped float constant) to type int
	println(int(1.5))
	// CHECK: cannot_convert_to_type.go:[[@LINE+1]]:15: cannot convert -1 (untyped int constant) to type uint
	println(uint(-1))
	const c int = 256
	// CHECK: cannot_convert_to_type.go:[[@LINE+1]]:15: cannot convert c (constant 256 of type int) to type byte
	println(byte(c))
	println(Celsius(x), string(x), float32(x), string(65)) // fine
}
