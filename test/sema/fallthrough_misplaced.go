// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// fallthrough only as the last statement of a non-final switch case.
package main

func main() {
	x := 1
	// CHECK: fallthrough_misplaced.go:[[@LINE+1]]:2: fallthrough statement out of place
	fallthrough
	switch x {
	case 1:
		if x > 0 {
			// CHECK: fallthrough_misplaced.go:[[@LINE+1]]:4: fallthrough statement out of place
			fallthrough
		}
	case 2:
		// CHECK: fallthrough_misplaced.go:[[@LINE+1]]:3: fallthrough statement out of place
		fallthrough
		println()
	case 3:
		fallthrough // fine
	case 4:
		// CHECK: fallthrough_misplaced.go:[[@LINE+1]]:3: cannot fallthrough final case in switch
		fallthrough
	}
	for {
		// CHECK: fallthrough_misplaced.go:[[@LINE+1]]:3: fallthrough statement out of place
		fallthrough
	}
}
