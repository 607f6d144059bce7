// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Struct type declarations: unique field names, no embedded pointer types,
// and no type that contains itself.
package main

type R struct {
	a int
	// CHECK: struct_types.go:[[@LINE+2]]:2: a redeclared
	// CHECK-NEXT: {{.*}}struct_types.go:[[@LINE-2]]:2: other declaration of a
	a string
}

type IP *int

// CHECK: struct_types.go:[[@LINE+1]]:16: embedded field type cannot be a pointer
type A struct{ IP }

// CHECK: struct_types.go:[[@LINE+1]]:16: embedded field type cannot be a pointer
type B struct{ *IP }

// CHECK: struct_types.go:[[@LINE+3]]:6: invalid recursive type T
// CHECK-NEXT: {{.*}}struct_types.go:[[@LINE+2]]:6: T refers to
// CHECK-NEXT: {{.*}}struct_types.go:[[@LINE+1]]:6: T
type T struct{ t T }

// CHECK: struct_types.go:[[@LINE+4]]:6: invalid recursive type U
// CHECK-NEXT: {{.*}}struct_types.go:[[@LINE+3]]:6: U refers to
// CHECK-NEXT: {{.*}}struct_types.go:[[@LINE+3]]:6: V refers to
// CHECK-NEXT: {{.*}}struct_types.go:[[@LINE+1]]:6: U
type U struct{ v V }
type V struct{ u U }

// A pointer breaks the cycle.
type W struct{ *W }

type S struct {
	P
	Q
}
type P struct{ f int }
type Q struct{ f int }

func main() {
	var s S
	// CHECK: struct_types.go:[[@LINE+1]]:8: ambiguous selector s.f
	_ = s.f
	// CHECK: struct_types.go:[[@LINE+1]]:8: S.P undefined (type S has no method P)
	_ = S.P
}
