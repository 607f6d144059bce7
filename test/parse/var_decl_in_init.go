// RUN: not %golc build -emit-ast %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// The init statement of a header is a simple statement, not a declaration.
package main

func main() {
	// CHECK: var_decl_in_init.go:[[@LINE+1]]:9: syntax error: var declaration not allowed in if initializer
	if var x = 1; x > 0 {
	}
	// CHECK: var_decl_in_init.go:[[@LINE+1]]:10: syntax error: var declaration not allowed in for initializer
	for var i = 0; i < 3; i++ {
	}
}
