// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Names that are declared nowhere.
package main

func main() {
	// CHECK: undefined.go:[[@LINE+1]]:2: undefined: y
	y = 1
	// CHECK: undefined.go:[[@LINE+1]]:10: undefined: z
	println(z)
	// CHECK: undefined.go:[[@LINE+1]]:8: undefined: unknownType
	var t unknownType
	_ = t
	// CHECK: undefined.go:[[@LINE+1]]:2: undefined: undefinedFunc
	undefinedFunc(1)
}
