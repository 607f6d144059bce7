// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Only names can be declared with :=.
package main

func main() {
	s := "abc"
	// CHECK: non_name_define.go:[[@LINE+1]]:2: non-name s[0] on left side of :=
	s[0] := 'x'
	println(s)
}
