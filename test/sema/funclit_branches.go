// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A func literal's body has its own branch targets and labels: the loops
// and labels of the enclosing function are not visible in it.
package main

func main() {
	for {
		func() {
			// CHECK: funclit_branches.go:[[@LINE+1]]:4: break is not in a loop, switch, or select
			break
		}()
	}
// CHECK: funclit_branches.go:[[@LINE+1]]:1: label L defined and not used
L:
	for {
		func() {
			for {
				// CHECK: funclit_branches.go:[[@LINE+1]]:14: continue label not defined: L
				continue L
			}
		}()
	}
	// CHECK: funclit_branches.go:[[@LINE+1]]:31: label L not defined
	var f func() = func() { goto L }
	_ = f
	x := func() int {
		for {
		}
	}
	_ = x
}
