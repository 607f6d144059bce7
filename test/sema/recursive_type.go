// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Type declarations that refer to themselves without a type constructor.
package main

// CHECK: recursive_type.go:[[@LINE+3]]:6: invalid recursive type T
// CHECK-NEXT: {{.*}}recursive_type.go:[[@LINE+2]]:6: T refers to
// CHECK-NEXT: {{.*}}recursive_type.go:[[@LINE+1]]:6: T
type T T

// CHECK: recursive_type.go:[[@LINE+4]]:6: invalid recursive type U
// CHECK-NEXT: {{.*}}recursive_type.go:[[@LINE+3]]:6: U refers to
// CHECK-NEXT: {{.*}}recursive_type.go:[[@LINE+3]]:6: V refers to
// CHECK-NEXT: {{.*}}recursive_type.go:[[@LINE+1]]:6: U
type U V
type V U

type W int // fine

func main() {
	var t T
	var w W
	println(t, w)
}
