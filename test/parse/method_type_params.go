// RUN: not %golc build -emit-ast %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Interface methods cannot be generic.
package main

type I interface {
	// CHECK: method_type_params.go:[[@LINE+1]]:3: interface method must have no type parameters
	m[T any]()
}
