// RUN: not %golc build -emit-ast %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A token other than the one the grammar requires: gc names the token it
// found (a name, `literal 1`, `newline`, `comma`, ...) and the one it wanted.
// A `<-` before a channel type makes it receive-only, which a receive-only
// channel cannot be made again, and a send-only one only if its element is a
// channel.
package main

// CHECK: expecting_token.go:[[@LINE+1]]:9: syntax error: unexpected :=, expecting =
const c := 1

// CHECK: expecting_token.go:[[@LINE+1]]:18: syntax error: unexpected int, expecting ]
var m map[string int

func g() {
	// CHECK: expecting_token.go:[[@LINE+1]]:24: syntax error: unexpected <-, expecting chan
	x := make(<-<-chan int)
	// CHECK: expecting_token.go:[[@LINE+1]]:24: syntax error: unexpected int, expecting chan
	y := make(<-chan<- int)
	// CHECK: expecting_token.go:[[@LINE+1]]:13: syntax error: unexpected newline in argument list; possibly missing comma or )
	z := f(a, b
}
