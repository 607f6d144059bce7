// RUN: not %golc build -emit-ast %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// `T[]` embedded in an interface: an empty type argument list.
package main

type T interface{}

type I interface {
	// CHECK: empty_type_arg_list.go:[[@LINE+1]]:4: empty type argument list
	T[]
}
