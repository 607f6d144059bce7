// RUN: not %golc build -emit-ast %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A union in a constraint needs a term after each `|`.
package main

type C interface {
	~int |
// CHECK: expecting_term.go:[[@LINE+1]]:1: syntax error: unexpected }, expecting ~ term or type
}
