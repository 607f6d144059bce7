// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Statements outside golc's subset. Their contents are not checked, so the
// function's unused variables are not reported either.
package main

func f(x int) {}

func main() {
	x := 1
	unused := 2
	// CHECK: unsupported_stmts.go:[[@LINE+1]]:2: golc does not support defer statements yet
	defer f(x)
}
