// RUN: not %golc build -emit-ast %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A statement where a condition belongs. For `=` gc shows both sides, as `==`
// was probably meant.
package main

func main() {
	// CHECK: cannot_use_as_value.go:[[@LINE+1]]:7: syntax error: cannot use x := 1 as value
	if x := 1 {
	}
	// CHECK: cannot_use_as_value.go:[[@LINE+1]]:7: syntax error: cannot use assignment (x) = (1) as value
	if x = 1 {
	}
	// CHECK: cannot_use_as_value.go:[[@LINE+1]]:10: syntax error: cannot use assignment (a, b) = (f(), g) as value
	if a, b = f(), g {
	}
	// CHECK: cannot_use_as_value.go:[[@LINE+1]]:15: syntax error: cannot use i++ as value
	for i := 0; i++; {
	}
	// CHECK: cannot_use_as_value.go:[[@LINE+1]]:12: syntax error: cannot use ch <- 1 as value
	switch ch <- 1 {
	}
}
