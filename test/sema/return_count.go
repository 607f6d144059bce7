// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Return statements with the wrong number of values.
package main

func two() (int, int) {
	// CHECK: return_count.go:[[@LINE+3]]:9: not enough return values
	// CHECK-NEXT: have (number)
	// CHECK-NEXT: want (int, int)
	return 1
}

func one() int {
	// CHECK: return_count.go:[[@LINE+3]]:12: too many return values
	// CHECK-NEXT: have (number, number)
	// CHECK-NEXT: want (int)
	return 1, 2
}

func none() {
	// CHECK: return_count.go:[[@LINE+3]]:9: too many return values
	// CHECK-NEXT: have (number)
	// CHECK-NEXT: want ()
	return 1
}

func named() (x int) {
	return
}

func bare() int {
	// CHECK: return_count.go:[[@LINE+3]]:2: not enough return values
	// CHECK-NEXT: have ()
	// CHECK-NEXT: want (int)
	return
}

func fromCall() (int, string) {
	// CHECK: return_count.go:[[@LINE+1]]:9: cannot use two() (value of type int) as type string in return statement
	return two()
}

func main() {
	two()
	one()
	none()
	named()
	bare()
	fromCall()
}
