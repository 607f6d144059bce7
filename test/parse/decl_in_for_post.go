// RUN: not %golc build -emit-ast %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// The post statement of a for clause cannot declare variables.
package main

func main() {
	// CHECK: decl_in_for_post.go:[[@LINE+1]]:23: syntax error: cannot declare in post statement of for loop
	for i := 0; i < 3; j := i {
	}
}
