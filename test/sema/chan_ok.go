// RUN: %golc build -emit-llvm -o %t %s 2>&1 | count 0
// Well-typed channel code: directional conversions on assignment, comma-ok
// receives, receive statements, len/cap, close, range, go statements and
// select: sema reports nothing.
package main

type C chan int

func producer(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func main() {
	c := make(chan int, 4)
	var named C = make(chan int)
	go producer(c, 3)
	var in <-chan int = c
	v, ok := <-in
	var w, ok2 = <-c
	<-c
	for x := range in {
		println(x)
	}
	println(v, ok, w, ok2, len(c), cap(c), len(in), named == nil)
	var cc chan (<-chan int)
	_ = cc
	select {
	case c <- 1:
	case x, ok := <-c:
		println(x, ok)
	case v = <-in:
	case <-c:
	default:
	}
}
