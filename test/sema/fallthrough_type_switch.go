// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// fallthrough in a type switch. Interfaces and type switches come later;
// the branch check happens anyway, as in gc's parser.
package main

func main() {
	// CHECK: fallthrough_type_switch.go:[[@LINE+1]]:8: golc does not support interfaces yet
	var x interface{}
	// CHECK: fallthrough_type_switch.go:[[@LINE+1]]:2: golc does not support type switches yet
	switch x.(type) {
	case int:
		// CHECK: fallthrough_type_switch.go:[[@LINE+1]]:3: cannot fallthrough in type switch
		fallthrough
	case string:
	}
}
