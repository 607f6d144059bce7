// RUN: %gorun %s | FileCheck %s
// Package-level variables are initialised in declaration order, except that
// a variable waits for every variable its initialiser refers to, directly or
// through the functions it calls; all of it happens before main runs.
package main

var total = trace("total", a+b+c) // needs a, b and c: initialised last

var a = trace("a", b*2) // needs b

var b = trace("b", fromC()) // needs c through fromC

var c = trace("c", 5)

var d = trace("d", 1) // independent: after c, in declaration order

var (
	x, y = pair() // both from one call
	z    = trace("z", x*10+y)
)

var zeroed int // no initialiser: zero before anything runs
var seen = trace("seen", zeroed)

func fromC() int {
	return c + 1
}

func pair() (int, int) {
	println("pair")
	return 3, 4
}

func trace(name string, v int) int {
	println("init", name, v)
	return v
}

func main() {
	// CHECK: init c 5
	// CHECK-NEXT: init b 6
	// CHECK-NEXT: init a 12
	// CHECK-NEXT: init total 23
	// CHECK-NEXT: init d 1
	// CHECK-NEXT: pair
	// CHECK-NEXT: init z 34
	// CHECK-NEXT: init seen 0
	println("main", total, a, b, c, d, x, y, z) // CHECK-NEXT: main 23 12 6 5 1 3 4 34
}
