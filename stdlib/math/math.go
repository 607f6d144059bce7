// Package math provides Go's mathematical constants and the exact
// floating-point functions of package math: the IEEE 754 bit conversions,
// Inf, NaN, IsNaN, IsInf, Signbit, Copysign, Abs, Floor, Ceil, Trunc,
// Round, RoundToEven, Modf, Frexp, Ldexp, Max, Min, Mod and Sqrt. Each
// gives the same bits as gc's.
//
// Missing: the transcendental functions (Pow, Exp, Log, Sin, ...). Go
// computes them with its own polynomial approximations, whose last-bit
// results differ from the C library's; they come when they can be matched
// bit for bit.
//
// The bit conversions, Sqrt and Mod are defined by the runtime
// (runtime/stdlib.cpp): they are one machine instruction or C's fmod, which
// is exact as Go's Mod is.
package math

// Mathematical constants, as Go defines them.
const (
	E   = 2.71828182845904523536028747135266249775724709369995957496696763
	Pi  = 3.14159265358979323846264338327950288419716939937510582097494459
	Phi = 1.61803398874989484820458683436563811772030917980576286213544862

	Sqrt2   = 1.41421356237309504880168872420969807856967187537694807317667974
	SqrtE   = 1.64872127070012814684865078831848425562886006400152386880209212
	SqrtPi  = 1.77245385090551602729816748334114518279754945612238712821380779
	SqrtPhi = 1.27201964951406896425242246173749149171560804184009624861664038

	Ln2    = 0.693147180559945309417232121458176568075500134360255254120680009
	Log2E  = 1 / Ln2
	Ln10   = 2.30258509299404568401799145468436420760110148862877297603332790
	Log10E = 1 / Ln10
)

// Floating-point limits: the largest finite and the smallest positive
// (denormal) value of each type.
const (
	MaxFloat32             = 0x1p127 * (1 + (1 - 0x1p-23))
	SmallestNonzeroFloat32 = 0x1p-126 * 0x1p-23
	MaxFloat64             = 0x1p1023 * (1 + (1 - 0x1p-52))
	SmallestNonzeroFloat64 = 0x1p-1022 * 0x1p-52
)

// Integer limits.
const (
	intSize = 64

	MaxInt    = 1<<(intSize-1) - 1
	MinInt    = -1 << (intSize - 1)
	MaxInt8   = 1<<7 - 1
	MinInt8   = -1 << 7
	MaxInt16  = 1<<15 - 1
	MinInt16  = -1 << 15
	MaxInt32  = 1<<31 - 1
	MinInt32  = -1 << 31
	MaxInt64  = 1<<63 - 1
	MinInt64  = -1 << 63
	MaxUint   = 1<<intSize - 1
	MaxUint8  = 1<<8 - 1
	MaxUint16 = 1<<16 - 1
	MaxUint32 = 1<<32 - 1
	MaxUint64 = 1<<64 - 1
)

// The float64 format: 1 sign bit, 11 exponent bits, 52 fraction bits.
const (
	mask  = 0x7FF
	shift = 64 - 11 - 1
	bias  = 1023

	signMask = 1 << 63
	fracMask = 1<<shift - 1
	uvinf    = 0x7FF0000000000000
	uvnan    = 0x7FF8000000000001
)

// Float64bits returns the IEEE 754 representation of f.
func Float64bits(f float64) uint64

// Float64frombits returns the float64 whose IEEE 754 representation is b.
func Float64frombits(b uint64) float64

// Float32bits returns the IEEE 754 representation of f.
func Float32bits(f float32) uint32

// Float32frombits returns the float32 whose IEEE 754 representation is b.
func Float32frombits(b uint32) float32

// Sqrt returns the square root of x, correctly rounded. Sqrt(+Inf) =
// +Inf, Sqrt(±0) = ±0, Sqrt(x < 0) = NaN, Sqrt(NaN) = NaN.
func Sqrt(x float64) float64

// Mod returns the remainder of x/y, exact, with the sign of x. Mod(±Inf,
// y), Mod(NaN, y), Mod(x, 0) and Mod(x, NaN) are NaN; Mod(x, ±Inf) = x.
func Mod(x, y float64) float64

// Inf returns +Inf if sign >= 0, -Inf if sign < 0.
func Inf(sign int) float64 {
	if sign >= 0 {
		return Float64frombits(uvinf)
	}
	return Float64frombits(uvinf | signMask)
}

// NaN returns an IEEE 754 "not-a-number" value.
func NaN() float64 { return Float64frombits(uvnan) }

// IsNaN reports whether f is a "not-a-number" value.
func IsNaN(f float64) bool {
	return f != f
}

// IsInf reports whether f is an infinity of the given sign: sign > 0
// +Inf, sign < 0 -Inf, sign == 0 either.
func IsInf(f float64, sign int) bool {
	return sign >= 0 && f > MaxFloat64 || sign <= 0 && f < -MaxFloat64
}

// Signbit reports whether x is negative or negative zero.
func Signbit(x float64) bool {
	return Float64bits(x)&signMask != 0
}

// Copysign returns a value with the magnitude of f and the sign of sign.
func Copysign(f, sign float64) float64 {
	return Float64frombits(Float64bits(f)&^signMask | Float64bits(sign)&signMask)
}

// Abs returns the absolute value of x: Abs(±Inf) = +Inf, Abs(NaN) = NaN.
func Abs(x float64) float64 {
	return Float64frombits(Float64bits(x) &^ signMask)
}

// Trunc returns the integer part of x, toward zero; ±0, ±Inf and NaN are
// returned as they are.
func Trunc(x float64) float64 {
	bits := Float64bits(x)
	e := int(bits>>shift&mask) - bias
	if e < 0 {
		return Float64frombits(bits & signMask) // |x| < 1: ±0
	}
	if e >= shift {
		return x // integral already, or Inf or NaN
	}
	return Float64frombits(bits &^ (fracMask >> uint(e)))
}

// Modf returns the integer and fractional parts of f, both with f's sign.
func Modf(f float64) (int float64, frac float64) {
	int = Trunc(f)
	if IsInf(f, 0) {
		return f, NaN()
	}
	frac = Copysign(f-int, f)
	return int, frac
}

// Floor returns the greatest integer value less than or equal to x.
func Floor(x float64) float64 {
	t := Trunc(x)
	if t != x && x < 0 {
		return t - 1
	}
	return t
}

// Ceil returns the least integer value greater than or equal to x.
func Ceil(x float64) float64 {
	return -Floor(-x)
}

// Round returns the nearest integer, rounding half away from zero.
func Round(x float64) float64 {
	bits := Float64bits(x)
	e := int(bits>>shift&mask) - bias
	if e < -1 {
		return Float64frombits(bits & signMask) // |x| < 0.5: ±0
	}
	if e == -1 {
		return Float64frombits(bits&signMask | Float64bits(1)) // 0.5 <= |x| < 1: ±1
	}
	if e >= shift {
		return x
	}
	// Add half of the last integer bit's weight, then drop the fraction.
	half := uint64(1) << uint(shift-1-e)
	bits += half
	return Float64frombits(bits &^ (fracMask >> uint(e)))
}

// RoundToEven returns the nearest integer, rounding ties to even.
func RoundToEven(x float64) float64 {
	bits := Float64bits(x)
	e := int(bits>>shift&mask) - bias
	if e < -1 {
		return Float64frombits(bits & signMask)
	}
	if e >= shift {
		return x
	}
	if e == -1 {
		// 0.5 <= |x| < 1: 0.5 goes to 0, above it to 1.
		if bits&fracMask == 0 {
			return Float64frombits(bits & signMask)
		}
		return Float64frombits(bits&signMask | Float64bits(1))
	}
	fracBits := uint64(fracMask) >> uint(e)
	half := uint64(1) << uint(shift-1-e)
	lastInt := uint64(1) << uint(shift-e)
	frac := bits & fracBits
	if frac > half || frac == half && bits&lastInt != 0 {
		bits += lastInt
	}
	return Float64frombits(bits &^ fracBits)
}

// Max returns the larger of x and y: Max(x, +Inf) = +Inf, Max(x, NaN) =
// NaN, Max(+0, -0) = +0.
func Max(x, y float64) float64 {
	switch {
	case IsInf(x, 1) || IsInf(y, 1):
		return Inf(1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return y
		}
		return x
	}
	if x > y {
		return x
	}
	return y
}

// Min returns the smaller of x and y: Min(x, -Inf) = -Inf, Min(x, NaN) =
// NaN, Min(-0, +0) = -0.
func Min(x, y float64) float64 {
	switch {
	case IsInf(x, -1) || IsInf(y, -1):
		return Inf(-1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return x
		}
		return y
	}
	if x < y {
		return x
	}
	return y
}

// smallestNormal is the smallest positive normal float64, 2^-1022.
const smallestNormal = 2.2250738585072014e-308

// normalize returns a normal number y and exponent e with x = y * 2^e.
func normalize(x float64) (y float64, e int) {
	if Abs(x) < smallestNormal {
		return x * (1 << 52), -52
	}
	return x, 0
}

// Frexp breaks f into a fraction in [½, 1) (with f's sign) and a power of
// two: f == frac × 2^exp. Frexp(±0) = ±0, 0; ±Inf and NaN are returned
// with exponent 0.
func Frexp(f float64) (frac float64, exp int) {
	if f == 0 || IsInf(f, 0) || IsNaN(f) {
		return f, 0
	}
	f, exp = normalize(f)
	x := Float64bits(f)
	exp += int((x>>shift)&mask) - bias + 1
	x &^= mask << shift
	x |= (-1 + bias) << shift // the exponent of [½, 1)
	return Float64frombits(x), exp
}

// Ldexp returns frac × 2^exp, rounded (to a denormal, zero or infinity)
// only where the result leaves the range of normal floats. ±0, ±Inf and
// NaN are returned unchanged.
func Ldexp(frac float64, exp int) float64 {
	if frac == 0 || IsInf(frac, 0) || IsNaN(frac) {
		return frac
	}
	frac, e := normalize(frac)
	exp += e
	x := Float64bits(frac)
	exp += int(x>>shift)&mask - bias
	if exp < -1075 {
		return Copysign(0, frac) // below half the smallest denormal
	}
	if exp > 1023 {
		return Copysign(Inf(1), frac)
	}
	m := 1.0
	if exp < -1022 {
		// A denormal: build the number 2^53 times larger, and let one
		// multiplication round it.
		exp += 53
		m = 1.0 / (1 << 53)
	}
	x &^= mask << shift
	x |= uint64(exp+bias) << shift
	return m * Float64frombits(x)
}
