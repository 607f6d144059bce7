// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// golc's subset ranges over strings.
package main

func main() {
	x := 1
	// CHECK: cannot_range.go:[[@LINE+1]]:17: cannot range over x (variable of type int)
	for i := range x {
		println(i)
	}
	// CHECK: cannot_range.go:[[@LINE+1]]:12: cannot range over 10 (untyped int constant)
	for range 10 {
	}
	for i, r := range "héllo" { // fine: byte index, rune value
		println(i, r)
	}
}
