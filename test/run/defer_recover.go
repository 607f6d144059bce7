// RUN: %gorun %s | FileCheck %s
// recover stops a panic when a deferred call makes it: the function that
// deferred the call returns normally, with its named results as they are.
// Run-time errors are recovered as errors with gc's messages. recover is nil
// outside a panic, in a function the deferred call calls, and as the
// deferred call itself (`defer recover()`).
package main

type myErr struct{ code int }

func (e *myErr) Error() string { return "myErr" }

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
			q = -1
		}
	}()
	return a / b, nil
}

func index(s []int, i int) (v int) {
	defer func() {
		if r := recover(); r != nil {
			println("recovered:", r.(error).Error())
		}
	}()
	v = 99
	return s[i]
}

type node struct{ next *node }

func nilDeref() (ok bool) {
	defer func() { ok = recover() != nil }()
	var n *node
	return n.next == nil
}

func helper() interface{} { return recover() }

func indirect() (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = "outer recovered " + r.(string)
		}
	}()
	defer func() {
		if helper() == nil {
			println("helper could not recover")
		}
	}()
	panic("boom")
}

func deferRecoverBuiltin() (res string) {
	defer func() { res = "caught " + recover().(string) }()
	defer recover()
	panic("direct")
}

func typed() (msg string) {
	defer func() {
		switch e := recover().(type) {
		case *myErr:
			msg = "myErr code " + string(rune('0'+e.code))
		case nil:
			msg = "nothing"
		}
	}()
	panic(&myErr{7})
}

func repanic() (res string) {
	defer func() { res = "second: " + recover().(string) }()
	defer func() {
		r := recover()
		panic("again after " + r.(string))
	}()
	panic("first")
}

func notPanicking() {
	defer func() { println("recover outside a panic:", recover() == nil) }()
}

func afterRecover() int {
	x := 0
	func() {
		defer func() { recover() }()
		x = 1
		panic("inner")
	}()
	return x + 1
}

// After recovery the results are what the function last stored in them,
// whatever the optimiser did with them before the panic.
func lateResult(n int) (r int) {
	defer func() { recover() }()
	for i := 0; i < n; i++ {
		r += i
	}
	var m map[int]int
	m[0] = r
	r = -1
	return
}

func unnamedResult() int {
	defer func() { recover() }()
	x := 3
	panic(x)
}

// Deferred methods recover too, however they are reached: with arguments
// (a thunk calls the method), as a method value (its -fm wrapper calls
// it), through an interface (the itab's wrapper calls it).
type T struct{}

func (T) catch(tag string) {
	if r := recover(); r != nil {
		println(tag, "recovered", r.(string))
	}
}

func (T) catch0() {
	if r := recover(); r != nil {
		println("catch0 recovered", r.(string))
	}
}

type C interface{ catch0() }

func withArg()     { defer T{}.catch("withArg"); panic("a") }
func methodValue() { f := T{}.catch0; defer f(); panic("b") }
func viaIface()    { var c C = T{}; defer c.catch0(); panic("c") }

func main() {
	q, err := safeDiv(7, 2)
	println(q, err == nil) // CHECK: 3 true
	q, err = safeDiv(1, 0)
	println(q, err.Error()) // CHECK-NEXT: -1 runtime error: integer divide by zero
	println(index([]int{1, 2, 3}, 5))
	// CHECK-NEXT: recovered: runtime error: index out of range [5] with length 3
	// CHECK-NEXT: 99
	println(nilDeref()) // CHECK-NEXT: true
	println(indirect())
	// CHECK-NEXT: helper could not recover
	// CHECK-NEXT: outer recovered boom
	println(deferRecoverBuiltin()) // CHECK-NEXT: caught direct
	println(typed())               // CHECK-NEXT: myErr code 7
	println(repanic())             // CHECK-NEXT: second: again after first
	notPanicking()                 // CHECK-NEXT: recover outside a panic: true
	println(afterRecover())        // CHECK-NEXT: 2
	println(lateResult(10), unnamedResult()) // CHECK-NEXT: 45 0
	withArg()     // CHECK-NEXT: withArg recovered a
	methodValue() // CHECK-NEXT: catch0 recovered b
	viaIface()    // CHECK-NEXT: catch0 recovered c
}
