// RUN: %gorun %s | FileCheck %s
// Literal forms from the lexer through to run time: integer bases and digit
// separators, legacy octal, rune and string escapes of every kind, raw
// strings, and identifiers made of Unicode letters.
package main

func main() {
	println("ints", 255, 0xff, 0xFF, 0o377, 0o377, 0377, 0b1111_1111, 0b11111111)     // CHECK: ints 255 255 255 255 255 255 255 255
	println("separators", 1_000_000, 0x_dead_beef, 0o_7_7, 0b_1_0)                    // CHECK-NEXT: separators 1000000 3735928559 63 2
	println("runes", 'a', '\a', '\b', '\f', '\n', '\r', '\t', '\v', '\\', '\'')       // CHECK-NEXT: runes 97 7 8 12 10 13 9 11 92 39
	println("rune escapes", '\000', '\101', '\x41', '\u00e9', '\U0001F600', 'é', '日') // CHECK-NEXT: rune escapes 0 65 65 233 128512 233 26085
	s := "\a\b\f\n\r\t\v\\\"'"
	println("string escapes", len(s), s[0], s[3], s[8], s[9]) // CHECK-NEXT: string escapes 10 7 10 34 39
	t := "\101\x42\u0043\U00000044\xff\377"
	println("numeric escapes", t[:4], len(t), t[4], t[5]) // CHECK-NEXT: numeric escapes ABCD 6 255 255
	u := "\u65e5本\U00008a9e"
	println("unicode escapes", u, len(u)) // CHECK-NEXT: unicode escapes 日本語 9
	raw := `a\nb
c"d'e`
	println("raw", len(raw), raw[1], raw[4]) // CHECK-NEXT: raw 10 92 10
	println(`raw \t kept`)                   // CHECK-NEXT: raw \t kept
	println("empty", len(""), len(``))       // CHECK-NEXT: empty 0 0

	π := 3
	größe := "big"
	日本 := π * 2
	_x9 := 1
	println("identifiers", π, größe, 日本, _x9) // CHECK-NEXT: identifiers 3 big 6 1
}
