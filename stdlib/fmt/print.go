// Package fmt formats and prints values, and scans them, as Go's package
// fmt: Print, Println, Printf and their F (to an io.Writer), S (to a
// string) and Append variants, Errorf (with %w wrapping), and Scan,
// Scanln, Scanf with their F and S variants (scan.go). The verbs, flags,
// widths, precisions, argument indexes ([n]), and the error texts
// (%!d(string=x), %!v(MISSING), %!(EXTRA ...)) are gc's, as is the
// default format of every kind of value: structs {1 2} (%+v {A:1 B:2},
// %#v main.T{A:1, B:2}), pointers to them &{...}, slices and arrays
// [1 2 3], maps map[a:1 b:2] with sorted keys, nil as <nil>. Formatter,
// GoStringer, Stringer and error methods are used as gc uses them.
//
// Values of any type are taken apart through a few functions of the
// runtime (reflect.go, defined in runtime/reflectlite.cpp) that read
// golc's type descriptors, in place of package reflect.
//
// A Format, GoString, Error or String method that panics does not stop
// the printing: as in gc, the panic is recovered and printed in place of
// the operand, %!v(PANIC=String method: boom), or <nil> when the operand
// is a nil pointer (catchPanic).
//
// Differences from gc: complex numbers, which golc lacks, are not
// formatted or scanned, and Scan does not fill named byte-slice types.
package fmt

import (
	"io"
	"os"
	"unicode/utf8"
)

// The fixed texts of the output.
const (
	commaSpaceString  = ", "
	nilAngleString    = "<nil>"
	nilParenString    = "(nil)"
	nilString         = "nil"
	mapString         = "map["
	percentBangString = "%!"
	missingString     = "(MISSING)"
	badIndexString    = "(BADINDEX)"
	extraString       = "%!(EXTRA "
	badWidthString    = "%!(BADWIDTH)"
	badPrecString     = "%!(BADPREC)"
	noVerbString      = "%!(NOVERB)"
	panicString       = "(PANIC="
)

// State is what a Formatter's Format method gets: the output, and the
// options of the verb.
type State interface {
	// Write emits formatted output.
	Write(b []byte) (n int, err error)
	// Width returns the width option and whether it was given.
	Width() (wid int, ok bool)
	// Precision returns the precision option and whether it was given.
	Precision() (prec int, ok bool)
	// Flag reports whether the flag c ('-', '+', '#', ' ', '0') was given.
	Flag(c int) bool
}

// Formatter is implemented by values that format themselves, for any
// verb.
type Formatter interface {
	Format(f State, verb rune)
}

// Stringer is implemented by values with a native format, used by the
// verbs that accept a string (%v %s %q %x %X) and by Print.
type Stringer interface {
	String() string
}

// GoStringer is implemented by values that give their own %#v.
type GoStringer interface {
	GoString() string
}

// buffer is the output being built.
type buffer []byte

func (b *buffer) write(p []byte) {
	*b = append(*b, p...)
}

func (b *buffer) writeString(s string) {
	*b = append(*b, s...)
}

func (b *buffer) writeByte(c byte) {
	*b = append(*b, c)
}

func (b *buffer) writeRune(r rune) {
	*b = utf8.AppendRune(*b, r)
}

// A printer holds the state of one Printf (or Print...) call.
type printer struct {
	buf buffer
	// arg is the operand being printed (nil while printing a value
	// reached inside another, which is in value).
	arg   interface{}
	value interface{}
	fmt   formatter
	// reordered: the format used an argument index; goodArgNum: the
	// last index was valid.
	reordered  bool
	goodArgNum bool
	// erroring: printing a %!verb(...) error, where methods are not
	// called again.
	erroring bool
	// panicking: printing the value a method panicked with, where a
	// second panic cannot be printed and goes on.
	panicking bool
	// wrapErrs: this is Errorf, where %w may appear once; wrappedErr is
	// its operand.
	wrapErrs   bool
	wrappedErr error
}

func newPrinter() *printer {
	p := new(printer)
	p.fmt.init(&p.buf)
	return p
}

func (p *printer) Width() (wid int, ok bool) { return p.fmt.wid, p.fmt.widPresent }

func (p *printer) Precision() (prec int, ok bool) { return p.fmt.prec, p.fmt.precPresent }

func (p *printer) Flag(b int) bool {
	switch b {
	case '-':
		return p.fmt.minus
	case '+':
		return p.fmt.plus || p.fmt.plusV
	case '#':
		return p.fmt.sharp || p.fmt.sharpV
	case ' ':
		return p.fmt.space
	case '0':
		return p.fmt.zero
	}
	return false
}

// Write makes a printer an io.Writer, for Formatters.
func (p *printer) Write(b []byte) (ret int, err error) {
	p.buf.write(b)
	return len(b), nil
}

// WriteString makes io.WriteString on a printer cheap.
func (p *printer) WriteString(s string) (ret int, err error) {
	p.buf.writeString(s)
	return len(s), nil
}

// Fprintf formats a according to format and writes the result to w. It
// returns the number of bytes written and any write error.
func Fprintf(w io.Writer, format string, a ...interface{}) (n int, err error) {
	p := newPrinter()
	p.doPrintf(format, a)
	return w.Write(p.buf)
}

// Printf formats a according to format and writes the result to standard
// output.
func Printf(format string, a ...interface{}) (n int, err error) {
	return Fprintf(os.Stdout, format, a...)
}

// Sprintf formats a according to format and returns the result.
func Sprintf(format string, a ...interface{}) string {
	p := newPrinter()
	p.doPrintf(format, a)
	return string(p.buf)
}

// Appendf formats a according to format and appends the result to b.
func Appendf(b []byte, format string, a ...interface{}) []byte {
	p := newPrinter()
	p.doPrintf(format, a)
	return append(b, p.buf...)
}

// Fprint writes the default formats of a to w, with spaces between
// operands when neither side is a string.
func Fprint(w io.Writer, a ...interface{}) (n int, err error) {
	p := newPrinter()
	p.doPrint(a)
	return w.Write(p.buf)
}

// Print is Fprint to standard output.
func Print(a ...interface{}) (n int, err error) {
	return Fprint(os.Stdout, a...)
}

// Sprint is Fprint into a string.
func Sprint(a ...interface{}) string {
	p := newPrinter()
	p.doPrint(a)
	return string(p.buf)
}

// Append is Fprint appending to b.
func Append(b []byte, a ...interface{}) []byte {
	p := newPrinter()
	p.doPrint(a)
	return append(b, p.buf...)
}

// Fprintln writes the default formats of a to w, separated by spaces,
// and a newline.
func Fprintln(w io.Writer, a ...interface{}) (n int, err error) {
	p := newPrinter()
	p.doPrintln(a)
	return w.Write(p.buf)
}

// Println is Fprintln to standard output.
func Println(a ...interface{}) (n int, err error) {
	return Fprintln(os.Stdout, a...)
}

// Sprintln is Fprintln into a string.
func Sprintln(a ...interface{}) string {
	p := newPrinter()
	p.doPrintln(a)
	return string(p.buf)
}

// Appendln is Fprintln appending to b.
func Appendln(b []byte, a ...interface{}) []byte {
	p := newPrinter()
	p.doPrintln(a)
	return append(b, p.buf...)
}

// tooLarge reports whether x is too large in magnitude for a width or
// precision.
func tooLarge(x int) bool {
	const max int = 1e6
	return x > max || x < -max
}

// parsenum reads the decimal number in s[start:end]; isnum is false if
// there is none (or it is too large).
func parsenum(s string, start, end int) (num int, isnum bool, newi int) {
	if start >= end {
		return 0, false, end
	}
	for newi = start; newi < end && '0' <= s[newi] && s[newi] <= '9'; newi++ {
		if tooLarge(num) {
			return 0, false, end
		}
		num = num*10 + int(s[newi]-'0')
		isnum = true
	}
	return num, isnum, newi
}

// badVerb prints %!verb(type=value) for an operand the verb does not
// apply to.
func (p *printer) badVerb(verb rune) {
	p.erroring = true
	p.buf.writeString(percentBangString)
	p.buf.writeRune(verb)
	p.buf.writeByte('(')
	switch {
	case p.arg != nil:
		p.buf.writeString(typeString(p.arg))
		p.buf.writeByte('=')
		p.printArg(p.arg, 'v')
	case p.value != nil:
		p.buf.writeString(typeString(p.value))
		p.buf.writeByte('=')
		p.printValue(p.value, true, 'v', 0)
	default:
		p.buf.writeString(nilAngleString)
	}
	p.buf.writeByte(')')
	p.erroring = false
}

func (p *printer) fmtBool(v bool, verb rune) {
	switch verb {
	case 't', 'v':
		p.fmt.fmtBoolean(v)
	default:
		p.badVerb(verb)
	}
}

// fmt0x64 formats v in hex, with or without the 0x prefix.
func (p *printer) fmt0x64(v uint64, leading0x bool) {
	sharp := p.fmt.sharp
	p.fmt.sharp = leading0x
	p.fmt.fmtInteger(v, 16, unsigned, 'v', ldigits)
	p.fmt.sharp = sharp
}

func (p *printer) fmtInteger(v uint64, isSigned bool, verb rune) {
	switch verb {
	case 'v':
		if p.fmt.sharpV && !isSigned {
			p.fmt0x64(v, true)
		} else {
			p.fmt.fmtInteger(v, 10, isSigned, verb, ldigits)
		}
	case 'd':
		p.fmt.fmtInteger(v, 10, isSigned, verb, ldigits)
	case 'b':
		p.fmt.fmtInteger(v, 2, isSigned, verb, ldigits)
	case 'o', 'O':
		p.fmt.fmtInteger(v, 8, isSigned, verb, ldigits)
	case 'x':
		p.fmt.fmtInteger(v, 16, isSigned, verb, ldigits)
	case 'X':
		p.fmt.fmtInteger(v, 16, isSigned, verb, udigits)
	case 'c':
		p.fmt.fmtC(v)
	case 'q':
		p.fmt.fmtQc(v)
	case 'U':
		p.fmt.fmtUnicode(v)
	default:
		p.badVerb(verb)
	}
}

// fmtFloat formats a float of size bits; each verb has its default
// precision (-1: the shortest exact form).
func (p *printer) fmtFloat(v float64, size int, verb rune) {
	switch verb {
	case 'v':
		p.fmt.fmtFloat(v, size, 'g', -1)
	case 'b', 'g', 'G', 'x', 'X':
		p.fmt.fmtFloat(v, size, verb, -1)
	case 'f', 'e', 'E':
		p.fmt.fmtFloat(v, size, verb, 6)
	case 'F':
		p.fmt.fmtFloat(v, size, 'f', 6)
	default:
		p.badVerb(verb)
	}
}

func (p *printer) fmtString(v string, verb rune) {
	switch verb {
	case 'v':
		if p.fmt.sharpV {
			p.fmt.fmtQ(v)
		} else {
			p.fmt.fmtS(v)
		}
	case 's':
		p.fmt.fmtS(v)
	case 'x':
		p.fmt.fmtSbx(v, nil, ldigits)
	case 'X':
		p.fmt.fmtSbx(v, nil, udigits)
	case 'q':
		p.fmt.fmtQ(v)
	default:
		p.badVerb(verb)
	}
}

// fmtBytes formats a []byte (or a byte array, with its type's name for
// %#v): as a string for %s %q %x %X, as a list of numbers for %v %d.
func (p *printer) fmtBytes(v []byte, verb rune, typeName string) {
	switch verb {
	case 'v', 'd':
		if p.fmt.sharpV {
			p.buf.writeString(typeName)
			if v == nil {
				p.buf.writeString(nilParenString)
				return
			}
			p.buf.writeByte('{')
			for i, c := range v {
				if i > 0 {
					p.buf.writeString(commaSpaceString)
				}
				p.fmt0x64(uint64(c), true)
			}
			p.buf.writeByte('}')
		} else {
			p.buf.writeByte('[')
			for i, c := range v {
				if i > 0 {
					p.buf.writeByte(' ')
				}
				p.fmt.fmtInteger(uint64(c), 10, unsigned, verb, ldigits)
			}
			p.buf.writeByte(']')
		}
	case 's':
		p.fmt.fmtBs(v)
	case 'x':
		p.fmt.fmtSbx("", v, ldigits)
	case 'X':
		p.fmt.fmtSbx("", v, udigits)
	case 'q':
		p.fmt.fmtQ(string(v))
	default:
		p.printValue(v, true, verb, 0)
	}
}

// fmtPointer formats the pointer-shaped value v (pointer, map, chan,
// func, slice) for %p, %v and the integer verbs.
func (p *printer) fmtPointer(v interface{}, verb rune) {
	switch kindOf(v) {
	case kindChan, kindFunc, kindMap, kindPointer, kindSlice, kindUnsafePointer:
	default:
		p.badVerb(verb)
		return
	}
	u := pointerOf(v)
	switch verb {
	case 'v':
		if p.fmt.sharpV {
			p.buf.writeByte('(')
			p.buf.writeString(typeString(v))
			p.buf.writeString(")(")
			if u == 0 {
				p.buf.writeString(nilString)
			} else {
				p.fmt0x64(uint64(u), true)
			}
			p.buf.writeByte(')')
		} else if u == 0 {
			p.fmt.padString(nilAngleString)
		} else {
			p.fmt0x64(uint64(u), !p.fmt.sharp)
		}
	case 'p':
		p.fmt0x64(uint64(u), !p.fmt.sharp)
	case 'b', 'o', 'd', 'x', 'X':
		p.fmtInteger(uint64(u), unsigned, verb)
	default:
		p.badVerb(verb)
	}
}

// catchPanic, deferred around a call of one of p.arg's methods, stops a
// panic of that method and prints it in place of the operand, as
// %!verb(PANIC=Method method: value); a nil pointer operand, whose method
// most likely panicked for being called on nil, prints as <nil>. A panic
// while printing the panic value cannot be printed, and goes on.
func (p *printer) catchPanic(arg interface{}, verb rune, method string) {
	err := recover()
	if err == nil {
		return
	}
	if kindOf(arg) == kindPointer && pointerOf(arg) == 0 {
		p.buf.writeString(nilAngleString)
		return
	}
	if p.panicking {
		panic(err)
	}
	// The panic value is printed with %v's defaults; the operand's
	// flags are back for what follows.
	flags := p.fmt.fmtFlags
	p.fmt.clearflags()
	p.buf.writeString(percentBangString)
	p.buf.writeRune(verb)
	p.buf.writeString(panicString)
	p.buf.writeString(method)
	p.buf.writeString(" method: ")
	p.panicking = true
	p.printArg(err, 'v')
	p.panicking = false
	p.buf.writeByte(')')
	p.fmt.fmtFlags = flags
}

// handleMethods prints p.arg through its Format, GoString, Error or String
// method if it has one that applies to verb, and reports whether it did.
// handled is set before the method is called, so that an operand whose
// method panicked (printed by catchPanic) counts as handled.
func (p *printer) handleMethods(verb rune) (handled bool) {
	if p.erroring {
		return false
	}
	if verb == 'w' {
		// %w: only in Errorf, once, with an error operand; then as %v.
		err, ok := p.arg.(error)
		if !ok || !p.wrapErrs || p.wrappedErr != nil {
			p.wrappedErr = nil
			p.wrapErrs = false
			p.badVerb(verb)
			return true
		}
		p.wrappedErr = err
		verb = 'v'
	}
	if formatter, ok := p.arg.(Formatter); ok {
		handled = true
		defer p.catchPanic(p.arg, verb, "Format")
		formatter.Format(p, verb)
		return
	}
	if p.fmt.sharpV {
		if stringer, ok := p.arg.(GoStringer); ok {
			handled = true
			defer p.catchPanic(p.arg, verb, "GoString")
			p.fmt.fmtS(stringer.GoString())
			return
		}
		return false
	}
	switch verb {
	case 'v', 's', 'x', 'X', 'q':
		switch v := p.arg.(type) {
		case error:
			handled = true
			defer p.catchPanic(p.arg, verb, "Error")
			p.fmtString(v.Error(), verb)
			return
		case Stringer:
			handled = true
			defer p.catchPanic(p.arg, verb, "String")
			p.fmtString(v.String(), verb)
			return
		}
	}
	return false
}

// printArg prints one operand with verb.
func (p *printer) printArg(arg interface{}, verb rune) {
	p.arg = arg
	p.value = nil

	if arg == nil {
		switch verb {
		case 'T', 'v':
			p.fmt.padString(nilAngleString)
		default:
			p.badVerb(verb)
		}
		return
	}

	// %T and %p look at the operand, never at its methods.
	switch verb {
	case 'T':
		p.fmt.fmtS(typeString(arg))
		return
	case 'p':
		p.fmtPointer(arg, 'p')
		return
	}

	switch f := arg.(type) {
	case bool:
		p.fmtBool(f, verb)
	case float32:
		p.fmtFloat(float64(f), 32, verb)
	case float64:
		p.fmtFloat(f, 64, verb)
	case int:
		p.fmtInteger(uint64(f), signed, verb)
	case int8:
		p.fmtInteger(uint64(f), signed, verb)
	case int16:
		p.fmtInteger(uint64(f), signed, verb)
	case int32:
		p.fmtInteger(uint64(f), signed, verb)
	case int64:
		p.fmtInteger(uint64(f), signed, verb)
	case uint:
		p.fmtInteger(uint64(f), unsigned, verb)
	case uint8:
		p.fmtInteger(uint64(f), unsigned, verb)
	case uint16:
		p.fmtInteger(uint64(f), unsigned, verb)
	case uint32:
		p.fmtInteger(uint64(f), unsigned, verb)
	case uint64:
		p.fmtInteger(f, unsigned, verb)
	case uintptr:
		p.fmtInteger(uint64(f), unsigned, verb)
	case string:
		p.fmtString(f, verb)
	case []byte:
		p.fmtBytes(f, verb, "[]byte")
	default:
		// Named and composite types: methods first, then by kind.
		if !p.handleMethods(verb) {
			p.printValue(arg, true, verb, 0)
		}
	}
}

// intFromArg returns a[argNum] as a width or precision: isInt is false
// if it is not an integer or too large.
func intFromArg(a []interface{}, argNum int) (num int, isInt bool, newArgNum int) {
	newArgNum = argNum
	if argNum < len(a) {
		num, isInt = a[argNum].(int)
		if !isInt {
			v := a[argNum]
			switch kindOf(v) {
			case kindInt, kindInt8, kindInt16, kindInt32, kindInt64:
				num = int(intOf(v))
				isInt = true
			case kindUint, kindUint8, kindUint16, kindUint32, kindUint64, kindUintptr:
				n := uintOf(v)
				if int64(n) >= 0 {
					num = int(n)
					isInt = true
				}
			}
		}
		newArgNum = argNum + 1
		if tooLarge(num) {
			num = 0
			isInt = false
		}
	}
	return num, isInt, newArgNum
}

// parseArgNumber reads the argument index "[n]" at the start of format:
// it returns n-1, the bytes to skip (1 if there is no closing bracket),
// and whether n is a number.
func parseArgNumber(format string) (index int, wid int, ok bool) {
	if len(format) < 3 {
		return 0, 1, false
	}
	for i := 1; i < len(format); i++ {
		if format[i] == ']' {
			width, ok, newi := parsenum(format, 1, i)
			if !ok || newi != i {
				return 0, i + 1, false
			}
			return width - 1, i + 1, true
		}
	}
	return 0, 1, false
}

// argNumber returns the operand to use next: argNum, or the one an index
// at format[i] names. It also returns where the format continues and
// whether there was an index.
func (p *printer) argNumber(argNum int, format string, i int, numArgs int) (newArgNum, newi int, found bool) {
	if len(format) <= i || format[i] != '[' {
		return argNum, i, false
	}
	p.reordered = true
	index, wid, ok := parseArgNumber(format[i:])
	if ok && 0 <= index && index < numArgs {
		return index, i + wid, true
	}
	p.goodArgNum = false
	return argNum, i + wid, ok
}

func (p *printer) badArgNum(verb rune) {
	p.buf.writeString(percentBangString)
	p.buf.writeRune(verb)
	p.buf.writeString(badIndexString)
}

func (p *printer) missingArg(verb rune) {
	p.buf.writeString(percentBangString)
	p.buf.writeRune(verb)
	p.buf.writeString(missingString)
}

// doPrintf interprets format with the operands a.
//
//	Verb = "%" { Flag } [ Index ] [ Width ] [ "." [ Index ] [ Prec ] ] [ Index ] verb .
//	Flag = "#" | "0" | "+" | "-" | " " .  Width, Prec = decimal | "*" .  Index = "[" n "]" .
func (p *printer) doPrintf(format string, a []interface{}) {
	end := len(format)
	argNum := 0         // the next operand
	afterIndex := false // an index came just before
	p.reordered = false
	for i := 0; i < end; {
		p.goodArgNum = true
		lasti := i
		for i < end && format[i] != '%' {
			i++
		}
		if i > lasti {
			p.buf.writeString(format[lasti:i])
		}
		if i >= end {
			break
		}
		i++ // the '%'

		p.fmt.clearflags()
		simple := false // flags and a lower-case verb, done
	flags:
		for ; i < end; i++ {
			c := format[i]
			switch c {
			case '#':
				p.fmt.sharp = true
			case '0':
				p.fmt.zero = !p.fmt.minus // zeros pad on the left only
			case '+':
				p.fmt.plus = true
			case '-':
				p.fmt.minus = true
				p.fmt.zero = false
			case ' ':
				p.fmt.space = true
			default:
				// The common case: a lower-case verb right after the flags.
				if 'a' <= c && c <= 'z' && argNum < len(a) {
					if c == 'v' {
						p.fmt.sharpV, p.fmt.sharp = p.fmt.sharp, false
						p.fmt.plusV, p.fmt.plus = p.fmt.plus, false
					}
					p.printArg(a[argNum], rune(c))
					argNum++
					i++
					simple = true
				}
				break flags
			}
		}
		if simple {
			continue
		}

		argNum, i, afterIndex = p.argNumber(argNum, format, i, len(a))

		// Width.
		if i < end && format[i] == '*' {
			i++
			p.fmt.wid, p.fmt.widPresent, argNum = intFromArg(a, argNum)
			if !p.fmt.widPresent {
				p.buf.writeString(badWidthString)
			}
			if p.fmt.wid < 0 {
				// A negative width means left-justify.
				p.fmt.wid = -p.fmt.wid
				p.fmt.minus = true
				p.fmt.zero = false
			}
			afterIndex = false
		} else {
			p.fmt.wid, p.fmt.widPresent, i = parsenum(format, i, end)
			if afterIndex && p.fmt.widPresent { // "%[3]2d"
				p.goodArgNum = false
			}
		}

		// Precision.
		if i+1 < end && format[i] == '.' {
			i++
			if afterIndex { // "%[3].2d"
				p.goodArgNum = false
			}
			argNum, i, afterIndex = p.argNumber(argNum, format, i, len(a))
			if i < end && format[i] == '*' {
				i++
				p.fmt.prec, p.fmt.precPresent, argNum = intFromArg(a, argNum)
				if p.fmt.prec < 0 {
					p.fmt.prec = 0
					p.fmt.precPresent = false
				}
				if !p.fmt.precPresent {
					p.buf.writeString(badPrecString)
				}
				afterIndex = false
			} else {
				p.fmt.prec, p.fmt.precPresent, i = parsenum(format, i, end)
				if !p.fmt.precPresent {
					p.fmt.prec = 0
					p.fmt.precPresent = true
				}
			}
		}

		if !afterIndex {
			argNum, i, afterIndex = p.argNumber(argNum, format, i, len(a))
		}

		if i >= end {
			p.buf.writeString(noVerbString)
			break
		}

		verb, size := rune(format[i]), 1
		if verb >= utf8.RuneSelf {
			verb, size = utf8.DecodeRuneInString(format[i:])
		}
		i += size

		switch {
		case verb == '%': // takes no operand, ignores width and precision
			p.buf.writeByte('%')
		case !p.goodArgNum:
			p.badArgNum(verb)
		case argNum >= len(a):
			p.missingArg(verb)
		default:
			if verb == 'v' {
				p.fmt.sharpV, p.fmt.sharp = p.fmt.sharp, false
				p.fmt.plusV, p.fmt.plus = p.fmt.plus, false
			}
			p.printArg(a[argNum], verb)
			argNum++
		}
	}

	// Operands left over are reported, unless indexes made that unclear.
	if !p.reordered && argNum < len(a) {
		p.fmt.clearflags()
		p.buf.writeString(extraString)
		for i, arg := range a[argNum:] {
			if i > 0 {
				p.buf.writeString(commaSpaceString)
			}
			if arg == nil {
				p.buf.writeString(nilAngleString)
			} else {
				p.buf.writeString(typeString(arg))
				p.buf.writeByte('=')
				p.printArg(arg, 'v')
			}
		}
		p.buf.writeByte(')')
	}
}

// doPrint prints a with %v, with a space between operands when neither is
// a string.
func (p *printer) doPrint(a []interface{}) {
	prevString := false
	for argNum, arg := range a {
		isString := arg != nil && kindOf(arg) == kindString
		if argNum > 0 && !isString && !prevString {
			p.buf.writeByte(' ')
		}
		p.printArg(arg, 'v')
		prevString = isString
	}
}

// doPrintln prints a with %v, separated by spaces, and a newline.
func (p *printer) doPrintln(a []interface{}) {
	for argNum, arg := range a {
		if argNum > 0 {
			p.buf.writeByte(' ')
		}
		p.printArg(arg, 'v')
	}
	p.buf.writeByte('\n')
}
