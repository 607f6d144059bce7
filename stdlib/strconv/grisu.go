package strconv

import "math/bits"

// The fast path of FormatFloat(f, fmt, -1, 64): Grisu3 (Florian Loitsch,
// "Printing Floating-Point Numbers Quickly and Accurately with Integers",
// PLDI 2010). It computes the shortest digits in 64-bit integer arithmetic
// from approximations of the value and of its rounding interval, scaled by
// a cached power of ten; since those approximations are off by up to one
// unit, it gives up (about 0.5% of doubles) whenever the answer is not
// certain: when a candidate lies too close to the edge of the interval, or
// two candidates are too close to call. roundShortest, the exact decimal
// algorithm, then decides. When it does answer, the digits are the shortest
// in the interval and the closest to the value: what gc's Ryu prints.

// A diyFP is f * 2^e, an unsigned float with a 64-bit mantissa.
type diyFP struct {
	f uint64
	e int
}

// normalize shifts x's mantissa up until its top bit is set.
func (x diyFP) normalize() diyFP {
	s := bits.LeadingZeros64(x.f)
	return diyFP{x.f << uint(s), x.e - s}
}

// mul returns x*y, the top 64 bits of the product rounded: within half a
// unit of the exact product.
func (x diyFP) mul(y diyFP) diyFP {
	hi, lo := bits.Mul64(x.f, y.f)
	return diyFP{hi + lo>>63, x.e + y.e + 64}
}

// The window for the binary exponent of the scaled value: its integer
// part then fits in 32 bits, and its fraction has room for digits.
const (
	grisuMinExp = -60
	grisuMaxExp = -32
)

// cachedPow10 returns the cached power of ten c = 10^q with
// grisuMinExp <= e + c.e + 64 <= grisuMaxExp, for a normalized exponent e.
func cachedPow10(e int) (c diyFP, q int) {
	// 10^q has about q*log2(10) bits: estimate the first q whose exponent
	// is in the window, then step to it (the cached powers are 8 decades,
	// 26.6 bits, apart: the 28-bit window always holds one).
	lowest := grisuMinExp - e - 64 // the smallest acceptable c.e
	i := 0
	if est := (lowest+63)*30103/100000 - firstCachedPow10; est > 0 {
		i = est / cachedPow10Step
	}
	if i >= len(cachedPow10E) {
		i = len(cachedPow10E) - 1
	}
	for i > 0 && int(cachedPow10E[i]) >= lowest {
		i--
	}
	for int(cachedPow10E[i]) < lowest {
		i++
	}
	return diyFP{cachedPow10F[i], int(cachedPow10E[i])}, firstCachedPow10 + i*cachedPow10Step
}

// grisuShortest tries to put into d the shortest digits of the float64
// mant * 2^(exp-52) (mant != 0, with its implicit bit; exp unbiased), and
// reports whether it could.
func grisuShortest(d *decimal, mant uint64, exp int) bool {
	const mantbits = 52
	w := diyFP{mant, exp - mantbits}.normalize()
	// The interval of values that read back as this float: its midpoints
	// with the neighbours, the lower one twice as close for a power of two
	// above the denormals.
	plus := diyFP{2*mant + 1, exp - mantbits - 1}.normalize()
	var minus diyFP
	if mant == 1<<mantbits && exp > float64info.bias+1 {
		minus = diyFP{4*mant - 1, exp - mantbits - 2}
	} else {
		minus = diyFP{2*mant - 1, exp - mantbits - 1}
	}
	minus.f <<= uint(minus.e - plus.e)
	minus.e = plus.e

	c, q := cachedPow10(w.e)
	W, Wplus, Wminus := w.mul(c), plus.mul(c), minus.mul(c)
	d.neg = false
	d.trunc = false
	return digitGen(d, W, Wplus, Wminus, q)
}

// digitGen generates the digits of the scaled upper bound, widened by one
// unit of error (tooHigh), until they fall within the widened interval;
// then roundWeed moves the last digit toward W. The digits times
// 10^(kappa-q), kappa the decimal position reached, approximate the value.
func digitGen(d *decimal, W, Wplus, Wminus diyFP, q int) bool {
	unit := uint64(1)
	tooLow := Wminus.f - unit
	tooHigh := Wplus.f + unit
	unsafe := tooHigh - tooLow // the interval, sure to contain the true one
	shift := uint(-W.e)
	one := uint64(1) << shift
	integral := uint32(tooHigh >> shift) // >= 4: W is normalized
	fraction := tooHigh & (one - 1)

	divisor, kappa := uint32(1), 1 // 10^(kappa-1) <= integral
	for divisor <= integral/10 {
		divisor *= 10
		kappa++
	}
	n := 0
	for kappa > 0 {
		digit := integral / divisor
		d.d[n] = byte('0' + digit)
		n++
		integral %= divisor
		kappa--
		rest := uint64(integral)<<shift + fraction
		if rest < unsafe {
			d.nd, d.dp = n, n+kappa-q
			return roundWeed(d, tooHigh-W.f, unsafe, rest, uint64(divisor)<<shift, unit)
		}
		divisor /= 10
	}
	for {
		// One more digit of the fraction; the error grows with it.
		fraction *= 10
		unit *= 10
		unsafe *= 10
		digit := fraction >> shift
		d.d[n] = byte('0' + digit)
		n++
		fraction &= one - 1
		kappa--
		if fraction < unsafe {
			d.nd, d.dp = n, n+kappa-q
			return roundWeed(d, (tooHigh-W.f)*unit, unsafe, fraction, one, unit)
		}
	}
}

// roundWeed lowers the last digit of d while that brings it closer to the
// value, and reports whether the result is certain. All distances are
// measured down from tooHigh in the scaled units: distance is that of W
// (known within ±unit), rest that of d's digits, unsafe that of tooLow,
// and tenKappa is one step of the last digit.
func roundWeed(d *decimal, distance, unsafe, rest, tenKappa, unit uint64) bool {
	closer := distance - unit  // to W's highest possible value
	farther := distance + unit // to W's lowest possible value
	// Step down while the digits are above W's highest value, the next
	// candidate is still in the interval, and it is nearer W's highest
	// value (below it, or above it by less).
	for rest < closer && unsafe-rest >= tenKappa &&
		(rest+tenKappa < closer || closer-rest >= rest+tenKappa-closer) {
		d.d[d.nd-1]--
		rest += tenKappa
	}
	// If, against W's lowest value, another step down would still be
	// closer, which candidate is nearest cannot be told.
	if rest < farther && unsafe-rest >= tenKappa &&
		(rest+tenKappa < farther || farther-rest > rest+tenKappa-farther) {
		return false
	}
	// The candidate must be inside the interval for certain, not only in
	// the widened one: at least 2 units from tooHigh, 4 from tooLow.
	if !(2*unit <= rest && rest <= unsafe-4*unit) {
		return false
	}
	d.trim()
	return true
}
