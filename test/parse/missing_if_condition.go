// RUN: not %golc build -emit-ast %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// An if statement needs a condition.
package main

func main() {
	// CHECK: missing_if_condition.go:[[@LINE+1]]:5: syntax error: missing condition in if statement
	if {
	}
	// CHECK: missing_if_condition.go:[[@LINE+1]]:11: syntax error: missing condition in if statement
	if x := 1; {
	}
}
