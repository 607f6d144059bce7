// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// main may only be declared as a function, in package main.
package main

// CHECK: cannot_declare_main.go:[[@LINE+1]]:7: cannot declare main - must be func
const main = 1
