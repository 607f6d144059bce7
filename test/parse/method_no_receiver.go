// RUN: not %golc build -emit-ast %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// `func ()` with empty parentheses declares a method without receiver.
package main

// CHECK: method_no_receiver.go:[[@LINE+1]]:9: method has no receiver
func () m() {}
