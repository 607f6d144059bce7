package strconv

import "math"

// ParseFloat converts s to a float of bitSize bits (32 or 64; a 32-bit
// result is returned as the float64 holding the same value), rounded to
// nearest, ties to even.
//
// s is a decimal or hexadecimal floating-point number in Go's syntax
// (underscores only where Go's literals allow them; a hexadecimal
// mantissa needs a 'p' exponent), or "inf", "infinity" or "nan" in any
// case, with an optional sign. Errors are *NumError: ErrSyntax for a
// malformed s, ErrRange (with ±Inf) for a value too large for the type.
func ParseFloat(s string, bitSize int) (float64, error) {
	f, n, err := parseFloatPrefix(s, bitSize)
	if n != len(s) && (err == nil || err.(*NumError).Err != ErrSyntax) {
		return 0, syntaxError(fnParseFloat, s)
	}
	return f, err
}

const fnParseFloat = "ParseFloat"

// parseFloatPrefix parses the longest prefix of s that is a number, and
// returns its value and length.
func parseFloatPrefix(s string, bitSize int) (float64, int, error) {
	flt := &float64info
	if bitSize == 32 {
		flt = &float32info
	}
	if val, n, ok := special(s); ok {
		return val, n, nil
	}
	var in floatLiteral
	n, ok := in.read(s)
	if !ok {
		return 0, n, syntaxError(fnParseFloat, s)
	}
	if in.hex {
		bits, ovf := hexFloatBits(&in, flt)
		return fromBits(bits, flt), n, overflowError(ovf, s)
	}
	if !in.trunc {
		if f, ok := exactFloat(&in, flt); ok {
			return f, n, nil
		}
	}
	var d decimal
	if !d.set(s[:n]) {
		return 0, n, syntaxError(fnParseFloat, s)
	}
	bits, ovf := d.floatBits(flt)
	return fromBits(bits, flt), n, overflowError(ovf, s)
}

func overflowError(ovf bool, s string) error {
	if ovf {
		return rangeError(fnParseFloat, s)
	}
	return nil
}

// fromBits returns the float with IEEE bits b in format flt, as a float64.
func fromBits(b uint64, flt *floatInfo) float64 {
	if flt == &float32info {
		return float64(math.Float32frombits(uint32(b)))
	}
	return math.Float64frombits(b)
}

// special parses a leading infinity or NaN: [+-]inf, [+-]infinity, nan
// (case-insensitive). Only "inf" of a longer prefix of "infinity" counts.
func special(s string) (f float64, n int, ok bool) {
	if len(s) == 0 {
		return 0, 0, false
	}
	sign, nsign := 1, 0
	if s[0] == '+' || s[0] == '-' {
		if s[0] == '-' {
			sign = -1
		}
		nsign = 1
		s = s[1:]
	}
	if m := prefixLenFold(s, "infinity"); m >= 3 {
		if m < 8 {
			m = 3
		}
		return math.Inf(sign), nsign + m, true
	}
	if nsign == 0 && prefixLenFold(s, "nan") == 3 {
		return math.NaN(), 3, true
	}
	return 0, 0, false
}

// prefixLenFold returns how many leading bytes of s match word (lower
// case ASCII), ignoring ASCII case.
func prefixLenFold(s, word string) int {
	n := 0
	for n < len(s) && n < len(word) && lower(s[n]) == word[n] {
		n++
	}
	return n
}

// A floatLiteral is the mantissa and exponent read from a number: the
// value is mant * base^exp with base 10, or mant * 2^exp for a
// hexadecimal number (hex). trunc: digits beyond those mant holds were
// not all zero.
type floatLiteral struct {
	mant  uint64
	exp   int
	neg   bool
	trunc bool
	hex   bool
}

// read parses the number at the start of s into in and returns its
// length, and whether it is well-formed.
func (in *floatLiteral) read(s string) (n int, ok bool) {
	i := 0
	underscores := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		in.neg = s[i] == '-'
		i++
	}
	base := uint64(10)
	maxMantDigits := 19 // 10^19 fits in a uint64
	expChar := byte('e')
	if i+2 < len(s) && s[i] == '0' && lower(s[i+1]) == 'x' {
		base = 16
		maxMantDigits = 16
		i += 2
		expChar = 'p'
		in.hex = true
	}
	sawDot, sawDigits := false, false
	nd, ndMant, dp := 0, 0, 0 // digits seen (after leading zeros), in mant; point position
	for ; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			underscores = true
			continue
		}
		if c == '.' {
			if sawDot {
				break
			}
			sawDot = true
			dp = nd
			continue
		}
		var d uint64
		if '0' <= c && c <= '9' {
			d = uint64(c - '0')
		} else if base == 16 && 'a' <= lower(c) && lower(c) <= 'f' {
			d = uint64(lower(c)-'a') + 10
		} else {
			break
		}
		sawDigits = true
		if d == 0 && nd == 0 {
			dp-- // leading zero
			continue
		}
		nd++
		if ndMant < maxMantDigits {
			in.mant = in.mant*base + d
			ndMant++
		} else if d != 0 {
			in.trunc = true
		}
	}
	if !sawDigits {
		return i, false
	}
	if !sawDot {
		dp = nd
	}
	if base == 16 {
		dp *= 4
		ndMant *= 4
	}
	if i < len(s) && lower(s[i]) == expChar {
		i++
		if i >= len(s) {
			return i, false
		}
		esign := 1
		if s[i] == '+' || s[i] == '-' {
			if s[i] == '-' {
				esign = -1
			}
			i++
		}
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return i, false
		}
		e := 0
		for ; i < len(s) && ('0' <= s[i] && s[i] <= '9' || s[i] == '_'); i++ {
			if s[i] == '_' {
				underscores = true
				continue
			}
			if e < 10000 { // beyond any float's range; keep it bounded
				e = e*10 + int(s[i]-'0')
			}
		}
		dp += e * esign
	} else if base == 16 {
		return i, false // a hexadecimal mantissa needs an exponent
	}
	if in.mant != 0 {
		in.exp = dp - ndMant
	}
	if underscores && !underscoreOK(s[:i]) {
		return i, false
	}
	return i, true
}

// float64pow10 holds the powers of ten that are exact float64s.
var float64pow10 = []float64{
	1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
	1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
	1e20, 1e21, 1e22,
}

// exactFloat converts a decimal literal whose mantissa and power of ten
// are both exact floats of the format: one IEEE multiplication or
// division then rounds correctly.
func exactFloat(in *floatLiteral, flt *floatInfo) (float64, bool) {
	if in.mant>>(flt.mantbits+1) != 0 {
		return 0, false
	}
	maxExp := 22
	if flt == &float32info {
		maxExp = 10
	}
	if in.exp < -maxExp || in.exp > maxExp {
		return 0, false
	}
	var f float64
	if flt == &float32info {
		g := float32(in.mant)
		if in.exp >= 0 {
			g *= float32(float64pow10[in.exp])
		} else {
			g /= float32(float64pow10[-in.exp])
		}
		f = float64(g)
	} else {
		f = float64(in.mant)
		if in.exp >= 0 {
			f *= float64pow10[in.exp]
		} else {
			f /= float64pow10[-in.exp]
		}
	}
	if in.neg {
		f = -f
	}
	return f, true
}

// hexFloatBits rounds the hexadecimal literal in to the format flt and
// returns its bits, and whether it overflowed (the bits are then ±Inf).
func hexFloatBits(in *floatLiteral, flt *floatInfo) (bits uint64, overflow bool) {
	mant, exp := in.mant, in.exp
	maxExp := 1<<flt.expbits + flt.bias - 2
	minExp := flt.bias + 1
	exp += int(flt.mantbits) // the value is now mant * 2^(exp - mantbits)

	// Normalise mant to mantbits+3 bits: the leading 1, mantbits more, a
	// guard bit and a sticky bit (the OR of everything below it).
	for mant != 0 && mant>>(flt.mantbits+2) == 0 {
		mant <<= 1
		exp--
	}
	if in.trunc {
		mant |= 1
	}
	for mant>>(flt.mantbits+3) != 0 {
		mant = mant>>1 | mant&1
		exp++
	}
	// Too small for a normal: denormalise, keeping the sticky bit.
	for mant > 1 && exp < minExp-2 {
		mant = mant>>1 | mant&1
		exp++
	}
	// Round to nearest, ties to even, on the guard and sticky bits.
	round := mant & 3
	mant >>= 2
	exp += 2
	if round == 3 || round == 2 && mant&1 != 0 {
		mant++
		if mant == 1<<(flt.mantbits+1) {
			mant >>= 1
			exp++
		}
	}
	if mant>>flt.mantbits == 0 {
		exp = flt.bias // denormal or zero
	}
	if exp > maxExp {
		mant = 1 << flt.mantbits
		exp = maxExp + 1
		overflow = true
	}
	bits = mant & (1<<flt.mantbits - 1)
	bits |= uint64((exp-flt.bias)&(1<<flt.expbits-1)) << flt.mantbits
	if in.neg {
		bits |= 1 << flt.mantbits << flt.expbits
	}
	return bits, overflow
}

// set parses s, a well-formed decimal literal (as read accepted it), into
// a: up to maxDigits significant digits, the rest recorded in trunc.
func (a *decimal) set(s string) bool {
	i := 0
	a.neg = false
	a.trunc = false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		a.neg = s[i] == '-'
		i++
	}
	sawDot, sawDigits := false, false
	a.nd, a.dp = 0, 0
	for ; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			continue
		}
		if c == '.' {
			if sawDot {
				return false
			}
			sawDot = true
			a.dp = a.nd
			continue
		}
		if c < '0' || c > '9' {
			break
		}
		sawDigits = true
		if c == '0' && a.nd == 0 {
			a.dp-- // leading zero
			continue
		}
		if a.nd < maxDigits {
			a.d[a.nd] = c
			a.nd++
		} else if c != '0' {
			a.trunc = true
		}
	}
	if !sawDigits {
		return false
	}
	if !sawDot {
		a.dp = a.nd
	}
	if i < len(s) && lower(s[i]) == 'e' {
		i++
		esign := 1
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			if s[i] == '-' {
				esign = -1
			}
			i++
		}
		e := 0
		for ; i < len(s) && ('0' <= s[i] && s[i] <= '9' || s[i] == '_'); i++ {
			if s[i] != '_' && e < 10000 {
				e = e*10 + int(s[i]-'0')
			}
		}
		a.dp += e * esign
	}
	if i != len(s) {
		return false
	}
	a.trim()
	return true
}

// floatBits rounds a to the format flt and returns its bits, and whether
// it overflowed (the bits are then ±Inf). It shifts a by powers of two
// until it lies in [1/2, 1), so that the power is the binary exponent,
// then takes mantbits+1 bits of it, rounded, as the mantissa.
func (a *decimal) floatBits(flt *floatInfo) (b uint64, overflow bool) {
	var exp int
	var mant uint64
	if a.nd == 0 {
		mant, exp = 0, flt.bias // zero
		return a.pack(mant, exp, flt), false
	}
	// Far out of range: the scaling below would take too long.
	if a.dp > 310 {
		return a.pack(0, 1<<flt.expbits-1+flt.bias, flt), true
	}
	if a.dp < -330 {
		return a.pack(0, flt.bias, flt), false
	}
	// Divide while a >= 1: by 2^(3*dp) at a time, which keeps a >= 1
	// until dp is 1, as 8 < 10.
	for a.dp > 0 {
		n := 3 * (a.dp - 1)
		if n == 0 {
			n = 1
		}
		if n > maxShift {
			n = maxShift
		}
		a.Shift(-n)
		exp += n
	}
	// Multiply while a < 1/2: by 2^(3*-dp) at a time, which keeps a < 1.
	for a.dp < 0 || a.dp == 0 && a.d[0] < '5' {
		n := 3 * -a.dp
		if n == 0 {
			n = 1
		}
		if n > maxShift {
			n = maxShift
		}
		a.Shift(n)
		exp -= n
	}
	// a is in [1/2, 1): the value is a * 2^exp = (2a) * 2^(exp-1).
	exp--
	// Below the smallest normal exponent: denormalise.
	if exp < flt.bias+1 {
		n := flt.bias + 1 - exp
		a.Shift(-n)
		exp += n
	}
	if exp-flt.bias >= 1<<flt.expbits-1 {
		return a.pack(0, 1<<flt.expbits-1+flt.bias, flt), true
	}
	a.Shift(int(1 + flt.mantbits))
	mant = a.RoundedInteger()
	if mant == 2<<flt.mantbits {
		// Rounded up to the next power of two.
		mant >>= 1
		exp++
		if exp-flt.bias >= 1<<flt.expbits-1 {
			return a.pack(0, 1<<flt.expbits-1+flt.bias, flt), true
		}
	}
	if mant&(1<<flt.mantbits) == 0 {
		exp = flt.bias // denormal
	}
	return a.pack(mant, exp, flt), false
}

// pack assembles the bits of a float from a's sign, the mantissa (its
// implicit leading bit is dropped) and the unbiased exponent.
func (a *decimal) pack(mant uint64, exp int, flt *floatInfo) uint64 {
	bits := mant & (uint64(1)<<flt.mantbits - 1)
	bits |= uint64((exp-flt.bias)&(1<<flt.expbits-1)) << flt.mantbits
	if a.neg {
		bits |= 1 << flt.mantbits << flt.expbits
	}
	return bits
}
