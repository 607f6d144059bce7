// RUN: not %golc build -emit-ast %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Every type parameter has a name and a constraint.
package main

// CHECK: type_params_must_be_named.go:[[@LINE+1]]:15: syntax error: type parameters must be named
func f[T any, []int]() {}
