// RUN: not %golc build -emit-ast %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// An array length is one expression, without a trailing comma.
package main

// CHECK: trailing_comma_in_array_len.go:[[@LINE+1]]:9: syntax error: unexpected comma; expecting ]
var a [3,]int
