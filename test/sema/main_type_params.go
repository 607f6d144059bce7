// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// main must not be generic.
package main

// CHECK: main_type_params.go:[[@LINE+1]]:11: func main must have no type parameters
func main[T any]() {
}
