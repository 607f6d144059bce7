// RUN: %gorun %s | FileCheck %s
// Package runtime: GOOS/GOARCH, NumCPU, GOMAXPROCS, NumGoroutine (which
// counts goroutines blocked on channels), Gosched, GC and KeepAlive.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println(runtime.GOOS, runtime.GOARCH) // CHECK: linux amd64
	fmt.Println(runtime.NumCPU() >= 1, runtime.GOMAXPROCS(0) >= 1) // CHECK-NEXT: true true
	prev := runtime.GOMAXPROCS(2)
	fmt.Println(runtime.GOMAXPROCS(0), runtime.GOMAXPROCS(prev)) // CHECK-NEXT: 2 2

	fmt.Println(runtime.NumGoroutine()) // CHECK-NEXT: 1
	block := make(chan bool)
	done := make(chan bool)
	for i := 0; i < 10; i++ {
		go func() {
			<-block
			done <- true
		}()
	}
	runtime.Gosched()
	fmt.Println(runtime.NumGoroutine()) // CHECK-NEXT: 11
	close(block)
	for i := 0; i < 10; i++ {
		<-done
	}

	var keep [][]byte
	for i := 0; i < 100; i++ {
		keep = append(keep, make([]byte, 1<<16))
		if i%10 == 0 {
			keep = keep[:0]
			runtime.GC()
		}
	}
	runtime.KeepAlive(keep)
	fmt.Println("gc done", len(keep)) // CHECK-NEXT: gc done 9
}
