// RUN: %gorun %s | FileCheck %s
// for range over a string decodes UTF-8: the key is the byte offset where
// each rune starts, the value the rune; every byte that does not start a
// valid encoding (stray continuation byte, truncated sequence, overlong form,
// surrogate, beyond U+10FFFF) yields U+FFFD (65533) and advances one byte.
package main

func dump(s string) {
	for i, r := range s {
		print(i, ":", r, " ")
	}
	println()
}

func main() {
	dump("aé日😀z")                            // CHECK: 0:97 1:233 3:26085 6:128512 10:122
	dump("")                                 // CHECK-EMPTY:
	dump("\x80a")                            // CHECK-NEXT: 0:65533 1:97
	dump("\xe6\x97")                         // CHECK-NEXT: 0:65533 1:65533
	dump("\xe6\x97\xa5\xe6")                 // CHECK-NEXT: 0:26085 3:65533
	dump("\xc0\xaf!")                        // CHECK-NEXT: 0:65533 1:65533 2:33
	dump("\xed\xa0\x80")                     // CHECK-NEXT: 0:65533 1:65533 2:65533
	dump("\xf4\x8f\xbf\xbf\xf4\x90\x80\x80") // CHECK-NEXT: 0:1114111 4:65533 5:65533 6:65533 7:65533
	dump("\xef\xbf\xbd")                     // CHECK-NEXT: 0:65533

	// Key only, blank key, no variables at all.
	s := "héllo"
	keys := ""
	for i := range s {
		keys += string(rune('0' + i))
	}
	println("keys", keys) // CHECK-NEXT: keys 01345
	runes := ""
	for _, r := range s {
		if r > 127 {
			r = '_'
		}
		runes += string(r)
	}
	println("runes", runes) // CHECK-NEXT: runes h_llo
	n := 0
	for range "日本語" {
		n++
	}
	println("count", n) // CHECK-NEXT: count 3

	// Assigning to existing variables; they keep the last values afterwards.
	var i int
	var r rune
	for i, r = range "ab€" {
	}
	println("last", i, r) // CHECK-NEXT: last 2 8364

	// The range expression is evaluated once, before the loop starts.
	t := "xyz"
	count := 0
	for range t {
		t = ""
		count++
	}
	println("once", count, len(t)) // CHECK-NEXT: once 3 0
}
