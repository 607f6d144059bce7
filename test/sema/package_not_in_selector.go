// RUN: env GOLC_STDLIB=%S/Inputs/stdlib not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A package name alone is not a value.
package main

// CHECK: package_not_in_selector.go:[[@LINE+1]]:8: imported and not used: "os"
import "os"

func main() {
	// CHECK: package_not_in_selector.go:[[@LINE+1]]:7: use of package os not in selector
	x := os
	println(x)
}
