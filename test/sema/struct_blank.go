// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Blank fields cannot be named; an embedded field is placed where its type
// starts; only struct types have literals; a struct with a bad field stays
// a struct whose other fields can be used.
package main

type T struct {
	// CHECK: struct_blank.go:[[@LINE+1]]:2: undefined: x
	x
	_ int
	_ string
	y int
}

// CHECK: struct_blank.go:[[@LINE+2]]:19: T redeclared
// CHECK-NEXT: {{.*}}struct_blank.go:[[@LINE+1]]:16: other declaration of T
type U struct{ T; *T }

type PT *T

func main() {
	var n PT
	// CHECK: struct_blank.go:[[@LINE+1]]:8: n._ undefined (type PT has no field or method _)
	_ = n._
	// CHECK: struct_blank.go:[[@LINE+1]]:8: unknown field '_' in struct literal of type T
	_ = T{_: 1}
	// CHECK: struct_blank.go:[[@LINE+1]]:6: invalid composite literal type PT
	_ = PT{}
	_ = T{y: 1}.y + n.y
}
