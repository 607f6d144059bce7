// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Func values compare only with nil; func literal bodies are checked like
// function bodies (unused variables, missing return); func types are
// assigned by signature.
package main

func f() {}

func main() {
	g := func(int) int { return 1 }
	h := g
	// CHECK: funclit_errors.go:[[@LINE+1]]:6: invalid operation: g == h (func can only be compared to nil)
	_ = g == h
	_ = f == nil
	_ = g != nil
	var k func(string)
	// CHECK: funclit_errors.go:[[@LINE+1]]:6: cannot use g (variable of type func(int) int) as type func(string) in assignment
	k = g
	// CHECK: funclit_errors.go:[[@LINE+1]]:4: cannot use 1 (untyped int constant) as string value in argument to k
	k(1)
	u := func() int {
		// CHECK: funclit_errors.go:[[@LINE+1]]:3: y declared but not used
		y := 1
		// CHECK: funclit_errors.go:[[@LINE+1]]:2: missing return
	}
	_, _ = k, u
	// CHECK: funclit_errors.go:[[@LINE+1]]:2: x declared but not used
	x := 5
	// CHECK: funclit_errors.go:[[@LINE+1]]:15: x declared but not used
	_ = func() { x := 2 }
}
