// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Only names can be declared by a range clause.
package main

func main() {
	s := "abc"
	// CHECK: cannot_declare_range.go:[[@LINE+2]]:2: no new variables on left side of :=
	// CHECK: cannot_declare_range.go:[[@LINE+1]]:6: cannot declare s[0]
	for s[0] := range s {
	}
}
