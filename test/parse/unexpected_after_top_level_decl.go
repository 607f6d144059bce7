// RUN: not %golc build -emit-ast %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A top level declaration ends at a newline or semicolon.
package main

// CHECK: unexpected_after_top_level_decl.go:[[@LINE+1]]:11: syntax error: unexpected y after top level declaration
var x int y

func main() {}
