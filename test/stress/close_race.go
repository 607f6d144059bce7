// RUN: %golc build -o %t %s
// RUN: env GOMAXPROCS=1 %timeout %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=2 %timeout %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=8 %timeout %t 2>&1 | FileCheck %s
// close racing with receivers. No send can meet a closed channel (that
// panics, and there is no recover to test it with): a channel is closed
// only once its senders are done, but while its receivers are parked in
// it, arriving at it, or selecting on it. Every element must be received
// exactly once, and every receiver must see the close (a lost wake-up
// leaves one parked: the timeout, or the runtime's deadlock report).
//   - drain: 8 senders, 6 receivers (range loops, `v, ok := <-c` loops,
//     selects), a closer that waits for the senders; 5000 rounds for each
//     of the capacities 0, 1 and 8;
//   - merge: one goroutine selects over 4 channels, each closed by its
//     producer, and disables each (sets it to nil) when it sees it closed;
//     10000 rounds;
//   - quit: workers select on a data channel and a quit channel; each
//     reports when it sees data closed, then waits in a select that only
//     the close of quit can end; 5000 rounds.
//
// A wrong round prints its tally (the first few only).
package main

const (
	senders   = 8
	perSender = 50
	receivers = 6
)

type tally struct{ n, sum int }

func send(c chan<- int, base int, done chan<- bool) {
	for i := 1; i <= perSender; i++ {
		c <- base + i
	}
	done <- true
}

func closer(c chan int, done <-chan bool) {
	for i := 0; i < senders; i++ {
		<-done
	}
	close(c)
}

func rangeRecv(c <-chan int, out chan<- tally) {
	var t tally
	for v := range c {
		t.n++
		t.sum += v
	}
	out <- t
}

func okRecv(c <-chan int, out chan<- tally) {
	var t tally
	for {
		v, ok := <-c
		if !ok {
			break
		}
		t.n++
		t.sum += v
	}
	out <- t
}

func selectRecv(c <-chan int, never <-chan int, out chan<- tally) {
	var t tally
	for {
		select {
		case v, ok := <-c:
			if !ok {
				out <- t
				return
			}
			t.n++
			t.sum += v
		case <-never:
			panic("never is never ready")
		}
	}
}

func drain(size int) tally {
	c := make(chan int, size)
	done := make(chan bool)
	out := make(chan tally)
	never := make(chan int)
	for r := 0; r < receivers; r++ {
		switch r % 3 {
		case 0:
			go rangeRecv(c, out)
		case 1:
			go okRecv(c, out)
		default:
			go selectRecv(c, never, out)
		}
	}
	for s := 0; s < senders; s++ {
		go send(c, s*1000, done)
	}
	go closer(c, done)
	var total tally
	for r := 0; r < receivers; r++ {
		t := <-out
		total.n += t.n
		total.sum += t.sum
	}
	return total
}

func produce(c chan<- int, base, n int) {
	for i := 1; i <= n; i++ {
		c <- base + i
	}
	close(c)
}

func merge() tally {
	a, b, c, d := make(chan int), make(chan int, 1), make(chan int), make(chan int, 4)
	go produce(a, 0, 10)
	go produce(b, 100, 20)
	go produce(c, 200, 30)
	go produce(d, 300, 40)
	var t tally
	for a != nil || b != nil || c != nil || d != nil {
		var v int
		var ok bool
		select {
		case v, ok = <-a:
			if !ok {
				a = nil
			}
		case v, ok = <-b:
			if !ok {
				b = nil
			}
		case v, ok = <-c:
			if !ok {
				c = nil
			}
		case v, ok = <-d:
			if !ok {
				d = nil
			}
		}
		if ok {
			t.n++
			t.sum += v
		}
	}
	return t
}

func quitWorker(data <-chan int, quit <-chan bool, out chan<- tally, exited chan<- bool) {
	var t tally
	for {
		select {
		case v, ok := <-data:
			if !ok {
				out <- t
				data = nil // from now on only quit can be ready
				continue
			}
			t.n++
			t.sum += v
		case <-quit:
			exited <- true
			return
		}
	}
}

func quitRound() tally {
	data := make(chan int)
	quit := make(chan bool)
	out := make(chan tally)
	exited := make(chan bool)
	done := make(chan bool)
	for r := 0; r < receivers; r++ {
		go quitWorker(data, quit, out, exited)
	}
	for s := 0; s < senders; s++ {
		go send(data, s*1000, done)
	}
	go closer(data, done)
	var total tally
	for r := 0; r < receivers; r++ {
		t := <-out
		total.n += t.n
		total.sum += t.sum
	}
	close(quit)
	for r := 0; r < receivers; r++ {
		<-exited
	}
	return total
}

func main() {
	// Each round: 400 elements summing to 8*1275 + 50*28000.
	for _, size := range []int{0, 1, 8} {
		bad := 0
		for round := 0; round < 5000; round++ {
			if t := drain(size); t.n != 400 || t.sum != 1410200 {
				if bad++; bad <= 3 {
					println("drain", size, round, t.n, t.sum)
				}
			}
		}
		println("drain", size, "bad rounds", bad)
	}
	// CHECK: drain 0 bad rounds 0
	// CHECK-NEXT: drain 1 bad rounds 0
	// CHECK-NEXT: drain 8 bad rounds 0

	bad := 0
	for round := 0; round < 10000; round++ {
		if t := merge(); t.n != 100 || t.sum != 21550 {
			if bad++; bad <= 3 {
				println("merge", round, t.n, t.sum)
			}
		}
	}
	println("merge bad rounds", bad) // CHECK-NEXT: merge bad rounds 0

	bad = 0
	for round := 0; round < 5000; round++ {
		if t := quitRound(); t.n != 400 || t.sum != 1410200 {
			if bad++; bad <= 3 {
				println("quit", round, t.n, t.sum)
			}
		}
	}
	println("quit bad rounds", bad) // CHECK-NEXT: quit bad rounds 0
}
