// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// golc's types have no fields or methods yet.
package main

type T int

func main() {
	s := "abc"
	var t T
	// CHECK: selector_undefined.go:[[@LINE+1]]:12: s.Len undefined (type string has no field or method Len)
	println(s.Len)
	// CHECK: selector_undefined.go:[[@LINE+1]]:12: t.x undefined (type T has no field or method x)
	println(t.x)
	// CHECK: selector_undefined.go:[[@LINE+1]]:19: len("a").x undefined (type int has no field or method x)
	println(len("a").x)
}
