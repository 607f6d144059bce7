// RUN: %gorun %s | FileCheck %s
// Package sync: a Mutex and an RWMutex guarding shared state across many
// goroutines, WaitGroup, Once, Cond (Signal and Broadcast), Map and Pool.
package main

import (
	"fmt"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *counter) inc(key string) {
	c.mu.Lock()
	c.n[key]++
	c.mu.Unlock()
}

func main() {
	c := counter{n: map[string]int{}}
	var wg sync.WaitGroup
	for g := 0; g < 50; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				c.inc([]string{"a", "b"}[i%2])
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(c.n) // CHECK: map[a:25000 b:25000]

	var rw sync.RWMutex
	shared := 0
	var readers sync.WaitGroup
	for g := 0; g < 20; g++ {
		readers.Add(2)
		go func() {
			rw.Lock()
			shared++
			rw.Unlock()
			readers.Done()
		}()
		go func() {
			rw.RLock()
			_ = shared
			rw.RUnlock()
			readers.Done()
		}()
	}
	readers.Wait()
	fmt.Println(shared, rw.TryLock(), rw.TryRLock()) // CHECK-NEXT: 20 true false
	rw.Unlock()
	fmt.Println(rw.TryRLock(), rw.TryRLock(), rw.TryLock()) // CHECK-NEXT: true true false

	var once sync.Once
	calls := 0
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			once.Do(func() { calls++ })
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("once:", calls) // CHECK-NEXT: once: 1

	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	woken := 0
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			mu.Lock()
			for !ready {
				cond.Wait()
			}
			woken++
			mu.Unlock()
			wg.Done()
		}()
	}
	mu.Lock()
	ready = true
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println("woken:", woken) // CHECK-NEXT: woken: 5

	var m sync.Map
	m.Store("x", 1)
	m.Store("y", 2)
	v, ok := m.Load("x")
	actual, loaded := m.LoadOrStore("x", 9)
	actual2, loaded2 := m.LoadOrStore("z", 3)
	m.Delete("y")
	_, ok2 := m.Load("y")
	n := 0
	m.Range(func(k, v interface{}) bool { n++; return true })
	fmt.Println(v, ok, actual, loaded, actual2, loaded2, ok2, n) // CHECK-NEXT: 1 true 1 true 3 false false 2

	p := sync.Pool{New: func() interface{} { return "new" }}
	first := p.Get()
	p.Put("recycled")
	fmt.Println(first, p.Get()) // CHECK-NEXT: new recycled
	if mu.TryLock() {
		fmt.Println("locked") // CHECK-NEXT: locked
		mu.Unlock()
	}
}
