// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A name appearing twice on the left of :=.
package main

func main() {
	// CHECK: repeated_define.go:[[@LINE+1]]:5: a repeated on left side of :=
	a, a := 1, 2
	println(a)
}
