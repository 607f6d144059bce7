// bench/wordfreq: a map[string]int workload. Generates 6 million words of
// text (each of one to three syllables, two half the time, drawn by an LCG
// from 48, so about 113k distinct words), splits it on spaces and
// newlines by hand (no strings package), counts every word in a map, and
// prints the number of distinct words and the ten most frequent (count
// descending, then word ascending, so the output does not depend on map
// iteration order). Measures string hashing, map lookup and growth, and
// the short-lived string allocations of m[string(b)]++.
package main

var syllables = []string{
	"ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo",
	"an", "el", "is", "or", "un", "ba", "de", "fu",
	"go", "hi", "ja", "ke", "li", "mo", "nu", "pe",
	"qua", "ri", "so", "tu", "va", "we", "xi", "yo",
	"zen", "bra", "cle", "dri", "fro", "gla", "pri", "stu",
	"tha", "che", "sho", "whi", "ing", "ent", "ous", "ly",
}

var seed uint64 = 12345

// next is Knuth's MMIX 64-bit LCG; only its high bits are random enough, so
// it returns the top 31.
func next() uint32 {
	seed = seed*6364136223846793005 + 1442695040888963407
	return uint32(seed >> 33)
}

// generate returns the text: nwords words separated by spaces, with a
// newline after every 12th word.
func generate(nwords int) []byte {
	text := make([]byte, 0, nwords*7)
	for i := 0; i < nwords; i++ {
		r := next()
		nsyl := 1
		if r%4 == 0 {
			nsyl = 3
		} else if r%4 != 1 {
			nsyl = 2
		}
		for j := 0; j < nsyl; j++ {
			text = append(text, syllables[next()%uint32(len(syllables))]...)
		}
		if i%12 == 11 {
			text = append(text, '\n')
		} else {
			text = append(text, ' ')
		}
	}
	return text
}

type entry struct {
	word  string
	count int
}

// before orders entries for the top list: higher count first, then word.
func before(a, b entry) bool {
	if a.count != b.count {
		return a.count > b.count
	}
	return a.word < b.word
}

func main() {
	text := generate(6000000)

	counts := make(map[string]int)
	start := 0
	for i := 0; i < len(text); i++ {
		if c := text[i]; c == ' ' || c == '\n' {
			if i > start {
				counts[string(text[start:i])]++
			}
			start = i + 1
		}
	}

	var top [10]entry
	n := 0
	total := 0
	for w, c := range counts {
		total += c
		e := entry{w, c}
		if n < len(top) {
			n++
		} else if !before(e, top[n-1]) {
			continue
		}
		j := n - 1
		for j > 0 && before(e, top[j-1]) {
			top[j] = top[j-1]
			j--
		}
		top[j] = e
	}
	println("words", total, "distinct", len(counts))
	for i := 0; i < n; i++ {
		println(top[i].count, top[i].word)
	}
}
