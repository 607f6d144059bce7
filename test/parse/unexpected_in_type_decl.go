// RUN: not %golc build -emit-ast %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A type declaration needs a type.
package main

// CHECK: unexpected_in_type_decl.go:[[@LINE+1]]:7: syntax error: unexpected newline in type declaration
type T

func main() {}
