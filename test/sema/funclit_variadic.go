// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Variadic functions: only the final parameter may be `...T`; calls with
// and without `xs...`, with gc's errors.
package main

func sum(xs ...int) int { return len(xs) }
func pre(s string, xs ...int) {}

// CHECK: funclit_variadic.go:[[@LINE+1]]:13: can only use ... with final parameter in list
func bad(xs ...int, y int) {}
func g(x int) {}

func main() {
	xs := []int{1}
	sum()
	sum(1, 2)
	sum(xs...)
	pre("a", xs...)
	// CHECK: funclit_variadic.go:[[@LINE+3]]:9: too many arguments in call to sum
	// CHECK-NEXT: have (number, []int)
	// CHECK-NEXT: want (...int)
	sum(1, xs...)
	// CHECK: funclit_variadic.go:[[@LINE+3]]:6: not enough arguments in call to pre
	// CHECK-NEXT: have ([]int)
	// CHECK-NEXT: want (string, ...int)
	pre(xs...)
	// CHECK: funclit_variadic.go:[[@LINE+1]]:2: cannot use ... in call to non-variadic g
	g(xs...)
	// CHECK: funclit_variadic.go:[[@LINE+1]]:6: cannot use "a" (untyped string constant) as int value in argument to sum
	sum("a")
	// CHECK: funclit_variadic.go:[[@LINE+1]]:6: cannot use []string{} (value of type []string) as type []int in argument to sum
	sum([]string{}...)
	var h func(...int) int = sum
	_ = h(1, 2)
}
