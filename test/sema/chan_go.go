// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A go statement runs a call: not a conversion, and not a builtin whose
// result would be discarded. A function's results may be discarded.
package main

func f(a int) int { return a }

func main() {
	go f(1)
	go println(1)
	c := make(chan int)
	go close(c)
	// CHECK: chan_go.go:[[@LINE+1]]:5: go discards result of len("a") (constant 1 of type int)
	go len("a")
	// CHECK: chan_go.go:[[@LINE+1]]:5: go discards result of cap(c) (value of type int)
	go cap(c)
	// CHECK: chan_go.go:[[@LINE+1]]:5: go requires function call, not conversion int(1) (constant 1 of type int)
	go int(1)
	// CHECK: chan_go.go:[[@LINE+1]]:5: not enough arguments in call to f
	go f()
}
