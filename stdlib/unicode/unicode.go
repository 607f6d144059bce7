// Package unicode classifies runes and maps their case, as Go's package
// unicode does, over the same Unicode tables (tables.go is generated from
// gc's own by internal/maketables): IsLetter, IsDigit, IsNumber, IsSpace,
// IsUpper, IsLower, IsTitle, IsPunct, IsSymbol, IsMark, IsControl,
// IsPrint, IsGraphic; ToUpper, ToLower, ToTitle, To and SimpleFold.
//
// Go exports its tables as *RangeTable values (unicode.Letter, ...); this
// package keeps them private, packed into string constants (tables.go: a
// table is a sorted run of 8-byte ranges, lo and hi in 3 bytes each, then
// the stride in 2), and offers the predicates only. Runes up to U+00FF
// are answered from latin1Props, one byte of class bits per rune:
//
//	pControl   Cc        pPunct  P       pNumber  N     pSymbol  S
//	pSpaceSep  Zs        pUpper  Lu      pLower   Ll    pLetter  L
package unicode

const (
	MaxRune         = '\U0010FFFF' // the largest valid Unicode code point
	ReplacementChar = '\uFFFD'     // what invalid code points become
	MaxASCII        = '\u007F'     // the largest ASCII value
	MaxLatin1       = '\u00FF'     // the largest Latin-1 value
)

// Indices of the case deltas in a case range, and the arguments of To.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// UpperLower is the delta of a case range whose runes alternate between
// an upper-case rune and its lower-case partner (U+0100 Ā, U+0101 ā, ...).
const UpperLower = MaxRune + 1

// The class bits of latin1Props.
const (
	pControl = 1 << iota
	pPunct
	pNumber
	pSymbol
	pSpaceSep
	pUpper
	pLower
	pLetter
)

// get24 returns the unsigned 3-byte little-endian number at s[i:].
func get24(s string, i int) uint32 {
	return uint32(s[i]) | uint32(s[i+1])<<8 | uint32(s[i+2])<<16
}

// inTable reports whether r is in table t (see the file comment).
func inTable(t string, r rune) bool {
	if r < 0 {
		return false
	}
	c := uint32(r)
	// Binary search for the first range with hi >= c.
	lo, hi := 0, len(t)/8
	for lo < hi {
		m := lo + (hi-lo)/2
		if get24(t, 8*m+3) < c {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == len(t)/8 {
		return false
	}
	first := get24(t, 8*lo)
	stride := uint32(t[8*lo+6]) | uint32(t[8*lo+7])<<8
	return first <= c && (stride == 1 || (c-first)%stride == 0)
}

// IsLetter reports whether r is a letter (category L).
func IsLetter(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props[uint8(r)]&pLetter != 0
	}
	return inTable(letterTable, r)
}

// IsUpper reports whether r is an upper-case letter (category Lu).
func IsUpper(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props[uint8(r)]&pUpper != 0
	}
	return inTable(upperTable, r)
}

// IsLower reports whether r is a lower-case letter (category Ll).
func IsLower(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props[uint8(r)]&pLower != 0
	}
	return inTable(lowerTable, r)
}

// IsTitle reports whether r is a title-case letter (category Lt).
func IsTitle(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return false
	}
	return inTable(titleTable, r)
}

// IsDigit reports whether r is a decimal digit (category Nd).
func IsDigit(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return '0' <= r && r <= '9'
	}
	return inTable(digitTable, r)
}

// IsNumber reports whether r is a number (category N).
func IsNumber(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props[uint8(r)]&pNumber != 0
	}
	return inTable(numberTable, r)
}

// IsPunct reports whether r is punctuation (category P).
func IsPunct(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props[uint8(r)]&pPunct != 0
	}
	return inTable(punctTable, r)
}

// IsSymbol reports whether r is a symbol (category S).
func IsSymbol(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props[uint8(r)]&pSymbol != 0
	}
	return inTable(symbolTable, r)
}

// IsMark reports whether r is a mark (category M). No Latin-1 rune is.
func IsMark(r rune) bool {
	return inTable(markTable, r)
}

// IsControl reports whether r is a control character. As in Go, only the
// Latin-1 controls (C0, DEL and C1) count; surrogates and private-use
// runes do not.
func IsControl(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props[uint8(r)]&pControl != 0
	}
	return false
}

// IsSpace reports whether r is white space: in Latin-1 '\t', '\n', '\v',
// '\f', '\r', ' ', U+0085 (NEL) and U+00A0 (NBSP); beyond it, the
// White_Space property.
func IsSpace(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		switch r {
		case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0:
			return true
		}
		return false
	}
	return inTable(whiteSpaceTable, r)
}

// IsGraphic reports whether r is graphic: a letter, mark, number,
// punctuation, symbol or space separator (categories L, M, N, P, S, Zs).
func IsGraphic(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props[uint8(r)]&(pLetter|pNumber|pPunct|pSymbol|pSpaceSep) != 0
	}
	return IsPrint(r) || inTable(spaceSepTable, r)
}

// IsPrint reports whether r is printable as Go defines it: a letter, mark,
// number, punctuation or symbol, or the ASCII space U+0020 (other spaces,
// such as U+00A0, are not).
func IsPrint(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return r == ' ' || latin1Props[uint8(r)]&(pLetter|pNumber|pPunct|pSymbol) != 0
	}
	return inTable(letterTable, r) || inTable(markTable, r) || inTable(numberTable, r) ||
		inTable(punctTable, r) || inTable(symbolTable, r)
}

// To maps r to the case _case (UpperCase, LowerCase or TitleCase).
func To(_case int, r rune) rune {
	if _case < 0 || MaxCase <= _case {
		return ReplacementChar
	}
	mapped, _ := to(_case, r)
	return mapped
}

// to maps r to _case through caseRanges, and reports whether r is in a
// case range at all.
func to(_case int, r rune) (rune, bool) {
	if r < 0 || MaxRune < r {
		return r, false
	}
	const n = 15 // bytes per case range: lo, hi and three deltas
	lo, hi := 0, len(caseRanges)/n
	for lo < hi {
		m := lo + (hi-lo)/2
		first, last := rune(get24(caseRanges, n*m)), rune(get24(caseRanges, n*m+3))
		if first <= r && r <= last {
			// A signed 3-byte number: shift its sign bit to the top.
			delta := rune(int32(get24(caseRanges, n*m+6+3*_case)<<8) >> 8)
			if delta > MaxRune {
				// Alternating pairs starting at an upper-case rune:
				// upper is even relative to first, lower odd; title is
				// upper.
				return first + ((r-first)&^1 | rune(_case&1)), true
			}
			return r + delta, true
		}
		if r < first {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return r, false
}

// ToUpper maps r to upper case.
func ToUpper(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return To(UpperCase, r)
}

// ToLower maps r to lower case.
func ToLower(r rune) rune {
	if r <= MaxASCII {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	return To(LowerCase, r)
}

// ToTitle maps r to title case.
func ToTitle(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return To(TitleCase, r)
}

// SimpleFold iterates over the runes equivalent to r under simple case
// folding: it returns the smallest rune above r in r's orbit, or, if there
// is none, the smallest rune of the orbit. SimpleFold('A') == 'a',
// SimpleFold('a') == 'A', SimpleFold('K') == 'k', SimpleFold('k') ==
// '\u212A' (Kelvin sign), SimpleFold('\u212A') == 'K'. Runes outside the
// valid range are returned unchanged.
func SimpleFold(r rune) rune {
	if r < 0 || r > MaxRune {
		return r
	}
	const n = 6 // bytes per pair
	lo, hi := 0, len(caseOrbit)/n
	for lo < hi {
		m := lo + (hi-lo)/2
		if rune(get24(caseOrbit, n*m)) < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(caseOrbit)/n && rune(get24(caseOrbit, n*lo)) == r {
		return rune(get24(caseOrbit, n*lo+3))
	}
	// An orbit of one or two runes: r and its other case.
	if l := ToLower(r); l != r {
		return l
	}
	return ToUpper(r)
}
