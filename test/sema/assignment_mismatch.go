// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Assignments with different numbers of variables and values.
package main

func one() int { return 1 }
func two() (int, int) { return 1, 2 }

// CHECK: assignment_mismatch.go:[[@LINE+1]]:14: assignment mismatch: 2 variables but one returns 1 value
var g1, g2 = one()

func main() {
	// CHECK: assignment_mismatch.go:[[@LINE+1]]:10: assignment mismatch: 2 variables but 1 value
	a, b := 1
	// CHECK: assignment_mismatch.go:[[@LINE+1]]:7: assignment mismatch: 1 variable but two returns 2 values
	c := two()
	// CHECK: assignment_mismatch.go:[[@LINE+1]]:13: assignment mismatch: 3 variables but two returns 2 values
	d, e, f := two()
	var x, y int
	// CHECK: assignment_mismatch.go:[[@LINE+1]]:9: assignment mismatch: 2 variables but 3 values
	x, y = 1, 2, 3
	// CHECK: assignment_mismatch.go:[[@LINE+1]]:9: assignment mismatch: 2 variables but one returns 1 value
	x, y = one()
	println(a, b, c, d, e, f, x, y)
}
