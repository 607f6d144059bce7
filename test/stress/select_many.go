// RUN: %golc build -o %t %s
// RUN: env GOMAXPROCS=1 %timeout %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=2 %timeout %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=8 %timeout %t 2>&1 | FileCheck %s
// select over many channels, repeated:
//   - fan-in: 16 producers, one per channel (capacities 0 to 3), and one
//     consumer whose select has 16 receive cases; each channel's values
//     must arrive in the order they were sent;
//   - shared: 4 consumers select over the same 16 channels at once;
//   - fan-out: one producer whose select has 8 send cases, 8 receivers;
//   - both sides: selects that send meet selects that receive, on the
//     same 4 unbuffered channels, so that neither side is ever parked in
//     a plain send or receive.
package main

const perChan = 2000

func producer(c chan<- int, id int) {
	for i := 1; i <= perChan; i++ {
		c <- id*perChan + i
	}
	close(c)
}

func makeChans() []chan int {
	cs := make([]chan int, 16)
	for i := range cs {
		cs[i] = make(chan int, i%4)
	}
	return cs
}

// recv16 receives from one of the 16 channels: its index, the value and
// whether it came from a send. A nil channel's case is never ready.
func recv16(cs []chan int) (int, int, bool) {
	select {
	case v, ok := <-cs[0]:
		return 0, v, ok
	case v, ok := <-cs[1]:
		return 1, v, ok
	case v, ok := <-cs[2]:
		return 2, v, ok
	case v, ok := <-cs[3]:
		return 3, v, ok
	case v, ok := <-cs[4]:
		return 4, v, ok
	case v, ok := <-cs[5]:
		return 5, v, ok
	case v, ok := <-cs[6]:
		return 6, v, ok
	case v, ok := <-cs[7]:
		return 7, v, ok
	case v, ok := <-cs[8]:
		return 8, v, ok
	case v, ok := <-cs[9]:
		return 9, v, ok
	case v, ok := <-cs[10]:
		return 10, v, ok
	case v, ok := <-cs[11]:
		return 11, v, ok
	case v, ok := <-cs[12]:
		return 12, v, ok
	case v, ok := <-cs[13]:
		return 13, v, ok
	case v, ok := <-cs[14]:
		return 14, v, ok
	case v, ok := <-cs[15]:
		return 15, v, ok
	}
}

// fanIn returns the number of values received and how many arrived out
// of order.
func fanIn() (int, int) {
	cs := makeChans()
	for i, c := range cs {
		go producer(c, i)
	}
	last := make([]int, 16)
	n, disorder, open := 0, 0, 16
	for open > 0 {
		i, v, ok := recv16(cs)
		if !ok {
			cs[i] = nil
			open--
			continue
		}
		if v != i*perChan+last[i]+1 {
			disorder++
		}
		last[i]++
		n++
	}
	return n, disorder
}

func sharedConsumer(cs []chan int, out chan<- int) {
	mine := make([]chan int, len(cs))
	copy(mine, cs)
	sum, open := 0, len(mine)
	for open > 0 {
		i, v, ok := recv16(mine)
		if !ok {
			mine[i] = nil
			open--
			continue
		}
		sum += v
	}
	out <- sum
}

func shared() int {
	cs := makeChans()
	out := make(chan int)
	for k := 0; k < 4; k++ {
		go sharedConsumer(cs, out)
	}
	for i, c := range cs {
		go producer(c, i)
	}
	sum := 0
	for k := 0; k < 4; k++ {
		sum += <-out
	}
	return sum
}

func drainInto(c <-chan int, out chan<- int) {
	sum := 0
	for v := range c {
		sum += v
	}
	out <- sum
}

func fanOut(n int) int {
	cs := make([]chan int, 8)
	out := make(chan int)
	for i := range cs {
		cs[i] = make(chan int, i%2)
		go drainInto(cs[i], out)
	}
	for v := 1; v <= n; v++ {
		select {
		case cs[0] <- v:
		case cs[1] <- v:
		case cs[2] <- v:
		case cs[3] <- v:
		case cs[4] <- v:
		case cs[5] <- v:
		case cs[6] <- v:
		case cs[7] <- v:
		}
	}
	for _, c := range cs {
		close(c)
	}
	sum := 0
	for range cs {
		sum += <-out
	}
	return sum
}

func selectSender(a, b, c, d chan<- int, n int, done chan<- bool) {
	for v := 1; v <= n; v++ {
		select {
		case a <- v:
		case b <- v:
		case c <- v:
		case d <- v:
		}
	}
	done <- true
}

func selectReceiver(a, b, c, d <-chan int, stop <-chan bool, out chan<- int) {
	sum := 0
	for {
		select {
		case v := <-a:
			sum += v
		case v := <-b:
			sum += v
		case v := <-c:
			sum += v
		case v := <-d:
			sum += v
		case <-stop:
			out <- sum
			return
		}
	}
}

func bothSides(n int) int {
	a, b, c, d := make(chan int), make(chan int), make(chan int), make(chan int)
	done := make(chan bool)
	stop := make(chan bool)
	out := make(chan int)
	for k := 0; k < 3; k++ {
		go selectSender(a, b, c, d, n, done)
		go selectReceiver(a, b, c, d, stop, out)
	}
	for k := 0; k < 3; k++ {
		<-done
	}
	// Every send has completed, so every value has been received.
	close(stop)
	sum := 0
	for k := 0; k < 3; k++ {
		sum += <-out
	}
	return sum
}

func main() {
	bad := 0
	for round := 0; round < 20; round++ {
		n, disorder := fanIn()
		if n != 16*perChan || disorder != 0 {
			if bad++; bad <= 3 {
				println("fan-in", round, n, disorder)
			}
		}
	}
	println("fan-in bad rounds", bad) // CHECK: fan-in bad rounds 0

	bad = 0
	for round := 0; round < 20; round++ {
		// The sum of 1 .. 16*perChan.
		if sum := shared(); sum != 16*perChan*(16*perChan+1)/2 {
			if bad++; bad <= 3 {
				println("shared", round, sum)
			}
		}
	}
	println("shared bad rounds", bad) // CHECK-NEXT: shared bad rounds 0

	bad = 0
	for round := 0; round < 20; round++ {
		if sum := fanOut(10000); sum != 50005000 {
			if bad++; bad <= 3 {
				println("fan-out", round, sum)
			}
		}
	}
	println("fan-out bad rounds", bad) // CHECK-NEXT: fan-out bad rounds 0

	bad = 0
	for round := 0; round < 20; round++ {
		if sum := bothSides(3000); sum != 3*4501500 {
			if bad++; bad <= 3 {
				println("both sides", round, sum)
			}
		}
	}
	println("both sides bad rounds", bad) // CHECK-NEXT: both sides bad rounds 0
}
