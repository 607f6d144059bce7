// RUN: not %golc build -emit-ast %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// The body of a switch or select must follow its header.
package main

func main() {
	// CHECK: missing_brace_after_clause.go:[[@LINE+1]]:18: syntax error: missing { after switch clause
	switch x := 1; x; y {
	}
	// CHECK: missing_brace_after_clause.go:[[@LINE+1]]:9: syntax error: missing { after select clause
	select x {
	}
}
