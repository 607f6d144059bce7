// RUN: %gorun %s | FileCheck %s
// Bitwise operators: & | ^ &^ on signed and unsigned operands, unary ^
// (complement at the operand's width), unary - and +, and their assignment
// forms.
package main

func main() {
	var a, b uint8 = 0xCA, 0x0F
	println("uint8", a&b, a|b, a^b, a&^b, ^a, ^b) // CHECK: uint8 10 207 197 192 53 240
	var x, y int8 = -86, 15
	println("int8", x&y, x|y, x^y, x&^y, ^x, ^y) // CHECK-NEXT: int8 10 -81 -91 -96 85 -16
	var u16 uint16 = 0
	var u32 uint32 = 0
	var u64 uint64 = 0
	var u uint = 0
	var p uintptr = 0
	println("complement", ^u16, ^u32, ^u64, ^u, ^p) // CHECK-NEXT: complement 65535 4294967295 18446744073709551615 18446744073709551615 18446744073709551615
	var i int = 0
	var i64 int64 = 5
	println("signed complement", ^i, ^i64, -^i64, ^-i64) // CHECK-NEXT: signed complement -1 -6 6 4
	println("unary", -x, +x, - -x, -u32)                 // CHECK-NEXT: unary 86 -86 -86 0

	m := 0xF0F0
	m &= 0xFF00
	println("and=", m) // CHECK-NEXT: and= 61440
	m |= 0x000F
	println("or=", m) // CHECK-NEXT: or= 61455
	m ^= 0xFFFF
	println("xor=", m) // CHECK-NEXT: xor= 4080
	m &^= 0x0F0
	println("andnot=", m) // CHECK-NEXT: andnot= 3840

	// Counting set bits by clearing the lowest one each round.
	var bits uint64 = 0xDEADBEEFCAFEBABE
	n := 0
	for bits != 0 {
		bits &= bits - 1
		n++
	}
	println("popcount", n) // CHECK-NEXT: popcount 46

	// Untyped constant complement is exact; typed constant complement has
	// the type's width.
	const c = ^0
	const cu uint8 = ^uint8(0x0F)
	println("const", c, cu, ^-1, 0x55&^0x0F) // CHECK-NEXT: const -1 240 0 80
}
