// RUN: not %golc build -emit-ast %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Statements belong in function bodies.
package main

// CHECK: non_decl_outside_func.go:[[@LINE+1]]:1: syntax error: non-declaration statement outside function body
x := 1

func main() {}

// CHECK: non_decl_outside_func.go:[[@LINE+1]]:1: syntax error: non-declaration statement outside function body
import "fmt"
