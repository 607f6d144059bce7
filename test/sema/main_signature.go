// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// main and init take no arguments and return nothing.
package main

// CHECK: main_signature.go:[[@LINE+1]]:6: func init must have no arguments and no return values
func init() int { return 1 }

// CHECK: main_signature.go:[[@LINE+1]]:6: func main must have no arguments and no return values
func main(args string) {
}
