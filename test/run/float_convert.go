// RUN: %gorun %s | FileCheck %s
// Conversions between float64 and the integer types: float to integer
// truncates toward zero; integer to float rounds to nearest, and unsigned
// values with the top bit set convert as unsigned, in both directions.
package main

func main() {
	a, b := 2.9, -2.9
	println("trunc", int(a), int(b), int64(a*-1), int8(b), uint8(a)) // CHECK: trunc 2 -2 -2 -2 2
	c := 0.999999
	println("below one", int(c), int(-c), uint(c)) // CHECK-NEXT: below one 0 0 0
	d := 200.75
	println("narrow", uint8(d), int16(-d), int32(d*1e6), uint32(d*1e7)) // CHECK-NEXT: narrow 200 -200 200750000 2007500000
	e := 1e18
	println("large", int64(e), int64(-e), uint64(e)) // CHECK-NEXT: large 1000000000000000000 -1000000000000000000 1000000000000000000
	// A uint64 beyond 1<<63 converts correctly from float.
	f := 13835058055282163712.0                     // 1.5 * 2^63
	println("uint64 top", uint64(f), uint64(f/3*2)) // CHECK-NEXT: uint64 top 13835058055282163712 9223372036854775808

	// Integer to float.
	n := -7
	println("int", float64(n), float64(n)/2, float64(n/2)) // CHECK-NEXT: int -7.000000e+000 -3.500000e+000 -3.000000e+000
	var p int64 = 1<<53 + 1
	println("rounds", float64(p) == float64(p-1), int64(float64(p))) // CHECK-NEXT: rounds true 9007199254740992
	var u uint64 = 18446744073709551615
	var h uint64 = 1<<63 + 1<<11
	println("unsigned", float64(u), float64(h), uint64(float64(h))) // CHECK-NEXT: unsigned +1.844674e+019 +9.223372e+018 9223372036854777856
	var i8 int8 = -128
	var u8 uint8 = 255
	var u32 uint32 = 4294967295
	println("small", float64(i8), float64(u8), float64(u32)) // CHECK-NEXT: small -1.280000e+002 +2.550000e+002 +4.294967e+009

	// Round trip through float keeps integers up to 2^53.
	var k int64 = 123456789012345
	println("roundtrip", int64(float64(k)) == k, int(float64(k)/1000)) // CHECK-NEXT: roundtrip true 123456789012
	// A float constant converts to an integer type only when it is integral.
	const g float64 = 7.5
	println("const", int(g-0.5), uint8(g*2), g) // CHECK-NEXT: const 7 15 +7.500000e+000
}
