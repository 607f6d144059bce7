// RUN: %gorun %s | FileCheck %s
// Methods with value and pointer receivers, on structs and on other named
// types. A value receiver gets a copy; a pointer receiver can change its
// variable; Go inserts & and * as needed on addressable values.
package main

type Counter struct {
	n    int
	name string
}

func (c Counter) Get() int      { return c.n }
func (c *Counter) Inc()         { c.n++ }
func (c *Counter) Add(k int) *Counter { c.n += k; return c }
func (c Counter) WithName(s string) Counter {
	c.name = s
	return c
}

type Celsius float64

func (c Celsius) Fahrenheit() float64 { return float64(c)*9/5 + 32 }

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l *IntList) Push(v int) { *l = append(*l, v) }

type Flag bool

func (f Flag) Not() Flag { return !f }

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	println(c.Get()) // CHECK: 2
	p := &c
	p.Inc()
	println(p.Get(), c.n) // CHECK-NEXT: 3 3
	c.Add(10).Add(5).Inc()
	println(c.n) // CHECK-NEXT: 19
	d := c.WithName("d")
	println(c.name == "", d.name, d.n) // CHECK-NEXT: true d 19
	println(Celsius(100).Fahrenheit()) // CHECK-NEXT: +2.120000e+002
	var l IntList
	l.Push(1)
	l.Push(2)
	l.Push(39)
	println(l.Sum(), len(l)) // CHECK-NEXT: 42 3
	var f Flag
	println(f.Not(), f.Not().Not()) // CHECK-NEXT: true false
}
