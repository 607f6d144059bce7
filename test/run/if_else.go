// RUN: %gorun %s | FileCheck %s
// if / else if / else chains, init statements whose variables are visible in
// every branch and gone after the statement, shadowing in branches, and
// conditions that short-circuit.
package main

func sign(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else {
		return "positive"
	}
}

func check(tag string, v bool) bool {
	println("check", tag)
	return v
}

func main() {
	println(sign(-5), sign(0), sign(7)) // CHECK: negative zero positive
	x := 10
	if x := x * 2; x > 15 {
		println("init", x) // CHECK-NEXT: init 20
	} else {
		println("else", x)
	}
	println("after", x) // CHECK-NEXT: after 10
	if y := x % 3; y == 0 {
		println("divisible")
	} else if z := y + 100; z > 100 {
		println("else if", y, z) // CHECK-NEXT: else if 1 101
	} else {
		println("else", y, z)
	}
	// && and || evaluate their right operand only when needed.
	if check("a", false) && check("b", true) { // CHECK-NEXT: check a
		println("unreachable")
	}
	if check("c", true) || check("d", true) { // CHECK-NEXT: check c
		println("or taken") // CHECK-NEXT: or taken
	}
	if !check("e", false) && (check("f", false) || check("g", true)) {
		// CHECK-NEXT: check e
		// CHECK-NEXT: check f
		// CHECK-NEXT: check g
		println("mixed taken") // CHECK-NEXT: mixed taken
	}
	b := x > 5 == true != false
	if b {
		println("bool chain", b) // CHECK-NEXT: bool chain true
	}
	// Nested ifs with a shadowed variable.
	v := "outer"
	if true {
		v := "inner"
		if len(v) == 5 {
			v = v + "!"
			println(v) // CHECK-NEXT: inner!
		}
	}
	println(v) // CHECK-NEXT: outer
}
