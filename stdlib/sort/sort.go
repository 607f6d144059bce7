// Package sort sorts slices and user-defined collections, as Go's package
// sort: Sort, Stable, Slice, SliceStable, Ints, Strings, Float64s, the
// Search family, IsSorted and Reverse.
//
// Sort and Slice are not stable, so the order in which they leave equal
// elements is part of their observable behaviour: they run the same
// pattern-defeating quicksort as gc's (Go 1.19's pdqsort: the same pivot
// choices, the same pattern breaking with the same xorshift sequence, the
// same insertion-sort and heapsort fallbacks), so that equal elements end
// up where gc puts them. Stable sorts have only one possible result; they
// use insertion-sorted runs merged in place by rotations.
//
// Slice and SliceStable swap the elements of a slice of any type: the
// runtime (reflectlite.cpp) swaps them by size, from the slice's type
// descriptor.
package sort

// An Interface is a collection that can be sorted by index: its length,
// an order between elements, and a way to swap two of them.
type Interface interface {
	// Len is the number of elements.
	Len() int
	// Less reports whether element i must sort before element j. It must
	// be a strict weak ordering (equal elements: neither is Less).
	Less(i, j int) bool
	// Swap swaps elements i and j.
	Swap(i, j int)
}

// Sort sorts data in ascending order of Less. It is not stable.
func Sort(data Interface) {
	n := data.Len()
	if n <= 1 {
		return
	}
	pdqsort(data, 0, n, bitLen(uint(n)))
}

// Stable sorts data in ascending order of Less, keeping equal elements in
// their original order.
func Stable(data Interface) {
	stable(data, data.Len())
}

// IsSorted reports whether data is sorted.
func IsSorted(data Interface) bool {
	n := data.Len()
	for i := n - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

// reverse is an Interface with the opposite order of another.
type reverse struct {
	data Interface
}

func (r *reverse) Len() int           { return r.data.Len() }
func (r *reverse) Less(i, j int) bool { return r.data.Less(j, i) }
func (r *reverse) Swap(i, j int)      { r.data.Swap(i, j) }

// Reverse returns data with Less reversed, for sorting in descending
// order: sort.Sort(sort.Reverse(data)).
func Reverse(data Interface) Interface {
	return &reverse{data}
}

// bitLen returns the number of bits needed to represent x (0 for 0).
func bitLen(x uint) int {
	n := 0
	for ; x != 0; x >>= 1 {
		n++
	}
	return n
}

// lessSwap is the Interface of a slice sorted by Slice or SliceStable: the
// caller's less, and swaps done by the runtime.
type lessSwap struct {
	slice  interface{}
	length int
	less   func(i, j int) bool
}

func (x *lessSwap) Len() int           { return x.length }
func (x *lessSwap) Less(i, j int) bool { return x.less(i, j) }
func (x *lessSwap) Swap(i, j int)      { swapElems(x.slice, i, j) }

// sliceLen returns the length of the slice x holds; it panics as Go's
// reflect does if x is not a slice. Defined by the runtime.
func sliceLen(x interface{}) int

// swapElems swaps the elements i and j of the slice x holds. Defined by
// the runtime.
func swapElems(x interface{}, i, j int)

// Slice sorts the slice x in the order of less(i, j), which compares the
// elements at i and j. It panics if x is not a slice. It is not stable.
func Slice(x interface{}, less func(i, j int) bool) {
	n := sliceLen(x)
	pdqsort(&lessSwap{x, n, less}, 0, n, bitLen(uint(n)))
}

// SliceStable is Slice keeping equal elements in their original order.
func SliceStable(x interface{}, less func(i, j int) bool) {
	n := sliceLen(x)
	stable(&lessSwap{x, n, less}, n)
}

// SliceIsSorted reports whether the slice x is sorted by less.
func SliceIsSorted(x interface{}, less func(i, j int) bool) bool {
	n := sliceLen(x)
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

// IntSlice attaches the methods of Interface to []int, in increasing
// order.
type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is sort.Sort(x).
func (x IntSlice) Sort() { Sort(x) }

// Search returns SearchInts(x, v).
func (x IntSlice) Search(v int) int { return SearchInts(x, v) }

// Float64Slice attaches the methods of Interface to []float64, in
// increasing order, with NaNs before everything else.
type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }
func (x Float64Slice) Less(i, j int) bool {
	return x[i] < x[j] || (isNaN(x[i]) && !isNaN(x[j]))
}
func (x Float64Slice) Swap(i, j int) { x[i], x[j] = x[j], x[i] }

// Sort is sort.Sort(x).
func (x Float64Slice) Sort() { Sort(x) }

// Search returns SearchFloat64s(x, v).
func (x Float64Slice) Search(v float64) int { return SearchFloat64s(x, v) }

func isNaN(f float64) bool {
	return f != f
}

// StringSlice attaches the methods of Interface to []string, in
// increasing order.
type StringSlice []string

func (x StringSlice) Len() int           { return len(x) }
func (x StringSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is sort.Sort(x).
func (x StringSlice) Sort() { Sort(x) }

// Search returns SearchStrings(x, v).
func (x StringSlice) Search(v string) int { return SearchStrings(x, v) }

// Ints sorts x in increasing order.
func Ints(x []int) { Sort(IntSlice(x)) }

// Float64s sorts x in increasing order, NaNs first.
func Float64s(x []float64) { Sort(Float64Slice(x)) }

// Strings sorts x in increasing order.
func Strings(x []string) { Sort(StringSlice(x)) }

// IntsAreSorted reports whether x is sorted in increasing order.
func IntsAreSorted(x []int) bool { return IsSorted(IntSlice(x)) }

// Float64sAreSorted reports whether x is sorted in increasing order, NaNs
// first.
func Float64sAreSorted(x []float64) bool { return IsSorted(Float64Slice(x)) }

// StringsAreSorted reports whether x is sorted in increasing order.
func StringsAreSorted(x []string) bool { return IsSorted(StringSlice(x)) }
