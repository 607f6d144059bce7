// RUN: %gorun %s | FileCheck %s
// Package fmt, composite values: structs ({1 2}, %+v, %#v), pointers to
// them at the top (&{...}), slices, arrays, maps with sorted keys, nested
// values, nil values of every kind, and String/Error methods, which are
// used for exported parts only, as gc does.
package main

import (
	"errors"
	"fmt"
)

type Point struct {
	X, Y int
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Node struct {
	Val  int
	Next *Node
}

type Inner struct {
	A int
	b string
}

type Outer struct {
	Inner
	P     *Point
	List  []string
	M     map[string]int
	Any   interface{}
	Err   error
	temp  Celsius // unexported: its String method is not used
	Temp  Celsius
	Bytes []byte
}

type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	}
	return "Color(?)"
}

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("error code %d", e.Code) }

type Pair struct {
	K string
	V Color
}

func main() {
	p := Point{1, 2}
	fmt.Println(p, &p) // CHECK: {1 2} &{1 2}
	fmt.Printf("%v %+v %#v %T\n", p, p, p, p) // CHECK-NEXT: {1 2} {X:1 Y:2} main.Point{X:1, Y:2} main.Point
	fmt.Printf("%v %+v %#v\n", &p, &p, []Point{p}) // CHECK-NEXT: &{1 2} &{X:1 Y:2} []main.Point{main.Point{X:1, Y:2}}
	n := &Node{1, &Node{2, nil}}
	fmt.Printf("%v %+v\n", *n.Next, *n.Next) // CHECK-NEXT: {2 <nil>} {Val:2 Next:<nil>}

	fmt.Println([]int{1, 2, 3}, [2]bool{true}, []string{"a", "b c"}, [][]int{{1}, {2, 3}}, []interface{}{1, "x", nil, 2.5}) // CHECK-NEXT: [1 2 3] [true false] [a b c] {{\[\[}}1] [2 3]] [1 x <nil> 2.5]
	fmt.Printf("%v|%d|%x|%q|%s\n", []int{10, 11}, []int{10, 11}, []int{10, 11}, []string{"a", "b"}, []string{"c", "d"}) // CHECK-NEXT: [10 11]|[10 11]|[a b]|["a" "b"]|[c d]
	fmt.Printf("%#v %#v %#v %#v\n", []int{1}, [2]string{"x", "y"}, []string(nil), map[string]bool{}) // CHECK-NEXT: []int{1} [2]string{"x", "y"} []string(nil) map[string]bool{}
	fmt.Printf("%s|%x|%X|% x|%v|%q\n", []byte("hi"), []byte("hi"), []byte{1, 171}, []byte{1, 171}, []byte("hi"), []byte("hi")) // CHECK-NEXT: hi|6869|01AB|01 ab|[104 105]|"hi"

	m := map[string]int{"zebra": 26, "apple": 1, "mango": 13}
	fmt.Println(m, len(m)) // CHECK-NEXT: map[apple:1 mango:13 zebra:26] 3
	fmt.Printf("%v %#v\n", map[int]string{3: "c", -1: "z", 2: "b"}, map[string]int{"b": 2, "a": 1}) // CHECK-NEXT: map[-1:z 2:b 3:c] map[string]int{"a":1, "b":2}
	fmt.Println(map[Point]string{{2, 1}: "x", {1, 5}: "y", {1, 2}: "z"}, map[bool]int{true: 1, false: 0}) // CHECK-NEXT: map[{1 2}:z {1 5}:y {2 1}:x] map[false:0 true:1]
	fmt.Println(map[float64]string{2.5: "b", -1: "a", 10: "c"}, map[[2]int]int{{1, 2}: 3, {0, 9}: 4}) // CHECK-NEXT: map[-1:a 2.5:b 10:c] map{{\[\[}}0 9]:4 [1 2]:3]
	fmt.Println(map[string][]int{"x": {1, 2}, "a": nil}, map[Color]Pair{Green: {"g", Green}, Red: {"r", Red}}) // CHECK-NEXT: map[a:[] x:[1 2]] map[Red:{r Red} Green:{g Green}]

	var np *Point
	var ns []int
	var nm map[string]int
	var ne error
	var ni interface{}
	var nf func()
	fmt.Println(np, ns, nm, ne, ni, nf == nil) // CHECK-NEXT: <nil> [] map[] <nil> <nil> true
	fmt.Printf("%v %+v %#v %#v %#v %#v\n", np, ns, ns, nm, ne, np) // CHECK-NEXT: <nil> [] []int(nil) map[string]int(nil) <nil> (*main.Point)(nil)
	fmt.Printf("[%5v] [%-5v] [%5v]\n", np, nm, ns) // CHECK-NEXT: [<nil>] [map[]] {{\[\[}}]]

	fmt.Println(Celsius(21.5), Red, Green, Color(7), []Color{Green, Red}) // CHECK-NEXT: 21.5°C Red Green Color(?) [Green Red]
	fmt.Printf("%v %s %d %q %x %5v|\n", Green, Green, Green, Green, Green, Red) // CHECK-NEXT: Green Green 1 "Green" 477265656e   Red|
	var err error = &MyErr{404}
	fmt.Println(err, []error{err, errors.New("x"), nil}) // CHECK-NEXT: error code 404 [error code 404 x <nil>]
	fmt.Printf("%v|%s|%q|%d\n", err, err, err, err) // CHECK-NEXT: error code 404|error code 404|"error code 404"|&{404}

	o := Outer{
		Inner: Inner{1, "in"},
		List:  []string{"l1"},
		M:     map[string]int{"k": 1},
		Any:   Pair{"p", Green},
		Err:   &MyErr{1},
		temp:  30,
		Temp:  25,
		Bytes: []byte("by"),
	}
	fmt.Println(o) // CHECK-NEXT: {{[{][{]}}1 in} <nil> [l1] map[k:1] {p Green} error code 1 30 25.0°C [98 121]}
	fmt.Printf("%+v\n", o) // CHECK-NEXT: {Inner:{A:1 b:in} P:<nil> List:[l1] M:map[k:1] Any:{K:p V:Green} Err:error code 1 temp:30 Temp:25.0°C Bytes:[98 121]}
	fmt.Printf("%v\n", Outer{}) // CHECK-NEXT: {{[{][{]}}0 } <nil> [] map[] <nil> <nil> 0 0.0°C []}
	fmt.Printf("%+v\n", struct {
		A interface{}
		B fmt.Stringer
	}{}) // CHECK-NEXT: {A:<nil> B:<nil>}
	fmt.Printf("%v %+v\n", struct{}{}, struct{ a, b int }{1, 2}) // CHECK-NEXT: {} {a:1 b:2}
	fmt.Println(&[]int{1, 2}, &map[string]int{"a": 1}, &[2]int{3, 4}) // CHECK-NEXT: &[1 2] &map[a:1] &[3 4]
	fmt.Printf("%d %s\n", Point{1, 2}, Point{1, 2}) // CHECK-NEXT: {1 2} {%!s(int=1) %!s(int=2)}
	fmt.Printf("%6.2f|%x\n", []float64{1, 2.345}, "héllo") // CHECK-NEXT: [  1.00   2.35]|68c3a96c6c6f
}
