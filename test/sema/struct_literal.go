// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Struct literals: keyed or positional, never both; every field exactly once.
package main

type P struct{ x, y int }

func main() {
	// CHECK: struct_literal.go:[[@LINE+1]]:9: too few values in P{…}
	_ = P{1}
	// CHECK: struct_literal.go:[[@LINE+1]]:14: mixture of field:value and value elements in struct literal
	_ = P{x: 1, 2}
	// CHECK: struct_literal.go:[[@LINE+1]]:12: mixture of field:value and value elements in struct literal
	_ = P{1, y: 2}
	// CHECK: struct_literal.go:[[@LINE+1]]:8: unknown field 'z' in struct literal of type P
	_ = P{z: 1}
	// CHECK: struct_literal.go:[[@LINE+1]]:15: duplicate field name x in struct literal
	_ = P{x: 1, x: 2}
	// CHECK: struct_literal.go:[[@LINE+1]]:14: too many values in P{…}
	_ = P{1, 2, 3}
	// CHECK: struct_literal.go:[[@LINE+1]]:8: cannot use "a" (untyped string constant) as int value in struct literal
	_ = P{"a", 2}
	// CHECK: struct_literal.go:[[@LINE+1]]:11: cannot use "s" (untyped string constant) as int value in struct literal
	_ = P{x: "s"}
	// CHECK: struct_literal.go:[[@LINE+1]]:6: invalid composite literal type int
	_ = int{1}
}
