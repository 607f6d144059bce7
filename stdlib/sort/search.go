package sort

// Search returns the smallest index i in [0, n) at which f(i) is true,
// or n if there is none, assuming f is false then true over [0, n) (as
// for "x[i] >= v" over a sorted x). It calls f O(log n) times.
func Search(n int, f func(int) bool) int {
	// Invariant: f(lo-1) is false and f(hi) is true, taking f(-1) false
	// and f(n) true.
	lo, hi := 0, n
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if f(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

// SearchInts returns the index at which x, sorted increasingly, has v,
// or where v would be inserted.
func SearchInts(a []int, x int) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchFloat64s is SearchInts for float64s.
func SearchFloat64s(a []float64, x float64) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchStrings is SearchInts for strings.
func SearchStrings(a []string, x string) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// Find returns the smallest index i in [0, n) at which cmp(i) <= 0, or n
// if there is none, and whether cmp(i) == 0 there; cmp must be positive,
// then zero, then negative over [0, n) (as for "target vs x[i]" over a
// sorted x).
func Find(n int, cmp func(int) int) (i int, found bool) {
	lo, hi := 0, n
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if cmp(mid) > 0 {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < n && cmp(lo) == 0
}
