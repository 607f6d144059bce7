// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Labeled break and continue need an enclosing labeled loop (or switch).
package main

func main() {
L:
	if true {
		// CHECK: labels_break_continue.go:[[@LINE+1]]:9: invalid break label L
		break L
	}
M:
	for {
		break M
	}
N:
	switch {
	case true:
		// CHECK: labels_break_continue.go:[[@LINE+1]]:12: invalid continue label N
		continue N
	}
O:
	for {
		continue O
	}
	for {
		// CHECK: labels_break_continue.go:[[@LINE+1]]:9: break label not defined: Undefined
		break Undefined
	}
	for {
		// CHECK: labels_break_continue.go:[[@LINE+1]]:12: continue label not defined: Undefined2
		continue Undefined2
	}
}
