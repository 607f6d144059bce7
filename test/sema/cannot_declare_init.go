// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// init may only be declared as a function.
package main

// CHECK: cannot_declare_init.go:[[@LINE+1]]:5: cannot declare init - must be func
var init = 1

func main() {
}
