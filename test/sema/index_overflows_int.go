// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Constant indices must fit in an int.
package main

func main() {
	s := "abc"
	// CHECK: index_overflows_int.go:[[@LINE+1]]:12: invalid argument: index uint64(1 << 63) (constant 9223372036854775808 of type uint64) overflows int
	println(s[uint64(1<<63)])
	// CHECK: index_overflows_int.go:[[@LINE+1]]:12: 1 << 70 (untyped int constant 1180591620717411303424) overflows int
	println(s[1<<70])
}
