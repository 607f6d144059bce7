// RUN: env GOLC_STDLIB=%S/Inputs/stdlib not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Qualified identifiers: only the exported names of an imported package.
package main

import "mylib"

func main() {
	var c mylib.Celsius = mylib.Answer
	println(mylib.Double(2), mylib.Name, c)
	// CHECK: import_qualified.go:[[@LINE+1]]:16: undefined: mylib.hidden
	println(mylib.hidden())
	// CHECK: import_qualified.go:[[@LINE+1]]:16: undefined: mylib.Nope
	println(mylib.Nope)
	// CHECK: import_qualified.go:[[@LINE+1]]:18: cannot use c (variable of type mylib.Celsius) as type float64 in variable declaration
	var f float64 = c
	println(f)
}
