// RUN: not %golc build -emit-ast %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A method has exactly one receiver.
package main

type T int

// CHECK: method_multiple_receivers.go:[[@LINE+1]]:15: method has multiple receivers
func (a, b T) m() {}

// CHECK: method_multiple_receivers.go:[[@LINE+1]]:14: method has multiple receivers
func (T, *T) n() {}
