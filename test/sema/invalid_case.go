// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Case values that cannot be compared with the tag.
package main

func main() {
	x := 1
	s := "a"
	var y int64 = 1
	switch x {
	// CHECK: invalid_case.go:[[@LINE+1]]:7: invalid case s in switch on x (mismatched types string and int)
	case s:
	// CHECK: invalid_case.go:[[@LINE+1]]:7: invalid case y in switch on x (mismatched types int64 and int)
	case y:
	}
	switch {
	// CHECK: invalid_case.go:[[@LINE+1]]:7: invalid case x in switch on true (mismatched types int and bool)
	case x:
	case s == "a": // fine
	}
}
