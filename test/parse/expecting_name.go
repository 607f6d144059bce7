// RUN: not %golc build -emit-ast %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// goto needs a label, a var declaration names.
package main

func main() {
	// CHECK: expecting_name.go:[[@LINE+1]]:7: syntax error: unexpected literal 1, expecting name
	goto 1
	// CHECK: expecting_name.go:[[@LINE+1]]:6: syntax error: unexpected literal 2, expecting name
	var 2 int
}
