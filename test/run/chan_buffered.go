// RUN: %gorun %s | FileCheck %s
// A buffered channel between a producer and a consumer: len and cap, close
// and range (which ends when the buffer is drained), and comma-ok receives
// from a closed channel, which yield the zero value and false.
package main

func produce(c chan<- int, n int) {
	for i := 1; i <= n; i++ {
		c <- i * i
	}
	close(c)
}

func main() {
	b := make(chan string, 2)
	b <- "x"
	println(len(b), cap(b)) // CHECK: 1 2
	v, ok := <-b
	println(v, ok) // CHECK-NEXT: x true
	close(b)
	v, ok = <-b
	println(v == "", ok) // CHECK-NEXT: true false

	c := make(chan int, 3)
	go produce(c, 5)
	sum := 0
	for x := range c {
		sum += x
		println("got", x)
	}
	// CHECK-NEXT: got 1
	// CHECK-NEXT: got 4
	// CHECK-NEXT: got 9
	// CHECK-NEXT: got 16
	// CHECK-NEXT: got 25
	println("sum", sum, len(c)) // CHECK-NEXT: sum 55 0
	var nilc chan int
	println(len(nilc), cap(nilc)) // CHECK-NEXT: 0 0
}
