// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A switch with two default clauses.
package main

func main() {
	x := 1
	switch x {
	default:
	case 1:
	// CHECK: multiple_defaults.go:[[@LINE+1]]:2: multiple defaults (first at {{.*}}multiple_defaults.go:[[@LINE-2]]:2)
	default:
	}
}
