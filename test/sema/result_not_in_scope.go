// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A bare return where a named result is shadowed.
package main

func f() (x int) {
	{
		x := 2
		println(x)
		// CHECK: result_not_in_scope.go:[[@LINE+2]]:3: result parameter x not in scope at return
		// CHECK-NEXT: {{.*}}result_not_in_scope.go:[[@LINE-3]]:3: inner declaration of var x int
		return
	}
}

func main() {
	println(f())
}
