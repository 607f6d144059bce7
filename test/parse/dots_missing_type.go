// RUN: not %golc build -emit-ast %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A variadic parameter needs its element type.
package main

// CHECK: dots_missing_type.go:[[@LINE+1]]:16: syntax error: ... is missing type
func f(args ...) {}
