// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// make(chan T, n) takes at most a buffer size, which must be a valid index;
// a range over a channel yields one value and no index.
package main

func main() {
	// CHECK: chan_make_range.go:[[@LINE+1]]:6: invalid operation: make(chan int, 1, 2) expects 1 or 2 arguments; found 3
	_ = make(chan int, 1, 2)
	// CHECK: chan_make_range.go:[[@LINE+1]]:21: invalid argument: index -1 (constant of type int) must not be negative
	_ = make(chan int, -1)
	// CHECK: chan_make_range.go:[[@LINE+1]]:21: 1.5 (untyped float constant) truncated to int
	_ = make(chan int, 1.5)
	c := make(chan int)
	// CHECK: chan_make_range.go:[[@LINE+1]]:9: range over c (variable of type chan int) permits only one iteration variable
	for k, v := range c {
		_, _ = k, v
	}
	var s chan<- int = c
	// CHECK: chan_make_range.go:[[@LINE+1]]:17: cannot range over s (variable of type chan<- int) (receive from send-only channel)
	for v := range s {
		_ = v
	}
}
