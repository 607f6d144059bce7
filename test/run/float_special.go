// RUN: %gorun %s | FileCheck %s
// Dividing by a zero float variable gives ±Inf or NaN rather than a panic;
// println spells them +Inf, -Inf and NaN, and every ordered comparison with
// NaN is false.
package main

func main() {
	zero := 0.0
	one := 1.0
	inf := one / zero
	ninf := -one / zero
	nan := zero / zero
	println(inf, ninf, nan)                                                                  // CHECK: +Inf -Inf NaN
	println("nan cmp", nan == nan, nan != nan, nan < one, nan > one, nan <= nan, nan >= nan) // CHECK-NEXT: nan cmp false true false false false false
	println("inf cmp", inf > 1e308, ninf < -1e308, inf == inf, inf == -ninf)                 // CHECK-NEXT: inf cmp true true true true
	println("inf arith", inf+inf, inf-inf, inf*zero, inf*-2, one/inf, one/ninf)              // CHECK-NEXT: inf arith +Inf NaN NaN -Inf +0.000000e+000 -0.000000e+000
	println("nan arith", nan+1, -nan, nan*zero)                                              // CHECK-NEXT: nan arith NaN NaN NaN
	// 1/-0 is -Inf: the sign of zero survives.
	negZero := -zero
	println("signed zero", one/negZero) // CHECK-NEXT: signed zero -Inf
	// Overflow at run time goes to Inf too.
	big := 1e308
	println("overflow", big*10, -big*10) // CHECK-NEXT: overflow +Inf -Inf
	// x != x is the NaN test.
	isNaN := nan != nan
	println("isnan", isNaN, inf != inf) // CHECK-NEXT: isnan true false
}
