// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Non-integral constants assigned to integers.
package main

func f(i int) {}

func main() {
	// CHECK: cannot_use_truncated.go:[[@LINE+1]]:14: cannot use 1.5 (untyped float constant) as int value in variable declaration (truncated)
	var x int = 1.5
	// CHECK: cannot_use_truncated.go:[[@LINE+1]]:16: cannot use 2.5 (untyped float constant) as uint8 value in variable declaration (truncated)
	var y uint8 = 2.5
	// CHECK: cannot_use_truncated.go:[[@LINE+1]]:4: cannot use 0.1 (untyped float constant) as int value in argument to f (truncated)
	f(0.1)
	var z int = 2.0 // integral: fine
	println(x, y, z)
}
