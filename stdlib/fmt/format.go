package fmt

import (
	"strconv"
	"unicode/utf8"
)

// This file formats the basic values (integers, floats, strings, bools,
// runes) with the flags, width and precision of one verb, into a buffer.

const (
	ldigits = "0123456789abcdefx" // digits, then the letter of the 0x prefix
	udigits = "0123456789ABCDEFX"
)

const (
	signed   = true
	unsigned = false
)

// fmtFlags are the flags of the verb being formatted, cleared before
// each verb.
type fmtFlags struct {
	widPresent  bool
	precPresent bool
	minus       bool
	plus        bool
	sharp       bool
	space       bool
	zero        bool

	// %+v and %#v are formats of their own: for them plusV or sharpV is
	// set and plus and sharp are cleared.
	plusV  bool
	sharpV bool
}

// A formatter writes basic values into buf under the current flags.
type formatter struct {
	buf *buffer
	fmtFlags
	wid  int // width
	prec int // precision
	// Scratch space for a number: %b of an int64 with sign and prefix.
	intbuf [68]byte
}

func (f *formatter) clearflags() {
	f.fmtFlags = fmtFlags{}
}

func (f *formatter) init(buf *buffer) {
	f.buf = buf
	f.clearflags()
}

// writePadding writes n bytes of padding: zeros if f.zero, else spaces.
func (f *formatter) writePadding(n int) {
	if n <= 0 {
		return
	}
	pad := byte(' ')
	if f.zero {
		pad = '0'
	}
	for i := 0; i < n; i++ {
		*f.buf = append(*f.buf, pad)
	}
}

// pad writes b padded to the width (counted in runes), on the left
// unless f.minus.
func (f *formatter) pad(b []byte) {
	if !f.widPresent || f.wid == 0 {
		f.buf.write(b)
		return
	}
	width := f.wid - utf8.RuneCount(b)
	if !f.minus {
		f.writePadding(width)
		f.buf.write(b)
	} else {
		f.buf.write(b)
		f.writePadding(width)
	}
}

// padString is pad for a string.
func (f *formatter) padString(s string) {
	if !f.widPresent || f.wid == 0 {
		f.buf.writeString(s)
		return
	}
	width := f.wid - utf8.RuneCountInString(s)
	if !f.minus {
		f.writePadding(width)
		f.buf.writeString(s)
	} else {
		f.buf.writeString(s)
		f.writePadding(width)
	}
}

func (f *formatter) fmtBoolean(v bool) {
	if v {
		f.padString("true")
	} else {
		f.padString("false")
	}
}

// fmtUnicode formats u as "U+0078", or "U+0078 'x'" with f.sharp (if
// printable); the precision is the minimum number of hex digits (4).
func (f *formatter) fmtUnicode(u uint64) {
	buf := f.intbuf[0:]
	prec := 4
	if f.precPresent && f.prec > 4 {
		prec = f.prec
		if width := 2 + prec + 2 + utf8.UTFMax + 1; width > len(buf) {
			buf = make([]byte, width)
		}
	}
	i := len(buf)
	if f.sharp && u <= utf8.MaxRune && strconv.IsPrint(rune(u)) {
		i--
		buf[i] = '\''
		i -= utf8.RuneLen(rune(u))
		utf8.EncodeRune(buf[i:], rune(u))
		i--
		buf[i] = '\''
		i--
		buf[i] = ' '
	}
	for u >= 16 {
		i--
		buf[i] = udigits[u&0xF]
		prec--
		u >>= 4
	}
	i--
	buf[i] = udigits[u]
	prec--
	for ; prec > 0; prec-- {
		i--
		buf[i] = '0'
	}
	i -= 2
	buf[i], buf[i+1] = 'U', '+'

	oldZero := f.zero
	f.zero = false
	f.pad(buf[i:])
	f.zero = oldZero
}

// fmtInteger formats u (a two's complement negative if isSigned and the
// top bit is set) in base, with digits for the letters.
func (f *formatter) fmtInteger(u uint64, base int, isSigned bool, verb rune, digits string) {
	negative := isSigned && int64(u) < 0
	if negative {
		u = -u
	}
	buf := f.intbuf[0:]
	if f.widPresent || f.precPresent {
		// Room for the digits, a sign and a 0x prefix.
		if width := 3 + f.wid + f.prec; width > len(buf) {
			buf = make([]byte, width)
		}
	}

	// Leading zeros come from a precision (%.3d) or, without one, from
	// the 0 flag with a width (%03d).
	prec := 0
	if f.precPresent {
		prec = f.prec
		if prec == 0 && u == 0 {
			// Precision 0 prints nothing for 0, but pads.
			oldZero := f.zero
			f.zero = false
			f.writePadding(f.wid)
			f.zero = oldZero
			return
		}
	} else if f.zero && f.widPresent {
		prec = f.wid
		if negative || f.plus || f.space {
			prec-- // room for the sign
		}
	}

	i := len(buf)
	b := uint64(base)
	for u >= b {
		i--
		q := u / b
		buf[i] = digits[u-q*b]
		u = q
	}
	i--
	buf[i] = digits[u]
	for i > 0 && prec > len(buf)-i {
		i--
		buf[i] = '0'
	}

	if f.sharp {
		switch base {
		case 2:
			i -= 2
			buf[i], buf[i+1] = '0', 'b'
		case 8:
			if buf[i] != '0' {
				i--
				buf[i] = '0'
			}
		case 16:
			i -= 2
			buf[i], buf[i+1] = '0', digits[16]
		}
	}
	if verb == 'O' {
		i -= 2
		buf[i], buf[i+1] = '0', 'o'
	}
	switch {
	case negative:
		i--
		buf[i] = '-'
	case f.plus:
		i--
		buf[i] = '+'
	case f.space:
		i--
		buf[i] = ' '
	}

	// The zeros, if any, are in buf already.
	oldZero := f.zero
	f.zero = false
	f.pad(buf[i:])
	f.zero = oldZero
}

// truncateString cuts s to the precision, counted in runes, if there is
// one.
func (f *formatter) truncateString(s string) string {
	if f.precPresent {
		n := f.prec
		for i := range s {
			n--
			if n < 0 {
				return s[:i]
			}
		}
	}
	return s
}

// truncate is truncateString for a byte slice.
func (f *formatter) truncate(b []byte) []byte {
	if f.precPresent {
		n := f.prec
		for i := 0; i < len(b); {
			n--
			if n < 0 {
				return b[:i]
			}
			wid := 1
			if b[i] >= utf8.RuneSelf {
				_, wid = utf8.DecodeRune(b[i:])
			}
			i += wid
		}
	}
	return b
}

// fmtS formats a string.
func (f *formatter) fmtS(s string) {
	f.padString(f.truncateString(s))
}

// fmtBs formats a byte slice as a string.
func (f *formatter) fmtBs(b []byte) {
	f.pad(f.truncate(b))
}

// fmtSbx formats the bytes of s, or of b if it is not nil, in hex: with
// f.space, byte by byte separated by spaces; with f.sharp, with a 0x
// prefix (per byte if f.space). The precision limits the input bytes.
func (f *formatter) fmtSbx(s string, b []byte, digits string) {
	length := len(b)
	if b == nil {
		length = len(s)
	}
	if f.precPresent && f.prec < length {
		length = f.prec
	}
	width := 2 * length
	if width > 0 {
		if f.space {
			if f.sharp {
				width *= 2
			}
			width += length - 1
		} else if f.sharp {
			width += 2
		}
	} else {
		if f.widPresent {
			f.writePadding(f.wid)
		}
		return
	}
	if f.widPresent && f.wid > width && !f.minus {
		f.writePadding(f.wid - width)
	}
	buf := *f.buf
	if f.sharp {
		buf = append(buf, '0', digits[16])
	}
	for i := 0; i < length; i++ {
		if f.space && i > 0 {
			buf = append(buf, ' ')
			if f.sharp {
				buf = append(buf, '0', digits[16])
			}
		}
		var c byte
		if b != nil {
			c = b[i]
		} else {
			c = s[i]
		}
		buf = append(buf, digits[c>>4], digits[c&0xF])
	}
	*f.buf = buf
	if f.widPresent && f.wid > width && f.minus {
		f.writePadding(f.wid - width)
	}
}

// fmtQ formats s as a quoted Go string (ASCII only with f.plus), or as a
// raw string with f.sharp when it can be one.
func (f *formatter) fmtQ(s string) {
	s = f.truncateString(s)
	if f.sharp && strconv.CanBackquote(s) {
		f.padString("`" + s + "`")
		return
	}
	buf := f.intbuf[:0]
	if f.plus {
		f.pad(strconv.AppendQuoteToASCII(buf, s))
	} else {
		f.pad(strconv.AppendQuote(buf, s))
	}
}

// fmtC formats c as the character it encodes (U+FFFD if invalid).
func (f *formatter) fmtC(c uint64) {
	r := rune(c)
	if c > utf8.MaxRune {
		r = utf8.RuneError
	}
	buf := f.intbuf[:0]
	f.pad(utf8.AppendRune(buf, r))
}

// fmtQc formats c as a quoted Go character literal.
func (f *formatter) fmtQc(c uint64) {
	r := rune(c)
	if c > utf8.MaxRune {
		r = utf8.RuneError
	}
	buf := f.intbuf[:0]
	if f.plus {
		f.pad(strconv.AppendQuoteRuneToASCII(buf, r))
	} else {
		f.pad(strconv.AppendQuoteRune(buf, r))
	}
}

// fmtFloat formats v, a float of size bits, with strconv's verb and
// precision (unless the verb has one), then applies the flags: the sign
// (+ or space), zero padding after the sign, and for f.sharp a point and
// the trailing zeros %g drops.
func (f *formatter) fmtFloat(v float64, size int, verb rune, prec int) {
	if f.precPresent {
		prec = f.prec
	}
	// num[0] is the sign, '+' if strconv gave none.
	num := strconv.AppendFloat(f.intbuf[:1], v, byte(verb), prec, size)
	if num[1] == '-' || num[1] == '+' {
		num = num[1:]
	} else {
		num[0] = '+'
	}
	if f.space && num[0] == '+' && !f.plus {
		num[0] = ' '
	}
	// Infinities and NaN are padded with spaces, never zeros, and NaN
	// shows a sign only if asked for.
	if num[1] == 'I' || num[1] == 'N' {
		oldZero := f.zero
		f.zero = false
		if num[1] == 'N' && !f.space && !f.plus {
			num = num[1:]
		}
		f.pad(num)
		f.zero = oldZero
		return
	}
	if f.sharp && verb != 'b' {
		num = f.sharpFloat(num, verb, prec)
	}
	if f.plus || num[0] != '+' {
		// A sign to show: with zero padding it goes before the zeros.
		if f.zero && f.widPresent && f.wid > len(num) {
			f.buf.writeByte(num[0])
			f.writePadding(f.wid - len(num))
			f.buf.write(num[1:])
			return
		}
		f.pad(num)
		return
	}
	f.pad(num[1:])
}

// sharpFloat applies %#: num (sign first) always gets a decimal point,
// and %g/%v/%x keep trailing zeros up to the precision (6 by default).
func (f *formatter) sharpFloat(num []byte, verb rune, prec int) []byte {
	digits := 0
	switch verb {
	case 'v', 'g', 'G', 'x':
		digits = prec
		if digits == -1 {
			digits = 6
		}
	}
	// The exponent, set aside while digits are added.
	var tailBuf [6]byte
	tail := tailBuf[:0]
	hasPoint := false
	sawNonzero := false
	for i := 1; i < len(num); i++ {
		c := num[i]
		if c == '.' {
			hasPoint = true
			continue
		}
		if c == 'p' || c == 'P' || (c == 'e' || c == 'E') && verb != 'x' && verb != 'X' {
			tail = append(tail, num[i:]...)
			num = num[:i]
			break
		}
		if c != '0' {
			sawNonzero = true
		}
		if sawNonzero {
			digits-- // a significant digit
		}
	}
	if !hasPoint {
		if len(num) == 2 && num[1] == '0' {
			digits-- // a lone 0 counts as a digit
		}
		num = append(num, '.')
	}
	for ; digits > 0; digits-- {
		num = append(num, '0')
	}
	return append(num, tail...)
}
