// RUN: not %golc build -emit-ast %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A function body's `{` must be on the line of the signature: a newline
// there ends a declaration without body.
package main

func main()
// CHECK: newline_before_brace.go:[[@LINE+1]]:1: syntax error: unexpected semicolon or newline before {
{
}
