// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Assignments to things that are not variables.
package main

const c = 1

func f() int { return 1 }

func main() {
	s := "abc"
	// CHECK: cannot_assign.go:[[@LINE+1]]:2: cannot assign to s[0] (value of type byte)
	s[0] = 'x'
	// CHECK: cannot_assign.go:[[@LINE+1]]:2: cannot assign to c (untyped int constant 1)
	c = 2
	// CHECK: cannot_assign.go:[[@LINE+1]]:2: cannot assign to "s" (untyped string constant)
	"s" = s
	// CHECK: cannot_assign.go:[[@LINE+1]]:2: cannot assign to f() (value of type int)
	f() = 1
	// CHECK: cannot_assign.go:[[@LINE+1]]:2: cannot assign to len(s) (value of type int)
	len(s) = 1
	// CHECK: cannot_assign.go:[[@LINE+1]]:2: cannot assign to s[0] (value of type byte)
	s[0]++
}
