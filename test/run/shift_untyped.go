// RUN: %gorun %s | FileCheck %s
// An untyped constant shifted by a non-constant count takes the type the
// context gives it (the variable's, the other operand's), or int alone, and
// then shifts at that width; constant shifts are exact.
package main

func main() {
	var s uint = 9
	var b uint8 = 1 << s // 1 is a uint8 here, so the bit falls off
	var w uint16 = 1 << s
	println("typed by context", b, w) // CHECK: typed by context 0 512
	var i32 int32 = 0
	i32 = i32 + 1<<(s+22)
	println("typed by operand", i32) // CHECK-NEXT: typed by operand -2147483648
	n := 1 << s
	println("int alone", n, 1<<(s+54)) // CHECK-NEXT: int alone 512 -9223372036854775808

	// Constant shifts are computed exactly, beyond 64 bits.
	const huge = 1 << 100
	println("const", huge>>98, uint8(huge>>93), -5>>1, 7<<2>>1) // CHECK-NEXT: const 4 128 -3 14
}
