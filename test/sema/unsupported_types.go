// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Composite types come with later issues: each is reported where it is
// written, and values of such types cause no follow-on errors.
package main

// CHECK: unsupported_types.go:[[@LINE+1]]:8: golc does not support interfaces yet
type T interface{}

func main() {
	// CHECK: unsupported_types.go:[[@LINE+1]]:9: golc does not support interfaces yet
	var p *interface{}
	// CHECK: unsupported_types.go:[[@LINE+1]]:11: golc does not support interfaces yet
	var a [3]interface{}
	// CHECK: unsupported_types.go:[[@LINE+1]]:10: golc does not support interfaces yet
	var s []interface{ M() }
	// CHECK: unsupported_types.go:[[@LINE+1]]:13: golc does not support interfaces yet
	var f func(interface{}) int
	// CHECK: unsupported_types.go:[[@LINE+1]]:8: golc does not support interfaces yet
	var i interface{}
	var t T
	println(p, a[0], s, f, i, t.x, t+1)
}
