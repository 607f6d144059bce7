// RUN: %gorun %s | FileCheck %s
// A map from words to counts and a sort of the result: strings sliced out
// of a text, m[w]++, ranging over the map into a slice of structs, sorted
// by hand (by count, then word).
package main

type entry struct {
	word  string
	count int
}

func words(text string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == ' ' || text[i] == '\n' {
			if start >= 0 {
				out = append(out, text[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	return out
}

func less(a, b entry) bool {
	if a.count != b.count {
		return a.count > b.count
	}
	return a.word < b.word
}

func main() {
	text := "the quick brown fox jumps over the lazy dog\nthe dog barks and the fox runs"
	counts := map[string]int{}
	for _, w := range words(text) {
		counts[w]++
	}
	var list []entry
	for w, c := range counts {
		list = append(list, entry{w, c})
	}
	for i := 1; i < len(list); i++ {
		for j := i; j > 0 && less(list[j], list[j-1]); j-- {
			list[j], list[j-1] = list[j-1], list[j]
		}
	}
	println(len(list)) // CHECK: 11
	for _, e := range list[:4] {
		println(e.word, e.count)
	}
	// CHECK-NEXT: the 4
	// CHECK-NEXT: dog 2
	// CHECK-NEXT: fox 2
	// CHECK-NEXT: and 1
}
