// RUN: %gorun %s | FileCheck %s
// Unlocking an unlocked sync.Mutex is a fatal error (no recover can catch
// it), with gc's message and exit status 2.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("unlocked once")
	mu.Unlock()
	fmt.Println("not reached")
	// CHECK: unlocked once
	// CHECK-NEXT: fatal error: sync: unlock of unlocked mutex
	// CHECK-EMPTY:
	// CHECK-NEXT: goroutine 1 [running]:
	// CHECK-NOT: not reached
	// CHECK: [exit status 2]
}
