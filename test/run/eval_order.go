// RUN: %gorun %s | FileCheck %s
// Function calls inside one expression, one argument list or one assignment
// run left to right, whatever the operator precedence; all arguments are
// evaluated before the callee (or println) runs.
package main

func v(name string, n int) int {
	println("eval", name)
	return n
}

func s(name string) string {
	println("eval", name)
	return name
}

func sum3(a, b, c int) int {
	println("sum3 body")
	return a + b + c
}

func main() {
	x := v("a", 1) + v("b", 2)*v("c", 3)
	// CHECK: eval a
	// CHECK-NEXT: eval b
	// CHECK-NEXT: eval c
	println("x", x) // CHECK-NEXT: x 7

	y := sum3(v("p", 1), v("q", 2), v("r", 3))
	// CHECK-NEXT: eval p
	// CHECK-NEXT: eval q
	// CHECK-NEXT: eval r
	// CHECK-NEXT: sum3 body
	println("y", y) // CHECK-NEXT: y 6

	println("args", v("first", 10), s("second"), v("third", 30) > 20)
	// CHECK-NEXT: eval first
	// CHECK-NEXT: eval second
	// CHECK-NEXT: eval third
	// CHECK-NEXT: args 10 second true

	a, b := v("left", 1), v("right", 2)
	// CHECK-NEXT: eval left
	// CHECK-NEXT: eval right
	println("tuple", a, b) // CHECK-NEXT: tuple 1 2

	str := s("x") + s("y") + s("z")
	// CHECK-NEXT: eval x
	// CHECK-NEXT: eval y
	// CHECK-NEXT: eval z
	println("concat", str) // CHECK-NEXT: concat xyz

	if v("cond", 1) == v("other", 1) || v("skipped", 0) == 0 {
		// CHECK-NEXT: eval cond
		// CHECK-NEXT: eval other
		println("taken") // CHECK-NEXT: taken
	}
	z := -v("neg", 5) - (v("paren1", 1) - v("paren2", 2))
	// CHECK-NEXT: eval neg
	// CHECK-NEXT: eval paren1
	// CHECK-NEXT: eval paren2
	println("z", z) // CHECK-NEXT: z -4
}
