// RUN: env GOLC_STDLIB=%S/Inputs/stdlib not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Imports never referred to.
package main

// CHECK: import_unused.go:[[@LINE+1]]:8: imported and not used: "strings"
import "strings"
// CHECK: import_unused.go:[[@LINE+1]]:8: imported and not used: "os" as foo
import foo "os"
import _ "unsafe"

func main() {
}
