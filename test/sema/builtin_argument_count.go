// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Builtin calls with the wrong number of arguments.
package main

func main() {
	// CHECK: builtin_argument_count.go:[[@LINE+1]]:10: invalid operation: not enough arguments for len() (expected 1, found 0)
	println(len())
	// CHECK: builtin_argument_count.go:[[@LINE+1]]:10: invalid operation: too many arguments for len("a", "b") (expected 1, found 2)
	println(len("a", "b"))
	// CHECK: builtin_argument_count.go:[[@LINE+1]]:2: invalid operation: not enough arguments for panic() (expected 1, found 0)
	panic()
	// CHECK: builtin_argument_count.go:[[@LINE+1]]:2: invalid operation: too many arguments for panic(1, 2) (expected 1, found 2)
	panic(1, 2)
	print()
	println() // fine
}
