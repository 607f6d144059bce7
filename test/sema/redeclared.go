// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Redeclarations in the package block, a function block, a parameter list.
package main

var g = 1
// CHECK: redeclared.go:[[@LINE+2]]:5: g redeclared in this block
// CHECK-NEXT: {{.*}}redeclared.go:[[@LINE-2]]:5: other declaration of g
var g = 2

const c = 1

// CHECK: redeclared.go:[[@LINE+2]]:6: c redeclared in this block
// CHECK-NEXT: {{.*}}redeclared.go:[[@LINE-3]]:7: other declaration of c
func c() {}

// CHECK: redeclared.go:[[@LINE+2]]:11: a redeclared in this block
// CHECK-NEXT: {{.*}}redeclared.go:[[@LINE+1]]:8: other declaration of a
func f(a, a int) {}

func main() {
	x := 1
	// CHECK: redeclared.go:[[@LINE+2]]:6: x redeclared in this block
	// CHECK-NEXT: {{.*}}redeclared.go:[[@LINE-2]]:2: other declaration of x
	var x int
	println(x)
	{
		var x string // a new block: fine
		println(x)
	}
}
