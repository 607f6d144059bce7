// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// break and continue outside the statements they apply to.
package main

func main() {
	// CHECK: break_continue_misplaced.go:[[@LINE+1]]:2: break is not in a loop, switch, or select
	break
	// CHECK: break_continue_misplaced.go:[[@LINE+1]]:2: continue is not in a loop
	continue
	switch {
	case true:
		// CHECK: break_continue_misplaced.go:[[@LINE+1]]:3: continue is not in a loop
		continue
	}
	for {
		switch {
		default:
			break // leaves the switch: fine
		}
		break
	}
}
