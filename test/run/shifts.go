// RUN: %gorun %s | FileCheck %s
// Shifts by variable counts: a count at or beyond the operand's width gives 0
// (or -1 for >> of a negative signed value) instead of the machine's
// count-modulo-width behaviour; counts may be of any integer type.
package main

func main() {
	var one8 int8 = 1
	var one16 uint16 = 1
	var one32 int32 = 1
	var one64 uint64 = 1
	var s uint = 7
	println("at width-1", one8<<s, one16<<(s+8), one32<<(s+24), one64<<(s+56)) // CHECK: at width-1 -128 32768 -2147483648 9223372036854775808
	s = 8
	println("at width", one8<<s, one16<<(s+8), one32<<(s+24), one64<<(s+56)) // CHECK-NEXT: at width 0 0 0 0
	s = 200
	println("beyond", one8<<s, one16<<s, one32<<s, one64<<s) // CHECK-NEXT: beyond 0 0 0 0

	var minus8 int8 = -100
	var minus64 int64 = -9223372036854775807
	var big uint64 = 1 << 40
	println("sar", minus8>>3, minus8>>big, minus64>>63, minus64>>64, minus64>>big) // CHECK-NEXT: sar -13 -1 -1 -1 -1
	var pos32 int32 = 1000
	println("sar pos", pos32>>3, pos32>>31, pos32>>32, pos32>>big) // CHECK-NEXT: sar pos 125 0 0 0
	var u8 uint8 = 0x80
	var u32 uint32 = 0x80000000
	println("shr", u8>>7, u8>>8, u32>>31, u32>>32, u32>>big) // CHECK-NEXT: shr 1 0 1 0 0

	// The count's own type does not matter, only its value: uint8, int, int64.
	var c8 uint8 = 255
	var ci int = 63
	var ci64 int64 = 64
	var x int64 = -1
	println("count types", x<<c8, x<<ci, x<<ci64, x>>c8, uint64(x)>>ci) // CHECK-NEXT: count types 0 -9223372036854775808 0 -1 1

	// Shifting in a loop walks a bit across the whole word and off its end.
	var w uint32 = 1
	n := 0
	for w != 0 {
		w <<= 1
		n++
	}
	println("bits", n) // CHECK-NEXT: bits 32
	var k int = 3
	v := 0x7fffffff
	v >>= k
	v <<= uint(k) + 1
	println("compound", v) // CHECK-NEXT: compound 4294967280
}
