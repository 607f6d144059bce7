// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Conditions of if and for must be booleans.
package main

func main() {
	x := 1
	s := "abc"
	// CHECK: non_bool_condition.go:[[@LINE+1]]:5: non-boolean condition in if statement
	if x {
	}
	// CHECK: non_bool_condition.go:[[@LINE+1]]:5: non-boolean condition in if statement
	if s {
	// CHECK: non_bool_condition.go:[[@LINE+1]]:12: non-boolean condition in if statement
	} else if x {
	}
	// CHECK: non_bool_condition.go:[[@LINE+1]]:6: non-boolean condition in for statement
	for x {
	}
	// CHECK: non_bool_condition.go:[[@LINE+1]]:14: non-boolean condition in for statement
	for i := 0; i; i++ {
	}
	if x > 0 {
	}
}
