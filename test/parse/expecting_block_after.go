// RUN: not %golc build -emit-ast %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// The block of an if or for must start on the line of its header.
package main

func main() {
	// CHECK: expecting_block_after.go:[[@LINE+1]]:6: syntax error: unexpected newline, expecting { after if clause
	if x
	{
	}
	// CHECK: expecting_block_after.go:[[@LINE+1]]:18: syntax error: unexpected newline, expecting { after for clause
	for i := range s
	{
	}
}
