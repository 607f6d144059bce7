// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Only names can be declared by a range clause. (gc also reports "no new
// variables" at column 2 of the same line; golc reports one error per line.)
package main

func main() {
	s := "abc"
	// CHECK: cannot_declare_range.go:[[@LINE+1]]:6: cannot declare s[0]
	for s[0] := range s {
	}
}
