// RUN: not %golc build -emit-ast %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A struct holds field declarations and embedded types.
package main

type T struct {
	// CHECK: expecting_field.go:[[@LINE+1]]:2: syntax error: unexpected literal 1, expecting field name or embedded type
	1
}
