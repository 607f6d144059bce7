// Package extern declares a function the runtime would define.
package extern

// Ticks has no body: its definition is `extern.Ticks` in C++.
func Ticks() int64

// Twice calls it from Go.
func Twice() int64 { return 2 * Ticks() }
