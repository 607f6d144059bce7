// RUN: not %golc build -emit-tokens %s 2>&1 | FileCheck %s
// An interpreted string may not span lines; raw strings may.
package main

// CHECK: newline_in_string.go:[[@LINE+1]]:13: newline in string
var x = "abc
var y = `abc
def`
