// RUN: %gorun %s | FileCheck %s
// Conversions between strings, byte slices and rune slices copy the data;
// string(rune) encodes one rune; numeric conversions truncate or extend.
package main

func main() {
	s := "héllo, 世界"
	b := []byte(s)
	r := []rune(s)
	println(len(s), len(b), len(r)) // CHECK: 14 14 9
	b[0] = 'H'
	println(s[0], b[0], string(b[:1]), len(string(b[:3]))) // CHECK-NEXT: 104 72 H 3
	r[0] = 'J'
	println(string(r), string(r[7])) // CHECK-NEXT: Jéllo, 世界 世
	println(string(rune(65)), string(rune(0x4e16))) // CHECK-NEXT: A 世
	var bs []byte
	println(string(bs) == "", len([]rune("")), len([]byte(""))) // CHECK-NEXT: true 0 0
	n := 300
	println(int8(n), uint8(n), int64(n), float64(n)/8) // CHECK-NEXT: 44 44 300 +3.750000e+001
	f := -3.99
	println(int(f), uint8(int(f)+10)) // CHECK-NEXT: -3 7
	words := []string{"go", "lc"}
	joined := ""
	for _, w := range words {
		joined += string([]byte(w))
	}
	println(joined) // CHECK-NEXT: golc
	rs := []rune{0x48, 0x69, -1}
	println(string(rs)) // CHECK-NEXT: Hi�
}
