// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Calls of functions without results used as values.
package main

func g() {}

func main() {
	// CHECK: used_as_value.go:[[@LINE+1]]:7: g() (no value) used as value
	x := g()
	// CHECK: used_as_value.go:[[@LINE+1]]:10: g() (no value) used as value
	println(g())
	// CHECK: used_as_value.go:[[@LINE+1]]:5: g() (no value) used as value
	if g() == g() {
	}
	println(x)
}
