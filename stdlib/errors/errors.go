// Package errors makes error values and looks inside wrapped ones, as Go's
// package errors does: New, Unwrap, Is and As.
package errors

// New returns an error whose Error method returns text. Each call makes a
// distinct error, even for equal texts: errors compare by identity.
func New(text string) error {
	return &errorString{text}
}

// errorString is the error New makes.
type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

// Unwrap returns the error err wraps: the result of its Unwrap method, or
// nil if it has none.
func Unwrap(err error) error {
	u, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is reports whether err, or any error in the chain Unwrap walks from it,
// equals target or has an Is(error) bool method reporting that it does.
func Is(err, target error) bool {
	if target == nil {
		return err == target
	}
	comparable := isComparable(target)
	for {
		if comparable && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		if err = Unwrap(err); err == nil {
			return false
		}
	}
}

// As finds the first error in the chain Unwrap walks from err that can
// be assigned to *target, or whose As(target) method says it matches; it
// sets *target to it and returns true, or returns false. target must be a
// non-nil pointer to an interface type or to a type implementing error.
func As(err error, target interface{}) bool {
	if target == nil {
		panic("errors: target cannot be nil")
	}
	switch targetKind(target) {
	case targetNotPointer:
		panic("errors: target must be a non-nil pointer")
	case targetNotError:
		panic("errors: *target must be interface or implement error")
	}
	for err != nil {
		if assignTo(target, err) {
			return true
		}
		if x, ok := err.(interface{ As(interface{}) bool }); ok && x.As(target) {
			return true
		}
		err = Unwrap(err)
	}
	return false
}

// What targetKind says of As's target.
const (
	targetNotPointer = iota // not a pointer, or nil
	targetNotError          // a pointer to a type that does not implement error
	targetOK                // a pointer to an interface, or to an error type
)

// The runtime's side (reflectlite.cpp), in place of package reflect.

// isComparable reports whether the dynamic type of v supports ==, so that
// comparing it cannot panic.
func isComparable(v interface{}) bool

// targetKind classifies the target of As.
func targetKind(target interface{}) int

// assignTo stores v in *target (a pointer targetKind accepts) if v's
// dynamic type is assignable to *target's type: the same type, or an
// interface type it implements. It reports whether it did.
func assignTo(target interface{}, v interface{}) bool
