// Package utf8 encodes and decodes UTF-8, as Go's unicode/utf8: the same
// functions, constants and treatment of invalid input (an invalid or
// truncated sequence decodes as RuneError with width 1; surrogates and
// overlong forms are invalid).
//
// Decoding is written out with explicit byte-range checks instead of Go's
// lookup tables: the valid second bytes after E0, ED, F0 and F4 are
// narrower than 80..BF, and those four cases are all the tables encode.
package utf8

const (
	RuneError = '\uFFFD'     // the "error" rune or "Unicode replacement character"
	RuneSelf  = 0x80         // runes below RuneSelf are a single byte
	MaxRune   = '\U0010FFFF' // the largest valid rune
	UTFMax    = 4            // the most bytes a rune takes
)

const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
)

// RuneLen returns the number of bytes needed to encode r, or -1 if r is
// not a valid rune.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case surrogateMin <= r && r <= surrogateMax:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// EncodeRune writes the UTF-8 encoding of r into p, which must be large
// enough, and returns the number of bytes written. An invalid rune is
// written as RuneError.
func EncodeRune(p []byte, r rune) int {
	if uint32(r) < 0x80 {
		p[0] = byte(r)
		return 1
	}
	if uint32(r) < 0x800 {
		p[1] = byte(0x80 | r&0x3F)
		p[0] = byte(0xC0 | r>>6)
		return 2
	}
	if uint32(r) > MaxRune || (surrogateMin <= r && r <= surrogateMax) {
		r = RuneError
	}
	if uint32(r) < 0x10000 {
		p[2] = byte(0x80 | r&0x3F)
		p[1] = byte(0x80 | (r>>6)&0x3F)
		p[0] = byte(0xE0 | r>>12)
		return 3
	}
	p[3] = byte(0x80 | r&0x3F)
	p[2] = byte(0x80 | (r>>6)&0x3F)
	p[1] = byte(0x80 | (r>>12)&0x3F)
	p[0] = byte(0xF0 | r>>18)
	return 4
}

// AppendRune appends the UTF-8 encoding of r to p and returns the
// extended slice.
func AppendRune(p []byte, r rune) []byte {
	if uint32(r) < 0x80 {
		return append(p, byte(r))
	}
	var buf [UTFMax]byte
	n := EncodeRune(buf[:], r)
	return append(p, buf[:n]...)
}

// secondRange returns the bounds of the byte that may follow lead byte b0
// (0xC2..0xF4) in a valid sequence, and the length of the sequence.
func secondRange(b0 byte) (lo, hi byte, size int) {
	switch {
	case b0 < 0xC2:
		return 0, 0, 0
	case b0 < 0xE0:
		return 0x80, 0xBF, 2
	case b0 == 0xE0:
		return 0xA0, 0xBF, 3
	case b0 == 0xED:
		return 0x80, 0x9F, 3
	case b0 < 0xF0:
		return 0x80, 0xBF, 3
	case b0 == 0xF0:
		return 0x90, 0xBF, 4
	case b0 < 0xF4:
		return 0x80, 0xBF, 4
	case b0 == 0xF4:
		return 0x80, 0x8F, 4
	}
	return 0, 0, 0
}

// DecodeRuneInString unpacks the first UTF-8 encoding in s and returns the
// rune and its width in bytes. An empty s gives (RuneError, 0); an invalid
// encoding gives (RuneError, 1).
func DecodeRuneInString(s string) (rune, int) {
	n := len(s)
	if n < 1 {
		return RuneError, 0
	}
	if s[0] < RuneSelf {
		return rune(s[0]), 1
	}
	var b [UTFMax]byte
	for i := 1; i < n && i < UTFMax; i++ {
		b[i] = s[i]
	}
	b[0] = s[0]
	return decode(b, n)
}

// DecodeRune is DecodeRuneInString for a byte slice.
func DecodeRune(p []byte) (rune, int) {
	n := len(p)
	if n < 1 {
		return RuneError, 0
	}
	if p[0] < RuneSelf {
		return rune(p[0]), 1
	}
	var b [UTFMax]byte
	copy(b[:], p)
	return decode(b, n)
}

// decode decodes the sequence starting with lead byte b[0] >= RuneSelf,
// of which n bytes exist (those beyond are zero in b).
func decode(b [UTFMax]byte, n int) (rune, int) {
	lo, hi, size := secondRange(b[0])
	if size == 0 || n < size || b[1] < lo || hi < b[1] {
		return RuneError, 1
	}
	if size == 2 {
		return rune(b[0]&0x1F)<<6 | rune(b[1]&0x3F), 2
	}
	if b[2] < 0x80 || 0xBF < b[2] {
		return RuneError, 1
	}
	if size == 3 {
		return rune(b[0]&0x0F)<<12 | rune(b[1]&0x3F)<<6 | rune(b[2]&0x3F), 3
	}
	if b[3] < 0x80 || 0xBF < b[3] {
		return RuneError, 1
	}
	return rune(b[0]&0x07)<<18 | rune(b[1]&0x3F)<<12 | rune(b[2]&0x3F)<<6 | rune(b[3]&0x3F), 4
}

// DecodeLastRuneInString unpacks the last UTF-8 encoding in s and returns
// the rune and its width, with DecodeRuneInString's conventions.
func DecodeLastRuneInString(s string) (rune, int) {
	end := len(s)
	if end == 0 {
		return RuneError, 0
	}
	if s[end-1] < RuneSelf {
		return rune(s[end-1]), 1
	}
	// Back up over at most UTFMax-1 continuation bytes to a start byte.
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	start := end - 1
	for start--; start >= lim; start-- {
		if RuneStart(s[start]) {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size := DecodeRuneInString(s[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// DecodeLastRune is DecodeLastRuneInString for a byte slice.
func DecodeLastRune(p []byte) (rune, int) {
	end := len(p)
	if end == 0 {
		return RuneError, 0
	}
	if p[end-1] < RuneSelf {
		return rune(p[end-1]), 1
	}
	start := end - 1
	for lim := end - UTFMax; start > 0 && start > lim && !RuneStart(p[start]); {
		start--
	}
	r, size := DecodeRune(p[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// FullRuneInString reports whether s begins with a full UTF-8 encoding of
// a rune (an invalid encoding counts as full: it decodes as RuneError).
func FullRuneInString(s string) bool {
	n := len(s)
	if n == 0 {
		return false
	}
	lo, hi, size := secondRange(s[0])
	if s[0] < RuneSelf || size == 0 || n >= size {
		return true
	}
	if n > 1 && (s[1] < lo || hi < s[1]) {
		return true
	}
	if n > 2 && (s[2] < 0x80 || 0xBF < s[2]) {
		return true
	}
	return false
}

// FullRune is FullRuneInString for a byte slice.
func FullRune(p []byte) bool {
	n := len(p)
	if n == 0 {
		return false
	}
	lo, hi, size := secondRange(p[0])
	if p[0] < RuneSelf || size == 0 || n >= size {
		return true
	}
	if n > 1 && (p[1] < lo || hi < p[1]) {
		return true
	}
	if n > 2 && (p[2] < 0x80 || 0xBF < p[2]) {
		return true
	}
	return false
}

// RuneCountInString returns the number of runes in s; each invalid byte
// counts as one.
func RuneCountInString(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
		} else {
			_, size := DecodeRuneInString(s[i:])
			i += size
		}
		n++
	}
	return n
}

// RuneCount is RuneCountInString for a byte slice.
func RuneCount(p []byte) int {
	n := 0
	for i := 0; i < len(p); {
		if p[i] < RuneSelf {
			i++
		} else {
			_, size := DecodeRune(p[i:])
			i += size
		}
		n++
	}
	return n
}

// RuneStart reports whether b can begin an encoded rune: it is not a
// continuation byte.
func RuneStart(b byte) bool {
	return b&0xC0 != 0x80
}

// ValidString reports whether s consists entirely of valid UTF-8.
func ValidString(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
			continue
		}
		r, size := DecodeRuneInString(s[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// Valid is ValidString for a byte slice.
func Valid(p []byte) bool {
	for i := 0; i < len(p); {
		if p[i] < RuneSelf {
			i++
			continue
		}
		r, size := DecodeRune(p[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// ValidRune reports whether r can be encoded: in range and not a
// surrogate half.
func ValidRune(r rune) bool {
	switch {
	case 0 <= r && r < surrogateMin:
		return true
	case surrogateMax < r && r <= MaxRune:
		return true
	}
	return false
}
