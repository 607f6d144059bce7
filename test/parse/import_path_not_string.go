// RUN: not %golc build -emit-ast %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// An import path is a string literal.
package main

// CHECK: import_path_not_string.go:[[@LINE+1]]:10: syntax error: import path must be a string
import 42

func main() {}
