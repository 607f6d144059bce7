// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Composite types come with later issues: each is reported where it is
// written, and values of such types cause no follow-on errors.
package main

// CHECK: unsupported_types.go:[[@LINE+1]]:8: golc does not support maps yet
type T map[int]int

func main() {
	// CHECK: unsupported_types.go:[[@LINE+1]]:9: golc does not support maps yet
	var p *map[int]int
	// CHECK: unsupported_types.go:[[@LINE+1]]:11: golc does not support maps yet
	var a [3]map[int]int
	// CHECK: unsupported_types.go:[[@LINE+1]]:10: golc does not support function types yet
	var s []func()
	// CHECK: unsupported_types.go:[[@LINE+1]]:8: golc does not support maps yet
	var m map[string]int
	// CHECK: unsupported_types.go:[[@LINE+1]]:8: golc does not support function types yet
	var f func(int) int
	// CHECK: unsupported_types.go:[[@LINE+1]]:8: golc does not support interfaces yet
	var i interface{}
	var t T
	println(p, a[0], s, m, f, i, t.x, t+1)
}
