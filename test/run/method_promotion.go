// RUN: %gorun %s | FileCheck %s
// Method values copy a value receiver when they are evaluated and keep the
// address of a pointer one; methods on non-struct types; methods promoted
// two levels deep, through a pointer; a package variable initialized after
// the variables the method it calls reads.
package main

var first = Temp(boiling).Fahrenheit()

var boiling = 100.0

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }

func (s Stack) Top() int { return s[len(s)-1] }

type Temp float64

func (t Temp) Fahrenheit() Temp { return t*9/5 + 32 }

type Inner struct{ v int }

func (i *Inner) Inc() { i.v++ }

func (i Inner) Val() int { return i.v }

type Middle struct{ *Inner }

type Outer struct {
	Middle
	name string
}

func apply(f func(int), n int) {
	for i := 0; i < n; i++ {
		f(i * 10)
	}
}

func main() {
	var s Stack
	push := s.Push // &s
	apply(push, 3)
	// CHECK: 3 20
	println(len(s), s.Top())
	top := s.Top // a copy of s now
	s.Push(99)
	// CHECK-NEXT: 20 99
	println(top(), s.Top())

	// CHECK-NEXT: 212 212
	println(int(Temp(100).Fahrenheit()), int(first))

	o := Outer{Middle{&Inner{v: 1}}, "o"}
	o.Inc()
	inc := o.Inc
	inc()
	val := o.Val
	o.Inc()
	// CHECK-NEXT: 4 3 4
	println(o.Val(), val(), o.Middle.Inner.v)
}
