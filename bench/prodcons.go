// bench/prodcons: 4 producers and 4 consumers on one channel buffered for
// 256 values; 20,000,000 values in all. Consumers range over the channel and
// send their sums when it is closed, which main does after every producer
// has said it is finished. Measures buffered send and receive under
// contention on the channel lock, with both sides sometimes blocking.
package main

const (
	producers = 4
	consumers = 4
	perProd   = 5000000
)

func produce(id int, data chan<- int, done chan<- bool) {
	for i := 0; i < perProd; i++ {
		data <- id*perProd + i
	}
	done <- true
}

func consume(data <-chan int, sums chan<- int) {
	sum := 0
	for v := range data {
		sum += v & 0xffff
	}
	sums <- sum
}

func main() {
	data := make(chan int, 256)
	done := make(chan bool)
	sums := make(chan int)
	for i := 0; i < producers; i++ {
		go produce(i, data, done)
	}
	for i := 0; i < consumers; i++ {
		go consume(data, sums)
	}
	for i := 0; i < producers; i++ {
		<-done
	}
	close(data)
	total := 0
	for i := 0; i < consumers; i++ {
		total += <-sums
	}
	println(producers*perProd, "values, sum", total)
}
