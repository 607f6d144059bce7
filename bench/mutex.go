// bench/mutex: sync.Mutex contention. 8 goroutines (more than the cores, so
// every P has some) each take and release one shared mutex 2,500,000 times
// around an increment; main waits for them on a channel. Measures the
// uncontended fast path, spinning, and the semaphore sleep and wake-up of
// a contended Lock/Unlock.
package main

import "sync"

type counter struct {
	mu sync.Mutex
	n  int
}

func main() {
	const workers, perWorker = 8, 2500000
	var c counter
	done := make(chan bool)
	for w := 0; w < workers; w++ {
		go func() {
			for i := 0; i < perWorker; i++ {
				c.mu.Lock()
				c.n++
				c.mu.Unlock()
			}
			done <- true
		}()
	}
	for w := 0; w < workers; w++ {
		<-done
	}
	println("count", c.n)
}
