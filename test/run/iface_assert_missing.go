// RUN: %gorun %s | FileCheck %s
// Asserting to an interface the dynamic type does not implement panics
// with the first missing method, as gc's runtime does.
package main

type Closer interface{ Close() error }

type file struct{}

func (f file) Read() int { return 0 }

func main() {
	var e interface{} = file{}
	c := e.(Closer)
	println(c)
	// CHECK: panic: interface conversion: main.file is not main.Closer: missing method Close
	// CHECK-EMPTY:
	// CHECK-NEXT: goroutine 1 [running]:
	// CHECK: [exit status 2]
}
