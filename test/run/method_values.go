// RUN: %gorun %s | FileCheck %s
// A method value x.m binds its receiver when it is evaluated: a copy for a
// value receiver, the pointer for a pointer receiver. A method expression
// T.m is a function taking the receiver first.
package main

type T struct{ v int }

func (t T) Get() int       { return t.v }
func (t *T) Set(v int)     { t.v = v }
func (t T) Plus(k int) int { return t.v + k }

type Op func(int) int

func apply(f func(int) int, x int) int { return f(x) }

func main() {
	t := T{1}
	get := t.Get // copies t now
	set := t.Set // binds &t
	set(5)
	println(get(), t.v, t.Get()) // CHECK: 1 5 5
	plus := t.Plus
	t.v = 100
	println(plus(1), apply(plus, 2)) // CHECK-NEXT: 6 7
	var op Op = t.Plus
	println(op(1)) // CHECK-NEXT: 101
	g := T.Get
	s := (*T).Set
	s(&t, 42)
	println(g(t), T.Plus(t, 1), (*T).Get(&t)) // CHECK-NEXT: 42 43 42
	fs := []func() int{t.Get, T{7}.Get}
	t.v = 0
	println(fs[0](), fs[1]()) // CHECK-NEXT: 42 7
}
