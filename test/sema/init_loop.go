// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Initialisation cycles, directly or through functions.
package main

// CHECK: init_loop.go:[[@LINE+5]]:5: initialization loop for a
// CHECK-NEXT: {{.*}}init_loop.go:[[@LINE+4]]:5: a refers to
// CHECK-NEXT: {{.*}}init_loop.go:[[@LINE+4]]:5: b refers to
// CHECK-NEXT: {{.*}}init_loop.go:[[@LINE+5]]:6: f refers to
// CHECK-NEXT: {{.*}}init_loop.go:[[@LINE+1]]:5: a
var a = b
var b = f()

func f() int { return a }

// CHECK: init_loop.go:[[@LINE+4]]:7: initialization loop for c1
// CHECK-NEXT: {{.*}}init_loop.go:[[@LINE+3]]:7: c1 refers to
// CHECK-NEXT: {{.*}}init_loop.go:[[@LINE+3]]:7: c2 refers to
// CHECK-NEXT: {{.*}}init_loop.go:[[@LINE+1]]:7: c1
const c1 = c2
const c2 = c1

// CHECK: init_loop.go:[[@LINE+3]]:5: initialization loop for x
// CHECK-NEXT: {{.*}}init_loop.go:[[@LINE+2]]:5: x refers to
// CHECK-NEXT: {{.*}}init_loop.go:[[@LINE+1]]:5: x
var x = x

func main() {
	println(a, c1, x)
}
