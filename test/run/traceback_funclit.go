// RUN: %gorun %s -- funclit | FileCheck %s --check-prefix=FUNCLIT
// RUN: %gorun %s -- go | FileCheck %s --check-prefix=GO
// RUN: %gorun %s -- defer | FileCheck %s --check-prefix=DEFER
// RUN: %gorun %s -- method | FileCheck %s --check-prefix=METHOD
// RUN: %gorun %s -- gopanic | FileCheck %s --check-prefix=GOPANIC
// Tracebacks name the functions that have no external symbol, read from
// the executable's symbol table: func literals (main.main.func1), the
// thunks of go and defer statements. A thunk (main.main.gowrap1,
// main.deferring.deferwrap1) or an interface method wrapper (main.T.M·i)
// is hidden when the function it called shows, as gc hides its wrappers;
// it shows when the panic is its own (go panic(msg): gc 1.19 calls that
// wrapper main.main.func1, later gc releases main.main.gowrap1). Each
// panicking function calls itself once first, so that LLVM cannot inline
// it into its caller and its frame is there to name; gc's frames are the
// same ones.
package main

import "os"

func worker(m map[int]int, n int) {
	if n > 0 {
		worker(m, n-1)
		m[n] = n
	}
	m[n] = n
}

func cleanup(m map[int]int, n int) {
	if n > 0 {
		cleanup(m, n-1)
		m[n] = n
	}
	m[n] = n
}

func deferring() {
	var m map[int]int
	defer cleanup(m, 1)
	println("deferring")
}

type T struct{ m map[int]int }

func (t T) M(n int) {
	if n > 0 {
		t.M(n - 1)
		t.m[n] = n
	}
	t.m[n] = n
}

// U makes the call i.M(1) below a real interface call, through a method
// table entry (main.T.M·i), since i may hold a T or a U.
type U struct{}

func (U) M(n int) {}

type I interface{ M(n int) }

func main() {
	switch os.Args[1] {
	case "funclit":
		var f func(n int)
		f = func(n int) {
			var m map[int]int
			if n > 0 {
				f(n - 1)
				m[n] = n
			}
			m[n] = n
		}
		f(1)
		// FUNCLIT:      panic: assignment to entry in nil map
		// FUNCLIT-EMPTY:
		// FUNCLIT-NEXT: goroutine 1 [running]:
		// FUNCLIT-NEXT: main.main.func1(...)
		// FUNCLIT-NEXT: {{^}}	?:0 +0x{{[0-9a-f]+$}}
		// FUNCLIT-NEXT: main.main.func1(...)
		// FUNCLIT-NEXT: {{^}}	?:0 +0x{{[0-9a-f]+$}}
		// FUNCLIT-NEXT: main.main(...)
		// FUNCLIT-NEXT: {{^}}	?:0 +0x{{[0-9a-f]+$}}
		// FUNCLIT-NEXT: [exit status 2]
	case "go":
		var m map[int]int
		go worker(m, 1)
		select {}
		// GO:      panic: assignment to entry in nil map
		// GO-EMPTY:
		// GO-NEXT: goroutine {{[0-9]+}} [running]:
		// GO-NEXT: main.worker(...)
		// GO-NEXT: {{^}}	?:0 +0x{{[0-9a-f]+$}}
		// GO-NEXT: main.worker(...)
		// GO-NEXT: {{^}}	?:0 +0x{{[0-9a-f]+$}}
		// GO-NEXT: created by main.main
		// GO-NEXT: {{^}}	?:0 +0x{{[0-9a-f]+$}}
		// GO-NEXT: [exit status 2]
	case "defer":
		deferring()
		// DEFER:      deferring
		// DEFER-NEXT: panic: assignment to entry in nil map
		// DEFER-EMPTY:
		// DEFER-NEXT: goroutine 1 [running]:
		// DEFER-NEXT: main.cleanup(...)
		// DEFER-NEXT: {{^}}	?:0 +0x{{[0-9a-f]+$}}
		// DEFER-NEXT: main.cleanup(...)
		// DEFER-NEXT: {{^}}	?:0 +0x{{[0-9a-f]+$}}
		// DEFER-NEXT: main.deferring(...)
		// DEFER-NEXT: {{^}}	?:0 +0x{{[0-9a-f]+$}}
		// DEFER-NEXT: main.main(...)
		// DEFER-NEXT: {{^}}	?:0 +0x{{[0-9a-f]+$}}
		// DEFER-NEXT: [exit status 2]
	case "method":
		is := []I{U{}, T{}}
		is[len(os.Args)-1].M(1)
		// METHOD:      panic: assignment to entry in nil map
		// METHOD-EMPTY:
		// METHOD-NEXT: goroutine 1 [running]:
		// METHOD-NEXT: main.T.M(...)
		// METHOD-NEXT: {{^}}	?:0 +0x{{[0-9a-f]+$}}
		// METHOD-NEXT: main.T.M(...)
		// METHOD-NEXT: {{^}}	?:0 +0x{{[0-9a-f]+$}}
		// METHOD-NEXT: main.main(...)
		// METHOD-NEXT: {{^}}	?:0 +0x{{[0-9a-f]+$}}
		// METHOD-NEXT: [exit status 2]
	case "gopanic":
		msg := "boom"
		go panic(msg)
		select {}
		// GOPANIC:      panic: boom
		// GOPANIC-EMPTY:
		// GOPANIC-NEXT: goroutine {{[0-9]+}} [running]:
		// The thunk of main's second go statement.
		// GOPANIC-NEXT: main.main.gowrap2(...)
		// GOPANIC-NEXT: {{^}}	?:0 +0x{{[0-9a-f]+$}}
		// GOPANIC-NEXT: created by main.main
		// GOPANIC-NEXT: {{^}}	?:0 +0x{{[0-9a-f]+$}}
		// GOPANIC-NEXT: [exit status 2]
	}
}
