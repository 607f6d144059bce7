package strconv

import (
	"unicode"
	"unicode/utf8"
)

const lowerhex = "0123456789abcdef"
const upperhex = "0123456789ABCDEF"

// Quote returns s as a double-quoted Go string literal: printable runes
// (IsPrint) stay as they are, others are escaped (\t, \n, \xFF, \u0100,
// \U00010000), as are '"' and '\\'. Invalid UTF-8 bytes become \x escapes.
func Quote(s string) string {
	return string(appendQuoted(make([]byte, 0, 3*len(s)/2), s, '"', false))
}

// AppendQuote appends Quote(s) to dst.
func AppendQuote(dst []byte, s string) []byte {
	return appendQuoted(dst, s, '"', false)
}

// QuoteToASCII is Quote with every non-ASCII rune escaped as well.
func QuoteToASCII(s string) string {
	return string(appendQuoted(make([]byte, 0, 3*len(s)/2), s, '"', true))
}

// AppendQuoteToASCII appends QuoteToASCII(s) to dst.
func AppendQuoteToASCII(dst []byte, s string) []byte {
	return appendQuoted(dst, s, '"', true)
}

// QuoteRune returns r as a single-quoted Go character literal, escaped as
// Quote escapes; an invalid rune becomes '\ufffd' (printed as is: '�').
func QuoteRune(r rune) string {
	return string(appendQuotedRune(make([]byte, 0, 3*utf8.UTFMax/2), r, false))
}

// AppendQuoteRune appends QuoteRune(r) to dst.
func AppendQuoteRune(dst []byte, r rune) []byte {
	return appendQuotedRune(dst, r, false)
}

// QuoteRuneToASCII is QuoteRune with a non-ASCII rune escaped as well.
func QuoteRuneToASCII(r rune) string {
	return string(appendQuotedRune(make([]byte, 0, 3*utf8.UTFMax/2), r, true))
}

// AppendQuoteRuneToASCII appends QuoteRuneToASCII(r) to dst.
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte {
	return appendQuotedRune(dst, r, true)
}

func appendQuoted(buf []byte, s string, quote byte, asciiOnly bool) []byte {
	buf = append(buf, quote)
	for len(s) > 0 {
		r, width := rune(s[0]), 1
		if r >= utf8.RuneSelf {
			r, width = utf8.DecodeRuneInString(s)
		}
		if width == 1 && r == utf8.RuneError {
			buf = append(buf, '\\', 'x', lowerhex[s[0]>>4], lowerhex[s[0]&0xF])
		} else {
			buf = appendEscapedRune(buf, r, quote, asciiOnly)
		}
		s = s[width:]
	}
	return append(buf, quote)
}

func appendQuotedRune(buf []byte, r rune, asciiOnly bool) []byte {
	if !utf8.ValidRune(r) {
		r = utf8.RuneError
	}
	buf = append(buf, '\'')
	buf = appendEscapedRune(buf, r, '\'', asciiOnly)
	return append(buf, '\'')
}

// appendEscapedRune appends r as it appears inside a literal quoted with
// quote.
func appendEscapedRune(buf []byte, r rune, quote byte, asciiOnly bool) []byte {
	if r == rune(quote) || r == '\\' {
		return append(buf, '\\', byte(r))
	}
	if IsPrint(r) && (!asciiOnly || r < utf8.RuneSelf) {
		return utf8.AppendRune(buf, r)
	}
	switch r {
	case '\a':
		return append(buf, '\\', 'a')
	case '\b':
		return append(buf, '\\', 'b')
	case '\f':
		return append(buf, '\\', 'f')
	case '\n':
		return append(buf, '\\', 'n')
	case '\r':
		return append(buf, '\\', 'r')
	case '\t':
		return append(buf, '\\', 't')
	case '\v':
		return append(buf, '\\', 'v')
	}
	switch {
	case r < ' ' || r == 0x7F:
		return append(buf, '\\', 'x', lowerhex[byte(r)>>4], lowerhex[byte(r)&0xF])
	case r < 0x10000:
		buf = append(buf, '\\', 'u')
		for s := 12; s >= 0; s -= 4 {
			buf = append(buf, lowerhex[r>>uint(s)&0xF])
		}
		return buf
	}
	buf = append(buf, '\\', 'U')
	for s := 28; s >= 0; s -= 4 {
		buf = append(buf, lowerhex[r>>uint(s)&0xF])
	}
	return buf
}

// CanBackquote reports whether s can be written as a raw string literal:
// valid UTF-8 without backquotes, without controls other than tab, and
// without a byte order mark.
func CanBackquote(s string) bool {
	for len(s) > 0 {
		r, wid := utf8.DecodeRuneInString(s)
		s = s[wid:]
		if wid > 1 {
			if r == '\uFEFF' {
				return false
			}
			continue
		}
		if r == utf8.RuneError {
			return false
		}
		if (r < ' ' && r != '\t') || r == '`' || r == 0x7F {
			return false
		}
	}
	return true
}

func unhex(b byte) (v rune, ok bool) {
	c := rune(b)
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// UnquoteChar decodes the first character or escape sequence of s, the
// inside of a literal quoted with quote (a single or double quote, or 0
// for none, which allows both quotes unescaped). It returns the value,
// whether it must be written as UTF-8 (false for \x and octal escapes,
// which stand for one byte), the rest of s, and ErrSyntax if s does not
// start with a valid character.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	if len(s) == 0 {
		return 0, false, "", ErrSyntax
	}
	switch c := s[0]; {
	case c == quote && (quote == '\'' || quote == '"'):
		return 0, false, "", ErrSyntax
	case c >= utf8.RuneSelf:
		r, size := utf8.DecodeRuneInString(s)
		return r, true, s[size:], nil
	case c != '\\':
		return rune(s[0]), false, s[1:], nil
	}
	if len(s) <= 1 {
		return 0, false, "", ErrSyntax
	}
	c := s[1]
	s = s[2:]
	switch c {
	case 'a':
		value = '\a'
	case 'b':
		value = '\b'
	case 'f':
		value = '\f'
	case 'n':
		value = '\n'
	case 'r':
		value = '\r'
	case 't':
		value = '\t'
	case 'v':
		value = '\v'
	case 'x', 'u', 'U':
		n := 2
		if c == 'u' {
			n = 4
		} else if c == 'U' {
			n = 8
		}
		if len(s) < n {
			return 0, false, "", ErrSyntax
		}
		var v rune
		for j := 0; j < n; j++ {
			x, ok := unhex(s[j])
			if !ok {
				return 0, false, "", ErrSyntax
			}
			v = v<<4 | x
		}
		s = s[n:]
		if c != 'x' {
			if !utf8.ValidRune(v) {
				return 0, false, "", ErrSyntax
			}
			multibyte = true
		}
		value = v
	case '0', '1', '2', '3', '4', '5', '6', '7':
		if len(s) < 2 {
			return 0, false, "", ErrSyntax
		}
		v := rune(c) - '0'
		for j := 0; j < 2; j++ {
			x := rune(s[j]) - '0'
			if x < 0 || x > 7 {
				return 0, false, "", ErrSyntax
			}
			v = v<<3 | x
		}
		s = s[2:]
		if v > 255 {
			return 0, false, "", ErrSyntax
		}
		value = v
	case '\\':
		value = '\\'
	case '\'', '"':
		if c != quote {
			return 0, false, "", ErrSyntax
		}
		value = rune(c)
	default:
		return 0, false, "", ErrSyntax
	}
	return value, multibyte, s, nil
}

// Unquote interprets s as a single-quoted, double-quoted or backquoted Go
// literal and returns the value it denotes (for a character literal, that
// character as a string). A malformed literal is ErrSyntax.
func Unquote(s string) (string, error) {
	n := len(s)
	if n < 2 || s[0] != s[n-1] {
		return "", ErrSyntax
	}
	quote := s[0]
	body := s[1 : n-1]
	switch quote {
	case '`':
		if indexByte(body, '`') >= 0 {
			return "", ErrSyntax
		}
		if indexByte(body, '\r') < 0 {
			return body, nil
		}
		// Carriage returns are not part of a raw string's value.
		buf := make([]byte, 0, len(body))
		for i := 0; i < len(body); i++ {
			if body[i] != '\r' {
				buf = append(buf, body[i])
			}
		}
		return string(buf), nil
	case '"', '\'':
	default:
		return "", ErrSyntax
	}
	if indexByte(body, '\\') < 0 && indexByte(body, '\n') < 0 && indexByte(body, quote) < 0 {
		// Nothing to unescape: body is the value if it is valid. (As in
		// gc, that makes '' the empty string.)
		if quote == '"' && utf8.ValidString(body) {
			return body, nil
		}
		if quote == '\'' {
			r, size := utf8.DecodeRuneInString(body)
			if size == len(body) && (r != utf8.RuneError || size != 1) {
				return body, nil
			}
		}
	}
	buf := make([]byte, 0, 3*len(body)/2)
	for len(body) > 0 {
		if body[0] == '\n' {
			return "", ErrSyntax
		}
		r, multibyte, rest, err := UnquoteChar(body, quote)
		if err != nil {
			return "", err
		}
		body = rest
		if r < utf8.RuneSelf || !multibyte {
			buf = append(buf, byte(r))
		} else {
			buf = utf8.AppendRune(buf, r)
		}
		if quote == '\'' {
			break // one character only
		}
	}
	if len(body) > 0 {
		return "", ErrSyntax
	}
	return string(buf), nil
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// IsPrint reports whether r is printable as Go defines it, which is
// unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the
// ASCII space.
func IsPrint(r rune) bool {
	return unicode.IsPrint(r)
}

// IsGraphic reports whether r is graphic (unicode.IsGraphic): IsPrint, or
// a space separator.
func IsGraphic(r rune) bool {
	return unicode.IsGraphic(r)
}
