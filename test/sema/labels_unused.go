// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Labels must be used, and declared once per function.
package main

func main() {
// CHECK: labels_unused.go:[[@LINE+1]]:1: label A defined and not used
A:
	println()
B:
	for {
		continue B
	}
// CHECK: labels_unused.go:[[@LINE+1]]:1: label C defined and not used
C:
	println()
// CHECK: labels_unused.go:[[@LINE+1]]:1: label C already defined at {{.*}}labels_unused.go:[[@LINE-2]]:1
C:
	println()
}

func f() {
// CHECK: labels_unused.go:[[@LINE+1]]:1: label A defined and not used
A: // another function: fine (but unused)
	println()
}
