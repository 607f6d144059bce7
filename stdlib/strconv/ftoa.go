package strconv

import "math"

// floatInfo describes an IEEE 754 binary format: a value with biased
// exponent e (0 < e < 2^expbits-1) is 1.mant * 2^(e+bias) (0.mant *
// 2^(1+bias) when e == 0).
type floatInfo struct {
	mantbits uint
	expbits  uint
	bias     int
}

var float32info = floatInfo{23, 8, -127}
var float64info = floatInfo{52, 11, -1023}

// FormatFloat formats f, which has bitSize bits (32 or 64: f is rounded
// to float32 first if 32), in format fmt:
//
//	'e', 'E'  -d.dddde±dd      'f'  -ddd.dddd
//	'g', 'G'  'e' for large exponents, 'f' otherwise
//	'b'       -ddddp±ddd (binary exponent)
//	'x', 'X'  -0x1.hhhhp±dd (hexadecimal mantissa, binary exponent)
//
// prec is the number of digits after the point for 'e', 'f', 'x', and the
// number of significant digits for 'g'. prec -1 asks for the fewest digits
// that read back (ParseFloat) as exactly f.
func FormatFloat(f float64, fmt byte, prec, bitSize int) string {
	return string(genericFtoa(make([]byte, 0, 24), f, fmt, prec, bitSize))
}

// AppendFloat appends FormatFloat(f, fmt, prec, bitSize) to dst.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return genericFtoa(dst, f, fmt, prec, bitSize)
}

func genericFtoa(dst []byte, val float64, fmt byte, prec, bitSize int) []byte {
	var bits uint64
	var flt *floatInfo
	switch bitSize {
	case 32:
		bits = uint64(math.Float32bits(float32(val)))
		flt = &float32info
	case 64:
		bits = math.Float64bits(val)
		flt = &float64info
	default:
		panic("strconv: illegal AppendFloat/FormatFloat bitSize")
	}

	neg := bits>>(flt.expbits+flt.mantbits) != 0
	exp := int(bits>>flt.mantbits) & (1<<flt.expbits - 1)
	mant := bits & (uint64(1)<<flt.mantbits - 1)

	switch exp {
	case 1<<flt.expbits - 1:
		switch {
		case mant != 0:
			return append(dst, "NaN"...)
		case neg:
			return append(dst, "-Inf"...)
		}
		return append(dst, "+Inf"...)
	case 0:
		exp++ // denormal: no implicit leading bit
	default:
		mant |= uint64(1) << flt.mantbits
	}
	exp += flt.bias
	// Now the value is mant * 2^(exp - mantbits).

	switch fmt {
	case 'b':
		return fmtB(dst, neg, mant, exp, flt)
	case 'x', 'X':
		return fmtX(dst, prec, fmt, neg, mant, exp, flt)
	}

	d := new(decimal)
	shortest := prec < 0
	if shortest {
		// Grisu3 when it can tell, the exact search when it cannot.
		if flt != &float64info || mant == 0 || !grisuShortest(d, mant, exp) {
			d.Assign(mant)
			d.Shift(exp - int(flt.mantbits))
			roundShortest(d, mant, exp, flt)
		}
		switch fmt {
		case 'e', 'E':
			prec = d.nd - 1
		case 'f':
			prec = d.nd - d.dp
			if prec < 0 {
				prec = 0
			}
		case 'g', 'G':
			prec = d.nd
		}
	} else {
		d.Assign(mant)
		d.Shift(exp - int(flt.mantbits))
		switch fmt {
		case 'e', 'E':
			d.Round(prec + 1)
		case 'f':
			d.Round(d.dp + prec)
		case 'g', 'G':
			if prec == 0 {
				prec = 1
			}
			d.Round(prec)
		}
	}
	return formatDigits(dst, shortest, neg, d, prec, fmt)
}

// roundShortest rounds d, the exact decimal of mant * 2^(exp - mantbits),
// to the fewest digits that still lie strictly between the value's two
// neighbours' midpoints (or on one, when mant is even: round-to-even
// reading takes a midpoint to the even mantissa), choosing the candidate
// closest to the value when both rounding down and up qualify.
func roundShortest(d *decimal, mant uint64, exp int, flt *floatInfo) {
	if mant == 0 {
		d.nd = 0
		return
	}
	// The midpoints: upper = (2*mant+1) * 2^(exp-mantbits-1); lower the
	// same with 2*mant-1, except when mant is a power of two above the
	// denormals, where the float below is twice as close.
	upper := new(decimal)
	upper.Assign(2*mant + 1)
	upper.Shift(exp - int(flt.mantbits) - 1)
	lower := new(decimal)
	minexp := flt.bias + 1
	if mant > 1<<flt.mantbits || exp == minexp {
		lower.Assign(2*mant - 1)
		lower.Shift(exp - int(flt.mantbits) - 1)
	} else {
		lower.Assign(4*mant - 1)
		lower.Shift(exp - int(flt.mantbits) - 2)
	}
	inclusive := mant%2 == 0

	var hi [32]byte // room for the usual 17 digits; append grows it
	for n := 1; n < d.nd; n++ {
		// Round down: d's first n digits.
		c := cmpDigits(d.d[:n], d.dp, lower.d[:lower.nd], lower.dp)
		okDown := c > 0 || inclusive && c == 0
		// Round up: the first n digits plus one in the last place.
		hiDigits, hiDP := roundedUp(hi[:0], d.d[:n], d.dp)
		c = cmpDigits(hiDigits, hiDP, upper.d[:upper.nd], upper.dp)
		okUp := c < 0 || inclusive && c == 0
		switch {
		case okDown && okUp:
			d.Round(n)
			return
		case okDown:
			d.RoundDown(n)
			return
		case okUp:
			d.RoundUp(n)
			return
		}
	}
	// All of d's digits are needed.
}

// roundedUp appends to buf the digits of the decimal 0.digits * 10^dp
// plus one unit in its last digit, and returns them with their dp.
func roundedUp(buf, digits []byte, dp int) ([]byte, int) {
	buf = append(buf, digits...)
	for i := len(buf) - 1; i >= 0; i-- {
		if buf[i] < '9' {
			buf[i]++
			return buf[:i+1], dp
		}
	}
	buf = append(buf[:0], '1')
	return buf, dp + 1
}

// cmpDigits compares the positive decimals 0.a * 10^adp and 0.b * 10^bdp
// (a, b without leading zeros; empty means zero): -1, 0 or +1.
func cmpDigits(a []byte, adp int, b []byte, bdp int) int {
	switch {
	case len(a) == 0 && len(b) == 0:
		return 0
	case len(a) == 0:
		return -1
	case len(b) == 0:
		return +1
	case adp != bdp:
		if adp < bdp {
			return -1
		}
		return +1
	}
	n := len(a)
	if len(b) > n {
		n = len(b)
	}
	for i := 0; i < n; i++ {
		x, y := byte('0'), byte('0')
		if i < len(a) {
			x = a[i]
		}
		if i < len(b) {
			y = b[i]
		}
		if x != y {
			if x < y {
				return -1
			}
			return +1
		}
	}
	return 0
}

// formatDigits formats the rounded decimal d in fmt with prec.
func formatDigits(dst []byte, shortest bool, neg bool, d *decimal, prec int, fmt byte) []byte {
	switch fmt {
	case 'e', 'E':
		return fmtE(dst, neg, d, prec, fmt)
	case 'f':
		return fmtF(dst, neg, d, prec)
	case 'g', 'G':
		// %e when the exponent is below -4 or at least the precision
		// (6 for the shortest form, as C's %g).
		eprec := prec
		if eprec > d.nd && d.nd >= d.dp {
			eprec = d.nd
		}
		if shortest {
			eprec = 6
		}
		exp := d.dp - 1
		if exp < -4 || exp >= eprec {
			if prec > d.nd {
				prec = d.nd
			}
			return fmtE(dst, neg, d, prec-1, fmt+'e'-'g')
		}
		if prec > d.dp {
			prec = d.nd
		}
		prec -= d.dp
		if prec < 0 {
			prec = 0
		}
		return fmtF(dst, neg, d, prec)
	}
	return append(dst, '%', fmt)
}

// fmtE: -d.ddddde±dd, with prec digits after the point.
func fmtE(dst []byte, neg bool, d *decimal, prec int, fmt byte) []byte {
	if neg {
		dst = append(dst, '-')
	}
	first := byte('0')
	if d.nd != 0 {
		first = d.d[0]
	}
	dst = append(dst, first)
	if prec > 0 {
		dst = append(dst, '.')
		for i := 1; i <= prec; i++ {
			if i < d.nd {
				dst = append(dst, d.d[i])
			} else {
				dst = append(dst, '0')
			}
		}
	}
	dst = append(dst, fmt)
	exp := d.dp - 1
	if d.nd == 0 {
		exp = 0 // zero
	}
	if exp < 0 {
		dst = append(dst, '-')
		exp = -exp
	} else {
		dst = append(dst, '+')
	}
	if exp < 10 {
		return append(dst, '0', byte(exp)+'0')
	}
	if exp < 100 {
		return append(dst, byte(exp/10)+'0', byte(exp%10)+'0')
	}
	return append(dst, byte(exp/100)+'0', byte(exp/10%10)+'0', byte(exp%10)+'0')
}

// fmtF: -ddddd.ddd, with prec digits after the point.
func fmtF(dst []byte, neg bool, d *decimal, prec int) []byte {
	if neg {
		dst = append(dst, '-')
	}
	if d.dp > 0 {
		for i := 0; i < d.dp; i++ {
			if i < d.nd {
				dst = append(dst, d.d[i])
			} else {
				dst = append(dst, '0')
			}
		}
	} else {
		dst = append(dst, '0')
	}
	if prec > 0 {
		dst = append(dst, '.')
		for i := 0; i < prec; i++ {
			j := d.dp + i
			if 0 <= j && j < d.nd {
				dst = append(dst, d.d[j])
			} else {
				dst = append(dst, '0')
			}
		}
	}
	return dst
}

// fmtB: -ddddp±ddd, the mantissa and the binary exponent in decimal.
func fmtB(dst []byte, neg bool, mant uint64, exp int, flt *floatInfo) []byte {
	if neg {
		dst = append(dst, '-')
	}
	dst = AppendUint(dst, mant, 10)
	dst = append(dst, 'p')
	exp -= int(flt.mantbits)
	if exp >= 0 {
		dst = append(dst, '+')
	}
	return AppendInt(dst, int64(exp), 10)
}

// fmtX: -0x1.hhhhhp±dd, the value normalised to a leading 1 (0x0p+00 for
// zero), rounded to prec hex digits (ties to even) unless prec < 0.
func fmtX(dst []byte, prec int, fmt byte, neg bool, mant uint64, exp int, flt *floatInfo) []byte {
	if mant == 0 {
		exp = 0
	}
	// Put the leading 1 at bit 60: the value is mant/2^60 * 2^exp.
	mant <<= 60 - flt.mantbits
	for mant != 0 && mant&(1<<60) == 0 {
		mant <<= 1
		exp--
	}
	if 0 <= prec && prec < 15 {
		drop := uint(60 - 4*prec) // bits below the last kept hex digit
		rest := mant & (1<<drop - 1)
		mant >>= drop
		half := uint64(1) << (drop - 1)
		if rest > half || rest == half && mant&1 != 0 {
			mant++
		}
		mant <<= drop
		if mant&(1<<61) != 0 {
			// Carried into a new leading digit (0x1.f -> 0x2.0).
			mant >>= 1
			exp++
		}
	}
	hex := lowerhex
	if fmt == 'X' {
		hex = upperhex
	}
	if neg {
		dst = append(dst, '-')
	}
	dst = append(dst, '0', fmt, '0'+byte(mant>>60&1))
	mant <<= 4 // the digits after the point, from bit 63 down
	if prec < 0 && mant != 0 {
		dst = append(dst, '.')
		for mant != 0 {
			dst = append(dst, hex[mant>>60&15])
			mant <<= 4
		}
	} else if prec > 0 {
		dst = append(dst, '.')
		for i := 0; i < prec; i++ {
			dst = append(dst, hex[mant>>60&15])
			mant <<= 4
		}
	}
	if fmt == 'X' {
		dst = append(dst, 'P')
	} else {
		dst = append(dst, 'p')
	}
	if exp < 0 {
		dst = append(dst, '-')
		exp = -exp
	} else {
		dst = append(dst, '+')
	}
	switch {
	case exp < 100:
		return append(dst, byte(exp/10)+'0', byte(exp%10)+'0')
	case exp < 1000:
		return append(dst, byte(exp/100)+'0', byte(exp/10%10)+'0', byte(exp%10)+'0')
	}
	return append(dst, byte(exp/1000)+'0', byte(exp/100%10)+'0', byte(exp/10%10)+'0', byte(exp%10)+'0')
}
