// words: string processing with indexing, slicing, range over runes,
// comparison and concatenation.
package main

const text = "the quick brown fox jumps over the lazy dog — and the café at the end"

// nextWord returns the first space-separated word of s at or after i, and the
// index just past it; "" when none is left.
func nextWord(s string, i int) (string, int) {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	start := i
	for i < len(s) && s[i] != ' ' {
		i++
	}
	return s[start:i], i
}

// reverse reverses s rune by rune, so multi-byte characters stay whole.
func reverse(s string) string {
	out := ""
	for _, r := range s {
		out = string(r) + out
	}
	return out
}

func isPalindrome(s string) bool {
	return s == reverse(s)
}

// upper turns ASCII letters to upper case and keeps every other rune.
func upper(s string) string {
	out := ""
	for _, r := range s {
		if r >= 'a' && r <= 'z' {
			r -= 'a' - 'A'
		}
		out += string(r)
	}
	return out
}

func main() {
	words, runes, longest, first := 0, 0, "", ""
	for w, i := nextWord(text, 0); w != ""; w, i = nextWord(text, i) {
		words++
		if len(w) > len(longest) {
			longest = w
		}
		if first == "" || w < first {
			first = w
		}
	}
	for range text {
		runes++
	}
	println("bytes:", len(text), "runes:", runes, "words:", words)
	println("longest:", longest, "first in order:", first)
	println("reversed:", reverse("café ñandú"))
	println("upper:", upper(text[:19]))
	checks := "level rotor golc noon"
	for w, i := nextWord(checks, 0); w != ""; w, i = nextWord(checks, i) {
		println(w, "palindrome:", isPalindrome(w))
	}
}
