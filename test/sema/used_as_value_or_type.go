// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A call without result used as the callee of another call.
package main

func g() {}

func main() {
	// CHECK: used_as_value_or_type.go:[[@LINE+1]]:2: g() (no value) used as value or type
	g()()
}
