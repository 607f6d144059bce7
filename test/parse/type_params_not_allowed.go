// RUN: not %golc build -emit-ast %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Only function declarations and types take type parameters.
package main

type T int

// CHECK: type_params_not_allowed.go:[[@LINE+1]]:11: syntax error: method must have no type parameters
func (T) m[P any]() {}

// CHECK: type_params_not_allowed.go:[[@LINE+1]]:11: syntax error: function type must have no type parameters
var f func[P any]()
