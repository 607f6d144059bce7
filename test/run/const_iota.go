// RUN: %gorun %s | FileCheck %s
// Constant declarations: iota counts the specs of a const block, an omitted
// expression repeats the previous one with the new iota, `_` skips a value,
// typed constants keep their type, and untyped arithmetic is exact even past
// 64 bits as long as the final value fits.
package main

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	a, b = iota, iota * 10 // two names on one line share an iota
	c, d
	e, f
)

const (
	first  = "x"
	second // repeats "x"
	third  = iota
	fourth
)

const big = 1 << 100
const (
	maxU64 uint64 = 1<<64 - 1
	minI64 int64  = -1 << 63
	mixed         = 'a' + 1 // untyped rune
	ratio         = 7 / 2   // integer division of untyped ints
	fratio        = 7 / 2.0 // untyped float
	exact         = big / (big >> 3)
)

func main() {
	println("weekdays", Sunday, Monday, Tuesday, Thursday) // CHECK: weekdays 0 1 2 4
	println("sizes", KB, MB, GB, TB)                       // CHECK-NEXT: sizes 1024 1048576 1073741824 1099511627776
	println("pairs", a, b, c, d, e, f)                     // CHECK-NEXT: pairs 0 0 1 10 2 20
	println("repeat", first, second, third, fourth)        // CHECK-NEXT: repeat x x 2 3
	println("limits", maxU64, minI64)                      // CHECK-NEXT: limits 18446744073709551615 -9223372036854775808
	println("untyped", mixed, ratio, fratio, exact)        // CHECK-NEXT: untyped 98 3 +3.500000e+000 8
	// An untyped expression is evaluated as untyped first (3/2 is 1), and only
	// then given the type its context asks for.
	var half float64 = ratio / 2
	var later Weekday = Thursday + 2
	println("context", half, later, big>>99) // CHECK-NEXT: context +1.000000e+000 6 2
	// iota inside a function-level const block starts again at 0.
	const (
		x = iota * iota
		y
		z
	)
	println("local", x, y, z) // CHECK-NEXT: local 0 1 4
	const s = "con" + "cat"
	const n = len("héllo") // a constant of type int
	var small = int8(n * 20)
	println("string", s, len(s), n, small) // CHECK-NEXT: string concat 6 6 120
}
