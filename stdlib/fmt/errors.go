package fmt

import "errors"

// Errorf formats a according to format and returns the result as an
// error. If format has a %w verb with an error operand, the error has an
// Unwrap method that returns that operand; %w is otherwise %v, and
// invalid (%!w(...)) more than once or with an operand that is not an
// error.
func Errorf(format string, a ...interface{}) error {
	p := newPrinter()
	p.wrapErrs = true
	p.doPrintf(format, a)
	s := string(p.buf)
	if p.wrappedErr == nil {
		return errors.New(s)
	}
	return &wrapError{s, p.wrappedErr}
}

// wrapError is the error of an Errorf with %w.
type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string {
	return e.msg
}

func (e *wrapError) Unwrap() error {
	return e.err
}
