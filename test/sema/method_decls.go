// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Method declarations gc rejects: a name a field already has, a method
// declared twice, receivers that are not T or *T of a local non-pointer,
// non-interface type.
package main

type T struct{ f int }

// CHECK: method_decls.go:[[@LINE+2]]:12: field and method with the same name f
// CHECK-NEXT: {{.*}}method_decls.go:[[@LINE-3]]:16: other declaration of f
func (t T) f() {}

func (t T) m() {}

// CHECK: method_decls.go:[[@LINE+2]]:13: T.m redeclared in this block
// CHECK-NEXT: {{.*}}method_decls.go:[[@LINE-3]]:12: other declaration of m
func (t *T) m() {}

type P *T

// CHECK: method_decls.go:[[@LINE+1]]:7: invalid receiver type P (pointer or interface type)
func (p P) q() {}

// CHECK: method_decls.go:[[@LINE+1]]:7: cannot define new methods on non-local type int
func (i int) r() {}

// CHECK: method_decls.go:[[@LINE+1]]:7: invalid receiver type **T
func (t **T) s() {}

func main() {
}
