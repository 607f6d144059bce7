// RUN: not %golc build -emit-ast %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// else takes an if statement or a block.
package main

func main() {
	if x {
	// CHECK: else_must_be_followed.go:[[@LINE+1]]:9: syntax error: else must be followed by if or statement block
	} else for {
	}
}
