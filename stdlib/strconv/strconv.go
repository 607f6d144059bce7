// Package strconv converts between strings and Go's basic types, as Go's
// package strconv: integers (Itoa, Atoi, FormatInt, ParseInt, ...), bools,
// floats (FormatFloat, ParseFloat) and quoted strings (Quote, Unquote, ...),
// with gc's results and gc's errors (`strconv.Atoi: parsing "x": invalid
// syntax`).
//
// Floats are converted exactly, through a big decimal (decimal.go):
// FormatFloat with a precision rounds the exact decimal expansion of the
// binary value; with precision -1 it searches for the shortest digit
// string that reads back as the same value (and, among those, the one
// closest to it), which is what gc's Ryu computes. ParseFloat takes a
// fast exact path when the digits and the power of ten are both exact
// floats, and otherwise rounds the exact decimal value. gc gets the same
// digits faster (Ryu, Eisel-Lemire); the answers are the same by
// construction, and the tests compare them on millions of values.
//
// Missing from Go's API: complex numbers (FormatComplex, ParseComplex) and
// QuoteToGraphic/QuoteRuneToGraphic.
package strconv

import "errors"

// IntSize is the size in bits of an int or uint.
const IntSize = 64

// ErrRange means that a value is out of range for the target type.
var ErrRange = errors.New("value out of range")

// ErrSyntax means that a value does not have the right syntax.
var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, Atoi, ...)
	Num  string // the input
	Err  error  // the reason: ErrRange, ErrSyntax or another
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

// Unwrap returns the reason, for errors.Is(err, strconv.ErrRange).
func (e *NumError) Unwrap() error { return e.Err }

func syntaxError(fn, str string) *NumError {
	return &NumError{fn, str, ErrSyntax}
}

func rangeError(fn, str string) *NumError {
	return &NumError{fn, str, ErrRange}
}

func baseError(fn, str string, base int) *NumError {
	return &NumError{fn, str, errors.New("invalid base " + Itoa(base))}
}

func bitSizeError(fn, str string, bitSize int) *NumError {
	return &NumError{fn, str, errors.New("invalid bit size " + Itoa(bitSize))}
}

// lower returns c in lower case if it is an ASCII letter (and c otherwise,
// or something else that is not a letter).
func lower(c byte) byte {
	return c | ('x' - 'X')
}
