// RUN: %gorun %s | FileCheck %s
// Type assertions (to concrete and interface types, with and without ok)
// and type switches (single and multiple types per case, nil, interface
// cases, default anywhere, an init statement, the clause variable's type).
package main

type Stringer interface{ String() string }

type Celsius float64

func (c Celsius) String() string { return "celsius" }

type Point struct{ x, y int }

func (p *Point) String() string { return "point" }

func classify(v interface{}) string {
	switch x := v.(type) {
	default:
		return "other"
	case nil:
		return "nil"
	case int, int64:
		// x is v itself here (two types): still an interface{}.
		var again interface{} = x
		_, isInt := again.(int)
		if isInt {
			return "int"
		}
		return "int64"
	case string:
		return "string of " + string(rune('0'+len(x)))
	case Stringer:
		return "stringer " + x.String()
	case []int:
		return "slice of " + string(rune('0'+len(x)))
	}
}

func main() {
	var e interface{} = Celsius(21.5)
	c := e.(Celsius)
	println(c == 21.5) // CHECK: true
	s, ok := e.(Stringer)
	println(ok, s.String()) // CHECK-NEXT: true celsius
	_, ok = e.(*Point)
	println(ok) // CHECK-NEXT: false
	f, ok := e.(float64)
	println(ok, f == 0) // CHECK-NEXT: false true

	var st Stringer = &Point{1, 2}
	p := st.(*Point)
	println(p.x, p.y) // CHECK-NEXT: 1 2
	var back interface{} = st
	if q, ok := back.(Stringer); ok {
		println(q.String()) // CHECK-NEXT: point
	}

	println(classify(nil), classify(1), classify(int64(2)), classify("abc"))
	// CHECK-NEXT: nil int int64 string of 3
	println(classify(Celsius(1)), classify(&Point{}), classify([]int{1, 2}), classify(Point{}), classify(2.5))
	// CHECK-NEXT: stringer celsius stringer point slice of 2 other other

	// An init statement, and no clause variable.
	switch n := 3; e.(type) {
	case Stringer:
		println("stringer", n) // CHECK-NEXT: stringer 3
	}

	// A nil interface matches no type case, only nil or default.
	var none Stringer
	switch none.(type) {
	case *Point:
		println("point")
	default:
		println("default") // CHECK-NEXT: default
	}
	_, ok = none.(*Point)
	println(ok) // CHECK-NEXT: false
}
