// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A function declared without body (golc has no assembly).
package main

// CHECK: missing_func_body.go:[[@LINE+1]]:6: missing function body
func f(x int) int

func main() {
	println(f(1))
}
