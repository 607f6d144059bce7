// RUN: not %golc build -emit-ast %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Brackets after a function name must hold type parameters.
package main

// CHECK: empty_type_param_list.go:[[@LINE+1]]:8: syntax error: empty type parameter list
func f[]() {}
