// RUN: not %golc build -emit-ast %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Parameters are all named or all unnamed; the error points at the first
// parameter that breaks the rule (for a function type, as gc places it, at
// its parameter list).
package main

// CHECK: mixed_named_params.go:[[@LINE+1]]:15: syntax error: mixed named and unnamed parameters
func f(a int, string) {}

// CHECK: mixed_named_params.go:[[@LINE+1]]:18: syntax error: mixed named and unnamed parameters
func g(a, b int, []string) {}

// CHECK: mixed_named_params.go:[[@LINE+1]]:12: syntax error: mixed named and unnamed parameters
func h(func(int) bool, x, y int) {}
