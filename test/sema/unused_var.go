// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Variables declared and never used (assigning is not using).
package main

func f() (int, int) { return 1, 2 }

func main() {
	// CHECK: unused_var.go:[[@LINE+1]]:2: x declared but not used
	x := 1
	// CHECK: unused_var.go:[[@LINE+1]]:6: y declared but not used
	var y int
	y = 2
	// CHECK: unused_var.go:[[@LINE+1]]:5: b declared but not used
	a, b := f()
	println(a)
	for i := 0; i < 3; i++ {
		// CHECK: unused_var.go:[[@LINE+1]]:3: z declared but not used
		z := i
	}
	// CHECK: unused_var.go:[[@LINE+1]]:5: v declared but not used
	if v := 3; true {
	}
	// CHECK: unused_var.go:[[@LINE+1]]:9: r declared but not used
	for i, r := range "abc" {
		println(i)
	}
}
