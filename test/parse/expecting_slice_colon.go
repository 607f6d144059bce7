// RUN: not %golc build -emit-ast %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Inside `x[...]`: an index, type arguments, or a slice.
package main

func main() {
	// CHECK: expecting_slice_colon.go:[[@LINE+1]]:11: syntax error: unexpected literal 2, expecting comma, : or ]
	x := s[1 2]
}
