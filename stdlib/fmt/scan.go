package fmt

import (
	"errors"
	"io"
	"math"
	"os"
	"strconv"
	"unicode/utf8"
)

// Scanning: Scan, Scanln, Scanf and their S (from a string) and F (from
// an io.Reader) variants read space-separated values into the variables
// their operands point to, as gc's do: the same tokens, the same input
// consumed (a reader that is not an io.RuneScanner is read a byte at a
// time, so nothing beyond the last value is lost, apart from the one rune
// that may be read past it), the same errors and counts.
//
// gc unwinds a failed scan with a panic; a scanState records the first
// error instead and does nothing from then on: every read after it reports
// the end of the input without touching the reader, every unread is
// dropped, and no operand is assigned. What gc's panic skips is thus
// skipped here too. A panic that comes from outside (a Scanner's Scan
// method, a Token callback, the reader) is gc's too: one with io.EOF ends
// the scan with that error (stopEOFPanic), any other goes on.

// ScanState is what a Scanner's Scan method gets: the input and the
// options of the verb.
type ScanState interface {
	// ReadRune reads the next rune of the input.
	ReadRune() (r rune, size int, err error)
	// UnreadRune gives back the rune just read.
	UnreadRune() error
	// SkipSpace skips white space (and newlines, where they are space).
	SkipSpace()
	// Token skips space if skipSpace, then returns the run of runes
	// satisfying f (nil: not space).
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	// Width returns the width option and whether it was given.
	Width() (wid int, ok bool)
	// Read must not be called: it is there to make ScanState an
	// io.Reader for convenience.
	Read(buf []byte) (n int, err error)
}

// Scanner is implemented by values that scan themselves.
type Scanner interface {
	Scan(state ScanState, verb rune) error
}

// Scan reads space-separated values from standard input into the
// operands (newlines count as space) and returns how many it stored.
func Scan(a ...interface{}) (n int, err error) {
	return Fscan(os.Stdin, a...)
}

// Scanln is Scan stopping at a newline, which must follow the last value.
func Scanln(a ...interface{}) (n int, err error) {
	return Fscanln(os.Stdin, a...)
}

// Scanf reads values from standard input as format says: its verbs
// scan values, its other text must match the input.
func Scanf(format string, a ...interface{}) (n int, err error) {
	return Fscanf(os.Stdin, format, a...)
}

// stringReader reads a string, without being an io.RuneScanner, so that
// Sscan reads it exactly as Fscan reads other input.
type stringReader string

func (r *stringReader) Read(b []byte) (n int, err error) {
	n = copy(b, *r)
	*r = (*r)[n:]
	if n == 0 {
		err = io.EOF
	}
	return n, err
}

// Sscan is Scan reading str.
func Sscan(str string, a ...interface{}) (n int, err error) {
	return Fscan((*stringReader)(&str), a...)
}

// Sscanln is Scanln reading str.
func Sscanln(str string, a ...interface{}) (n int, err error) {
	return Fscanln((*stringReader)(&str), a...)
}

// Sscanf is Scanf reading str.
func Sscanf(str string, format string, a ...interface{}) (n int, err error) {
	return Fscanf((*stringReader)(&str), format, a...)
}

// Fscan is Scan reading r.
func Fscan(r io.Reader, a ...interface{}) (n int, err error) {
	return newScanState(r, true, false).doScan(a)
}

// Fscanln is Scanln reading r.
func Fscanln(r io.Reader, a ...interface{}) (n int, err error) {
	return newScanState(r, false, true).doScan(a)
}

// Fscanf is Scanf reading r.
func Fscanf(r io.Reader, format string, a ...interface{}) (n int, err error) {
	return newScanState(r, false, false).doScanf(format, a)
}

const (
	eof     = -1
	hugeWid = 1 << 30
)

// A scanState is one scan in progress.
type scanState struct {
	rs        io.RuneScanner
	buf       buffer // the token being read
	count     int    // runes consumed so far
	atEOF     bool   // the input ended (or, for Scanln, a newline came)
	nlIsEnd   bool   // a newline ends the scan
	nlIsSpace bool   // a newline is white space
	argLimit  int    // the most runes the current operand may consume (count bound)
	limit     int    // the most runes the scan may consume
	maxWid    int    // the width of the current operand
	err       error  // the first error; the scan does nothing after it
}

func newScanState(r io.Reader, nlIsSpace, nlIsEnd bool) *scanState {
	s := &scanState{nlIsSpace: nlIsSpace, nlIsEnd: nlIsEnd, limit: hugeWid, argLimit: hugeWid, maxWid: hugeWid}
	if rs, ok := r.(io.RuneScanner); ok {
		s.rs = rs
	} else {
		s.rs = &readRune{reader: r, peekRune: -1}
	}
	return s
}

// fail records err as the outcome of the scan, unless one came before.
func (s *scanState) fail(err error) {
	if s.err == nil {
		s.err = err
	}
}

func (s *scanState) failString(err string) {
	s.fail(errors.New(err))
}

func (s *scanState) Read(buf []byte) (n int, err error) {
	return 0, errors.New("ScanState's Read should not be called. Use ReadRune")
}

func (s *scanState) ReadRune() (r rune, size int, err error) {
	if s.err != nil || s.atEOF || s.count >= s.argLimit {
		return 0, 0, io.EOF
	}
	r, size, err = s.rs.ReadRune()
	if err == nil {
		s.count++
		if s.nlIsEnd && r == '\n' {
			s.atEOF = true
		}
	} else if err == io.EOF {
		s.atEOF = true
	}
	return r, size, err
}

func (s *scanState) Width() (wid int, ok bool) {
	if s.maxWid == hugeWid {
		return 0, false
	}
	return s.maxWid, true
}

// getRune reads a rune; eof at the end of the input (or after an error).
func (s *scanState) getRune() rune {
	r, _, err := s.ReadRune()
	if err != nil {
		if err != io.EOF {
			s.fail(err)
		}
		return eof
	}
	return r
}

// mustReadRune reads a rune; the end of the input is an error.
func (s *scanState) mustReadRune() rune {
	r := s.getRune()
	if r == eof {
		s.fail(io.ErrUnexpectedEOF)
	}
	return r
}

func (s *scanState) UnreadRune() error {
	if s.err != nil {
		return nil // nothing was read since the error
	}
	s.rs.UnreadRune()
	s.atEOF = false
	s.count--
	return nil
}

func (s *scanState) Token(skipSpace bool, f func(rune) bool) (tok []byte, err error) {
	if f == nil {
		f = notSpace
	}
	s.buf = s.buf[:0]
	saved := s.err
	tok = s.token(skipSpace, f)
	// An error here is the Scan method's to handle, not the scan's.
	err, s.err = s.err, saved
	if err != nil {
		tok = nil
	}
	return tok, err
}

// isSpace reports whether r is white space for scanning: gc's list.
func isSpace(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\v' || r == '\f' || r == '\r' || r == ' ':
		return true
	case r == 0x85 || r == 0xA0 || r == 0x1680 || 0x2000 <= r && r <= 0x200A:
		return true
	case r == 0x2028 || r == 0x2029 || r == 0x202F || r == 0x205F || r == 0x3000:
		return true
	}
	return false
}

func notSpace(r rune) bool {
	return !isSpace(r)
}

// readRune makes an io.RuneScanner of an io.Reader, reading it a byte at
// a time so as never to read past what it returns.
type readRune struct {
	reader   io.Reader
	buf      [utf8.UTFMax]byte // the rune being read
	pending  int               // bytes in pendBuf (after invalid UTF-8)
	pendBuf  [utf8.UTFMax]byte // bytes read but not used yet
	peekRune rune              // >= 0: the next rune; < 0: ^(the last one)
}

func (r *readRune) readByte() (b byte, err error) {
	if r.pending > 0 {
		b = r.pendBuf[0]
		copy(r.pendBuf[0:], r.pendBuf[1:])
		r.pending--
		return b, nil
	}
	n, err := io.ReadFull(r.reader, r.pendBuf[:1])
	if n != 1 {
		return 0, err
	}
	return r.pendBuf[0], err
}

func (r *readRune) ReadRune() (rr rune, size int, err error) {
	if r.peekRune >= 0 {
		rr = r.peekRune
		r.peekRune = ^r.peekRune
		return rr, utf8.RuneLen(rr), nil
	}
	r.buf[0], err = r.readByte()
	if err != nil {
		return 0, 0, err
	}
	if r.buf[0] < utf8.RuneSelf {
		rr = rune(r.buf[0])
		r.peekRune = ^rr
		return rr, 1, nil
	}
	var n int
	for n = 1; !utf8.FullRune(r.buf[:n]); n++ {
		r.buf[n], err = r.readByte()
		if err != nil {
			if err == io.EOF {
				err = nil
				break
			}
			return 0, 0, err
		}
	}
	rr, size = utf8.DecodeRune(r.buf[:n])
	if size < n {
		// Invalid: keep the bytes after the first for the next reads.
		copy(r.pendBuf[r.pending:], r.buf[size:n])
		r.pending += n - size
	}
	r.peekRune = ^rr
	return rr, size, err
}

func (r *readRune) UnreadRune() error {
	if r.peekRune >= 0 {
		return errors.New("fmt: scanning called UnreadRune with no rune available")
	}
	r.peekRune = ^r.peekRune
	return nil
}

// SkipSpace skips white space; a newline is an error where it is not
// space (and ends the input for Scanln).
func (s *scanState) SkipSpace() {
	for {
		r := s.getRune()
		if r == eof {
			return
		}
		if r == '\r' && s.peek("\n") {
			continue
		}
		if r == '\n' {
			if s.nlIsSpace {
				continue
			}
			s.failString("unexpected newline")
			return
		}
		if !isSpace(r) {
			s.UnreadRune()
			return
		}
	}
}

// token reads the run of runes satisfying f into s.buf.
func (s *scanState) token(skipSpace bool, f func(rune) bool) []byte {
	if skipSpace {
		s.SkipSpace()
	}
	for {
		r := s.getRune()
		if r == eof {
			break
		}
		if !f(r) {
			s.UnreadRune()
			break
		}
		s.buf.writeRune(r)
	}
	return s.buf
}

var boolError = errors.New("syntax error scanning boolean")

func indexRune(s string, r rune) int {
	for i, c := range s {
		if c == r {
			return i
		}
	}
	return -1
}

// consume reads the next rune if it is in ok (into s.buf if accept).
func (s *scanState) consume(ok string, accept bool) bool {
	r := s.getRune()
	if r == eof {
		return false
	}
	if indexRune(ok, r) >= 0 {
		if accept {
			s.buf.writeRune(r)
		}
		return true
	}
	if accept {
		s.UnreadRune()
	}
	return false
}

// peek reports whether the next rune is in ok, without reading it.
func (s *scanState) peek(ok string) bool {
	r := s.getRune()
	if r != eof {
		s.UnreadRune()
	}
	return indexRune(ok, r) >= 0
}

// notEOF fails the scan with io.EOF at the end of the input.
func (s *scanState) notEOF() {
	if r := s.getRune(); r == eof {
		s.fail(io.EOF)
		return
	}
	s.UnreadRune()
}

func (s *scanState) accept(ok string) bool {
	return s.consume(ok, true)
}

// okVerb checks that verb is one of okVerbs for a value of type typ.
func (s *scanState) okVerb(verb rune, okVerbs, typ string) bool {
	for _, v := range okVerbs {
		if v == verb {
			return true
		}
	}
	s.failString("bad verb '%" + string(verb) + "' for " + typ)
	return false
}

func (s *scanState) scanBool(verb rune) bool {
	s.SkipSpace()
	s.notEOF()
	if !s.okVerb(verb, "tv", "boolean") {
		return false
	}
	switch s.getRune() {
	case '0':
		return false
	case '1':
		return true
	case 't', 'T':
		if s.accept("rR") && (!s.accept("uU") || !s.accept("eE")) {
			s.fail(boolError)
		}
		return true
	case 'f', 'F':
		if s.accept("aA") && (!s.accept("lL") || !s.accept("sS") || !s.accept("eE")) {
			s.fail(boolError)
		}
		return false
	}
	return false
}

const (
	binaryDigits      = "01"
	octalDigits       = "01234567"
	decimalDigits     = "0123456789"
	hexadecimalDigits = "0123456789aAbBcCdDeEfF"
	sign              = "+-"
	period            = "."
	exponent          = "eEpP"
	floatVerbs        = "beEfFgGv"
)

// getBase returns the base and digits of an integer verb.
func (s *scanState) getBase(verb rune) (base int, digits string) {
	s.okVerb(verb, "bdoUxXv", "integer")
	switch verb {
	case 'b':
		return 2, binaryDigits
	case 'o':
		return 8, octalDigits
	case 'x', 'X', 'U':
		return 16, hexadecimalDigits
	}
	return 10, decimalDigits
}

// scanNumber reads digits into s.buf (at least one, unless haveDigits)
// and returns the token.
func (s *scanState) scanNumber(digits string, haveDigits bool) string {
	if !haveDigits {
		s.notEOF()
		if !s.accept(digits) {
			s.failString("expected integer")
		}
	}
	for s.accept(digits) {
	}
	return string(s.buf)
}

// scanRune reads one rune as the value of an integer (%c).
func (s *scanState) scanRune(bitSize int) int64 {
	s.notEOF()
	r := s.getRune()
	n := uint(bitSize)
	x := (int64(r) << (64 - n)) >> (64 - n)
	if x != int64(r) {
		s.failString("overflow on character value " + string(r))
	}
	return int64(r)
}

// scanBasePrefix reads a base prefix (0b, 0o, 0x, or a 0 for octal) for
// %v, leaving it in s.buf.
func (s *scanState) scanBasePrefix() (base int, digits string, zeroFound bool) {
	if !s.peek("0") {
		return 0, decimalDigits + "_", false
	}
	s.accept("0")
	switch {
	case s.peek("bB"):
		s.consume("bB", true)
		return 0, binaryDigits + "_", true
	case s.peek("oO"):
		s.consume("oO", true)
		return 0, octalDigits + "_", true
	case s.peek("xX"):
		s.consume("xX", true)
		return 0, hexadecimalDigits + "_", true
	}
	return 0, octalDigits + "_", true
}

func (s *scanState) scanInt(verb rune, bitSize int) int64 {
	if verb == 'c' {
		return s.scanRune(bitSize)
	}
	s.SkipSpace()
	s.notEOF()
	base, digits := s.getBase(verb)
	haveDigits := false
	if verb == 'U' {
		if !s.consume("U", false) || !s.consume("+", false) {
			s.failString("bad unicode format ")
		}
	} else {
		s.accept(sign) // left in the token
		if verb == 'v' {
			base, digits, haveDigits = s.scanBasePrefix()
		}
	}
	tok := s.scanNumber(digits, haveDigits)
	if s.err != nil {
		return 0
	}
	i, err := strconv.ParseInt(tok, base, 64)
	if err != nil {
		s.fail(err)
		return 0
	}
	n := uint(bitSize)
	x := (i << (64 - n)) >> (64 - n)
	if x != i {
		s.failString("integer overflow on token " + tok)
	}
	return i
}

func (s *scanState) scanUint(verb rune, bitSize int) uint64 {
	if verb == 'c' {
		return uint64(s.scanRune(bitSize))
	}
	s.SkipSpace()
	s.notEOF()
	base, digits := s.getBase(verb)
	haveDigits := false
	if verb == 'U' {
		if !s.consume("U", false) || !s.consume("+", false) {
			s.failString("bad unicode format ")
		}
	} else if verb == 'v' {
		base, digits, haveDigits = s.scanBasePrefix()
	}
	tok := s.scanNumber(digits, haveDigits)
	if s.err != nil {
		return 0
	}
	i, err := strconv.ParseUint(tok, base, 64)
	if err != nil {
		s.fail(err)
		return 0
	}
	n := uint(bitSize)
	x := (i << (64 - n)) >> (64 - n)
	if x != i {
		s.failString("unsigned integer overflow on token " + tok)
	}
	return i
}

// floatToken reads the longest prefix that may be a float: nan, inf,
// decimal or hexadecimal with an exponent, underscores allowed.
func (s *scanState) floatToken() string {
	s.buf = s.buf[:0]
	if s.accept("nN") && s.accept("aA") && s.accept("nN") {
		return string(s.buf)
	}
	s.accept(sign)
	if s.accept("iI") && s.accept("nN") && s.accept("fF") {
		return string(s.buf)
	}
	digits := decimalDigits + "_"
	exp := exponent
	if s.accept("0") && s.accept("xX") {
		digits = hexadecimalDigits + "_"
		exp = "pP"
	}
	for s.accept(digits) {
	}
	if s.accept(period) {
		for s.accept(digits) {
		}
	}
	if s.accept(exp) {
		s.accept(sign)
		for s.accept(decimalDigits + "_") {
		}
	}
	return string(s.buf)
}

func hasX(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == 'x' || s[i] == 'X' {
			return true
		}
	}
	return false
}

// convertFloat converts a float token; a decimal mantissa with a binary
// exponent (1.5p3) is allowed, as in gc.
func (s *scanState) convertFloat(str string, n int) float64 {
	if s.err != nil {
		return 0
	}
	if p := indexRune(str, 'p'); p >= 0 && !hasX(str) {
		f, err := strconv.ParseFloat(str[:p], n)
		if err != nil {
			if e, ok := err.(*strconv.NumError); ok {
				e.Num = str
			}
			s.fail(err)
			return 0
		}
		m, err := strconv.Atoi(str[p+1:])
		if err != nil {
			if e, ok := err.(*strconv.NumError); ok {
				e.Num = str
			}
			s.fail(err)
			return 0
		}
		return math.Ldexp(f, m)
	}
	f, err := strconv.ParseFloat(str, n)
	if err != nil {
		s.fail(err)
	}
	return f
}

// convertString reads a string for verb: a word (%s %v), a quoted
// string (%q) or hex bytes (%x %X).
func (s *scanState) convertString(verb rune) string {
	if !s.okVerb(verb, "svqxX", "string") {
		return ""
	}
	s.SkipSpace()
	s.notEOF()
	switch verb {
	case 'q':
		return s.quotedString()
	case 'x', 'X':
		return s.hexString()
	}
	return string(s.token(true, notSpace))
}

// quotedString reads a Go string literal (backquoted or double-quoted).
func (s *scanState) quotedString() string {
	s.notEOF()
	quote := s.getRune()
	switch quote {
	case '`':
		for {
			r := s.mustReadRune()
			if r == quote || s.err != nil {
				break
			}
			s.buf.writeRune(r)
		}
		return string(s.buf)
	case '"':
		s.buf.writeByte('"')
		for {
			r := s.mustReadRune()
			if s.err != nil {
				return ""
			}
			s.buf.writeRune(r)
			if r == '\\' {
				s.buf.writeRune(s.mustReadRune())
			} else if r == '"' {
				break
			}
		}
		result, err := strconv.Unquote(string(s.buf))
		if err != nil {
			s.fail(err)
		}
		return result
	}
	s.failString("expected quoted string")
	return ""
}

func hexDigit(d rune) (int, bool) {
	switch {
	case '0' <= d && d <= '9':
		return int(d - '0'), true
	case 'a' <= d && d <= 'f':
		return int(10 + d - 'a'), true
	case 'A' <= d && d <= 'F':
		return int(10 + d - 'A'), true
	}
	return -1, false
}

// hexByte reads two hex digits, if there is a first.
func (s *scanState) hexByte() (b byte, ok bool) {
	rune1 := s.getRune()
	if rune1 == eof {
		return 0, false
	}
	value1, ok := hexDigit(rune1)
	if !ok {
		s.UnreadRune()
		return 0, false
	}
	value2, ok := hexDigit(s.mustReadRune())
	if !ok {
		s.failString("illegal hex digit")
		return 0, false
	}
	return byte(value1<<4 | value2), true
}

// hexString reads hex-encoded bytes.
func (s *scanState) hexString() string {
	s.notEOF()
	for {
		b, ok := s.hexByte()
		if !ok {
			break
		}
		s.buf.writeByte(b)
	}
	if len(s.buf) == 0 {
		s.failString("no hex data for %x string")
		return ""
	}
	return string(s.buf)
}

// scanPercent reads a literal percent sign.
func (s *scanState) scanPercent() {
	s.SkipSpace()
	s.notEOF()
	if !s.accept("%") {
		s.failString("missing literal %")
	}
}

// scanOne reads one value for verb into the variable arg points to. The
// variable is assigned only if the scan has not failed.
func (s *scanState) scanOne(verb rune, arg interface{}) {
	if s.err != nil {
		return // gc would not get here: a Scan method must not run
	}
	s.buf = s.buf[:0]
	if v, ok := arg.(Scanner); ok {
		if err := v.Scan(s, verb); err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			s.fail(err)
		}
		return
	}
	switch v := arg.(type) {
	case *bool:
		if x := s.scanBool(verb); s.err == nil {
			*v = x
		}
	case *int:
		if x := s.scanInt(verb, 64); s.err == nil {
			*v = int(x)
		}
	case *int8:
		if x := s.scanInt(verb, 8); s.err == nil {
			*v = int8(x)
		}
	case *int16:
		if x := s.scanInt(verb, 16); s.err == nil {
			*v = int16(x)
		}
	case *int32:
		if x := s.scanInt(verb, 32); s.err == nil {
			*v = int32(x)
		}
	case *int64:
		if x := s.scanInt(verb, 64); s.err == nil {
			*v = x
		}
	case *uint:
		if x := s.scanUint(verb, 64); s.err == nil {
			*v = uint(x)
		}
	case *uint8:
		if x := s.scanUint(verb, 8); s.err == nil {
			*v = uint8(x)
		}
	case *uint16:
		if x := s.scanUint(verb, 16); s.err == nil {
			*v = uint16(x)
		}
	case *uint32:
		if x := s.scanUint(verb, 32); s.err == nil {
			*v = uint32(x)
		}
	case *uint64:
		if x := s.scanUint(verb, 64); s.err == nil {
			*v = x
		}
	case *uintptr:
		if x := s.scanUint(verb, 64); s.err == nil {
			*v = uintptr(x)
		}
	case *float32:
		// Converted at the variable's precision, for its range errors.
		if s.okVerb(verb, floatVerbs, "float32") {
			s.SkipSpace()
			s.notEOF()
			if x := s.convertFloat(s.floatToken(), 32); s.err == nil {
				*v = float32(x)
			}
		}
	case *float64:
		if s.okVerb(verb, floatVerbs, "float64") {
			s.SkipSpace()
			s.notEOF()
			if x := s.convertFloat(s.floatToken(), 64); s.err == nil {
				*v = x
			}
		}
	case *string:
		if x := s.convertString(verb); s.err == nil {
			*v = x
		}
	case *[]byte:
		if x := s.convertString(verb); s.err == nil {
			*v = []byte(x)
		}
	default:
		s.scanNamed(verb, arg)
	}
}

// scanNamed reads a value into a variable of a named basic type, through
// the runtime (reflect.go).
func (s *scanState) scanNamed(verb rune, arg interface{}) {
	if kindOf(arg) != kindPointer {
		s.failString("type not a pointer: " + typeString(arg))
		return
	}
	v := elemOf(arg) // nil for a nil pointer: no kind below matches
	switch k := kindOf(v); k {
	case kindBool:
		if x := s.scanBool(verb); s.err == nil {
			storeUint(v, b2u(x))
		}
	case kindInt, kindInt8, kindInt16, kindInt32, kindInt64:
		if x := s.scanInt(verb, kindBits(k)); s.err == nil {
			storeInt(v, x)
		}
	case kindUint, kindUint8, kindUint16, kindUint32, kindUint64, kindUintptr:
		if x := s.scanUint(verb, kindBits(k)); s.err == nil {
			storeUint(v, x)
		}
	case kindString:
		if x := s.convertString(verb); s.err == nil {
			storeString(v, x)
		}
	case kindFloat32, kindFloat64:
		s.SkipSpace()
		s.notEOF()
		if x := s.convertFloat(s.floatToken(), kindBits(k)); s.err == nil {
			storeFloat(v, x)
		}
	default:
		s.failString("can't scan type: " + typeString(arg))
	}
}

func b2u(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

// kindBits returns the size in bits of a numeric kind.
func kindBits(k int) int {
	switch k {
	case kindInt8, kindUint8:
		return 8
	case kindInt16, kindUint16:
		return 16
	case kindInt32, kindUint32, kindFloat32:
		return 32
	}
	return 64
}

// stopEOFPanic, deferred by a scan, makes a panic with io.EOF the scan's
// error (a Scanner's Scan method may end the input that way); any other
// panic goes on.
func stopEOFPanic(err *error) {
	if e := recover(); e != nil {
		if eof, ok := e.(error); ok && eof == io.EOF {
			*err = eof
			return
		}
		panic(e)
	}
}

// doScan reads a value for each operand (with %v), then, for Scanln,
// checks that a newline or the end of the input follows.
func (s *scanState) doScan(a []interface{}) (numProcessed int, err error) {
	defer stopEOFPanic(&err)
	for _, arg := range a {
		s.scanOne('v', arg)
		if s.err != nil {
			return numProcessed, s.err
		}
		numProcessed++
	}
	if s.nlIsEnd {
		for {
			r := s.getRune()
			if r == '\n' || r == eof {
				break
			}
			if !isSpace(r) {
				s.failString("expected newline")
				break
			}
		}
	}
	return numProcessed, s.err
}

// advance matches the text at the start of format against the input, up
// to a verb; it returns how many bytes of format it matched, 0 at a verb
// or the end of the input, -1 if the input does not match. Runs of spaces
// in the format match runs of spaces (or the end) in the input; a newline
// in the format must match one in the input (after optional spaces), and
// spaces after it match optional spaces after that. %% matches a percent.
func (s *scanState) advance(format string) (i int) {
	for i < len(format) && s.err == nil {
		fmtc, w := utf8.DecodeRuneInString(format[i:])

		if isSpace(fmtc) {
			newlines := 0
			trailingSpace := false
			for isSpace(fmtc) && i < len(format) {
				if fmtc == '\n' {
					newlines++
					trailingSpace = false
				} else {
					trailingSpace = true
				}
				i += w
				fmtc, w = utf8.DecodeRuneInString(format[i:])
			}
			for j := 0; j < newlines; j++ {
				inputc := s.getRune()
				for isSpace(inputc) && inputc != '\n' {
					inputc = s.getRune()
				}
				if inputc != '\n' && inputc != eof {
					s.failString("newline in format does not match input")
					return i
				}
			}
			if trailingSpace {
				inputc := s.getRune()
				if newlines == 0 {
					// A space alone must match at least one space.
					if !isSpace(inputc) && inputc != eof {
						s.failString("expected space in input to match format")
						return i
					}
					if inputc == '\n' {
						s.failString("newline in input does not match format")
						return i
					}
				}
				for isSpace(inputc) && inputc != '\n' {
					inputc = s.getRune()
				}
				if inputc != eof {
					s.UnreadRune()
				}
			}
			continue
		}

		if fmtc == '%' {
			if i+w == len(format) {
				s.failString("missing verb: % at end of format string")
				return i
			}
			nextc, _ := utf8.DecodeRuneInString(format[i+w:])
			if nextc != '%' {
				return i
			}
			i += w // %% is a literal percent
		}

		inputc := s.mustReadRune()
		if s.err != nil {
			return i
		}
		if fmtc != inputc {
			s.UnreadRune()
			return -1
		}
		i += w
	}
	return i
}

// doScanf reads values for the verbs of format, matching its other text.
func (s *scanState) doScanf(format string, a []interface{}) (numProcessed int, err error) {
	defer stopEOFPanic(&err)
	end := len(format) - 1
	for i := 0; i <= end && s.err == nil; {
		w := s.advance(format[i:])
		if s.err != nil {
			break
		}
		if w > 0 {
			i += w
			continue
		}
		if format[i] != '%' {
			// The format text did not match, or the input ended.
			if w < 0 {
				s.failString("input does not match format")
			}
			break
		}
		i++ // the '%'

		var widPresent bool
		s.maxWid, widPresent, i = parsenum(format, i, end)
		if !widPresent {
			s.maxWid = hugeWid
		}

		c, w := utf8.DecodeRuneInString(format[i:])
		i += w

		if c != 'c' {
			s.SkipSpace()
		}
		if c == '%' {
			s.scanPercent()
			continue // takes no operand
		}
		s.argLimit = s.limit
		if f := s.count + s.maxWid; f < s.argLimit {
			s.argLimit = f
		}

		if numProcessed >= len(a) {
			s.failString("too few operands for format '%" + format[i-w:] + "'")
			break
		}
		s.scanOne(c, a[numProcessed])
		if s.err != nil {
			break
		}
		numProcessed++
		s.argLimit = s.limit
	}
	if s.err == nil && numProcessed < len(a) {
		s.failString("too many operands")
	}
	return numProcessed, s.err
}
