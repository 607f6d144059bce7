// RUN: env GOLC_STDLIB=%S/Inputs/stdlib not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Imports golc has no package for. A used one is reported at its path (and
// its uses are not checked further); an unused one gets gc's message.
package main

import (
	// CHECK: import_missing.go:[[@LINE+1]]:2: could not import fmt (golc has no package fmt yet)
	"fmt"
	// CHECK: import_missing.go:[[@LINE+1]]:2: imported and not used: "strings"
	"strings"
	// CHECK: import_missing.go:[[@LINE+1]]:2: could not import unicode/utf8 (golc has no package unicode/utf8 yet)
	"unicode/utf8"
)

func main() {
	x := 1
	fmt.Println("hi", x)
	println(utf8.RuneLen('x'))
}
