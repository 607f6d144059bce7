// RUN: not %golc build -emit-tokens %s 2>&1 | FileCheck %s
// A rune literal that the file ends in is reported at its start.
package main

var x = 1

// CHECK: rune_not_terminated.go:[[@LINE+1]]:9: rune literal not terminated
var r = 'a