// The capacities gc 1.19 gives slices grown by append, for slice_grow.cpp:
// `go run slice_caps.go > slice_caps.out`. Each line lists, for one element
// size, every capacity one-at-a-time appends go through ("one"), or the
// capacity after appending k elements at once to a full slice of length l
// ("many").
package main

import "fmt"

type (
	E1    [1]byte
	E2    [2]byte
	E4    [4]byte
	E8    [8]byte
	E12   [12]byte
	E16   [16]byte
	E24   [24]byte
	E40   [40]byte
	E100  [100]byte
	E1000 [1000]byte
	E5000 [5000]byte
)

// One append at a time: every capacity change.
func one[T any](name string, limit int) {
	var s []T
	var x T
	last := -1
	fmt.Print(name, " one:")
	for n := 0; n < limit; n++ {
		s = append(s, x)
		if cap(s) != last {
			last = cap(s)
			fmt.Print(" ", last)
		}
	}
	fmt.Println()
}

// Appends of k elements at once to slices of length l (cap l).
func many[T any](name string) {
	fmt.Print(name, " many:")
	for _, l := range []int{0, 1, 3, 7, 100, 255, 256, 300, 1000} {
		for _, k := range []int{1, 2, 5, 17, 300, 1000} {
			s := make([]T, l)
			s = append(s, make([]T, k)...)
			fmt.Print(" ", cap(s))
		}
	}
	fmt.Println()
}

func main() {
	one[E1]("1", 100000)
	one[E2]("2", 50000)
	one[E4]("4", 50000)
	one[E8]("8", 50000)
	one[E12]("12", 20000)
	one[E16]("16", 20000)
	one[E24]("24", 20000)
	one[E40]("40", 10000)
	one[E100]("100", 3000)
	one[E1000]("1000", 500)
	one[E5000]("5000", 100)
	many[E1]("1")
	many[E8]("8")
	many[E12]("12")
	many[E24]("24")
	many[E40]("40")
	many[E1000]("1000")
}
