// RUN: not %golc build -emit-ast %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// The call of a go or defer statement is not parenthesized.
package main

func f() {}

func main() {
	// CHECK: go_defer_parenthesized.go:[[@LINE+1]]:8: expression in defer must not be parenthesized
	defer (f())
	// CHECK: go_defer_parenthesized.go:[[@LINE+1]]:5: expression in go must not be parenthesized
	go (f())
}
