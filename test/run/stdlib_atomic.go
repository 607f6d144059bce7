// RUN: %gorun %s | FileCheck %s
// Package sync/atomic: Add, Load, Store, Swap and CompareAndSwap on every
// integer type, raced by many goroutines, and the atomic types.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var (
		i64 int64
		i32 int32
		u64 uint64
		u32 uint32
		ptr uintptr
		wg  sync.WaitGroup
	)
	for g := 0; g < 20; g++ {
		wg.Add(1)
		go func() {
			for i := 0; i < 5000; i++ {
				atomic.AddInt64(&i64, 2)
				atomic.AddInt32(&i32, -1)
				atomic.AddUint64(&u64, 3)
				atomic.AddUint32(&u32, 1)
				atomic.AddUintptr(&ptr, 1)
			}
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&i64), atomic.LoadInt32(&i32), atomic.LoadUint64(&u64), atomic.LoadUint32(&u32), atomic.LoadUintptr(&ptr)) // CHECK: 200000 -100000 300000 100000 100000

	// CompareAndSwap as a lock-free maximum.
	var max int64
	for g := 1; g <= 100; g++ {
		wg.Add(1)
		go func(v int64) {
			for {
				old := atomic.LoadInt64(&max)
				if v <= old || atomic.CompareAndSwapInt64(&max, old, v) {
					break
				}
			}
			wg.Done()
		}(int64(g * 7 % 101))
	}
	wg.Wait()
	fmt.Println(max) // CHECK-NEXT: 100

	atomic.StoreInt32(&i32, 5)
	old := atomic.SwapInt32(&i32, 6)
	fmt.Println(old, i32, atomic.CompareAndSwapInt32(&i32, 5, 7), atomic.CompareAndSwapInt32(&i32, 6, 7), i32) // CHECK-NEXT: 5 7 false true 7
	atomic.StoreUint64(&u64, 1<<63)
	fmt.Println(atomic.AddUint64(&u64, ^uint64(0)), atomic.SwapUint32(&u32, 9), atomic.LoadUint32(&u32)) // CHECK-NEXT: 9223372036854775807 100000 9

	var n atomic.Int64
	var flag atomic.Bool
	var u atomic.Uint32
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func() {
			n.Add(10)
			flag.Store(true)
			u.Add(1)
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println(n.Load(), flag.Load(), u.Load(), n.CompareAndSwap(100, 1), n.Swap(2), n.Load()) // CHECK-NEXT: 100 true 10 true 1 2
}
