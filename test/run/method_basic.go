// RUN: %gorun %s | FileCheck %s
// Methods with value and pointer receivers, gc's automatic &x and *p,
// methods promoted through embedded fields, method values and expressions.
package main

type Counter struct {
	name string
	n    int
}

func (c Counter) Get() int { return c.n }

func (c *Counter) Add(d int) { c.n += d }

func (c Counter) Label(prefix string) string { return prefix + c.name }

type Named int

func (n Named) Double() Named { return n * 2 }

type Wrapper struct {
	Counter
	extra int
}

type PtrWrapper struct {
	*Counter
}

func main() {
	c := Counter{name: "c"}
	c.Add(3) // &c taken automatically
	// CHECK: 3
	println(c.Get())
	p := &c
	p.Add(4)
	// CHECK-NEXT: 7 c:c
	println(p.Get(), p.Label("c:")) // *p taken automatically

	// CHECK-NEXT: 42
	println(Named(21).Double())

	w := Wrapper{Counter: Counter{name: "w"}, extra: 1}
	w.Add(10)
	// CHECK-NEXT: 10 w:w 1
	println(w.Get(), w.Label("w:"), w.extra)

	pw := PtrWrapper{&c}
	pw.Add(1)
	// CHECK-NEXT: 8 8
	println(pw.Get(), c.n)

	// A method value binds its receiver when it is evaluated.
	get := c.Get
	add := c.Add
	add(2)
	// CHECK-NEXT: 8 10
	println(get(), c.n)

	// Method expressions take the receiver first.
	(*Counter).Add(&c, 5)
	// CHECK-NEXT: 15 15 30
	println(Counter.Get(c), (*Counter).Get(&c), Named.Double(Named(15)))
	// CHECK-NEXT: xw
	println(Wrapper.Label(w, "x"))
}
