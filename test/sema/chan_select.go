// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A select case is a send or a receive, whose value may be assigned; the
// communications are checked as statements, each clause in its own block.
package main

func main() {
	c := make(chan int)
	x := 1
	select {
	// CHECK: chan_select.go:[[@LINE+1]]:7: select case must be send or receive (possibly with assignment)
	case x = 2:
	// CHECK: chan_select.go:[[@LINE+1]]:12: cannot use "a" (untyped string constant) as int value in send
	case c <- "a":
	case v, ok := <-c:
		_, _ = v, ok
	// CHECK: chan_select.go:[[@LINE+1]]:9: invalid operation: cannot receive from non-channel x (variable of type int)
	case <-x:
	default:
	// CHECK: chan_select.go:[[@LINE+1]]:2: multiple defaults (first at {{.*}}chan_select.go:[[@LINE-1]]:2)
	default:
	}
	_ = x
}
