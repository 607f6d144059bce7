// RUN: %golc build -o %t %s
// RUN: env GOMAXPROCS=1 %timeout %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=2 %timeout %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=8 %timeout %t 2>&1 | FileCheck %s
// Over 100000 goroutines at a time, in two shapes, repeated:
//   - started and finished: a goroutine starts 100000 that each send their
//     id into one buffered channel, which main drains meanwhile;
//   - a tree of 131071: each goroutine starts two children and reports the
//     size of its subtree to its parent over an unbuffered channel, so
//     tens of thousands are parked at once, waiting for their children.
//
// A lost wake-up leaves main blocked (the timeout, or the deadlock
// report); a lost or repeated goroutine changes the sums.
package main

const n = 100000

func report(id int, out chan<- int) { out <- id }

func tree(depth int, out chan<- int) {
	if depth == 0 {
		out <- 1
		return
	}
	sub := make(chan int)
	go tree(depth-1, sub)
	go tree(depth-1, sub)
	out <- 1 + <-sub + <-sub
}

func main() {
	for round := 0; round < 10; round++ {
		out := make(chan int, 1024)
		go func() {
			for i := 0; i < n; i++ {
				go report(i, out)
			}
		}()
		sum := 0
		for i := 0; i < n; i++ {
			sum += <-out
		}
		println("spawned", sum)
	}
	// CHECK-COUNT-10: spawned 4999950000{{$}}

	for round := 0; round < 5; round++ {
		out := make(chan int)
		go tree(16, out)
		println("tree", <-out)
	}
	// CHECK-COUNT-5: tree 131071{{$}}
	// CHECK-NOT: {{.}}
}
