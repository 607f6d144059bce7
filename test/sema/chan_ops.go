// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Channel operations are checked against the direction of the channel's
// type, with gc's messages naming the operand.
package main

func main() {
	var r <-chan int
	var s chan<- int
	var c chan int
	x := 1
	// CHECK: chan_ops.go:[[@LINE+1]]:2: invalid operation: cannot send to receive-only channel r (variable of type <-chan int)
	r <- 1
	// CHECK: chan_ops.go:[[@LINE+1]]:8: invalid operation: cannot receive from send-only channel s (variable of type chan<- int)
	_ = <-s
	// CHECK: chan_ops.go:[[@LINE+1]]:2: invalid operation: cannot send to non-channel x (variable of type int)
	x <- 1
	// CHECK: chan_ops.go:[[@LINE+1]]:7: cannot use "a" (untyped string constant) as int value in send
	c <- "a"
	// CHECK: chan_ops.go:[[@LINE+1]]:8: invalid operation: cannot close receive-only channel r (variable of type <-chan int)
	close(r)
	// CHECK: chan_ops.go:[[@LINE+1]]:8: invalid operation: cannot close non-channel x (variable of type int)
	close(x)
	// CHECK: chan_ops.go:[[@LINE+1]]:2: invalid operation: too many arguments for close(c, c) (expected 1, found 2)
	close(c, c)
	// CHECK: chan_ops.go:[[@LINE+1]]:10: invalid argument: x (variable of type int) for cap
	_ = cap(x)
	// CHECK: chan_ops.go:[[@LINE+1]]:30: cannot use s (variable of type chan<- int) as type <-chan int in assignment
	var r2 <-chan int = c; r2 = s
	_ = r2
}
