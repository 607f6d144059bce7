// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// fallthrough in a type switch: reported by the branch check, as in gc's
// parser.
package main

func main() {
	var x interface{}
	switch x.(type) {
	case int:
		// CHECK: fallthrough_type_switch.go:[[@LINE+1]]:3: cannot fallthrough in type switch
		fallthrough
	case string:
	}
}
