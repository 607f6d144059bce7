// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// An inherited constant initialiser list longer than the names.
package main

const (
	a, b = 1, 2
	// CHECK: extra_init_expr_inherited.go:[[@LINE+1]]:2: extra init expr at {{.*}}extra_init_expr_inherited.go:[[@LINE-1]]:12
	c
)

func main() {
	println(a, b, c)
}
