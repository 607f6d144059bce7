// RUN: %golc build -o %t %s
// RUN: env GOMAXPROCS=1 timeout 20 %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=2 timeout 20 %t 2>&1 | FileCheck %s
// RUN: %gorun --env GOMAXPROCS=1 %s | FileCheck %s
// Two goroutines that hand off to each other through unbuffered channels
// do not starve the others. Each hand-off readies the partner into the P's
// runnext, where it inherits the time slice; with one P, before time
// slices ended (after 10 ms, whatever runnext holds), the pair kept the P
// forever and the third goroutine never ran (the timeout kills the
// program). The same holds for a goroutine waiting in the global queue,
// as a goroutine that called Gosched does. (The timed runs come first:
// gorun's own time limit is two minutes.)
package main

import "runtime"

func echo(ping chan bool) {
	for {
		<-ping
		ping <- true
	}
}

// pingUntil plays ping-pong with an echo goroutine until done is ready.
func pingUntil(ping, done chan bool) {
	for {
		select {
		case <-done:
			return
		default:
		}
		ping <- true
		<-ping
	}
}

func main() {
	done := make(chan bool, 1)
	go func() { done <- true }()
	ping := make(chan bool)
	go echo(ping)
	pingUntil(ping, done)
	// CHECK: the third goroutine ran
	println("the third goroutine ran")

	go func() {
		runtime.Gosched()
		done <- true
	}()
	pingUntil(ping, done)
	// CHECK-NEXT: the goroutine that yielded ran
	println("the goroutine that yielded ran")
}
