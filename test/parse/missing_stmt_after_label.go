// RUN: not %golc build -emit-ast %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A label labels a statement.
package main

func main() {
	switch {
	case true:
	// CHECK: missing_stmt_after_label.go:[[@LINE+1]]:3: syntax error: missing statement after label
	L:
	default:
	}
}
