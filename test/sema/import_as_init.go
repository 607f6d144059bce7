// RUN: env GOLC_STDLIB=%S/Inputs/stdlib not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A package cannot be imported as init.
package main

// CHECK: import_as_init.go:[[@LINE+1]]:8: cannot import package as init - init must be a func
import init "os"

func main() {
}
