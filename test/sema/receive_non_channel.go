// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Only channels can be received from.
package main

func main() {
	x := 1
	// CHECK: receive_non_channel.go:[[@LINE+1]]:12: invalid operation: cannot receive from non-channel x (variable of type int)
	println(<-x)
}
