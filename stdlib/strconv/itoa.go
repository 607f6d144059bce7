package strconv

const digits = "0123456789abcdefghijklmnopqrstuvwxyz"

// FormatUint returns i in base (2 <= base <= 36), with lower-case letters
// for the digits from 10 up.
func FormatUint(i uint64, base int) string {
	return string(formatBits(nil, i, base, false))
}

// FormatInt returns i in base (2 <= base <= 36), with lower-case letters
// for the digits from 10 up.
func FormatInt(i int64, base int) string {
	return string(formatBits(nil, uint64(i), base, i < 0))
}

// Itoa is FormatInt(int64(i), 10).
func Itoa(i int) string {
	return FormatInt(int64(i), 10)
}

// AppendInt appends FormatInt(i, base) to dst.
func AppendInt(dst []byte, i int64, base int) []byte {
	return formatBits(dst, uint64(i), base, i < 0)
}

// AppendUint appends FormatUint(i, base) to dst.
func AppendUint(dst []byte, i uint64, base int) []byte {
	return formatBits(dst, i, base, false)
}

// formatBits appends the digits of u in base to dst, with a '-' first if
// neg (u is then the two's complement of the magnitude).
func formatBits(dst []byte, u uint64, base int, neg bool) []byte {
	if base < 2 || base > len(digits) {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	var a [64 + 1]byte // the digits of a uint64 in base 2, and a sign
	i := len(a)
	if neg {
		u = -u
	}
	b := uint64(base)
	for u >= b {
		i--
		q := u / b
		a[i] = digits[u-q*b]
		u = q
	}
	i--
	a[i] = digits[u]
	if neg {
		i--
		a[i] = '-'
	}
	return append(dst, a[i:]...)
}
