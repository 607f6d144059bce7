package sort

// A stable sort has only one possible result, so this one is free to
// differ from gc's in how it gets there: runs of stableRun elements are
// insertion-sorted, then merged pairwise, doubling the run length, by an
// in-place merge that needs no memory beyond the stack (Interface offers
// only Less and Swap).

const stableRun = 20

func stable(data Interface, n int) {
	for a := 0; a < n; a += stableRun {
		b := a + stableRun
		if b > n {
			b = n
		}
		insertionSort(data, a, b)
	}
	for size := stableRun; size < n; size *= 2 {
		for a := 0; a+size < n; a += 2 * size {
			b := a + 2*size
			if b > n {
				b = n
			}
			mergeInPlace(data, a, a+size, b)
		}
	}
}

// mergeInPlace merges the sorted ranges data[a:m] and data[m:b], keeping
// equal elements of the first before those of the second: it splits the
// longer range in half, finds where its middle element belongs in the
// other (lower bound from the right range, upper bound from the left, so
// ties stay in order), rotates the two middle pieces past each other and
// merges the two halves that result.
func mergeInPlace(data Interface, a, m, b int) {
	for a < m && m < b {
		if b-a == 2 {
			if data.Less(m, a) {
				data.Swap(a, m)
			}
			return
		}
		var cut1, cut2 int
		if m-a > b-m {
			cut1 = a + (m-a)/2
			cut2 = lowerBound(data, m, b, cut1)
		} else {
			cut2 = m + (b-m)/2
			cut1 = upperBound(data, a, m, cut2)
		}
		rotate(data, cut1, m, cut2)
		mid := cut1 + (cut2 - m)
		// Recurse on the shorter piece, loop on the longer.
		if mid-a < b-mid {
			mergeInPlace(data, a, cut1, mid)
			a, m = mid, cut2
		} else {
			mergeInPlace(data, mid, cut2, b)
			m, b = cut1, mid
		}
	}
}

// lowerBound returns the first index in data[lo:hi] whose element is not
// less than data[x].
func lowerBound(data Interface, lo, hi, x int) int {
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if data.Less(h, x) {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo
}

// upperBound returns the first index in data[lo:hi] whose element is
// greater than data[x].
func upperBound(data Interface, lo, hi, x int) int {
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if data.Less(x, h) {
			hi = h
		} else {
			lo = h + 1
		}
	}
	return lo
}

// rotate exchanges the adjacent blocks data[a:m] and data[m:b] by three
// reversals.
func rotate(data Interface, a, m, b int) {
	reverseRange(data, a, m)
	reverseRange(data, m, b)
	reverseRange(data, a, b)
}
