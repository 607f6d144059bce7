// RUN: env GOLC_STDLIB=%S/Inputs/stdlib not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Field selection: gc points out a name that differs only in case, and the
// unexported fields of another package's struct cannot be named, in
// selectors or in literals.
package main

import "mylib"

type P struct{ Name, x int }

func main() {
	var p P
	// CHECK: struct_selector.go:[[@LINE+1]]:8: p.name undefined (type P has no field or method name, but does have Name)
	_ = p.name
	// CHECK: struct_selector.go:[[@LINE+1]]:8: p.X undefined (type P has no field or method X, but does have x)
	_ = p.X
	// CHECK: struct_selector.go:[[@LINE+1]]:8: p.y undefined (type P has no field or method y)
	_ = p.y
	b := mylib.Box{Size: 1}
	// CHECK: struct_selector.go:[[@LINE+1]]:8: b.label undefined (type mylib.Box has no field or method label)
	_ = b.label
	// CHECK: struct_selector.go:[[@LINE+1]]:25: unknown field 'label' in struct literal of type mylib.Box
	_ = mylib.Box{Size: 1, label: "x"}
	// CHECK: struct_selector.go:[[@LINE+1]]:19: implicit assignment to unexported field label in mylib.Box literal
	_ = mylib.Box{1, "x"}
	println(b.Size)
}
