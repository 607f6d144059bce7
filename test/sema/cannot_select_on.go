// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Builtins have no members.
package main

func main() {
	// CHECK: cannot_select_on.go:[[@LINE+1]]:9: cannot select on println (built-in)
	println.x()
}
