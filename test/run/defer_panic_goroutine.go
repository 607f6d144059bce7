// RUN: %gorun %s | FileCheck %s
// A panic in a goroutine runs that goroutine's deferred calls (a recover
// there keeps the program alive); an unrecovered one ends the program
// with exit status 2 even while main waits.
package main

func worker(id int, done chan int) {
	defer func() {
		if r := recover(); r != nil {
			println("worker", id, "recovered", r.(string))
		}
		done <- id
	}()
	if id == 2 {
		panic("bad id")
	}
}

func main() {
	done := make(chan int)
	for i := 1; i <= 3; i++ {
		go worker(i, done)
		<-done
	}
	// CHECK: worker 2 recovered bad id
	go func() {
		defer println("dying goroutine's deferred call")
		var m map[int]int
		m[1] = 1
	}()
	<-done
	// CHECK-NEXT: dying goroutine's deferred call
	// CHECK-NEXT: panic: assignment to entry in nil map
	// CHECK-EMPTY:
	// CHECK-NEXT: goroutine {{[0-9]+}} [running]:
	// CHECK: [exit status 2]
}
