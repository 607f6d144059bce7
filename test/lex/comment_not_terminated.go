// RUN: not %golc build -emit-tokens %s 2>&1 | FileCheck %s
// A general comment that the file ends in is reported at its start.
package main

var x = 1

// CHECK: comment_not_terminated.go:[[@LINE+1]]:11: comment not terminated
var y = 1 /* abc
def
