// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Calls with the wrong number of arguments.
package main

func f(a int, b string) {}
func g() {}
func h(a int) int { return a }
func two() (int, int) { return 1, 2 }

func main() {
	// CHECK: argument_count.go:[[@LINE+3]]:2: not enough arguments in call to f
	// CHECK-NEXT: have ()
	// CHECK-NEXT: want (int, string)
	f()
	// CHECK: argument_count.go:[[@LINE+3]]:4: not enough arguments in call to f
	// CHECK-NEXT: have (number)
	// CHECK-NEXT: want (int, string)
	f(1)
	// CHECK: argument_count.go:[[@LINE+3]]:12: too many arguments in call to f
	// CHECK-NEXT: have (number, string, number)
	// CHECK-NEXT: want (int, string)
	f(1, "a", 3.5)
	// CHECK: argument_count.go:[[@LINE+3]]:4: too many arguments in call to g
	// CHECK-NEXT: have (nil)
	// CHECK-NEXT: want ()
	g(nil)
	// CHECK: argument_count.go:[[@LINE+3]]:4: too many arguments in call to h
	// CHECK-NEXT: have (int, int)
	// CHECK-NEXT: want (int)
	h(two())
	// CHECK: argument_count.go:[[@LINE+1]]:4: cannot use two() (value of type int) as type string in argument to f
	f(two())
}
