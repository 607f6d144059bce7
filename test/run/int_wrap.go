// RUN: %gorun %s | FileCheck %s
// Integer arithmetic wraps around at every width, signed and unsigned: +, -,
// *, ++, -- and unary minus never trap and keep only the type's low bits.
package main

func main() {
	var i8 int8 = 127
	i8++
	println("int8", i8) // CHECK: int8 -128
	i8--
	println("int8", i8) // CHECK-NEXT: int8 127
	var m8 int8 = -128
	println("int8 neg", -m8, m8*m8, m8*-1) // CHECK-NEXT: int8 neg -128 0 -128
	var a8 int8 = 100
	println("int8 mul", a8*3, a8+a8) // CHECK-NEXT: int8 mul 44 -56

	var u8 uint8 = 255
	u8++
	println("uint8", u8) // CHECK-NEXT: uint8 0
	u8--
	println("uint8", u8) // CHECK-NEXT: uint8 255
	var b byte = 200
	println("byte", b+b, b*b, -b) // CHECK-NEXT: byte 144 64 56

	var i16 int16 = 32767
	println("int16", i16+1, i16*2, -i16-2) // CHECK-NEXT: int16 -32768 -2 32767
	var u16, v16 uint16 = 0, 300
	println("uint16", u16-1, v16*v16) // CHECK-NEXT: uint16 65535 24464

	var i32 int32 = 2147483647
	println("int32", i32+1, i32*i32) // CHECK-NEXT: int32 -2147483648 1
	var r rune = -2147483648
	println("rune", r-1, -r) // CHECK-NEXT: rune 2147483647 -2147483648
	var u32 uint32 = 4000000000
	println("uint32", u32+u32, u32*3) // CHECK-NEXT: uint32 3705032704 3410065408

	var i64 int64 = 9223372036854775807
	println("int64", i64+1, i64*2) // CHECK-NEXT: int64 -9223372036854775808 -2
	var u64 uint64 = 18446744073709551615
	println("uint64", u64+1, u64*u64, u64+u64) // CHECK-NEXT: uint64 0 1 18446744073709551614

	var n int = 9223372036854775807
	n += 1
	println("int", n, -n) // CHECK-NEXT: int -9223372036854775808 -9223372036854775808
	var u uint = 0
	u -= 2
	println("uint", u) // CHECK-NEXT: uint 18446744073709551614
	var p uintptr = 1
	p -= 2
	println("uintptr", p) // CHECK-NEXT: uintptr 18446744073709551615

	// Wrapping inside a loop: 3^40 modulo 2^32, step by step.
	var acc uint32 = 1
	for k := 0; k < 40; k++ {
		acc *= 3
	}
	println("pow", acc) // CHECK-NEXT: pow 689956897
}
