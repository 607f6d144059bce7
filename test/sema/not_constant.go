// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A constant's initialiser must be constant.
package main

var s = "abc"

// CHECK: not_constant.go:[[@LINE+1]]:11: s (variable of type string) is not constant
const a = s
// CHECK: not_constant.go:[[@LINE+1]]:11: len(s) (value of type int) is not constant
const b = len(s)
const c = len("abc") // a constant

func f() int { return 1 }

// CHECK: not_constant.go:[[@LINE+1]]:11: f() (value of type int) is not constant
const d = f()

func main() {
	println(a, b, c, d)
}
