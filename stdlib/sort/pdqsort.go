package sort

// Pattern-defeating quicksort (Orson Peters, https://arxiv.org/abs/2106.05123)
// as Go 1.19 runs it: the order of Less and Swap calls below is gc's, so
// that unstable sorts leave equal elements where gc leaves them.
//
// Short ranges (<= 12) get insertion sort. Otherwise a pivot is chosen
// (the middle element for < 8, a median of three for < 50, else Tukey's
// ninther), and the number of swaps that choice took hints at order: none
// means the samples were increasing, all twelve means decreasing (the
// range is reversed first). A range that looks sorted after a balanced,
// already-partitioned step is finished by a bounded insertion sort. A
// pivot not greater than the element before the range (which bounds the
// range from below) means many duplicates: the range is split into equal
// and greater elements instead. An unbalanced partition (a side below
// 1/8) shuffles three elements around the middle before the next choice
// and costs one of bitLen(n) allowances; when they run out, heapsort.

const (
	maxInsertion     = 12 // insertion sort up to this length
	shortestNinther  = 50 // the ninther from this length on
	maxSwaps         = 4 * 3
	maxSteps         = 5  // out-of-order pairs partialInsertionSort fixes
	shortestShifting = 50 // partialInsertionSort fixes none below this
)

// What the pivot choice saw of the order of the samples.
const (
	unknownHint = iota
	increasingHint
	decreasingHint
)

// insertionSort sorts data[a:b].
func insertionSort(data Interface, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

// siftDown restores the max-heap property of the heap data[first+lo :
// first+hi] (root at index first) from node lo down.
func siftDown(data Interface, lo, hi, first int) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && data.Less(first+child, first+child+1) {
			child++
		}
		if !data.Less(first+root, first+child) {
			return
		}
		data.Swap(first+root, first+child)
		root = child
	}
}

// heapSort sorts data[a:b].
func heapSort(data Interface, a, b int) {
	n := b - a
	for i := (n - 1) / 2; i >= 0; i-- {
		siftDown(data, i, n, a)
	}
	for i := n - 1; i >= 0; i-- {
		data.Swap(a, a+i)
		siftDown(data, 0, i, a)
	}
}

// pdqsort sorts data[a:b], allowing limit unbalanced partitions before
// it falls back to heapsort.
func pdqsort(data Interface, a, b, limit int) {
	wasBalanced, wasPartitioned := true, true
	for {
		length := b - a
		if length <= maxInsertion {
			insertionSort(data, a, b)
			return
		}
		if limit == 0 {
			heapSort(data, a, b)
			return
		}
		if !wasBalanced {
			breakPatterns(data, a, b)
			limit--
		}

		pivot, hint := choosePivot(data, a, b)
		if hint == decreasingHint {
			reverseRange(data, a, b)
			pivot = (b - 1) - (pivot - a) // where the pivot went
			hint = increasingHint
		}
		if wasBalanced && wasPartitioned && hint == increasingHint {
			if partialInsertionSort(data, a, b) {
				return
			}
		}
		// data[a-1] (sorted before the range, so not greater than any of
		// it) is not less than the pivot: the pivot is the range's
		// minimum, likely with many duplicates.
		if a > 0 && !data.Less(a-1, pivot) {
			a = partitionEqual(data, a, b, pivot)
			continue
		}

		mid, alreadyPartitioned := partition(data, a, b, pivot)
		wasPartitioned = alreadyPartitioned
		// Recurse into the shorter side, loop on the longer.
		left, right := mid-a, b-mid
		threshold := length / 8
		if left < right {
			wasBalanced = left >= threshold
			pdqsort(data, a, mid, limit)
			a = mid + 1
		} else {
			wasBalanced = right >= threshold
			pdqsort(data, mid+1, b, limit)
			b = mid
		}
	}
}

// partition moves the pivot to data[a], then the elements less than it
// before the others, and the pivot between them; it returns the pivot's
// new index, and whether no element had to move.
func partition(data Interface, a, b, pivot int) (newpivot int, alreadyPartitioned bool) {
	data.Swap(a, pivot)
	i, j := a+1, b-1 // data[i..j] is still unpartitioned
	for i <= j && data.Less(i, a) {
		i++
	}
	for i <= j && !data.Less(j, a) {
		j--
	}
	if i > j {
		data.Swap(j, a)
		return j, true
	}
	data.Swap(i, j)
	i++
	j--
	for {
		for i <= j && data.Less(i, a) {
			i++
		}
		for i <= j && !data.Less(j, a) {
			j--
		}
		if i > j {
			break
		}
		data.Swap(i, j)
		i++
		j--
	}
	data.Swap(j, a)
	return j, false
}

// partitionEqual moves the elements equal to data[pivot] (none is less)
// before the greater ones, and returns the index of the first greater.
func partitionEqual(data Interface, a, b, pivot int) int {
	data.Swap(a, pivot)
	i, j := a+1, b-1
	for {
		for i <= j && !data.Less(a, i) {
			i++
		}
		for i <= j && data.Less(a, j) {
			j--
		}
		if i > j {
			return i
		}
		data.Swap(i, j)
		i++
		j--
	}
}

// partialInsertionSort fixes up to maxSteps out-of-order neighbours in
// data[a:b], and reports whether that sorted it. Ranges shorter than
// shortestShifting are only checked.
func partialInsertionSort(data Interface, a, b int) bool {
	i := a + 1
	for step := 0; step < maxSteps; step++ {
		for i < b && !data.Less(i, i-1) {
			i++
		}
		if i == b {
			return true
		}
		if b-a < shortestShifting {
			return false
		}
		data.Swap(i, i-1)
		// Move the smaller of the pair left into place. (As gc, all the
		// way to index 1, not to a.)
		if i-a >= 2 {
			for j := i - 1; j >= 1 && data.Less(j, j-1); j-- {
				data.Swap(j, j-1)
			}
		}
		// Move the larger right into place.
		if b-i >= 2 {
			for j := i + 1; j < b && data.Less(j, j-1); j++ {
				data.Swap(j, j-1)
			}
		}
	}
	return false
}

// breakPatterns swaps the three elements around the middle of data[a:b]
// with pseudo-random others, from an xorshift generator seeded with the
// length.
func breakPatterns(data Interface, a, b int) {
	length := b - a
	if length < 8 {
		return
	}
	random := uint64(length)
	mask := uint(1)<<uint(bitLen(uint(length))) - 1
	mid := a + (length/4)*2
	for idx := mid - 1; idx <= mid+1; idx++ {
		random ^= random << 13
		random ^= random >> 17
		random ^= random << 5
		other := int(uint(random) & mask)
		if other >= length {
			other -= length
		}
		data.Swap(idx, a+other)
	}
}

// choosePivot returns the index of the pivot for data[a:b] and what the
// samples' order suggests (see the file comment). Sampling may swap
// nothing: only indices are reordered.
func choosePivot(data Interface, a, b int) (pivot int, hint int) {
	l := b - a
	swaps := 0
	i := a + l/4*1
	j := a + l/4*2
	k := a + l/4*3
	if l >= 8 {
		if l >= shortestNinther {
			i = medianAdjacent(data, i, &swaps)
			j = medianAdjacent(data, j, &swaps)
			k = medianAdjacent(data, k, &swaps)
		}
		j = median(data, i, j, k, &swaps)
	}
	switch swaps {
	case 0:
		return j, increasingHint
	case maxSwaps:
		return j, decreasingHint
	}
	return j, unknownHint
}

// order2 returns a and b ordered by their elements, counting an
// inversion in *swaps.
func order2(data Interface, a, b int, swaps *int) (int, int) {
	if data.Less(b, a) {
		*swaps++
		return b, a
	}
	return a, b
}

// median returns the index of the median element of data[a], data[b],
// data[c].
func median(data Interface, a, b, c int, swaps *int) int {
	a, b = order2(data, a, b, swaps)
	b, c = order2(data, b, c, swaps)
	a, b = order2(data, a, b, swaps)
	return b
}

// medianAdjacent returns the index of the median of data[a-1], data[a],
// data[a+1].
func medianAdjacent(data Interface, a int, swaps *int) int {
	return median(data, a-1, a, a+1, swaps)
}

// reverseRange reverses data[a:b].
func reverseRange(data Interface, a, b int) {
	for i, j := a, b-1; i < j; i, j = i+1, j-1 {
		data.Swap(i, j)
	}
}
