// RUN: not %golc build -emit-tokens %s 2>&1 | FileCheck %s
// A string that the file ends in is reported at its start.
package main

var x = 1

// CHECK: string_not_terminated.go:[[@LINE+1]]:9: string not terminated
var s = "abc\