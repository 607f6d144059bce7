// RUN: %gorun %s | FileCheck %s
// Package math: constants, bit conversions, and the exact functions
// (Floor, Ceil, Trunc, Round, RoundToEven, Abs, Mod, Sqrt, Max, Min, ...)
// with their special cases; and package math/bits.
package main

import (
	"math"
	"math/bits"
	"strconv"
)

func f(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }

func main() {
	println(f(math.Pi), f(math.E), f(math.Sqrt2), f(math.MaxFloat64), f(math.SmallestNonzeroFloat64)) // CHECK: 3.141592653589793 2.718281828459045 1.4142135623730951 1.7976931348623157e+308 5e-324
	println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64), math.MaxInt32, math.MaxUint8) // CHECK-NEXT: 9223372036854775807 -9223372036854775808 18446744073709551615 2147483647 255
	println(math.Float64bits(1.5), f(math.Float64frombits(0x4000000000000000)), math.Float32bits(0.1)) // CHECK-NEXT: 4609434218613702656 2 1036831949
	for _, x := range []float64{2.5, -2.5, 3.5, 0.49999999999999994, -0.2, 1e300, 0} {
		println(f(x), f(math.Floor(x)), f(math.Ceil(x)), f(math.Trunc(x)), f(math.Round(x)), f(math.RoundToEven(x)), f(math.Abs(x)))
	}
	// CHECK-NEXT: 2.5 2 3 2 3 2 2.5
	// CHECK-NEXT: -2.5 -3 -2 -2 -3 -2 2.5
	// CHECK-NEXT: 3.5 3 4 3 4 4 3.5
	// CHECK-NEXT: 0.49999999999999994 0 1 0 0 0 0.49999999999999994
	// CHECK-NEXT: -0.2 -1 -0 -0 -0 -0 0.2
	// CHECK-NEXT: 1e+300 1e+300 1e+300 1e+300 1e+300 1e+300 1e+300
	// CHECK-NEXT: 0 0 0 0 0 0 0
	inf, nan := math.Inf(1), math.NaN()
	println(f(inf), f(math.Inf(-1)), f(nan), math.IsNaN(nan), math.IsInf(inf, 1), math.IsInf(inf, -1), math.Signbit(math.Copysign(0, -1))) // CHECK-NEXT: +Inf -Inf NaN true true false true
	println(f(math.Sqrt(2)), f(math.Sqrt(-1)), f(math.Mod(7, 3)), f(math.Mod(-7, 3)), f(math.Mod(7, -3)), f(math.Mod(1, 0)), f(math.Mod(5.5, inf))) // CHECK-NEXT: 1.4142135623730951 NaN 1 -1 1 NaN 5.5
	println(f(math.Max(3, 7)), f(math.Min(3, 7)), f(math.Max(nan, 1)), f(math.Min(math.Copysign(0, -1), 0))) // CHECK-NEXT: 7 3 NaN -0
	ip, frac := math.Modf(-3.25)
	println(f(ip), f(frac)) // CHECK-NEXT: -3 -0.25

	x := uint64(0xF0F0_0000_0000_0001)
	println(bits.Len64(x), bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.OnesCount64(x), bits.LeadingZeros32(1), bits.TrailingZeros8(0)) // CHECK-NEXT: 64 0 0 9 31 8
	println(bits.RotateLeft64(x, 4), bits.RotateLeft8(0x81, -1), bits.Reverse8(1), bits.ReverseBytes32(0x01020304)) // CHECK-NEXT: 1080863910568919071 192 128 67305985
	hi, lo := bits.Mul64(1<<63, 6)
	sum, carry := bits.Add64(1<<63, 1<<63, 1)
	diff, borrow := bits.Sub64(0, 1, 0)
	q, r := bits.Div64(1, 0, 3)
	println(hi, lo, sum, carry, diff, borrow, q, r) // CHECK-NEXT: 3 0 1 1 18446744073709551615 1 6148914691236517205 1
}
