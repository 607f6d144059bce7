// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Typed values that are not assignable to the target type.
package main

type Celsius float64
type Fahrenheit float64

func f(s string) {}

func g() (int, string) {
	var b byte = 1
	// CHECK: cannot_use_as_type.go:[[@LINE+1]]:12: cannot use b (variable of type byte) as type string in return statement
	return 1, b
}

func main() {
	x := 1
	// CHECK: cannot_use_as_type.go:[[@LINE+1]]:16: cannot use x (variable of type int) as type int64 in variable declaration
	var y int64 = x
	var c Celsius = 1
	// CHECK: cannot_use_as_type.go:[[@LINE+1]]:21: cannot use c (variable of type Celsius) as type Fahrenheit in variable declaration
	var d Fahrenheit = c
	// CHECK: cannot_use_as_type.go:[[@LINE+1]]:4: cannot use x (variable of type int) as type string in argument to f
	f(x)
	var u uint8 = 1
	var v byte = u // byte and uint8 are the same type: fine
	println(y, d, v)
}
