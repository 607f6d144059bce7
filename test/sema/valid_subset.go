// RUN: %golc build -emit-llvm -o %t %s 2>&1 | count 0
// The whole issue-2 subset, used correctly: sema reports nothing. (The
// program's output is checked against gc by test/run programs.)
package main

type Celsius float64
type Weekday int
type Name string

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const (
	a, b = iota, iota * 10
	c, d
)

const big = 1 << 100
const small = big >> 98
const f32 float32 = 0.1
const typedStr Name = "bob"

var x, y = swap(1, 2)
var z = x + y
var order = initOrder()
var first = 10

func initOrder() int { return first * 2 }

func swap(a, b int) (int, int) { return b, a }

func named(n int) (q, r int) {
	q = n / 3
	r = n % 3
	return
}

func classify(n int) string {
	switch {
	case n < 0:
		return "neg"
	case n == 0:
		return "zero"
	}
	return "pos"
}

func main() {
	var n uint = 3
	var i64 int64 = 1 << n
	var sh = 1 << n
	var u8 uint8 = 255
	u8++
	println(Sunday, Monday, Tuesday, KB, MB, GB, a, b, c, d, small)
	println(f32, typedStr, x, y, z, order, first)
	println(i64, sh, u8, 7/2, 7.0/2, -7/2, -7%3, 1<<3>>1)
	q, r := named(10)
	println(q, r, classify(-1), classify(0), classify(5))
	var t Celsius = 36.6
	t = t * 2
	println(t, float64(t) > 70, Celsius(1)+t)
	s := "hello, 世界"
	for i, ch := range s {
		print(i, ":", ch, " ")
	}
	println()
	println(len(s), s[0], s[7:], string(s[1]), string(rune(19990)), string(65))
	var name Name = "x"
	name += "y"
	println(name, string(name) == "xy", name < "z")
	x := 5
	{
		x := "shadow"
		println(x)
	}
	x += 1
	x <<= 2
	println(x, x&^3, x|1, x^0xff, ^x, -x, +x)
	var f = 1.5
	f /= 2
	println(f, int(f*10), float32(f), uint8(300%256))
	const huge = 1e300 * 1e300 / 1e300
	println(huge)
	b := byte('a')
	b += 2
	println(b, rune(b), 'x' - 'a', "abc" < "abd", 1 == 1.0)
	var w Weekday = Monday
	switch w {
	case Sunday:
		println("sun")
	case Monday, Tuesday:
		println("weekday")
		fallthrough
	default:
		println("default")
	}
L:
	for i := 0; i < 3; i++ {
		for j := 0; ; j++ {
			if j == 2 {
				continue L
			}
			if i == 2 {
				break L
			}
			println(i, j)
		}
	}
	k := 0
loop:
	if k < 3 {
		k++
		goto loop
	}
	println(k)
	for k > 0 {
		k--
	}
	for {
		break
	}
	var e1, e2 = 1, "two"
	e1, e2 = 3, "four"
	_, e3 := swap(e1, 9)
	println(e1, e2, e3)
}
