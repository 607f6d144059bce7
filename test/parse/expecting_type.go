// RUN: not %golc build -emit-ast %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A type must follow `[]` or `map[K]`.
package main

// CHECK: expecting_type.go:[[@LINE+1]]:9: syntax error: unexpected newline, expecting type
var a []

// CHECK: expecting_type.go:[[@LINE+1]]:18: syntax error: unexpected newline, expecting type
var m map[string]

func main() {}
