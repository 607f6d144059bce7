package strconv

// maxDigits bounds the digits of a decimal (see below).
const maxDigits = 800

// A decimal is an exact non-negative decimal number: the digits d[0:nd]
// ('0'..'9', no leading or trailing zeros) with the decimal point dp
// digits from the left (dp may be negative or beyond nd): 0.d[0]d[1]... *
// 10^dp. Every float64 has an exact decimal expansion of at most 767
// significant digits, so 800 digits hold any of them; digits that would
// fall beyond set trunc instead, which rounding treats as "a little more".
//
// FormatFloat builds the value's decimal by multiplying the binary
// mantissa by a power of two (Shift), then rounds it; ParseFloat builds
// the input's decimal and shifts it until its integer part is the
// rounded binary mantissa.
type decimal struct {
	d     [maxDigits]byte
	nd    int
	dp    int
	neg   bool
	trunc bool // nonzero digits were dropped past d[len(d)-1]
}

func (a *decimal) String() string {
	n := 10 + a.nd
	if a.dp > 0 {
		n += a.dp
	}
	if a.dp < 0 {
		n += -a.dp
	}
	buf := make([]byte, 0, n)
	switch {
	case a.nd == 0:
		return "0"
	case a.dp <= 0:
		buf = append(buf, '0', '.')
		for i := 0; i < -a.dp; i++ {
			buf = append(buf, '0')
		}
		buf = append(buf, a.d[:a.nd]...)
	case a.dp < a.nd:
		buf = append(buf, a.d[:a.dp]...)
		buf = append(buf, '.')
		buf = append(buf, a.d[a.dp:a.nd]...)
	default:
		buf = append(buf, a.d[:a.nd]...)
		for i := a.nd; i < a.dp; i++ {
			buf = append(buf, '0')
		}
	}
	return string(buf)
}

// trim drops trailing zeros (a zero decimal gets dp = 0).
func (a *decimal) trim() {
	for a.nd > 0 && a.d[a.nd-1] == '0' {
		a.nd--
	}
	if a.nd == 0 {
		a.dp = 0
	}
}

// Assign sets a to v.
func (a *decimal) Assign(v uint64) {
	var buf [24]byte
	n := 0
	for v > 0 {
		buf[n] = byte(v%10) + '0'
		v /= 10
		n++
	}
	a.nd = 0
	for n--; n >= 0; n-- {
		a.d[a.nd] = buf[n]
		a.nd++
	}
	a.dp = a.nd
	a.trunc = false
	a.trim()
}

// maxShift is the largest k by which Shift multiplies or divides in one
// pass: digit<<k plus a carry must fit in a uint64.
const maxShift = 60

// rightShift divides a by 2^k (k <= maxShift), as long division from the
// most significant digit.
func rightShift(a *decimal, k uint) {
	r := 0 // read index
	w := 0 // write index
	var n uint64
	// Read digits until the partial remainder reaches 2^k: the first
	// quotient digit.
	for ; n>>k == 0; r++ {
		if r >= a.nd {
			if n == 0 {
				a.nd = 0 // a was zero
				return
			}
			for n>>k == 0 {
				n *= 10
				r++
			}
			break
		}
		n = n*10 + uint64(a.d[r]-'0')
	}
	a.dp -= r - 1
	mask := uint64(1)<<k - 1
	for ; r < a.nd; r++ {
		c := uint64(a.d[r] - '0')
		dig := n >> k
		n &= mask
		a.d[w] = byte(dig + '0')
		w++
		n = n*10 + c
	}
	// The remainder's digits.
	for n > 0 {
		dig := n >> k
		n &= mask
		if w < maxDigits {
			a.d[w] = byte(dig + '0')
			w++
		} else if dig > 0 {
			a.trunc = true
		}
		n *= 10
	}
	a.nd = w
	a.trim()
}

// leftShift multiplies a by 2^k (k <= maxShift), from the least
// significant digit, into a scratch buffer whose length is known only at
// the end.
func leftShift(a *decimal, k uint) {
	var out [maxDigits + 20]byte // a 60-bit shift adds <= 19 digits
	w := len(out)
	var carry uint64
	for r := a.nd - 1; r >= 0; r-- {
		n := uint64(a.d[r]-'0')<<k + carry
		carry = n / 10
		w--
		out[w] = byte(n-carry*10) + '0'
	}
	for carry > 0 {
		q := carry / 10
		w--
		out[w] = byte(carry-q*10) + '0'
		carry = q
	}
	added := len(out) - w - a.nd
	n := len(out) - w
	if n > maxDigits {
		for _, c := range out[w+maxDigits:] {
			if c != '0' {
				a.trunc = true
			}
		}
		n = maxDigits
	}
	copy(a.d[:], out[w:w+n])
	a.nd = n
	a.dp += added
	a.trim()
}

// Shift multiplies a by 2^k (k > 0) or divides it by 2^-k (k < 0).
func (a *decimal) Shift(k int) {
	switch {
	case a.nd == 0:
	case k > 0:
		for k > maxShift {
			leftShift(a, maxShift)
			k -= maxShift
		}
		leftShift(a, uint(k))
	case k < 0:
		for k < -maxShift {
			rightShift(a, maxShift)
			k += maxShift
		}
		rightShift(a, uint(-k))
	}
}

// shouldRoundUp reports whether rounding a to nd digits goes up: the
// dropped part is more than half a unit of the last kept digit, or exactly
// half and the kept part is odd (round half to even).
func shouldRoundUp(a *decimal, nd int) bool {
	if nd < 0 || nd >= a.nd {
		return false
	}
	if a.d[nd] == '5' && nd+1 == a.nd {
		if a.trunc {
			return true // "5" followed by dropped nonzero digits: above half
		}
		return nd > 0 && (a.d[nd-1]-'0')%2 == 1
	}
	return a.d[nd] >= '5'
}

// Round rounds a to nd digits (to nearest, ties to even).
func (a *decimal) Round(nd int) {
	if nd < 0 || nd >= a.nd {
		return
	}
	if shouldRoundUp(a, nd) {
		a.RoundUp(nd)
	} else {
		a.RoundDown(nd)
	}
}

// RoundDown truncates a to nd digits.
func (a *decimal) RoundDown(nd int) {
	if nd < 0 || nd >= a.nd {
		return
	}
	a.nd = nd
	a.trim()
}

// RoundUp rounds a up to nd digits: the smallest nd-digit number >= a.
func (a *decimal) RoundUp(nd int) {
	if nd < 0 || nd >= a.nd {
		return
	}
	for i := nd - 1; i >= 0; i-- {
		if a.d[i] < '9' {
			a.d[i]++
			a.nd = i + 1
			return
		}
	}
	// All nines: 999 becomes 1000.
	a.d[0] = '1'
	a.nd = 1
	a.dp++
}

// RoundedInteger returns a rounded to the nearest integer (ties to even);
// all ones if it does not fit in a uint64.
func (a *decimal) RoundedInteger() uint64 {
	if a.dp > 20 {
		return 0xFFFFFFFFFFFFFFFF
	}
	var n uint64
	i := 0
	for ; i < a.dp && i < a.nd; i++ {
		n = n*10 + uint64(a.d[i]-'0')
	}
	for ; i < a.dp; i++ {
		n *= 10
	}
	if shouldRoundUp(a, a.dp) {
		n++
	}
	return n
}
