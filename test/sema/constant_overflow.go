// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Untyped integer constants are limited to 512 bits.
package main

const big = 1 << 500
// CHECK: constant_overflow.go:[[@LINE+1]]:13: constant shift overflow
const a = 1 << 600
// CHECK: constant_overflow.go:[[@LINE+1]]:15: constant multiplication overflow
const b = big * big
const c = big + big // 501 bits: fine
// CHECK: constant_overflow.go:[[@LINE+1]]:21: constant shift overflow
const d = -(big * 1 << 12)
const e = big<<11 ^ 1<<11

func main() {
	// CHECK: constant_overflow.go:[[@LINE+1]]:16: cannot use c (untyped int constant 6546781215792283740026379393655198304433284092086129578966582736192267592809349109766540184651808314301773368255120142018434513091770786106657055178752) as int value in argument to println (overflows)
	println(a, b, c, d, e)
}
