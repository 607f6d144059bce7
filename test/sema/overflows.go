// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Constants outside the range of their typed operation.
package main

const c int8 = 100
// CHECK: overflows.go:[[@LINE+1]]:11: c * 2 (constant 200 of type int8) overflows int8
const d = c * 2

func main() {
	var x int = 1
	// CHECK: overflows.go:[[@LINE+1]]:17: 1000 (untyped int constant) overflows int8
	a := int8(x) + 1000
	var b uint8 = 255
	// CHECK: overflows.go:[[@LINE+1]]:10: 256 (untyped int constant) overflows uint8
	b = b + 256
	var f float32 = 1
	// CHECK: overflows.go:[[@LINE+1]]:10: 1e40 (untyped float constant 1e+40) overflows float32
	f = f * 1e40
	println(d, a, b, f)
}
