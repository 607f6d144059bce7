// RUN: %golc build -o %t %s
// RUN: env GOMAXPROCS=1 timeout 30 %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=2 timeout 30 %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=8 timeout 30 %t 2>&1 | FileCheck %s
// RUN: %gorun --env GOMAXPROCS=2 %s | FileCheck %s
// Large allocations still succeed after 100000 goroutines have parked.
// Each parked stack holds words that point into the stack region (saved
// frame pointers, the g's sched.sp); when that region lay inside the
// collector's plausible heap range, every such word blacklisted a page,
// one in 64 of every address range, no run of 200 clean pages was left for
// an 800 KB slice, and the collector grew the heap forever instead of
// collecting (stack.cpp). First as found: the goroutines park while
// garbage is made, then leave, then one large slice (hung at GOMAXPROCS=2
// about 6 runs in 10, at 8 about 3); then with the goroutines still
// parked across a collection, slices of growing sizes (hung at
// GOMAXPROCS=1 every time). The timeouts turn a hang into a failure
// before gorun's own two minutes.
package main

import "runtime"

const n = 100000

func parked(start <-chan bool, done chan<- bool) {
	<-start
	done <- true
}

type node struct{ next *node }

// park starts n goroutines that wait on start; release lets them finish.
func park() (start, done chan bool) {
	start = make(chan bool)
	done = make(chan bool)
	for i := 0; i < n; i++ {
		go parked(start, done)
	}
	return start, done
}

func release(start, done chan bool) {
	close(start)
	for i := 0; i < n; i++ {
		<-done
	}
}

func main() {
	start, done := park()
	var l *node
	for i := 0; i < 1000000; i++ {
		l = &node{l}
		if i%1000 == 0 {
			l = nil
		}
	}
	release(start, done)
	// CHECK: released
	// CHECK-NEXT: 100000
	println("released")
	big := make([]int, 100000)
	println(len(big))

	start, done = park()
	runtime.Gosched()
	runtime.GC()
	// CHECK-NEXT: 200000
	// CHECK-NEXT: 400000
	// CHECK-NEXT: 800000
	// CHECK-NEXT: 1600000
	// CHECK-NEXT: 3200000
	for size := 200000; size <= 3200000; size *= 2 {
		big := make([]int, size)
		println(len(big))
	}
	release(start, done)
	// CHECK-NEXT: released
	println("released")
}
