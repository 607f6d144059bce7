// RUN: %gorun %s | FileCheck %s
// String values: len counts bytes, indexing yields a byte, slicing in all
// its forms, concatenation (also in a loop and with +=), and conversion of a
// rune to its UTF-8 encoding (an invalid rune becomes U+FFFD).
package main

func main() {
	s := "hello, wörld"
	println("len", len(s), len(""), len("日本語"))                                       // CHECK: len 13 0 9
	println("index", s[0], s[4], s[8], s[9], s[len(s)-1])                             // CHECK-NEXT: index 104 111 195 182 100
	println("slice", s[7:], s[:5], s[7:10], s[:], "["+s[5:5]+"]", "["+s[len(s):]+"]") // CHECK-NEXT: slice wörld hello wö hello, wörld [] []
	sub := s[7:]
	println("sub of sub", sub[1:3], len(sub[1:3]), sub[0:0] == "") // CHECK-NEXT: sub of sub ö 2 true

	a, b := "con", "cat"
	c := a + b + "enate" + ""
	println("concat", c, len(c)) // CHECK-NEXT: concat concatenate 11
	acc := ""
	for i := 0; i < 5; i++ {
		acc += string(rune('a' + i))
		acc = acc + "-"
	}
	println("loop", acc) // CHECK-NEXT: loop a-b-c-d-e-

	// Concatenation copies: changing the variable later does not touch c.
	b = "dog"
	println("copy", c, a+b) // CHECK-NEXT: copy concatenate condog

	// Conversions from runes.
	var r rune = 'é'
	var e rune = 0x10FFFF + 1
	var neg rune = -1
	println("runes", string(r), len(string(r)), string(rune(0x1F600)), len(string(rune(0x1F600))))       // CHECK-NEXT: runes é 2 😀 4
	println("invalid", string(e) == "\uFFFD", string(neg) == "\uFFFD", string(rune(0xD800)) == "\uFFFD") // CHECK-NEXT: invalid true true true

	// Bytes from indexing compare and compute as uint8.
	d := "09"
	println("digits", d[1]-d[0], int(d[0]-'0')+int(d[1]-'0')) // CHECK-NEXT: digits 9 9
	var hi byte = "\xff"[0]
	println("byte", hi, hi+1) // CHECK-NEXT: byte 255 0

	// Indexing and slicing with computed indices.
	word := "abcdefgh"
	out := ""
	for i := len(word) - 2; i >= 0; i -= 2 {
		out += word[i : i+2]
	}
	println("pairs", out) // CHECK-NEXT: pairs ghefcdab
}
