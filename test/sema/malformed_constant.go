// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// golc computes float literals exactly up to exponents of +-10000; beyond,
// the literal has no value golc can represent (gc would round it).
package main

func main() {
	// CHECK: malformed_constant.go:[[@LINE+1]]:7: malformed constant: 1e10001
	x := 1e10001
	y := 1e-10000 // the limit itself: fine
	println(x, y)
}
