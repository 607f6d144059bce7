package strings

import "io"

// A Replacer replaces a list of strings with replacements. It is safe for
// concurrent use.
//
// Its rule is Go's: scanning the input from the left, at each position the
// first old string (in argument order) found there is replaced, and the
// scan continues after it; matches never overlap. An empty old string
// matches at every position but never twice in a row, so it inserts its
// replacement between the bytes and at both ends ("XaXbX").
type Replacer struct {
	oldnew []string
	// byFirst[c] lists the pairs whose old string starts with byte c, in
	// argument order; empty is the first pair with an empty old string,
	// or -1.
	byFirst [256][]int
	empty   int
}

// NewReplacer returns a Replacer from old, new string pairs. It panics
// if given an odd number of arguments.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	r := &Replacer{oldnew: append([]string(nil), oldnew...), empty: -1}
	for i := 0; i < len(oldnew); i += 2 {
		old := oldnew[i]
		if old == "" {
			if r.empty < 0 {
				r.empty = i / 2
			}
			continue
		}
		r.byFirst[old[0]] = append(r.byFirst[old[0]], i/2)
	}
	return r
}

// match returns the first pair whose old string is at s[i:], or -1;
// skipEmpty leaves out an empty old string.
func (r *Replacer) match(s string, i int, skipEmpty bool) int {
	best := -1
	if !skipEmpty {
		best = r.empty
	}
	if i < len(s) {
		for _, k := range r.byFirst[s[i]] {
			if best >= 0 && k > best {
				break // the empty string comes first
			}
			if HasPrefix(s[i:], r.oldnew[2*k]) {
				return k
			}
		}
	}
	return best
}

// Replace returns s with all replacements performed.
func (r *Replacer) Replace(s string) string {
	var b []byte
	replaced := false
	last := 0
	prevEmpty := false // the last match was of an empty old string
	for i := 0; i <= len(s); {
		k := r.match(s, i, prevEmpty)
		if k < 0 {
			prevEmpty = false
			i++
			continue
		}
		old, new := r.oldnew[2*k], r.oldnew[2*k+1]
		prevEmpty = old == ""
		b = append(b, s[last:i]...)
		b = append(b, new...)
		replaced = true
		i += len(old)
		last = i
	}
	if !replaced {
		return s
	}
	b = append(b, s[last:]...)
	return string(b)
}

// WriteString writes s to w with all replacements performed.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	return io.WriteString(w, r.Replace(s))
}
