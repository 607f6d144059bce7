// RUN: env GOLC_STDLIB=%S/Inputs/stdlib not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A package-level name that is also an import name.
package main

// CHECK: already_declared_import.go:[[@LINE+1]]:8: imported and not used: "os"
import "os"

// CHECK: already_declared_import.go:[[@LINE+2]]:5: os already declared through import of package os ("os")
// CHECK-NEXT: {{.*}}already_declared_import.go:[[@LINE-3]]:8: other declaration of os
var os = 1

func main() {
	// CHECK: already_declared_import.go:[[@LINE+1]]:10: use of package os not in selector
	println(os)
}
