// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Untyped constants that cannot be represented in the target type.
package main

func f(b byte) {}

func main() {
	// CHECK: cannot_use_as.go:[[@LINE+1]]:14: cannot use "s" (untyped string constant) as int value in variable declaration
	var x int = "s"
	// CHECK: cannot_use_as.go:[[@LINE+1]]:15: cannot use 1 (untyped int constant) as bool value in variable declaration
	var b bool = 1
	// CHECK: cannot_use_as.go:[[@LINE+1]]:17: cannot use 'a' (untyped rune constant 97) as string value in variable declaration
	var s string = 'a'
	// CHECK: cannot_use_as.go:[[@LINE+1]]:6: cannot use true (untyped bool constant) as int value in assignment
	x = true
	// CHECK: cannot_use_as.go:[[@LINE+1]]:4: cannot use "s" (untyped string constant) as byte value in argument to f
	f("s")
	println(x, b, s)
}
