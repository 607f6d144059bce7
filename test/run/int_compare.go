// RUN: %gorun %s | FileCheck %s
// Integer comparisons respect signedness: an unsigned value with its top bit
// set is large, a signed one is negative, at every width.
package main

func main() {
	var u8a, u8b uint8 = 200, 100
	var i8a, i8b int8 = -56, 100                            // the same bits as 200 and 100
	println("8", u8a > u8b, i8a > i8b, u8a >= 128, i8a < 0) // CHECK: 8 true false true true
	var u16 uint16 = 0x8000
	var i16 int16 = -0x8000
	println("16", u16 > 0x7fff, i16 < 0x7fff, i16 <= -32768) // CHECK-NEXT: 16 true true true
	var u32 uint32 = 0xffffffff
	var i32 int32 = -1
	println("32", u32 > 1, i32 > 1, uint32(i32) == u32) // CHECK-NEXT: 32 true false true
	var u64 uint64 = 1 << 63
	var i64 int64 = -1 << 63
	println("64", u64 > 1, i64 < 1, u64 > u64-1, i64 < i64+1) // CHECK-NEXT: 64 true true true true
	var u uint = 18446744073709551615
	var p uintptr = 1 << 63
	println("uint", u > 0, u == 1<<64-1, p > 1<<62) // CHECK-NEXT: uint true true true
	var r rune = -1
	var b byte = 255
	println("alias", r < 0, b > 254, b >= 255, b != 0) // CHECK-NEXT: alias true true true true

	// max of a list of unsigned values, with the top bit in use.
	max := uint64(0)
	for _, c := range "az" {
		v := uint64(c) << 57
		if v > max {
			max = v
		}
	}
	println("max", max) // CHECK-NEXT: max 17582052945254416384
}
