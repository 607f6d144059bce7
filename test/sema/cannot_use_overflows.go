// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Constants that overflow the type they are assigned to.
package main

const big = 1 << 40

func f(b byte) {}

func main() {
	// CHECK: cannot_use_overflows.go:[[@LINE+1]]:15: cannot use 300 (untyped int constant) as byte value in variable declaration (overflows)
	var b byte = 300
	// CHECK: cannot_use_overflows.go:[[@LINE+1]]:15: cannot use -129 (untyped int constant) as int8 value in variable declaration (overflows)
	var i int8 = -129
	// CHECK: cannot_use_overflows.go:[[@LINE+1]]:15: cannot use -1 (untyped int constant) as uint value in variable declaration (overflows)
	var u uint = -1
	// CHECK: cannot_use_overflows.go:[[@LINE+1]]:16: cannot use big (untyped int constant 1099511627776) as int32 value in variable declaration (overflows)
	var w int32 = big
	// CHECK: cannot_use_overflows.go:[[@LINE+1]]:4: cannot use 256 (untyped int constant) as byte value in argument to f (overflows)
	f(256)
	// CHECK: cannot_use_overflows.go:[[@LINE+1]]:18: cannot use 1e100 (untyped float constant 1e+100) as float32 value in variable declaration (overflows)
	var g float32 = 1e100
	// CHECK: cannot_use_overflows.go:[[@LINE+1]]:7: cannot use 1 << 70 (untyped int constant 1180591620717411303424) as int value in assignment (overflows)
	m := 1 << 70
	println(b, i, u, w, g, m)
}
