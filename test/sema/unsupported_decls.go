// RUN: env GOLC_STDLIB=%S/Inputs/stdlib not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Declarations outside golc's subset.
package main

// CHECK: unsupported_decls.go:[[@LINE+1]]:8: golc does not support dot imports yet
import . "strings"

// CHECK: unsupported_decls.go:[[@LINE+1]]:9: golc does not support generic functions yet
func id[T any](x T) T { return x }

// CHECK: unsupported_decls.go:[[@LINE+1]]:11: golc does not support generic types yet
type List[T any] int

func main() {
}
