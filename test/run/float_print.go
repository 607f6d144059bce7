// RUN: %gorun %s | FileCheck %s
// println prints a float64 the way Go's runtime does, not as C's %e would:
// sign always, one digit, six decimals, `e`, sign, three exponent digits, with
// the runtime's own rounding (scale by ten, add half an ulp of the seventh
// digit, take digits one by one), which differs from C's correct rounding on
// exact ties: 10000005, 10000055 and 12345675 print 1.000001e+007,
// 1.000005e+007 and 1.234567e+007 where printf("%e") gives 1.000000e+07,
// 1.000006e+07 and 1.234568e+07.
package main

func main() {
	var tie1, tie2, tie3 float64 = 10000005, 10000055, 12345675
	println(tie1, tie2, tie3) // CHECK: +1.000001e+007 +1.000005e+007 +1.234567e+007
	var nines float64 = 9999999.5
	println(nines, nines/10, -nines) // CHECK-NEXT: +1.000000e+007 +1.000000e+006 -1.000000e+007
	var third = 1.0 / 3
	println(third, third*1e-10, third*1e200) // CHECK-NEXT: +3.333333e-001 +3.333333e-011 +3.333333e+199
	var p float64 = 1
	for i := 0; i < 5; i++ {
		p *= 1e-60
	}
	println(p, 1/p/1e10) // CHECK-NEXT: +1.000000e-300 +1.000000e+290
	// print puts no spaces or newline between operands; println adds both.
	print(1.0, 2.0, "\n") // CHECK-NEXT: +1.000000e+000+2.000000e+000
	println(float64(42))  // CHECK-NEXT: +4.200000e+001
}
