// RUN: not %golc build -emit-ast %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// An import names a package by its path.
package main

// CHECK: missing_import_path.go:[[@LINE+1]]:11: syntax error: missing import path
import fmt

func main() {}
