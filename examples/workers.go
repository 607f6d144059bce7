// workers: a pool of goroutines takes jobs from one channel and sends
// results on another; select multiplexes results and a quit signal.
package main

// collatz returns the number of steps n takes to reach 1.
func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func worker(jobs <-chan int, results chan<- int, quit chan<- bool) {
	for n := range jobs {
		results <- collatz(n)
	}
	quit <- true
}

// feed sends the jobs 1..n, then closes the channel so the workers' range
// loops end.
func feed(jobs chan<- int, n int) {
	for i := 1; i <= n; i++ {
		jobs <- i
	}
	close(jobs)
}

func main() {
	const numWorkers, numJobs = 4, 10000
	jobs := make(chan int, 100)
	results := make(chan int, 100)
	quit := make(chan bool)
	for w := 0; w < numWorkers; w++ {
		go worker(jobs, results, quit)
	}
	go feed(jobs, numJobs)
	total, longest, running := 0, 0, numWorkers
	for running > 0 {
		select {
		case steps := <-results:
			total += steps
			if steps > longest {
				longest = steps
			}
		case <-quit:
			running--
		}
	}
	// Drain what the last workers sent before quitting.
	for len(results) > 0 {
		steps := <-results
		total += steps
		if steps > longest {
			longest = steps
		}
	}
	println("jobs:", numJobs, "total steps:", total, "longest:", longest)
}
