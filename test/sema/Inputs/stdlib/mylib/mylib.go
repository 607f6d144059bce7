// A package for sema's import tests (GOLC_STDLIB=%S/Inputs/stdlib), kept
// within the subset golc's sema accepts.
package mylib

const Answer = 42

type Celsius float64

var Name = "mylib"

func Double(x int) int { return x * 2 }

func hidden() int { return 1 }

// A struct with an exported and an unexported field.
type Box struct {
	Size  int
	label string
}
