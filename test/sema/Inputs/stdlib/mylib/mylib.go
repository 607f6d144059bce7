// A package for sema's import tests (GOLC_STDLIB=%S/Inputs/stdlib), kept
// within golc's issue-2 subset.
package mylib

const Answer = 42

type Celsius float64

var Name = "mylib"

func Double(x int) int { return x * 2 }

func hidden() int { return 1 }
