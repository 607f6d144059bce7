// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Functions with results must end in a terminating statement.
package main

func a(x int) int {
	if x > 0 {
		return 1
	}
// CHECK: missing_return.go:[[@LINE+1]]:1: missing return
}

func b(x int) int {
	for {
		if x > 0 {
			break
		}
	}
// CHECK: missing_return.go:[[@LINE+1]]:1: missing return
}

func c(x int) int {
	switch x {
	case 1:
		return 1
	}
// CHECK: missing_return.go:[[@LINE+1]]:1: missing return
}

func d(x int) (r int) {
	r = x
// CHECK: missing_return.go:[[@LINE+1]]:1: missing return
}

func ok1(x int) int {
	if x > 0 {
		return 1
	} else {
		return 2
	}
}

func ok2() int {
	for {
	}
}

func ok3(x int) int {
	switch {
	case x > 1:
		return 1
	default:
		panic("no")
	}
}

func ok4() int {
L:
	goto L
}

func main() {
	println(a(1), b(1), c(1), d(1), ok1(1), ok2(), ok3(1), ok4())
}
