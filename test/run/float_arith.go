// RUN: %gorun %s | FileCheck %s
// float64 arithmetic and comparison at run time, println's fixed 7-digit
// exponent format, and untyped float constants that are exact until they
// meet a typed operand.
package main

func mean(a, b float64) float64 {
	return (a + b) / 2
}

func main() {
	x, y := 1.5, -0.25
	println(x, y)                                                        // CHECK: +1.500000e+000 -2.500000e-001
	println("ops", x+y, x-y, x*y, x/y)                                   // CHECK-NEXT: ops +1.250000e+000 +1.750000e+000 -3.750000e-001 -6.000000e+000
	println("cmp", x < y, x > y, x == 1.5, y != -0.25, x <= 1.5, y >= 0) // CHECK-NEXT: cmp false true true false true false
	println("mean", mean(x, 10))                                         // CHECK-NEXT: mean +5.750000e+000

	// Ten additions of 0.1 do not make exactly 1 at run time.
	sum := 0.0
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	println("sum", sum, sum == 1, sum < 1) // CHECK-NEXT: sum +1.000000e+000 false true
	// A constant expression is exact.
	const tenth = 0.1
	println("const", tenth*10 == 1, 1.0/3*3 == 1) // CHECK-NEXT: const true true

	// Compound assignment, unary minus, negative zero.
	v := 3.0
	v *= v
	v -= 0.5
	v /= 4
	println("compound", v, -v) // CHECK-NEXT: compound +2.125000e+000 -2.125000e+000
	zero := 0.0
	negZero := -zero
	println("zero", zero, negZero, zero == negZero) // CHECK-NEXT: zero +0.000000e+000 -0.000000e+000 true

	// Very large, very small and subnormal magnitudes.
	big := 6.02214076e23
	small := 1.602176634e-19
	println("range", big, small, big*small) // CHECK-NEXT: range +6.022141e+023 +1.602177e-019 +9.648533e+004
	tiny := 5e-324
	println("tiny", tiny, tiny/2, tiny*-1) // CHECK-NEXT: tiny +4.940656e-324 +0.000000e+000 -4.940656e-324

	// Float literal forms.
	println("literals", .5, 1e3, 1_000.25, 0x1p-2, 0x1.8p1, 2.) // CHECK-NEXT: literals +5.000000e-001 +1.000000e+003 +1.000250e+003 +2.500000e-001 +3.000000e+000 +2.000000e+000
}
