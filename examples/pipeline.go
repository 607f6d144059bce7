// pipeline: three stages connected by channels — generate, square, sum —
// and a buffered channel with close and range to finish cleanly.
package main

func generate(n int, out chan<- int) {
	for i := 1; i <= n; i++ {
		out <- i
	}
	close(out)
}

func square(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v * v
	}
	close(out)
}

func sum(in <-chan int, done chan<- int) {
	total := 0
	for v := range in {
		total += v
	}
	done <- total
}

func main() {
	nums := make(chan int, 16)
	squares := make(chan int, 16)
	done := make(chan int)
	go generate(1000, nums)
	go square(nums, squares)
	go sum(squares, done)
	println("sum of squares 1..1000 =", <-done)
}
