// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Float constants used where an integer is required.
package main

func main() {
	s := "abc"
	// CHECK: truncated.go:[[@LINE+1]]:12: 1.5 (untyped float constant) truncated to int
	println(s[1.5])
	var u uint = 3
	// CHECK: truncated.go:[[@LINE+1]]:15: 1.5 (untyped float constant) truncated to uint
	println(1 << 1.5, 1<<u)
	println(s[2.0]) // an integral float: fine
}
