// RUN: not %golc build -emit-ast %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// go and defer take a function call; the error points where gc places the
// expression (for a selector, its dot).
package main

type T struct{ f func() }

func f() {}

func main() {
	var x T
	// CHECK: go_defer_not_call.go:[[@LINE+1]]:5: expression in go must be function call
	go f
	// CHECK: go_defer_not_call.go:[[@LINE+1]]:9: expression in defer must be function call
	defer x.f
}
