// RUN: not %golc build -emit-ast %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A type parameter needs a constraint; the error is at the closing bracket.
package main

// CHECK: missing_type_constraint.go:[[@LINE+1]]:9: syntax error: missing type constraint
func f[T]() {}

// CHECK: missing_type_constraint.go:[[@LINE+1]]:12: syntax error: missing type constraint
type L[P, Q] []P
