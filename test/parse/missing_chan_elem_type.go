// RUN: not %golc build -emit-ast %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A channel type needs its element type.
package main

// CHECK: missing_chan_elem_type.go:[[@LINE+1]]:14: syntax error: missing channel element type
func f(c chan) {}

// CHECK: missing_chan_elem_type.go:[[@LINE+1]]:14: syntax error: missing channel element type
var d chan<- = nil
