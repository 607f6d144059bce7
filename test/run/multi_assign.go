// RUN: %gorun %s | FileCheck %s
// Tuple assignment evaluates every right-hand operand before assigning any
// variable (swaps and rotations need no temporary); _ discards a value; :=
// redeclares existing variables when at least one new name is on the left.
package main

var calls = 0

func next(tag string) int {
	calls++
	println("call", tag, calls)
	return calls
}

func main() {
	a, b := 1, 2
	a, b = b, a
	println("swap", a, b) // CHECK: swap 2 1
	x, y, z := "x", "y", "z"
	x, y, z = y, z, x
	println("rotate", x, y, z) // CHECK-NEXT: rotate y z x
	f0, f1 := 0, 1
	for i := 0; i < 10; i++ {
		f0, f1 = f1, f0+f1
	}
	println("fib", f0, f1) // CHECK-NEXT: fib 55 89
	i := 1
	i, j := i+10, i                       // j gets the old i; i is reused, j is new
	println("redeclare", i, j)            // CHECK-NEXT: redeclare 11 1
	_, k := next("first"), next("second") // CHECK-NEXT: call first 1
	// CHECK-NEXT: call second 2
	println("blank", k)                     // CHECK-NEXT: blank 2
	var p, q, r = next("p"), "q", next("r") // CHECK-NEXT: call p 3
	// CHECK-NEXT: call r 4
	println("var", p, q, r) // CHECK-NEXT: var 3 q 4
	s := "abc"
	s, n := s+s, len(s)     // n sees the old s
	println("string", s, n) // CHECK-NEXT: string abcabc 3
	var u8 uint8
	var f float64
	u8, f = 255, 0.5
	u8, f = u8+1, f*4
	println("typed", u8, f) // CHECK-NEXT: typed 0 +2.000000e+000
	{
		a := a * 100 // a new a, initialised from the outer one
		a, b = a+1, a
		println("inner", a, b) // CHECK-NEXT: inner 201 200
	}
	println("outer", a, b) // CHECK-NEXT: outer 2 200
}
