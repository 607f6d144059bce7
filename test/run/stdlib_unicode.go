// RUN: %gorun %s | FileCheck %s
// Packages unicode and unicode/utf8: classification and case mapping over
// the full Unicode tables of gc, and UTF-8 encoding and decoding with
// gc's treatment of invalid input.
package main

import (
	"unicode"
	"unicode/utf8"
)

func b(v bool) string {
	if v {
		return "T"
	}
	return "."
}

func main() {
	for _, r := range []rune{'a', 'Z', '5', ' ', '\t', '\u00a0', '\u2028', 'é', 'Σ', 'ǅ', '٣', '½', '!', '€', '\u0301', '\x7f', '世', '\U0001F600'} {
		println(r, b(unicode.IsLetter(r)), b(unicode.IsUpper(r)), b(unicode.IsLower(r)), b(unicode.IsTitle(r)), b(unicode.IsDigit(r)), b(unicode.IsNumber(r)),
			b(unicode.IsSpace(r)), b(unicode.IsPunct(r)), b(unicode.IsSymbol(r)), b(unicode.IsMark(r)), b(unicode.IsControl(r)), b(unicode.IsPrint(r)), b(unicode.IsGraphic(r)))
	}
	// CHECK: 97 T . T . . . . . . . . T T
	// CHECK-NEXT: 90 T T . . . . . . . . . T T
	// CHECK-NEXT: 53 . . . . T T . . . . . T T
	// CHECK-NEXT: 32 . . . . . . T . . . . T T
	// CHECK-NEXT: 9 . . . . . . T . . . T . .
	// CHECK-NEXT: 160 . . . . . . T . . . . . T
	// CHECK-NEXT: 8232 . . . . . . T . . . . . .
	// CHECK-NEXT: 233 T . T . . . . . . . . T T
	// CHECK-NEXT: 931 T T . . . . . . . . . T T
	// CHECK-NEXT: 453 T . . T . . . . . . . T T
	// CHECK-NEXT: 1635 . . . . T T . . . . . T T
	// CHECK-NEXT: 189 . . . . . T . . . . . T T
	// CHECK-NEXT: 33 . . . . . . . T . . . T T
	// CHECK-NEXT: 8364 . . . . . . . . T . . T T
	// CHECK-NEXT: 769 . . . . . . . . . T . T T
	// CHECK-NEXT: 127 . . . . . . . . . . T . .
	// CHECK-NEXT: 19990 T . . . . . . . . . . T T
	// CHECK-NEXT: 128512 . . . . . . . . T . . T T
	for _, r := range []rune{'a', 'Z', 'é', 'ß', 'ǆ', 'ǅ', 'σ', 'ς', 'ﬀ', 'ⓐ', 'k', '\u212A', '1'} {
		println(string(r), string(unicode.ToUpper(r)), string(unicode.ToLower(r)), string(unicode.ToTitle(r)), string(unicode.SimpleFold(r)))
	}
	// CHECK-NEXT: a A a A A
	// CHECK-NEXT: Z Z z Z z
	// CHECK-NEXT: é É é É É
	// CHECK-NEXT: ß ß ß ß ẞ
	// CHECK-NEXT: ǆ Ǆ ǆ ǅ Ǆ
	// CHECK-NEXT: ǅ Ǆ ǆ ǅ ǆ
	// CHECK-NEXT: σ Σ σ Σ Σ
	// CHECK-NEXT: ς Σ ς Σ σ
	// CHECK-NEXT: ﬀ ﬀ ﬀ ﬀ ﬀ
	// CHECK-NEXT: ⓐ Ⓐ ⓐ Ⓐ Ⓐ
	// CHECK-NEXT: k K k K K
	// CHECK-NEXT: K K k K K
	// CHECK-NEXT: 1 1 1 1 1

	s := "héllo, 世界\xff!"
	println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s), utf8.ValidString("ok"), utf8.RuneLen('世'), utf8.RuneLen(-1)) // CHECK-NEXT: 16 11 false true 3 -1
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		println(i, r, size)
		i += size
	}
	// CHECK-NEXT: 0 104 1
	// CHECK-NEXT: 1 233 2
	// CHECK-NEXT: 3 108 1
	// CHECK-NEXT: 4 108 1
	// CHECK-NEXT: 5 111 1
	// CHECK-NEXT: 6 44 1
	// CHECK-NEXT: 7 32 1
	// CHECK-NEXT: 8 19990 3
	// CHECK-NEXT: 11 30028 3
	// CHECK-NEXT: 14 65533 1
	// CHECK-NEXT: 15 33 1
	r, size := utf8.DecodeLastRuneInString("ab世")
	println(r, size, utf8.RuneStart(s[2]), utf8.FullRune([]byte{0xe4, 0xb8}), utf8.ValidRune(0xD800)) // CHECK-NEXT: 19990 3 false false false
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	println(n, buf[0], buf[1], buf[2], len(utf8.AppendRune([]byte("x"), 0x10FFFF+1))) // CHECK-NEXT: 3 226 130 172 4
	println(utf8.RuneCount([]byte("日本語")), utf8.Valid([]byte{0xed, 0xa0, 0x80})) // CHECK-NEXT: 3 false
}
