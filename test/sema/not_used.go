// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Expressions other than calls in statement context.
package main

func f() int { return 1 }

func main() {
	x := 1
	s := "abc"
	// CHECK: not_used.go:[[@LINE+1]]:2: x (variable of type int) is not used
	x
	// CHECK: not_used.go:[[@LINE+1]]:2: 1 + 2 (untyped int constant 3) is not used
	1 + 2
	// CHECK: not_used.go:[[@LINE+1]]:2: x == 2 (untyped bool value) is not used
	x == 2
	// CHECK: not_used.go:[[@LINE+1]]:2: len(s) (value of type int) is not used
	len(s)
	// CHECK: not_used.go:[[@LINE+1]]:2: int(x) (value of type int) is not used
	int(x)
	// CHECK: not_used.go:[[@LINE+1]]:3: s[1:] (value of type string) is not used
	s[1:]
	// CHECK: not_used.go:[[@LINE+1]]:2: "abc" (untyped string constant) is not used
	"abc"
	// CHECK: not_used.go:[[@LINE+1]]:2: -x (value of type int) is not used
	-x
	f() // calls are fine
}
