// RUN: not %golc build -emit-ast %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Elements of argument lists, composite literals and parameter lists are
// separated by commas.
package main

// CHECK: unexpected_in_list.go:[[@LINE+1]]:14: syntax error: unexpected b in parameter list; possibly missing comma or )
func f(a int b int) {}

func main() {
	// CHECK: unexpected_in_list.go:[[@LINE+1]]:6: syntax error: unexpected b in argument list; possibly missing comma or )
	f(a b)
	// CHECK: unexpected_in_list.go:[[@LINE+1]]:15: syntax error: unexpected literal 2 in composite literal; possibly missing comma or }
	x := []int{1 2}
}
