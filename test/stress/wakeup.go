// RUN: %golc build -o %t %s
// RUN: env GOMAXPROCS=1 %timeout %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=2 %timeout %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=8 %timeout %t 2>&1 | FileCheck %s
// Goroutines that block and unblock on channels many times, where a lost
// wake-up (a parked goroutine that a send, receive or close should have
// made runnable, and did not) leaves the program blocked: the timeout
// kills it, or the runtime reports a deadlock. Lost or repeated values
// change the sums.
//   - ring: 1000 goroutines pass a token around a ring of unbuffered
//     channels, 1000 laps;
//   - ping-pong: 200 pairs, 5000 round trips each, unbuffered;
//   - barrier: 100 workers meet a coordinator 2000 times, each round's
//     arrivals and releases all on unbuffered channels;
//   - lock: 100 goroutines take turns through a channel of capacity 1
//     used as a mutex, 10000 times each, around a shared counter;
//   - broadcast: 1000 goroutines park on one channel that is then closed,
//     100 times.
package main

func ringNode(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v + 1
	}
	close(out)
}

func ring(nodes, laps int) int {
	first := make(chan int)
	in := first
	for i := 0; i < nodes; i++ {
		out := make(chan int)
		go ringNode(in, out)
		in = out
	}
	v := 0
	for lap := 0; lap < laps; lap++ {
		first <- v
		v = <-in
	}
	close(first)
	for range in {
	}
	return v
}

func player(in <-chan int, out chan<- int, done chan<- int) {
	n := 0
	for v := range in {
		n++
		out <- v + 1
	}
	done <- n
}

func pingpong(pairs, trips int) int {
	done := make(chan int)
	for p := 0; p < pairs; p++ {
		ping, pong := make(chan int), make(chan int)
		go player(ping, pong, done)
		go func(p int) {
			v := 0
			for t := 0; t < trips; t++ {
				ping <- v
				v = <-pong
			}
			close(ping)
			done <- v
		}(p)
	}
	total := 0
	for i := 0; i < 2*pairs; i++ {
		total += <-done
	}
	return total
}

func worker(id int, arrive chan<- int, release <-chan bool, rounds int) {
	for r := 0; r < rounds; r++ {
		arrive <- id
		<-release
	}
}

func barrier(workers, rounds int) int {
	arrive := make(chan int)
	releases := make([]chan bool, workers)
	for i := range releases {
		releases[i] = make(chan bool)
		go worker(i, arrive, releases[i], rounds)
	}
	sum := 0
	for r := 0; r < rounds; r++ {
		for i := 0; i < workers; i++ {
			sum += <-arrive
		}
		for _, c := range releases {
			c <- true
		}
	}
	return sum
}

var counter int

func locker(mu chan bool, n int, done chan<- bool) {
	for i := 0; i < n; i++ {
		mu <- true
		counter++
		<-mu
	}
	done <- true
}

func lock(goroutines, n int) int {
	counter = 0
	mu := make(chan bool, 1)
	done := make(chan bool)
	for i := 0; i < goroutines; i++ {
		go locker(mu, n, done)
	}
	for i := 0; i < goroutines; i++ {
		<-done
	}
	return counter
}

func waiter(start <-chan bool, done chan<- int, id int) {
	_, ok := <-start
	if !ok {
		done <- id
	}
}

func broadcast(goroutines, rounds int) int {
	sum := 0
	for r := 0; r < rounds; r++ {
		start := make(chan bool)
		done := make(chan int)
		for i := 0; i < goroutines; i++ {
			go waiter(start, done, i)
		}
		close(start)
		for i := 0; i < goroutines; i++ {
			sum += <-done
		}
	}
	return sum
}

func main() {
	println("ring", ring(1000, 1000))          // CHECK: ring 1000000
	println("pingpong", pingpong(200, 5000))   // CHECK-NEXT: pingpong 2000000
	println("barrier", barrier(100, 2000))     // CHECK-NEXT: barrier 9900000
	println("lock", lock(100, 10000))          // CHECK-NEXT: lock 1000000
	println("broadcast", broadcast(1000, 100)) // CHECK-NEXT: broadcast 49950000
}
