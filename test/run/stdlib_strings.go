// RUN: %gorun %s | FileCheck %s
// Package strings: searching, splitting, joining, trimming, case mapping
// (Unicode included), replacing, comparing, Builder and Reader, with the
// edge cases gc has (empty separators, invalid UTF-8, n arguments), and
// Replacer's rule (the first old string in argument order wins).
package main

import "strings"

// show writes a []string as <a|b|c> (len n).
func show(xs []string) string {
	s := "<"
	for i, x := range xs {
		if i > 0 {
			s += "|"
		}
		s += x
	}
	return s + ">"
}

func main() {
	println(show(strings.Split("a,b,,c,", ","))) // CHECK: <a|b||c|>
	println(show(strings.Split("héllo", "")), len(strings.Split("", ","))) // CHECK-NEXT: <h|é|l|l|o> 1
	println(show(strings.SplitN("a,b,c,d", ",", 2)), strings.SplitN("a,b", ",", 0) == nil, show(strings.SplitN("a,b,c", ",", -1))) // CHECK-NEXT: <a|b,c,d> true <a|b|c>
	println(show(strings.SplitAfter("a,b,c", ","))) // CHECK-NEXT: <a,|b,|c>
	println(show(strings.Fields("  the quick\tbrown\n\nfox  ")), len(strings.Fields(" \t\n"))) // CHECK-NEXT: <the|quick|brown|fox> 0
	println(strings.Join([]string{"x", "y", "z"}, ", "), strings.Join(nil, "-") == "") // CHECK-NEXT: x, y, z true
	println(strings.Repeat("ab", 3), strings.Repeat("x", 0) == "") // CHECK-NEXT: ababab true

	s := "chicken soup with rice"
	println(strings.Contains(s, "soup"), strings.Contains(s, ""), strings.ContainsRune(s, 'w'), strings.ContainsAny(s, "xyz"), strings.ContainsAny(s, "")) // CHECK-NEXT: true true true false false
	println(strings.Index(s, "i"), strings.Index(s, "rice"), strings.Index(s, "beef"), strings.LastIndex(s, "i"), strings.LastIndex(s, "")) // CHECK-NEXT: 2 18 -1 19 22
	println(strings.IndexByte(s, 'k'), strings.IndexRune("chér", 'r'), strings.IndexRune("a\xffb", '\uFFFD'), strings.IndexAny(s, "wr"), strings.LastIndexAny(s, "wr")) // CHECK-NEXT: 4 4 1 13 18
	println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Count("aaaa", "aa")) // CHECK-NEXT: 3 5 2
	println(strings.HasPrefix(s, "chick"), strings.HasSuffix(s, "rice"), strings.HasPrefix(s, "rice")) // CHECK-NEXT: true true false

	println("["+strings.TrimSpace("  \t hello world \n ")+"]", "["+strings.Trim("xxhixyx", "xy")+"]") // CHECK-NEXT: [hello world] [hi]
	println(strings.TrimLeft("aabbcc", "ab"), strings.TrimRight("aabbcc", "bc"), strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("a.go", ".go")) // CHECK-NEXT: cc aa body a
	println(strings.TrimFunc("123abc456", func(r rune) bool { return r >= '0' && r <= '9' })) // CHECK-NEXT: abc

	println(strings.ToUpper("hello, wörld"), strings.ToLower("ΑΒΓ Hello"), strings.ToUpper("ǆ straße")) // CHECK-NEXT: HELLO, WÖRLD αβγ hello Ǆ STRAßE
	println(strings.Title("hello wide world"), strings.ToTitle("loud")) // CHECK-NEXT: Hello Wide World LOUD
	println(strings.EqualFold("Go", "GO"), strings.EqualFold("σ", "Σ"), strings.EqualFold("k", "\u212A"), strings.EqualFold("a", "b")) // CHECK-NEXT: true true true false
	println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x")) // CHECK-NEXT: -1 1 0

	println(strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("oink oink oink", "oink", "moo", -1)) // CHECK-NEXT: oinky oinky oink moo moo moo
	println(strings.ReplaceAll("banana", "a", "o"), strings.Replace("abc", "", "-", -1)) // CHECK-NEXT: bonono -a-b-c-
	println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		if r == 'x' {
			return -1
		}
		return r
	}, "banxana")) // CHECK-NEXT: bAnAnA
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "a", "1", "aaa", "3")
	println(r.Replace("<aaaa>"), strings.NewReplacer("", "-").Replace("abc")) // CHECK-NEXT: &lt;1111&gt; -a-b-c-
	before, after, found := strings.Cut("key=value", "=")
	println(before, after, found) // CHECK-NEXT: key value true

	var b strings.Builder
	for i := 0; i < 3; i++ {
		b.WriteString("ab")
		b.WriteByte('-')
	}
	b.WriteRune('世')
	println(b.String(), b.Len()) // CHECK-NEXT: ab-ab-ab-世 12
	b.Reset()
	b.Grow(10)
	println("["+b.String()+"]", b.Len()) // CHECK-NEXT: [] 0

	rd := strings.NewReader("héllo")
	c, size, _ := rd.ReadRune()
	c2, size2, _ := rd.ReadRune()
	println(c, size, c2, size2, rd.Len()) // CHECK-NEXT: 104 1 233 2 3
	buf := make([]byte, 10)
	n, err := rd.Read(buf)
	println(n, string(buf[:n]), err == nil) // CHECK-NEXT: 3 llo true
	_, err = rd.Read(buf)
	println(err.Error()) // CHECK-NEXT: EOF
}
