// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Indices must be integers.
package main

func main() {
	s := "abc"
	f := 1.0
	b := true
	// CHECK: index_must_be_integer.go:[[@LINE+1]]:12: invalid argument: index f (variable of type float64) must be integer
	println(s[f])
	// CHECK: index_must_be_integer.go:[[@LINE+1]]:12: invalid argument: index b (variable of type bool) must be integer
	println(s[b])
}
