// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A := that declares nothing.
package main

func main() {
	x := 1
	// CHECK: no_new_variables.go:[[@LINE+1]]:4: no new variables on left side of :=
	x := 2
	a, b := 1, 2
	// CHECK: no_new_variables.go:[[@LINE+1]]:7: no new variables on left side of :=
	a, b := 3, 4
	// CHECK: no_new_variables.go:[[@LINE+1]]:4: no new variables on left side of :=
	_ := 5
	a, c := 5, 6 // c is new: fine
	for i, _ := range "s" {
		println(i)
	}
	for _ = range "s" {
	}
	println(x, a, b, c)
}
