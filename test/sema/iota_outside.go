// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// iota outside a constant declaration.
package main

// CHECK: iota_outside.go:[[@LINE+1]]:9: cannot use iota outside constant declaration
var v = iota

func main() {
	// CHECK: iota_outside.go:[[@LINE+1]]:13: cannot use iota outside constant declaration
	println(v, iota)
}
