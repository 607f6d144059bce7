// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Constant indices must not be negative.
package main

func main() {
	s := "abc"
	// CHECK: index_negative.go:[[@LINE+1]]:12: invalid argument: index -1 (constant of type int) must not be negative
	println(s[-1])
	// CHECK: index_negative.go:[[@LINE+1]]:13: invalid argument: index -2 (constant of type int) must not be negative
	println(s[:-2])
}
